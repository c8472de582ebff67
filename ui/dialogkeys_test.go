package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// The participant dialog takes what is typed at once, saves on Enter and
// closes on Escape.
func TestParticipantDialogKeyboard(t *testing.T) {
	mw, _ := newSessionWindow(t)
	if _, err := mw.sessions.Create("Atelier", "2026-12-07", 1, "fr", ""); err != nil {
		t.Fatal(err)
	}
	v := mw.sessions.Editor().Participants()
	c := mw.win.Canvas()

	v.showEdit(nil)
	first := deepCollect[*field](c.Overlays().Top())[0]
	if c.Focused() != first {
		t.Fatalf("the focus is on %T, not the first field", c.Focused())
	}
	typeFocused(c, "Núñez")
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if c.Overlays().Top() != nil {
		t.Fatal("Enter left the dialog open")
	}
	if ps := v.Participants(); len(ps) != 1 || ps[0].LastName != "Núñez" {
		t.Fatalf("Enter saved %+v", ps)
	}

	v.showEdit(nil)
	typeFocused(c, "Rossi")
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Overlays().Top() != nil {
		t.Fatal("Escape left the dialog open")
	}
	if n := len(v.Participants()); n != 1 {
		t.Errorf("Escape saved: %d participants", n)
	}
}

// A confirmation without fields answers Enter and Escape through the
// window; the window's own keys come back when it closes, and the arrows
// do not move the module list behind an open dialog.
func TestConfirmationKeyboard(t *testing.T) {
	mw, w, _ := newTestWindow(t, defaultState())
	c := w.Canvas()
	for _, c2 := range []struct {
		key  fyne.KeyName
		want bool
	}{{fyne.KeyReturn, true}, {fyne.KeyEscape, false}} {
		answer := "none"
		showConfirm("Title", "Sure?", func(ok bool) { answer = map[bool]string{true: "yes", false: "no"}[ok] }, w)
		module := mw.State().Module
		c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyDown})
		if mw.State().Module != module {
			t.Errorf("Down moved the module list behind the dialog")
		}
		c.OnTypedKey()(&fyne.KeyEvent{Name: c2.key})
		if want := map[bool]string{true: "yes", false: "no"}[c2.want]; answer != want {
			t.Errorf("%s: answer %s, want %s", c2.key, answer, want)
		}
		if c.Overlays().Top() != nil {
			t.Errorf("%s left the dialog open", c2.key)
		}
	}
	module := mw.State().Module
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyDown})
	if mw.State().Module == module {
		t.Error("the window's arrows do not come back after the dialog")
	}
}

// A message shown from a dialog's answer stacks over it: Escape closes the
// message, and the closed dialog behind does not answer again.
func TestStackedDialogs(t *testing.T) {
	_, w, _ := newTestWindow(t, defaultState())
	c := w.Canvas()
	answers := 0
	d := dialog.NewConfirm("Title", "Sure?", func(bool) {
		answers++
		showInformation("Done", "Done.", w)
	}, w)
	showDialog(w, d, nil)
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if answers != 1 || c.Overlays().Top() == nil {
		t.Fatalf("%d answers, message shown: %v", answers, c.Overlays().Top() != nil)
	}
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Overlays().Top() != nil {
		t.Fatal("Escape did not close the message")
	}
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if answers != 1 {
		t.Errorf("the closed confirmation answered %d times", answers)
	}
}

// typeFocused types s where the focus is, as the keyboard does.
func typeFocused(c fyne.Canvas, s string) {
	for _, r := range s {
		c.Focused().TypedRune(r)
	}
}
