package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
)

func TestLangSelect(t *testing.T) {
	test.NewTempApp(t)
	s := newLangSelect("it")
	if s.Selected != "Italiano" || s.Value() != "it" || len(s.Options) != 4 {
		t.Errorf("selected %q (%s) of %v", s.Selected, s.Value(), s.Options)
	}
	s.SetSelected("Español")
	if s.Value() != "es" {
		t.Errorf("Español is %q", s.Value())
	}
}

// In a dialog, Escape on the language cancels it and Enter confirms it, as
// in its fields (F1 promises both keys in every dialog; Fyne's select
// ignores them).
func TestLangSelectTakesTheDialogKeys(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	s := newLangSelect("fr")
	cancelled, confirmed := false, false
	d := dialog.NewCustomConfirm("Session", "OK", "Cancel", s.choice, func(ok bool) { confirmed, cancelled = ok, !ok }, w)
	showDialog(w, d, s.choice)
	if w.Canvas().Focused() != s.choice {
		t.Fatal("the language does not have the focus")
	}
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if !cancelled {
		t.Error("Escape on the language did not cancel the dialog")
	}
	showDialog(w, d, s.choice)
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !confirmed {
		t.Error("Enter on the language did not confirm the dialog")
	}
}
