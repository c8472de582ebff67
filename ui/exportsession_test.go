package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/pdf"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
)

func TestExportSessionDialogNamesEachDocument(t *testing.T) {
	a := test.NewTempApp(t)
	e := env{app: a, win: a.NewWindow("test"), tr: locales.New("fr")}
	s, _ := session.New("Atelier", "2026-12-07", 1, "fr")
	f := showExportSession(e, s, func(string, kit.Doc, pdf.Paper) error { return nil })
	if f.doc() != kit.Handout {
		t.Errorf("default document %v", f.doc())
	}
	for i, label := range f.docs {
		f.which.SetSelected(label)
		if f.doc() != kit.Docs[i] {
			t.Errorf("%q prints %v, want %v", label, f.doc(), kit.Docs[i])
		}
	}
	if f.docs[2] != "Feuilles d'émargement" {
		t.Errorf("untranslated label %q", f.docs[2])
	}
	f.paper.SetSelected("US Letter")
	if paperOf(f.paper) != pdf.Letter {
		t.Error("US Letter not chosen")
	}
}
