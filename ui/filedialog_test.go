package ui

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/locales"
)

// newSaveDialog is a file save dialog in dir proposing name; got records
// the file chosen ("" when cancelled) and whether the callback came.
func newSaveDialog(t *testing.T, e env, dir, name string, got *string, called *bool) *dialog.FileDialog {
	t.Helper()
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		*called = true
		if err != nil {
			t.Fatal(err)
		}
		if w != nil {
			*got = w.URI().Path()
			w.Close()
		}
	}, e.win)
	loc, err := fstorage.ListerForURI(fstorage.NewFileURI(dir))
	if err != nil {
		t.Fatal(err)
	}
	d.SetLocation(loc)
	d.SetFileName(name)
	return d
}

// The file dialogs take the kit's keys (F1 promises them in every
// dialog): Escape cancels, Enter saves under the name proposed.
func TestFileDialogKeys(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	w.Resize(fyne.NewSize(1200, 800))
	e := env{app: a, win: w, tr: locales.New("it")}
	dir := t.TempDir()
	key := func(k fyne.KeyName) { w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }

	var got string
	var called bool
	showFileDialog(e, newSaveDialog(t, e, dir, "Attestati.pdf", &got, &called))
	key(fyne.KeyEscape)
	if !called || got != "" || w.Canvas().Overlays().Top() != nil {
		t.Fatalf("Escape: callback %v, file %q, overlay %v", called, got, w.Canvas().Overlays().Top())
	}

	called = false
	showFileDialog(e, newSaveDialog(t, e, dir, "Attestati.pdf", &got, &called))
	key(fyne.KeyReturn)
	if want := filepath.Join(dir, "Attestati.pdf"); !called || got != want {
		t.Errorf("Enter: callback %v, file %q, want %q", called, got, want)
	}
	if w.Canvas().Overlays().Top() != nil {
		t.Error("the dialog stays open after Enter")
	}
}
