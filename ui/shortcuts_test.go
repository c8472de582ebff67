package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

func TestArrowKeysMoveBetweenModules(t *testing.T) {
	mw, w, _ := newTestWindow(t, defaultState())
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyDown})
	if mw.State().Module != 2 {
		t.Errorf("module %d after Down", mw.State().Module)
	}
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyDown})
	if mw.State().Module != 2 {
		t.Errorf("Down from the last module moved to %d", mw.State().Module)
	}
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyUp})
	if mw.State().Module != 1 {
		t.Errorf("module %d after Up", mw.State().Module)
	}
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyUp})
	if mw.State().Module != 1 {
		t.Errorf("Up from the first module moved to %d", mw.State().Module)
	}
}

func TestZoomIsRememberedAndBounded(t *testing.T) {
	mw, w, prefs := newTestWindow(t, defaultState())
	plus := &desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault}
	w.Canvas().(fyne.Shortcutable).TypedShortcut(plus)
	if mw.State().Zoom != 1.1 || prefs.Setting(prefZoom) != "1.1" {
		t.Errorf("zoom %v / %q after Ctrl+=", mw.State().Zoom, prefs.Setting(prefZoom))
	}
	mw.SetZoom(9)
	if mw.State().Zoom != zoomMax {
		t.Errorf("zoom %v, want capped at %v", mw.State().Zoom, zoomMax)
	}
	if z := clampZoom(0.1); z != zoomMin {
		t.Errorf("clampZoom(0.1) = %v", z)
	}
}
