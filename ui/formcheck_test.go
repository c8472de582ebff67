package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// checkRefused checks a dialog's refused answer: the message on top says
// want in plain words (no "Details" of a Go error), the dialog form is
// still open under it, and once the message is closed by its button the
// focus is on field (nil: not checked).
func checkRefused(t *testing.T, w fyne.Window, form fyne.CanvasObject, want string, field fyne.Focusable) {
	t.Helper()
	list := w.Canvas().Overlays().List()
	if len(list) < 2 || list[len(list)-2] != form || !form.Visible() {
		t.Fatalf("the dialog closed on a refused answer (%d overlays)", len(list))
	}
	msg := topText(w)
	if !strings.Contains(msg, want) {
		t.Errorf("the message does not say %q:\n%s", want, msg)
	}
	for _, detail := range []string{"Détails", "Details", "Dettagli", "Detalles", "%!", "\""} {
		if strings.Contains(msg, detail) {
			t.Errorf("the message has %q, a detail the trainer cannot read:\n%s", detail, msg)
		}
	}
	buttons := deepButtons(w.Canvas().Overlays().Top())
	if len(buttons) != 1 {
		t.Fatalf("%d buttons in the message", len(buttons))
	}
	test.Tap(buttons[0])
	if w.Canvas().Overlays().Top() != form {
		t.Fatal("closing the message did not leave the dialog on top")
	}
	if field != nil && w.Canvas().Focused() != field {
		t.Errorf("the focus is on %T %p, not on the field to correct %p", w.Canvas().Focused(), w.Canvas().Focused(), field)
	}
}
