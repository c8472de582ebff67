package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/socialtech/trainerkit/course"
)

// checkShortcutModifier presses the kit's shortcuts with other, which must
// do nothing, then with mod, the system's shortcut key, which must work:
// 2 for the case, L for the content language, = for a larger text.
func checkShortcutModifier(t *testing.T, mod, other fyne.KeyModifier) {
	t.Helper()
	mw, w, _ := newTestWindow(t, defaultState())
	press := func(k fyne.KeyName, m fyne.KeyModifier) {
		w.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: m})
	}
	press(fyne.Key2, other)
	press(fyne.KeyL, other)
	press(fyne.KeyEqual, other)
	if st := mw.State(); st.Part != course.Theory || st.Lang != "en" || st.Zoom != 1 {
		t.Fatalf("the other modifier changed the window: %+v", st)
	}
	press(fyne.Key2, mod)
	press(fyne.KeyL, mod)
	press(fyne.KeyEqual, mod)
	if st := mw.State(); st.Part != course.Case || st.Lang == "en" || st.Zoom <= 1 {
		t.Errorf("the shortcut key did not work: %+v", st)
	}
}
