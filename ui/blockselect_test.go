package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
)

// shortcut types s where the keys are.
func shortcut(w fyne.Window, s fyne.Shortcut) {
	w.Canvas().Focused().(fyne.Shortcutable).TypedShortcut(s)
}

// Ctrl+A selects the whole part, not the block with the keys: Copy takes
// all of it, and the selection stays.
func TestBlockEditorSelectAllCopiesThePart(t *testing.T) {
	be, w := newTestBlocks(t)
	be.moveTo(1, 3)
	shortcut(w, &fyne.ShortcutSelectAll{})
	if !selecting(be) || !be.whole() {
		t.Fatal("Ctrl+A did not select the whole text")
	}
	clip := fyne.CurrentApp().Clipboard()
	shortcut(w, &fyne.ShortcutCopy{Clipboard: clip})
	if clip.Content() != blockText {
		t.Errorf("copied %q, want the whole text", clip.Content())
	}
	if !selecting(be) || be.Text() != blockText {
		t.Errorf("Copy changed the selection (%v) or the text (%q)", selecting(be), be.Text())
	}
}

// typeKeys types s as a keyboard does: each letter's key, then its rune.
func typeKeys(w fyne.Window, s string) {
	for _, r := range s {
		press(w, fyne.KeyName(strings.ToUpper(string(r))))
		w.Canvas().Focused().TypedRune(r)
	}
}

// Typing over the whole part replaces it, as one step of Ctrl+Z with the
// letters typed after it.
func TestBlockEditorTypingReplacesTheSelectedPart(t *testing.T) {
	be, w := newTestBlocks(t)
	changed := 0
	be.onChanged = func() { changed++ }
	shortcut(w, &fyne.ShortcutSelectAll{})
	typeKeys(w, "New")
	if be.Text() != "New" || len(be.blocks) != 1 || selecting(be) {
		t.Fatalf("typed over the selection: %q in %d blocks, still selected %v", be.Text(), len(be.blocks), selecting(be))
	}
	caretAt(t, w, "New", 3)
	if changed == 0 {
		t.Error("the editor was not told of the change")
	}
	undoneToStart(t, w, be)
}

// Backspace, Delete and Cut empty the part; Paste puts the clipboard in
// its place, cut into blocks, its Windows line ends made plain.
func TestBlockEditorErasesOrPastesOverTheSelectedPart(t *testing.T) {
	for _, tc := range []editCase{
		{"Backspace", func(w fyne.Window) { press(w, fyne.KeyBackspace) }, ""},
		{"Delete", func(w fyne.Window) { press(w, fyne.KeyDelete) }, ""},
		{"Cut", func(w fyne.Window) {
			shortcut(w, &fyne.ShortcutCut{Clipboard: fyne.CurrentApp().Clipboard()})
		}, ""},
		{"Paste", func(w fyne.Window) {
			shortcut(w, &fyne.ShortcutPaste{Clipboard: textClip("# A\r\n\r\nB\r\n")})
		}, "# A\n\nB\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			be, w := newTestBlocks(t)
			fyne.CurrentApp().Clipboard().SetContent("")
			shortcut(w, &fyne.ShortcutSelectAll{})
			tc.act(w)
			if be.Text() != tc.want || selecting(be) {
				t.Fatalf("%q, still selected %v; want %q", be.Text(), selecting(be), tc.want)
			}
			if tc.name == "Cut" && fyne.CurrentApp().Clipboard().Content() != blockText {
				t.Errorf("Cut put %q in the clipboard", fyne.CurrentApp().Clipboard().Content())
			}
			if tc.name == "Paste" && len(be.blocks) != 2 {
				t.Errorf("pasted into %d blocks, want 2", len(be.blocks))
			}
			undoneToStart(t, w, be)
		})
	}
}

