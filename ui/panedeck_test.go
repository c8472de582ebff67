package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// The deck keeps a holder per pane in the tree: the pane in view in its
// holder at the deck's size, the others' holders empty; a pane shown after
// the window changed size gets the new size.
func TestPaneDeckHoldsThePaneInView(t *testing.T) {
	test.NewTempApp(t)
	panes := []fyne.CanvasObject{widget.NewLabel("one"), widget.NewLabel("two"), widget.NewLabel("three")}
	d := newPaneDeck(panes...)
	w := test.NewTempWindow(t, d)
	w.Resize(fyne.NewSize(400, 300))
	held := func() (n []int) {
		for i, o := range test.WidgetRenderer(d).Objects() {
			if c := o.(*fyne.Container); len(c.Objects) > 0 {
				if c.Objects[0] != panes[i] {
					t.Errorf("holder %d holds another pane", i)
				}
				n = append(n, i)
			}
		}
		return n
	}
	if h := held(); len(h) != 1 || h[0] != 0 || d.Shown() != panes[0] {
		t.Fatalf("panes held at first: %v", h)
	}
	d.show(2)
	if h := held(); len(h) != 1 || h[0] != 2 || panes[2].Size() != d.Size() {
		t.Fatalf("after show(2): held %v, pane %v in a deck of %v", h, panes[2].Size(), d.Size())
	}
	w.Resize(fyne.NewSize(500, 350))
	d.show(0)
	if panes[0].Size() != d.Size() || !panes[0].Visible() {
		t.Errorf("pane 0 is %v in a deck of %v", panes[0].Size(), d.Size())
	}
}
