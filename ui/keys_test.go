package ui

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// The README lists every key of the help dialog.
func TestReadmeListsTheKeys(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keyHelps {
		for _, one := range strings.Split(k.keys, ", ") {
			if !strings.Contains(string(b), one) {
				t.Errorf("the README does not list %s (%s)", one, k.what)
			}
		}
	}
}

// The view keys switch views, Ctrl+N asks for a new session, F1 lists the
// keys in the interface language.
func TestCommandKeys(t *testing.T) {
	mw, _ := newSessionWindow(t)
	c := mw.win.Canvas().(fyne.Shortcutable)
	mod := fyne.KeyModifierShortcutDefault
	c.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyM, Modifier: mod | fyne.KeyModifierShift})
	if mw.view != viewModules {
		t.Fatalf("Ctrl+Shift+M: view %s", mw.view)
	}
	c.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: mod | fyne.KeyModifierShift})
	if mw.view != viewSessions {
		t.Fatalf("Ctrl+Shift+S: view %s", mw.view)
	}
	c.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: mod})
	if !strings.Contains(topText(mw.win), mw.tr.T("sessions_new")) {
		t.Fatalf("Ctrl+N shows %q", topText(mw.win))
	}
	mw.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if mw.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape left the new session dialog open")
	}
	mw.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF1})
	help := topText(mw.win)
	// Shift as French keyboards and manuals name it.
	for _, want := range []string{"Raccourcis clavier", "Nouvelle session", "Ctrl+Maj+M", "Ctrl+A, Maj+↑ ↓"} {
		if !strings.Contains(help, want) {
			t.Errorf("F1 help lacks %q: %q", want, help)
		}
	}
}

// The keys' list scrolls in a window too short for it (a small laptop
// screen at 150 %) and shows whole in a tall one.
func TestKeysListFitsTheWindow(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	list := container.NewVBox()
	for range keyHelps {
		list.Add(widget.NewLabel("Ctrl+Shift+M"))
	}
	w.Resize(fyne.NewSize(1100, 500))
	s, ok := fitHeight(list, w).(*container.Scroll)
	if !ok || s.MinSize().Height > 300 {
		t.Fatalf("in a 500 px window: %T, %v tall", fitHeight(list, w), fitHeight(list, w).MinSize().Height)
	}
	w.Resize(fyne.NewSize(1100, 1200))
	if got := fitHeight(list, w); got != list {
		t.Errorf("in a 1200 px window the list is wrapped in %T", got)
	}
}