// Escape ends the selection and leaves the editor open; the next Escape
// closes it. An arrow ends it too, the caret at that end of the part.
func TestBlockEditorEscapeAndArrowsEndTheSelection(t *testing.T) {
	be, w := newTestBlocks(t)
	cancelled := 0
	be.onCancel = func() { cancelled++ }
	shortcut(w, &fyne.ShortcutSelectAll{})
	press(w, fyne.KeyEscape)
	if selecting(be) || cancelled != 0 {
		t.Fatalf("Escape: still selected %v, editor cancelled %d times", selecting(be), cancelled)
	}
	press(w, fyne.KeyEscape)
	if cancelled != 1 {
		t.Errorf("the second Escape cancelled %d times, want 1", cancelled)
	}

	shortcut(w, &fyne.ShortcutSelectAll{})
	press(w, fyne.KeyRight)
	last := be.blocks[len(be.blocks)-1]
	if e := keys(t, w); selecting(be) || e.block != last || e.CursorTextOffset() != len([]rune(last.text)) {
		t.Errorf("Right: still selected %v, caret in %q at %d, want at the end of the part", selecting(be), e.Text, e.CursorTextOffset())
	}
	shortcut(w, &fyne.ShortcutSelectAll{})
	press(w, fyne.KeyUp)
	if e := keys(t, w); selecting(be) || e.block != be.blocks[0] || e.CursorTextOffset() != 0 {
		t.Errorf("Up: still selected %v, caret in %q at %d, want at the start", selecting(be), e.Text, e.CursorTextOffset())
	}
	if be.Text() != blockText {
		t.Errorf("the keys changed the text: %q", be.Text())
	}
}

// Ctrl+S saves and keeps the selection; a click in a block ends it.
func TestBlockEditorSaveKeepsAndClickEndsTheSelection(t *testing.T) {
	be, w := newTestBlocks(t)
	saved := 0
	be.onSave = func() error { saved++; return nil }
	shortcut(w, &fyne.ShortcutSelectAll{})
	shortcut(w, &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault})
	if saved != 1 || !selecting(be) {
		t.Fatalf("Ctrl+S: saved %d times, still selected %v", saved, selecting(be))
	}
	test.Tap(be.list.Item(1).(*blockEntry))
	if selecting(be) {
		t.Error("a click left the whole text selected")
	}
}

// With the entry's menu open, Escape closes the menu (it has the keys) and
// keeps the selection; the menu's Copy takes the whole part.
func TestBlockEditorMenuOverTheSelectedPart(t *testing.T) {
	be, w := newTestBlocks(t)
	shortcut(w, &fyne.ShortcutSelectAll{})
	e := be.list.Item(2).(*blockEntry)
	test.TapSecondaryAt(e, fyne.NewPos(10, 5))
	if !selecting(be) || w.Canvas().Overlays().Top() == nil {
		t.Fatalf("right click: still selected %v, menu open %v", selecting(be), w.Canvas().Overlays().Top() != nil)
	}
	fyne.CurrentApp().Clipboard().SetContent("")
	e.menu().Items[1].Action() // Copier
	if got := fyne.CurrentApp().Clipboard().Content(); got != blockText {
		t.Errorf("the menu's Copy took %q", got)
	}
	press(w, fyne.KeyEscape)
	if w.Canvas().Overlays().Top() != nil || !selecting(be) {
		t.Fatalf("Escape: menu still open %v, still selected %v", w.Canvas().Overlays().Top() != nil, selecting(be))
	}
	press(w, fyne.KeyEscape)
	if selecting(be) {
		t.Error("the second Escape kept the selection")
	}
}

// The selected part is drawn as every block's box in the selection
// colour; ending the selection hides the boxes again.
func TestBlockEditorDrawsTheSelectedPart(t *testing.T) {
	_, w := newTestBlocks(t)
	shortcut(w, &fyne.ShortcutSelectAll{})
	test.AssertRendersToMarkup(t, "blockeditor/all_selected.xml", w.Canvas())
	press(w, fyne.KeyEscape)
	test.AssertRendersToMarkup(t, "blockeditor/focus_first.xml", w.Canvas())
}

// The entry's menu is the editor's: Undo across blocks, Select all on the
// whole part.
func TestBlockEntryMenuActsOnThePart(t *testing.T) {
	be, w := newTestBlocks(t)
	e := keys(t, w)
	// Fyne's words, in the language the kit gave Fyne (fynelang.go).
	edit := lang.L("Cut") + "|" + lang.L("Copy") + "|" + lang.L("Paste") + "|" + lang.L("Select all")
	if got := menuLabels(e.menu()); got != edit {
		t.Errorf("menu %s, want %s", got, edit)
	}
	typeRunes(w, "x")
	be.moveTo(2, 0)
	typeRunes(w, "y")
	m := e.menu()
	if got := menuLabels(m); got != lang.L("Undo")+"||"+edit {
		t.Fatalf("menu after typing %s", got)
	}
	m.Items[len(m.Items)-1].Action()
	if !selecting(be) {
		t.Error("the menu's Select all did not select the whole part")
	}
	m.Items[0].Action()
	m.Items[0].Action()
	if be.Text() != blockText {
		t.Errorf("the menu's Undo twice gave %q", be.Text())
	}
}

