package ui

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// The whole part selected: Ctrl+A in the editor. Fyne's entry selects
// within its own block only, and shows a selection only while it has the
// keys, so the editor keeps this selection itself and draws it as each
// block's box filled in the selection colour. Copy takes the whole text;
// typing, pasting, Cut, Backspace and Delete replace it in one step of
// Ctrl+Z; an arrow, a click or Escape ends it.

// selectAll selects the whole text.
func (be *blockEditor) selectAll() {
	be.all = true
	be.redrawBoxes()
}

// deselect ends the selection of the whole text.
func (be *blockEditor) deselect() {
	if !be.all {
		return
	}
	be.all = false
	be.redrawBoxes()
}

// redrawBoxes shows or hides the boxes of the blocks in view; those built
// later read be.all when they are drawn. A box hidden until now was never
// drawn, so the window does not know it: its entry's canvas is told.
func (be *blockEditor) redrawBoxes() {
	for _, o := range be.list.live {
		e, ok := o.(*blockEntry)
		if !ok || e.boxes == nil {
			continue
		}
		e.boxes.hide()
		if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil {
			for _, r := range e.boxes.rects {
				c.Refresh(r)
			}
		}
	}
}

// replaceAll puts text in place of the whole text, as one step of Ctrl+Z,
// with the caret at its end.
func (be *blockEditor) replaceAll(e *blockEntry, text string) {
	be.step(e, false, false)
	be.set(splitBlocks(text))
	be.moveTo(be.end())
	be.changed()
}

// typeOver types r in place of the whole text: the letters typed after it
// belong to the same step of Ctrl+Z.
func (be *blockEditor) typeOver(e *blockEntry, r rune) {
	be.replaceAll(e, string(r))
	word := r != ' ' && r != '\t'
	be.run, be.runWord, be.runGap = be.focused.block, word, !word
}

// end is the last block and the offset of its end.
func (be *blockEditor) end() (block, caret int) {
	last := len(be.blocks) - 1
	return last, utf8.RuneCountInString(be.blocks[last].text)
}

// allKey acts on a key typed while the whole text is selected. It reports
// false for the keys the entry should take.
func (be *blockEditor) allKey(e *blockEntry, k fyne.KeyName) bool {
	switch k {
	case fyne.KeyBackspace, fyne.KeyDelete, fyne.KeyReturn, fyne.KeyEnter:
		be.replaceAll(e, "")
	case fyne.KeyEscape:
		be.deselect()
	case fyne.KeyLeft, fyne.KeyUp, fyne.KeyHome, fyne.KeyPageUp:
		be.deselect()
		be.moveTo(0, 0)
	case fyne.KeyRight, fyne.KeyDown, fyne.KeyEnd, fyne.KeyPageDown:
		be.deselect()
		be.moveTo(be.end())
	case fyne.KeyTab:
		be.deselect()
		return false
	default:
		// A letter's key comes before its rune: the rune types over
		// the selection.
		return false
	}
	return true
}

// allShortcut acts on a shortcut typed while the whole text is selected.
// It reports false for those the entry should take: Ctrl+S keeps the
// selection, the others (Ctrl+Z, Ctrl+Y) end it first.
func (be *blockEditor) allShortcut(e *blockEntry, s fyne.Shortcut) bool {
	switch s := s.(type) {
	case *fyne.ShortcutSelectAll:
	case *fyne.ShortcutCopy:
		clipboardOf(s.Clipboard).SetContent(be.Text())
	case *fyne.ShortcutCut:
		clipboardOf(s.Clipboard).SetContent(be.Text())
		be.replaceAll(e, "")
	case *fyne.ShortcutPaste:
		// A Windows clipboard may hold CRLF line ends; the course is LF.
		be.replaceAll(e, strings.ReplaceAll(clipboardOf(s.Clipboard).Content(), "\r\n", "\n"))
	case *desktop.CustomShortcut:
		if s.KeyName != fyne.KeyS {
			be.deselect()
		}
		return false
	default:
		be.deselect()
		return false
	}
	return true
}

// clipboardOf is the shortcut's clipboard, or the app's when the shortcut
// came without one.
func clipboardOf(c fyne.Clipboard) fyne.Clipboard {
	if c == nil {
		return fyne.CurrentApp().Clipboard()
	}
	return c
}

// MouseDown ends the selection of the whole text: a click puts the caret
// where it falls, as in a word processor. A right click keeps it for the
// menu's Copy and Cut.
func (e *blockEntry) MouseDown(m *desktop.MouseEvent) {
	if m.Button == desktop.MouseButtonPrimary {
		e.ed.deselect()
	}
	e.Entry.MouseDown(m)
}

// Tapped ends the selection of the whole text (a tap without a mouse).
func (e *blockEntry) Tapped(p *fyne.PointEvent) {
	e.ed.deselect()
	e.Entry.Tapped(p)
}

// TappedSecondary opens the entry's menu with the editor's own actions:
// Undo and Redo across blocks, Cut, Copy and Paste on the selection (the
// whole text when it is selected), Select all on the whole text. Fyne's
// menu would undo within the block and select the block only.
func (e *blockEntry) TappedSecondary(p *fyne.PointEvent) {
	e.ed.give(e)
	drv := fyne.CurrentApp().Driver()
	c := drv.CanvasForObject(e)
	if c == nil {
		return
	}
	widget.ShowPopUpMenuAtPosition(e.menu(), c, drv.AbsolutePositionForObject(e).Add(p.Position))
}

// menu is the entry's menu.
func (e *blockEntry) menu() *fyne.Menu {
	be := e.ed
	clip := fyne.CurrentApp().Clipboard()
	var items []*fyne.MenuItem
	if len(be.undo) > 0 {
		items = append(items, fyne.NewMenuItem(lang.L("Undo"), be.Undo))
	}
	if len(be.redo) > 0 {
		items = append(items, fyne.NewMenuItem(lang.L("Redo"), be.Redo))
	}
	if len(items) > 0 {
		items = append(items, fyne.NewMenuItemSeparator())
	}
	items = append(items,
		fyne.NewMenuItem(lang.L("Cut"), func() { e.TypedShortcut(&fyne.ShortcutCut{Clipboard: clip}) }),
		fyne.NewMenuItem(lang.L("Copy"), func() { e.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip}) }),
		fyne.NewMenuItem(lang.L("Paste"), func() { e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip}) }),
		fyne.NewMenuItem(lang.L("Select all"), be.selectAll))
	return fyne.NewMenu("", items...)
}
