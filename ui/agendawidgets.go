package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// commitEntry is an entry whose text counts when the trainer leaves it
// (focus lost, Tab, a click elsewhere) or presses Enter: no Enter needed.
// onCommit gets the new text; it may refuse it by calling set with the old
// one. Ctrl+S inside it commits, then runs onSave.
type commitEntry struct {
	widget.Entry
	committed string
	onCommit  func(string)
	onSave    func()
}

func newCommitEntry(multiLine bool, onCommit func(string)) *commitEntry {
	e := &commitEntry{onCommit: onCommit}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
	} else {
		// Unfocused, the entry has no scroller of its own, so the mouse
		// wheel over it scrolls the agenda (Fyne gives the wheel to the
		// innermost scroller); focused, it scrolls to show the cursor.
		e.Wrapping, e.Scroll = fyne.TextWrapOff, container.ScrollNone
	}
	e.ExtendBaseWidget(e)
	e.OnSubmitted = func(string) { e.commit() }
	return e
}

// set shows v as the committed text.
func (e *commitEntry) set(v string) {
	e.committed = v
	if e.Text != v {
		e.SetText(v)
	}
}

// dirty reports whether the entry holds text not committed yet.
func (e *commitEntry) dirty() bool { return e.Text != e.committed }

// commit hands a changed text to onCommit.
func (e *commitEntry) commit() {
	if !e.dirty() {
		return
	}
	e.committed = e.Text
	if e.onCommit != nil {
		e.onCommit(e.Text)
	}
}

// FocusGained lets a single-line entry scroll to its cursor.
func (e *commitEntry) FocusGained() {
	if !e.MultiLine {
		e.Scroll = container.ScrollHorizontalOnly
		e.Refresh()
	}
	e.Entry.FocusGained()
}

// FocusLost commits what was typed.
func (e *commitEntry) FocusLost() {
	e.Entry.FocusLost()
	if !e.MultiLine {
		e.Scroll = container.ScrollNone
		e.Refresh()
	}
	e.commit()
}

// clipped is a single-line commitEntry in a box as tall as an entry and at
// least minWidth wide, that cuts what does not fit: unfocused, the entry
// is as wide as its text.
func clipped(e *commitEntry, minWidth float32) fyne.CanvasObject {
	size := canvas.NewRectangle(color.Transparent)
	size.SetMinSize(fyne.NewSize(minWidth, widget.NewEntry().MinSize().Height))
	return container.NewStack(size, container.NewClip(e))
}

// TypedShortcut commits and saves on Ctrl+S; the entry handles the rest.
func (e *commitEntry) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && cs.KeyName == fyne.KeyS && cs.Modifier == fyne.KeyModifierShortcutDefault {
		e.commit()
		if e.onSave != nil {
			e.onSave()
		}
		return
	}
	if toWindow(e, s) { // Ctrl+Q, Ctrl+P… from an agenda field
		return
	}
	e.Entry.TypedShortcut(s)
}

// dragHandle is the grip at the start of an agenda row: dragging it moves
// the row, dropped where the pointer is let go (onDrop gets that point in
// canvas coordinates).
type dragHandle struct {
	widget.Icon
	onDrop   func(at fyne.Position)
	onMove   func(at fyne.Position)
	at       fyne.Position
	dragging bool
}

func newDragHandle(onMove, onDrop func(fyne.Position)) *dragHandle {
	h := &dragHandle{onDrop: onDrop, onMove: onMove}
	h.SetResource(theme.MenuIcon())
	h.ExtendBaseWidget(h)
	return h
}

// Dragged follows the pointer. The desktop driver gives its absolute
// position; the test driver gives the start and the whole move.
func (h *dragHandle) Dragged(ev *fyne.DragEvent) {
	switch {
	case !ev.AbsolutePosition.IsZero():
		h.at = ev.AbsolutePosition
	case !h.dragging:
		origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(h)
		h.at = origin.Add(ev.Position).Add(ev.Dragged)
	default:
		h.at = h.at.Add(ev.Dragged)
	}
	h.dragging = true
	if h.onMove != nil {
		h.onMove(h.at)
	}
}

// DragEnd drops the row.
func (h *dragHandle) DragEnd() {
	if !h.dragging {
		return
	}
	h.dragging = false
	h.onDrop(h.at)
}

// Cursor is the hand that says the row can be moved.
func (h *dragHandle) Cursor() desktop.Cursor { return desktop.PointerCursor }