// menuLabels is the menu's labels joined by |, a separator empty.
func menuLabels(m *fyne.Menu) string {
	labels := make([]string, len(m.Items))
	for i, it := range m.Items {
		labels[i] = it.Label
	}
	return strings.Join(labels, "|")
}

// The blocks built when the trainer scrolls down a selected part are drawn
// selected too.
func TestBlockEditorSelectionReachesTheBlocksScrolledTo(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	paras := make([]string, 80)
	for i := range paras {
		paras[i] = "Paragraph " + strings.Repeat("text ", 20)
	}
	be := newBlockEditor(strings.Join(paras, "\n\n"), func(f fyne.Focusable) { w.Canvas().Focus(f) })
	be.onSave, be.onCancel = func() error { return nil }, func() {}
	w.SetContent(be)
	w.Resize(fyne.NewSize(800, 600))
	w.Canvas().Focus(be.first())
	shortcut(w, &fyne.ShortcutSelectAll{})
	be.list.reveal(len(paras)-1, 0, 1)
	e, ok := be.list.Item(len(paras) - 1).(*blockEntry)
	if !ok {
		t.Fatal("the last block was not built")
	}
	test.WidgetRenderer(e) // draws it
	if e.boxes == nil || e.boxes.rects[0].Hidden {
		t.Error("the last block, scrolled to, is not drawn selected")
	}
	press(w, fyne.KeyEscape)
	if !e.boxes.rects[0].Hidden {
		t.Error("Escape left the last block drawn selected")
	}
}

// selecting reports that whole blocks are selected.
func selecting(be *blockEditor) bool { return be.sel != nil }

// shiftDown and shiftUp hold and release Shift where the keys are.
func shiftDown(w fyne.Window) {
	w.Canvas().Focused().(desktop.Keyable).KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
}

func shiftUp(w fyne.Window) {
	w.Canvas().Focused().(desktop.Keyable).KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
}

// drawnSelected lists, block by block, whether its box is drawn selected:
// S selected, - not, ? not drawn.
func drawnSelected(be *blockEditor) string {
	var b strings.Builder
	for i := range be.blocks {
		e, ok := be.list.Item(i).(*blockEntry)
		switch {
		case !ok || e.boxes == nil:
			b.WriteByte('?')
		case e.boxes.rects[0].Hidden:
			b.WriteByte('-')
		default:
			b.WriteByte('S')
		}
	}
	return b.String()
}

// Shift+Down at a block's end goes on into the next block and selects
// whole blocks, as block editors do; Shift+Up takes the last one back;
// Delete takes them away with their blank line, in one step of Ctrl+Z.
func TestBlockEditorShiftDownSelectsWholeBlocks(t *testing.T) {
	be, w := newTestBlocks(t)
	press(w, fyne.KeyEnd)
	shiftDown(w)
	press(w, fyne.KeyDown)
	if be.sel == nil {
		t.Fatal("Shift+Down at the end of the first block selected nothing across blocks")
	}
	if got := drawnSelected(be); got != "SS-" {
		t.Errorf("blocks drawn selected %s, want SS-", got)
	}
	clip := fyne.CurrentApp().Clipboard()
	shortcut(w, &fyne.ShortcutCopy{Clipboard: clip})
	if got := clip.Content(); got != "# Title\n\nFirst para line one\nline two" {
		t.Errorf("copied %q", got)
	}
	press(w, fyne.KeyDown)
	if !be.whole() || drawnSelected(be) != "SSS" {
		t.Errorf("a second Shift+Down: whole %v, drawn %s", be.whole(), drawnSelected(be))
	}
	press(w, fyne.KeyUp)
	shiftUp(w)
	press(w, fyne.KeyDelete)
	if be.Text() != "Second para.\n" || selecting(be) {
		t.Fatalf("Delete left %q, still selected %v", be.Text(), selecting(be))
	}
	caretAt(t, w, "Second para.", 0)
	undoneToStart(t, w, be)
}

// Shift+Up at a block's start selects the block above with it; typing
// replaces them, Backspace on the blocks that end the text takes the blank
// line before them, Paste puts the clipboard's paragraphs in their place.
func TestBlockEditorShiftUpThenTypeEraseOrPaste(t *testing.T) {
	for _, tc := range []editCase{
		{"type", func(w fyne.Window) { typeKeys(w, "X") }, "# Title\n\nX\n"},
		{"Backspace", func(w fyne.Window) { press(w, fyne.KeyBackspace) }, "# Title\n"},
		{"Paste", func(w fyne.Window) {
			shortcut(w, &fyne.ShortcutPaste{Clipboard: textClip("A\n\nB")})
		}, "# Title\n\nA\n\nB\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			be, w := newTestBlocks(t)
			be.moveTo(2, 0)
			shiftPress(w, fyne.KeyUp)
			if got := drawnSelected(be); got != "-SS" {
				t.Fatalf("Shift+Up at the start of the last block: drawn %s, want -SS", got)
			}
			tc.act(w)
			if be.Text() != tc.want {
				t.Errorf("%q, want %q", be.Text(), tc.want)
			}
		})
	}
}

