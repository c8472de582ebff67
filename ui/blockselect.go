package ui

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Blocks selected whole: Ctrl+A selects them all, Shift+Up on a block's
// first row or Shift+Down on its last goes on into the neighbour. Fyne's
// entry selects within its own block only, and shows a selection only while
// it has the keys, so the editor keeps this selection itself, as a range of
// blocks, and draws it as each block's box filled in the selection colour
// (the way block editors select across paragraphs). Copy takes the blocks
// and the blank lines between them; typing, pasting, Cut, Backspace and
// Delete replace them in one step of Ctrl+Z; Shift+Up and Shift+Down move
// its end; an arrow, a click or Escape ends it.

// blockRange is the blocks selected: from the one where the selection
// started (anchor) to the one the keys took it to (head).
type blockRange struct{ anchor, head int }

// span is the first and the last block selected.
func (be *blockEditor) span() (from, to int) {
	return min(be.sel.anchor, be.sel.head), max(be.sel.anchor, be.sel.head)
}

// whole reports that every block is selected.
func (be *blockEditor) whole() bool {
	from, to := be.span()
	return from == 0 && to == len(be.blocks)-1
}

// selected reports that block b is selected.
func (be *blockEditor) selected(b *mdBlock) bool {
	if be.sel == nil {
		return false
	}
	from, to := be.span()
	i := be.index(b)
	return i >= from && i <= to
}

// selectAll selects the whole text.
func (be *blockEditor) selectAll() {
	if e := be.focused; e != nil {
		e.unselect()
	}
	be.sel = &blockRange{0, len(be.blocks) - 1}
	be.redrawBoxes()
}

// selectAcross starts a selection of whole blocks from e's block into its
// neighbour before (dir -1) or after (dir 1); it reports false at the
// first or last block.
func (be *blockEditor) selectAcross(e *blockEntry, dir int) bool {
	i := be.index(e.block)
	if i < 0 || i+dir < 0 || i+dir >= len(be.blocks) {
		return false
	}
	e.unselect()
	be.sel = &blockRange{i, i}
	be.extend(dir)
	return true
}

// extend moves the selection's head a block up (dir -1) or down (dir 1)
// and scrolls to it. Back on the block it started from, the selection
// ends, the caret at that block's edge it left from: Shift+Up then
// Shift+Down selects nothing, as in a word processor.
func (be *blockEditor) extend(dir int) {
	h := be.sel.head + dir
	if h < 0 || h >= len(be.blocks) {
		return
	}
	if h == be.sel.anchor {
		be.deselect()
		caret := 0
		if dir < 0 {
			caret = utf8.RuneCountInString(be.blocks[h].text)
		}
		be.moveTo(h, caret)
		return
	}
	be.sel.head = h
	be.list.reveal(h, 0, 1)
	be.redrawBoxes()
}

// deselect ends the selection of whole blocks.
func (be *blockEditor) deselect() {
	if be.sel == nil {
		return
	}
	be.sel = nil
	be.redrawBoxes()
}

// redrawBoxes shows or hides the boxes of the blocks in view; those built
// later read be.sel when they are drawn. A box hidden until now was never
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

// selectedText is the blocks selected and the separators between them; the
// whole text, blank lines around it included, when all are selected.
func (be *blockEditor) selectedText() string {
	if be.whole() {
		return be.Text()
	}
	from, to := be.span()
	var b strings.Builder
	for i := from; i <= to; i++ {
		if i > from {
			b.WriteString(be.seps[i])
		}
		b.WriteString(be.blocks[i].text)
	}
	return b.String()
}

// replaceSelected puts text in place of the blocks selected, as one step
// of Ctrl+Z, with the caret at its end.
func (be *blockEditor) replaceSelected(e *blockEntry, text string) {
	if be.whole() {
		be.replaceAll(e, text)
		return
	}
	from, to := be.span()
	be.step(e, false, false)
	be.sel = nil
	be.rewrite(from, to, text, utf8.RuneCountInString(text))
	be.changed()
}

// eraseSelected takes the blocks selected away with the blank lines after
// them (before them at the end of the text), as one step of Ctrl+Z; the
// caret goes where they were.
func (be *blockEditor) eraseSelected(e *blockEntry) {
	if be.whole() {
		be.replaceAll(e, "")
		return
	}
	from, to := be.span()
	be.step(e, false, false)
	be.sel = nil
	if to+1 < len(be.blocks) {
		be.rewrite(from, to+1, be.blocks[to+1].text, 0)
	} else {
		prev := be.blocks[from-1].text
		be.rewrite(from-1, to, prev, utf8.RuneCountInString(prev))
	}
	be.changed()
}

// replaceAll puts text in place of the whole text, as one step of Ctrl+Z,
// with the caret at its end. A text without a block (a space typed) goes
// in the block, where it shows, not in the blank before it.
func (be *blockEditor) replaceAll(e *blockEntry, text string) {
	be.step(e, false, false)
	blocks, seps := splitBlocks(text)
	if len(blocks) == 1 && blocks[0] == "" {
		blocks, seps = []string{text}, []string{"", ""}
	}
	be.set(blocks, seps)
	be.moveTo(be.end())
	be.changed()
}

// typeOver types r in place of the blocks selected: the letters typed
// after it belong to the same step of Ctrl+Z.
func (be *blockEditor) typeOver(e *blockEntry, r rune) {
	be.replaceSelected(e, string(r))
	word := r != ' ' && r != '\t'
	be.run, be.runWord, be.runGap = be.focused.block, word, !word
}

// end is the last block and the offset of its end.
func (be *blockEditor) end() (block, caret int) {
	last := len(be.blocks) - 1
	return last, utf8.RuneCountInString(be.blocks[last].text)
}

