package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/locales"
)

func TestNotesDialog(t *testing.T) {
	a := test.NewTempApp(t)
	e := env{app: a, win: a.NewWindow("test"), tr: locales.New("en")}
	var saved []string
	d := showNotesDialog(e, "Bring the badges.", func(n string) { saved = append(saved, n) })
	if d.entry.Text != "Bring the badges." || e.win.Canvas().Focused() != d.entry {
		t.Fatalf("the dialog opens on %q, focus %v", d.entry.Text, e.win.Canvas().Focused())
	}
	test.Type(d.entry, " And the keys.")
	tapInTopOverlay(t, e.win, "Cancel")
	if len(saved) != 0 {
		t.Fatal("Cancel saved the notes")
	}
	d = showNotesDialog(e, "", func(n string) { saved = append(saved, n) })
	test.Type(d.entry, "Ask who has a website.")
	tapInTopOverlay(t, e.win, "Save")
	if len(saved) != 1 || saved[0] != "Ask who has a website." {
		t.Errorf("saved %q", saved)
	}
}