// Shift+Down inside a block selects within it, as Fyne does; Escape ends
// a selection of blocks and a Down without Shift puts the caret at its end.
func TestBlockEditorSelectionStaysInTheBlockUntilItsEdge(t *testing.T) {
	be, w := newTestBlocks(t)
	be.moveTo(1, 0)
	shiftDown(w)
	press(w, fyne.KeyDown)
	if selecting(be) || keys(t, w).SelectedText() == "" {
		t.Fatalf("Shift+Down on the first of two rows: across blocks %v, in the block %q", selecting(be), keys(t, w).SelectedText())
	}
	press(w, fyne.KeyDown) // to the end of the last row
	press(w, fyne.KeyDown) // on into the next block
	shiftUp(w)
	if got := drawnSelected(be); got != "-SS" {
		t.Fatalf("drawn %s, want -SS", got)
	}
	press(w, fyne.KeyEscape)
	if selecting(be) || drawnSelected(be) != "---" {
		t.Fatalf("Escape: still selected %v, drawn %s", selecting(be), drawnSelected(be))
	}
	shiftPress(w, fyne.KeyDown)
	press(w, fyne.KeyDown)
	e := keys(t, w)
	if selecting(be) || e.block != be.blocks[2] || e.CursorTextOffset() != len("Second para.") || e.SelectedText() != "" {
		t.Errorf("Down: caret in %q at %d, selection %q", e.Text, e.CursorTextOffset(), e.SelectedText())
	}
	if be.Text() != blockText {
		t.Errorf("the keys changed the text: %q", be.Text())
	}
}

// Putting the caret in a block where a selection is left keeps the text:
// the caret is set with Fyne's paste, which replaces a selection.
func TestBlockEditorCaretSetOverASelectionKeepsTheText(t *testing.T) {
	be, w := newTestBlocks(t)
	be.moveTo(1, 0)
	shiftDown(w)
	for range 4 {
		press(w, fyne.KeyRight)
	}
	shiftUp(w)
	if got := keys(t, w).SelectedText(); got != "Firs" {
		t.Fatalf("selected %q", got)
	}
	be.moveTo(1, 10)
	if be.Text() != blockText || keys(t, w).CursorTextOffset() != 10 {
		t.Errorf("the caret set over a selection: %q, caret at %d", be.Text(), keys(t, w).CursorTextOffset())
	}
}

// Shift+click on another block selects whole blocks from the one with the
// keys to it; a plain click then ends the selection.
func TestBlockEditorShiftClickSelectsWholeBlocks(t *testing.T) {
	be, _ := newTestBlocks(t)
	last := be.list.Item(2).(*blockEntry)
	shiftClickOn(last)
	if got := drawnSelected(be); got != "SSS" || !be.whole() {
		t.Fatalf("Shift+click on the last block from the first: drawn %s", got)
	}
	first := be.list.Item(0).(*blockEntry)
	shiftClickOn(first)
	if got := drawnSelected(be); got != "S--" {
		t.Errorf("Shift+click back on the first block: drawn %s, want S--", got)
	}
	test.Tap(be.list.Item(1).(*blockEntry))
	if selecting(be) || drawnSelected(be) != "---" || be.Text() != blockText {
		t.Errorf("a click: still selected %v, drawn %s, text %q", selecting(be), drawnSelected(be), be.Text())
	}
}

// Shift+Up then Shift+Down comes back to the block it started from and
// selects nothing: the next letter goes in at the caret.
func TestBlockEditorShiftBackOverTheStartEndsTheSelection(t *testing.T) {
	be, w := newTestBlocks(t)
	be.moveTo(1, 0)
	shiftDown(w)
	press(w, fyne.KeyUp)
	press(w, fyne.KeyDown)
	shiftUp(w)
	if selecting(be) {
		t.Fatal("back on the block it started from, blocks are still selected")
	}
	typeKeys(w, "X")
	wantText(t, be, "# Title\n\nXFirst para line one\nline two\n\nSecond para.\n", "the text")
}