// selKey acts on a key typed while blocks are selected (shift: Shift is
// held). It reports false for the keys the entry should take.
func (be *blockEditor) selKey(e *blockEntry, k fyne.KeyName, shift bool) bool {
	from, to := be.span()
	switch k {
	case fyne.KeyBackspace, fyne.KeyDelete:
		be.eraseSelected(e)
	case fyne.KeyReturn, fyne.KeyEnter:
		be.replaceSelected(e, "")
	case fyne.KeyEscape:
		be.deselect()
	case fyne.KeyUp, fyne.KeyDown:
		switch {
		case shift && k == fyne.KeyUp:
			be.extend(-1)
		case shift:
			be.extend(1)
		case k == fyne.KeyUp:
			be.deselect()
			be.moveTo(from, 0)
		default:
			be.deselect()
			be.moveTo(to, utf8.RuneCountInString(be.blocks[to].text))
		}
	case fyne.KeyLeft, fyne.KeyHome, fyne.KeyPageUp:
		if !shift {
			be.deselect()
			be.moveTo(from, 0)
		}
	case fyne.KeyRight, fyne.KeyEnd, fyne.KeyPageDown:
		if !shift {
			be.deselect()
			be.moveTo(to, utf8.RuneCountInString(be.blocks[to].text))
		}
	case fyne.KeyTab:
		// Nothing: a tab would go in at the caret, away from the
		// blocks shown selected.
	default:
		// Shift itself, and a letter's key, which comes before its
		// rune: the rune types over the selection.
		return false
	}
	return true
}

// selShortcut acts on a shortcut typed while blocks are selected. It
// reports false for those the entry should take: Ctrl+S keeps the
// selection, the others (Ctrl+Z, Ctrl+Y) end it first.
func (be *blockEditor) selShortcut(e *blockEntry, s fyne.Shortcut) bool {
	switch s := s.(type) {
	case *fyne.ShortcutSelectAll:
		be.selectAll()
	case *fyne.ShortcutCopy:
		clipboardOf(s.Clipboard).SetContent(be.selectedText())
	case *fyne.ShortcutCut:
		clipboardOf(s.Clipboard).SetContent(be.selectedText())
		be.eraseSelected(e)
	case *fyne.ShortcutPaste:
		be.replaceSelected(e, plainLines(clipboardOf(s.Clipboard).Content()))
	case *desktop.CustomShortcut:
		// Ctrl+S keeps the selection, and so does AltGr (Ctrl+Alt on
		// Windows, Option on macOS), whose character follows and types
		// over it: # [ { @ on French, Spanish and Italian keyboards.
		if s.KeyName != fyne.KeyS && s.Modifier&fyne.KeyModifierAlt == 0 {
			be.deselect()
		}
		return false
	default:
		be.deselect()
		return false
	}
	return true
}

// plainLines is text with Windows line ends (CRLF, as a Windows clipboard
// holds them) made plain (LF), as the course writes them.
func plainLines(text string) string { return strings.ReplaceAll(text, "\r\n", "\n") }

// clipboardOf is the shortcut's clipboard, or the app's when the shortcut
// came without one.
func clipboardOf(c fyne.Clipboard) fyne.Clipboard {
	if c == nil {
		return fyne.CurrentApp().Clipboard()
	}
	return c
}

// MouseDown ends the selection of whole blocks: a click puts the caret
// where it falls, as in a word processor. A right click keeps it for the
// menu's Copy and Cut; Shift+click on another block selects whole blocks
// up to it.
func (e *blockEntry) MouseDown(m *desktop.MouseEvent) {
	e.ed.shiftClicked = false // a Shift+drag had no tap to end it
	if m.Button == desktop.MouseButtonPrimary && m.Modifier&fyne.KeyModifierShift != 0 && e.ed.shiftClick(e) {
		return
	}
	if m.Button == desktop.MouseButtonPrimary {
		e.ed.deselect()
	}
	e.Entry.MouseDown(m)
}

// Tapped ends the selection of whole blocks (a tap without a mouse), but
// for the tap that ends a Shift+click.
func (e *blockEntry) Tapped(p *fyne.PointEvent) {
	if e.ed.shiftClicked {
		e.ed.shiftClicked = false
		return
	}
	e.ed.deselect()
	e.Entry.Tapped(p)
}

// shiftClick selects whole blocks from the block with the keys (or where
// the selection started) to e's; it reports false when e has the keys and
// nothing is selected across blocks: Fyne's entry selects within it.
func (be *blockEditor) shiftClick(e *blockEntry) bool {
	from := be.focused
	if from == nil || (from == e && be.sel == nil) {
		return false
	}
	anchor, head := be.index(from.block), be.index(e.block)
	if be.sel != nil {
		anchor = be.sel.anchor
	}
	if anchor < 0 || head < 0 {
		return false
	}
	from.unselect()
	be.sel = &blockRange{anchor, head}
	be.shiftClicked = true
	be.redrawBoxes()
	be.give(e) // the keys may have left for the preview or the toolbar
	return true
}

// TappedSecondary opens the entry's menu with the editor's own actions:
// Undo and Redo across blocks, Cut, Copy and Paste on the selection (the
// blocks when whole blocks are selected), Select all on the whole text. Fyne's
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

// unselect ends the entry's own selection, which Fyne has no call for: a
// Left without Shift ends it at its start, and the caret goes back where
// it was.
func (e *blockEntry) unselect() {
	if e.SelectedText() == "" {
		return
	}
	caret := e.CursorTextOffset()
	e.Entry.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if e.CursorTextOffset() != caret {
		e.setCaret(caret)
	}
}
