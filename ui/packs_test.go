package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestPacksButtonOpensItsMenu(t *testing.T) {
	a := test.NewTempApp(t)
	mw, _ := newPackWindow(t, a)
	var packs *widget.Button
	for _, b := range collect[*widget.Button](mw.toolbar.Content()) {
		if b.Text == "Packs" {
			packs = b
		}
	}
	if packs == nil {
		t.Fatal("no Packs button in the toolbar")
	}
	test.Tap(packs)
	menu := mw.win.Canvas().Overlays().Top()
	if menu == nil {
		t.Fatal("the Packs button opened nothing")
	}
	var items []string
	for _, it := range deepCollect[*canvas.Text](menu) {
		items = append(items, it.Text)
	}
	got := strings.Join(items, "|")
	if !strings.Contains(got, "Exporter un pack…") || !strings.Contains(got, "Importer un pack…") {
		t.Errorf("the menu offers %q", got)
	}
}
