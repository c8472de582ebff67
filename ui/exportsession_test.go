package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
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
	f := showExportSession(e, s, func(string, kit.Doc, kit.Print) (kit.ExportReport, error) { return kit.ExportReport{}, nil })
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
	// A certificate for everyone: offered with the certificates only.
	f.which.SetSelected(f.docs[0])
	if !f.all.Disabled() {
		t.Error("the certificates' option is offered for the handout")
	}
	f.which.SetSelected(f.docs[3])
	test.Tap(f.all)
	if p := f.print(); !p.AllParticipants || p.Paper != pdf.Letter {
		t.Errorf("print %+v, want all participants on Letter", p)
	}
	f.which.SetSelected(f.docs[1])
	if f.print().AllParticipants {
		t.Error("the guide asks for all participants")
	}
}

// After saving, the window lists what to check: a name printed otherwise
// than typed, who got no certificate.
func TestSavedPDFShowsTheReport(t *testing.T) {
	a := test.NewTempApp(t)
	e := env{app: a, win: a.NewWindow("test"), tr: locales.New("en")}
	e.win.Resize(fyne.NewSize(900, 700))
	rep := kit.ExportReport{Warnings: []pdf.Warning{{Who: "王 明", Field: pdf.FieldLastName, Value: "王", Printed: "□"}}, Skipped: []string{"Ana Ruiz"}}
	showSaved(e, "/tmp/cert.pdf", rep)
	text := topText(e.win)
	for _, want := range []string{"Please check", "王 明", "□", "Ana Ruiz", "cert.pdf"} {
		if !strings.Contains(text, want) {
			t.Errorf("the saved dialog lacks %q:\n%s", want, text)
		}
	}
	e.win.Canvas().Overlays().Top().Hide()
	showSaved(e, "/tmp/sheet.pdf", kit.ExportReport{})
	if text := topText(e.win); strings.Contains(text, "Please check") {
		t.Errorf("nothing to check, yet:\n%s", text)
	}
}
