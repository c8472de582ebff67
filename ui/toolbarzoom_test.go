package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// Zooming the text leaves the toolbar's buttons where they were.
func TestToolbarKeepsItsPlaceWhenZoomed(t *testing.T) {
	mw, w, _ := newTestWindow(t, defaultState())
	buttons := deepCollect[fyne.Tappable](mw.toolbar.Content())
	where := func() []fyne.Position {
		var out []fyne.Position
		for _, b := range buttons {
			out = append(out, fyne.CurrentApp().Driver().AbsolutePositionForObject(b.(fyne.CanvasObject)))
		}
		return out
	}
	before := where()
	mw.SetZoom(1.5)
	w.Content().Refresh()
	after := where()
	if len(before) < 5 {
		t.Fatalf("%d buttons in the toolbar", len(before))
	}
	for i := range before {
		if before[i] != after[i] {
			t.Errorf("button %d moved from %v to %v", i, before[i], after[i])
		}
	}
}