// A space typed over the whole part goes in the block, where it shows and
// Backspace takes it away.
func TestBlockEditorSpaceOverThePartShows(t *testing.T) {
	be, w := newTestBlocks(t)
	shortcut(w, &fyne.ShortcutSelectAll{})
	typeKeys(w, " x")
	if e := keys(t, w); be.Text() != " x" || e.Text != " x" {
		t.Fatalf("the text %q, the block shows %q", be.Text(), e.Text)
	}
	press(w, fyne.KeyHome)
	press(w, fyne.KeyDelete)
	wantText(t, be, "x", "the space cannot be erased")
}

// AltGr's character (Ctrl+Alt then the rune on Windows, Option on macOS)
// types over the blocks selected, as a plain letter does.
func TestBlockEditorAltGrCharacterTypesOverTheSelection(t *testing.T) {
	be, w := newTestBlocks(t)
	be.moveTo(2, 0)
	shiftPress(w, fyne.KeyUp)
	shortcut(w, &desktop.CustomShortcut{KeyName: fyne.Key3, Modifier: fyne.KeyModifierControl | fyne.KeyModifierAlt})
	w.Canvas().Focused().TypedRune('#')
	wantText(t, be, "# Title\n\n#\n", "the text")
}

// Shift+click when the keys are elsewhere (the preview, the toolbar) gives
// them to the block clicked, so that Copy and Delete act on the selection.
func TestBlockEditorShiftClickTakesTheKeys(t *testing.T) {
	be, w := newTestBlocks(t)
	w.Canvas().Unfocus()
	last := be.list.Item(2).(*blockEntry)
	shiftClickOn(last)
	if !selecting(be) || w.Canvas().Focused() != last {
		t.Fatalf("selected %v, the keys in %T", selecting(be), w.Canvas().Focused())
	}
	press(w, fyne.KeyDelete)
	wantText(t, be, "", "Delete left")
}

// A paste from a Windows clipboard (CRLF) puts plain line ends in the
// text, in a block as over a selection; Tab over a selection changes
// nothing.
func TestBlockEditorPasteMakesLineEndsPlain(t *testing.T) {
	be, w := newTestBlocks(t)
	be.moveTo(2, 0)
	shortcut(w, &fyne.ShortcutPaste{Clipboard: textClip("A\r\nB ")})
	if want := "# Title\n\nFirst para line one\nline two\n\nA\nB Second para.\n"; be.Text() != want {
		t.Errorf("pasted in a block: %q", be.Text())
	}
	shortcut(w, &fyne.ShortcutSelectAll{})
	press(w, fyne.KeyTab)
	if !selecting(be) || strings.Contains(be.Text(), "\t") {
		t.Errorf("Tab over the selection: selected %v, %q", selecting(be), be.Text())
	}
	shortcut(w, &fyne.ShortcutPaste{Clipboard: textClip("C\r\n\r\nD\r\n")})
	wantText(t, be, "C\n\nD\n", "pasted over the selection")
}

// undoneToStart checks that Ctrl+Z brings the test's text back.
func undoneToStart(t *testing.T, w fyne.Window, be *blockEditor) {
	t.Helper()
	shortcut(w, &fyne.ShortcutUndo{})
	if be.Text() != blockText {
		t.Errorf("Ctrl+Z gave %q, want the text before", be.Text())
	}
}

// caretAt checks that the keys are in the block showing text, at offset
// off (runes).
func caretAt(t *testing.T, w fyne.Window, text string, off int) {
	t.Helper()
	if e := keys(t, w); e.Text != text || e.CursorTextOffset() != off {
		t.Errorf("the caret is in %q at %d, want in %q at %d", e.Text, e.CursorTextOffset(), text, off)
	}
}

// shiftPress types k with Shift held.
func shiftPress(w fyne.Window, k fyne.KeyName) {
	shiftDown(w)
	press(w, k)
	shiftUp(w)
}

// shiftClickOn clicks e with Shift held.
func shiftClickOn(e *blockEntry) {
	e.MouseDown(&desktop.MouseEvent{Button: desktop.MouseButtonPrimary, Modifier: fyne.KeyModifierShift})
	e.Tapped(&fyne.PointEvent{})
}

// wantText checks the editor's whole text after what was done.
func wantText(t *testing.T, be *blockEditor, want, what string) {
	t.Helper()
	if be.Text() != want {
		t.Errorf("%s: %q, want %q", what, be.Text(), want)
	}
}

// editCase is something done to the blocks selected, and the text it
// leaves.
type editCase struct {
	name string
	act  func(w fyne.Window)
	want string
}
