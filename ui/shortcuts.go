package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
)

// addShortcuts binds the keyboard: Up/Down between modules, Ctrl+1 to Ctrl+7
// for the parts (the deck and the quiz last), Ctrl+L for the content language, Ctrl+F and Ctrl+K for the
// search box, Ctrl +/- for zoom, Ctrl+E to edit the part and Ctrl+S to save
// it. Ctrl is Cmd on macOS (KeyModifierShortcutDefault).
func (k windowCommands) addShortcuts() {
	mw := k.mw
	c := mw.win.Canvas()
	mod := fyne.KeyModifierShortcutDefault
	on := func(k fyne.KeyName, m fyne.KeyModifier, fn func()) {
		c.AddShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: m}, func(fyne.Shortcut) { fn() })
	}
	for i, k := range []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7} {
		part := course.AllParts[i]
		on(k, mod, func() { mw.SelectPart(part) })
	}
	on(fyne.KeyL, mod, mw.CycleLang)
	focusSearch := func() { c.Focus(mw.toolbar.search) }
	on(fyne.KeyF, mod, focusSearch)
	on(fyne.KeyK, mod, focusSearch)
	zoomIn := func() { mw.SetZoom(mw.st.Zoom + zoomStep) }
	zoomOut := func() { mw.SetZoom(mw.st.Zoom - zoomStep) }
	on(fyne.KeyPlus, mod, zoomIn)
	on(fyne.KeyEqual, mod, zoomIn) // the + key without Shift on most layouts
	on(fyne.KeyEqual, mod|fyne.KeyModifierShift, zoomIn)
	on(fyne.KeyMinus, mod, zoomOut)
	on(fyne.Key0, mod, func() { mw.SetZoom(1) })
	on(fyne.KeyE, mod, func() { mw.EditPart() })
	// The editor's entry takes Ctrl+S itself; this one serves when the
	// focus is elsewhere in the editor.
	on(fyne.KeyS, mod, func() {
		if ed := mw.OpenEditor(); ed != nil {
			_ = ed.Save() // a failure is shown by Save
		} else if se := openSessionEditor(mw); se != nil {
			se.SaveAll()
		}
	})
	// Ctrl+Z takes back the last agenda changes (an entry with the focus
	// undoes its own typing first).
	on(fyne.KeyZ, mod, func() {
		if se := openSessionEditor(mw); se != nil && se.Tab() == 1 {
			se.Agenda().Undo()
		}
	})
	// Arrows reach the canvas only when no focused widget took them.
	c.SetOnTypedKey(mw.typedKey)
}

// sessionEditor is the open session's editor when the sessions screen
// shows, else nil.
func openSessionEditor(mw *MainWindow) *SessionEditor {
	if mw.view != viewSessions || mw.sessions == nil {
		return nil
	}
	return mw.sessions.Editor()
}

func (mw *MainWindow) typedKey(e *fyne.KeyEvent) {
	// Over the editor, the module list is hidden: arrows must not change
	// the module underneath, and Escape leaves the editor wherever the
	// focus is.
	if ed := mw.OpenEditor(); ed != nil {
		if e.Name == fyne.KeyEscape {
			ed.Cancel()
		}
		return
	}
	switch e.Name {
	case fyne.KeyUp:
		mw.MoveModule(-1)
	case fyne.KeyDown:
		mw.MoveModule(1)
	}
}

// formEntry is an entry of a screen's form that lets the window's keys
// through. Fyne hands every shortcut to the field with the focus, and a
// plain entry keeps those it does not know to itself: Ctrl+S, Ctrl+Q, Ctrl+P
// did nothing while the cursor was in a session's details.
// In a dialog (the new session's first day), Escape in it cancels the
// dialog, as in a field.
type formEntry struct {
	widget.Entry
	escape func() // set by showDialog
}

// TypedKey cancels the dialog it is in on Escape, and is the entry's
// otherwise.
func (e *formEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.escape != nil {
		e.escape()
		return
	}
	e.Entry.TypedKey(k)
}

// newFormEntry is an empty form entry; a multi-line one wraps words.
func newFormEntry(multiLine bool) *formEntry {
	e := &formEntry{}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	return e
}

// TypedShortcut gives the window its keys; the entry keeps the rest.
func (e *formEntry) TypedShortcut(s fyne.Shortcut) {
	if toWindow(e, s) {
		return
	}
	e.Entry.TypedShortcut(s)
}

// entryKeys are the keys an entry takes with Ctrl, Alt or Cmd itself:
// moving and selecting by words, deleting words.
var entryKeys = map[fyne.KeyName]bool{
	fyne.KeyLeft: true, fyne.KeyRight: true, fyne.KeyUp: true, fyne.KeyDown: true,
	fyne.KeyHome: true, fyne.KeyEnd: true, fyne.KeyPageUp: true, fyne.KeyPageDown: true,
	fyne.KeyBackspace: true, fyne.KeyDelete: true, fyne.KeyTab: true,
	fyne.KeyReturn: true, fyne.KeyEnter: true,
}

// toWindow hands s to the window holding o when it is one of the window's
// keys (a letter, a digit, + or − with Ctrl), and reports whether it did.
func toWindow(o fyne.CanvasObject, s fyne.Shortcut) bool {
	cs, ok := s.(*desktop.CustomShortcut)
	if !ok || entryKeys[cs.KeyName] {
		return false
	}
	c, ok := fyne.CurrentApp().Driver().CanvasForObject(o).(fyne.Shortcutable)
	if !ok {
		return false
	}
	c.TypedShortcut(s)
	return true
}
