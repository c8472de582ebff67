package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course"
)

// Every part of the bundled course, cut into blocks and put together
// again, is the same text to the byte.
func TestBlocksReassembleTheCourse(t *testing.T) {
	lib := realLib(t)
	n := 0
	for _, m := range lib.Modules {
		for _, lang := range course.Languages {
			for _, part := range course.AllParts {
				text := m.Text(lang, part)
				blocks, seps := splitBlocks(text)
				if got := joinBlocks(blocks, seps); got != text {
					t.Fatalf("%s %s %s: reassembled text differs", m.Key(), lang, part)
				}
				for _, b := range blocks {
					if needsCut(b) || strings.HasPrefix(b, "\n") || strings.HasSuffix(b, "\n") {
						t.Fatalf("%s %s %s: block %q not cut at its blank lines", m.Key(), lang, part, b)
					}
				}
				if got := newBlockEditor(text, nil).Text(); got != text {
					t.Fatalf("%s %s %s: the editor's text differs", m.Key(), lang, part)
				}
				n++
			}
		}
	}
	if n != 20*4*7 {
		t.Errorf("%d parts checked, want %d", n, 20*4*7)
	}
}

func TestSplitBlocks(t *testing.T) {
	for _, tc := range []struct {
		text   string
		blocks []string
	}{
		{"", []string{""}},
		{"\n\n", []string{""}},
		{"a", []string{"a"}},
		{"a\n", []string{"a"}},
		{"\n\n# T\n\none\ntwo  \n \t\n\n\nthree", []string{"# T", "one\ntwo  ", "three"}},
		{"a\r\n\r\nb\r\n", []string{"a\r", "b\r"}},
	} {
		blocks, seps := splitBlocks(tc.text)
		if strings.Join(blocks, "|") != strings.Join(tc.blocks, "|") || joinBlocks(blocks, seps) != tc.text {
			t.Errorf("%q: blocks %q seps %q", tc.text, blocks, seps)
		}
	}
	// A long block without a blank line is cut at line breaks.
	long := strings.Repeat(strings.Repeat("x", 99)+"\n", 100)
	blocks, seps := splitBlocks(long)
	if len(blocks) != 3 || len(blocks[0]) > maxBlock || joinBlocks(blocks, seps) != long || seps[1] != "\n" {
		t.Errorf("a 10 kB block: %d blocks, seps %q", len(blocks), seps)
	}
	blocks, seps = splitInside("\nA\n\nB\n\n")
	if strings.Join(blocks, "|") != "\nA|B\n\n" || strings.Join(seps, "|") != "\n\n" {
		t.Errorf("splitInside: %q %q", blocks, seps)
	}
}

const blockText = "# Title\n\nFirst para line one\nline two\n\nSecond para.\n"

// newTestBlocks is a block editor on blockText in an 800×600 window, the
// keys in its first block.
func newTestBlocks(t *testing.T) (*blockEditor, fyne.Window) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	be := newBlockEditor(blockText, func(f fyne.Focusable) { w.Canvas().Focus(f) })
	be.onSave = func() error { return nil }
	be.onCancel = func() {}
	w.SetContent(be)
	w.Resize(fyne.NewSize(800, 600))
	w.Canvas().Focus(be.first())
	return be, w
}

// keys is the entry with the keys.
func keys(t *testing.T, w fyne.Window) *blockEntry {
	t.Helper()
	e, ok := w.Canvas().Focused().(*blockEntry)
	if !ok {
		t.Fatalf("the keys are in %T", w.Canvas().Focused())
	}
	return e
}

func press(w fyne.Window, k fyne.KeyName) {
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: k})
}

func typeRunes(w fyne.Window, s string) {
	for _, r := range s {
		if r == '\n' {
			press(w, fyne.KeyReturn)
		} else {
			w.Canvas().Focused().TypedRune(r)
		}
	}
}

func TestBlockEditorArrowsCrossBlocks(t *testing.T) {
	be, w := newTestBlocks(t)
	if len(be.blocks) != 3 || keys(t, w).Text != "# Title" {
		t.Fatalf("%d blocks, keys in %q", len(be.blocks), keys(t, w).Text)
	}
	keys(t, w).setRowCol(0, 3)
	press(w, fyne.KeyDown)
	e := keys(t, w)
	if e.Text != "First para line one\nline two" || e.CursorRow != 0 || e.CursorColumn != 3 {
		t.Fatalf("Down went to %q row %d col %d", e.Text, e.CursorRow, e.CursorColumn)
	}
	press(w, fyne.KeyDown)
	if keys(t, w) != e || e.CursorRow != 1 {
		t.Fatal("Down inside a block left it")
	}
	press(w, fyne.KeyDown)
	if e = keys(t, w); e.Text != "Second para." || e.CursorColumn != 3 {
		t.Fatalf("Down on the last row went to %q col %d", e.Text, e.CursorColumn)
	}
	press(w, fyne.KeyUp)
	if e = keys(t, w); e.CursorRow != 1 || e.CursorColumn != 3 {
		t.Errorf("Up came back to row %d col %d, want the last row", e.CursorRow, e.CursorColumn)
	}
	e.setCaret(0)
	press(w, fyne.KeyLeft)
	if e = keys(t, w); e.Text != "# Title" || e.CursorTextOffset() != 7 {
		t.Errorf("Left at a block's start went to %q at %d", e.Text, e.CursorTextOffset())
	}
	press(w, fyne.KeyRight)
	if e = keys(t, w); !strings.HasPrefix(e.Text, "First") || e.CursorTextOffset() != 0 {
		t.Errorf("Right at a block's end went to %q at %d", e.Text, e.CursorTextOffset())
	}
	if be.Text() != blockText {
		t.Error("moving changed the text")
	}
}

func TestBlockEditorBlankLineCutsABlock(t *testing.T) {
	be, w := newTestBlocks(t)
	keys(t, w).setCaret(7)
	typeRunes(w, "\n\nIntro")
	want := "# Title\n\nIntro\n\nFirst para line one\nline two\n\nSecond para.\n"
	if be.Text() != want {
		t.Fatalf("text %q", be.Text())
	}
	if len(be.blocks) != 4 || keys(t, w).Text != "Intro" || keys(t, w).CursorTextOffset() != 5 {
		t.Fatalf("%d blocks, keys in %q at %d", len(be.blocks), keys(t, w).Text, keys(t, w).CursorTextOffset())
	}
	typeRunes(w, " more")
	if be.Text() != strings.Replace(want, "Intro", "Intro more", 1) {
		t.Errorf("typing after the cut: %q", be.Text())
	}
}

func TestBlockEditorBackspaceAndDeleteJoin(t *testing.T) {
	be, w := newTestBlocks(t)
	be.moveTo(2, 0)
	press(w, fyne.KeyBackspace) // one line break of the two: still two paragraphs
	press(w, fyne.KeyBackspace)
	want := "# Title\n\nFirst para line one\nline twoSecond para.\n"
	if be.Text() != want || len(be.blocks) != 2 || keys(t, w).CursorTextOffset() != len("First para line one\nline two") {
		t.Fatalf("text %q, %d blocks, caret %d", be.Text(), len(be.blocks), keys(t, w).CursorTextOffset())
	}
	be.moveTo(0, 7)
	press(w, fyne.KeyDelete)
	if be.Text() != "# Title\nFirst para line one\nline twoSecond para.\n" || len(be.blocks) != 1 {
		t.Fatalf("Delete at a block's end: %q", be.Text())
	}
	w.Canvas().Focused().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{})
	w.Canvas().Focused().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{})
	if be.Text() != "# Title\n\nFirst para line one\nline two\nSecond para.\n" {
		t.Fatalf("two undos: %q", be.Text())
	}
	w.Canvas().Focused().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{})
	if be.Text() != blockText || len(be.blocks) != 3 {
		t.Fatalf("three undos: %q", be.Text())
	}
	w.Canvas().Focused().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutRedo{})
	if be.Text() != "# Title\n\nFirst para line one\nline two\nSecond para.\n" {
		t.Fatalf("redo: %q", be.Text())
	}
}

func TestBlockEditorUndoTyping(t *testing.T) {
	be, w := newTestBlocks(t)
	keys(t, w).setCaret(7)
	typeRunes(w, " for all")
	be.moveTo(2, 0)
	typeRunes(w, "A ")
	if be.Text() != "# Title for all\n\nFirst para line one\nline two\n\nA Second para.\n" {
		t.Fatalf("typed %q", be.Text())
	}
	undo := func() { w.Canvas().Focused().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{}) }
	undo()
	if be.Text() != "# Title for all\n\nFirst para line one\nline two\n\nSecond para.\n" {
		t.Fatalf("undo: %q", be.Text())
	}
	undo() // "all"
	undo() // " for "
	if be.Text() != blockText || keys(t, w).Text != "# Title" || keys(t, w).CursorTextOffset() != 7 {
		t.Fatalf("undo to the start: %q, caret in %q at %d", be.Text(), keys(t, w).Text, keys(t, w).CursorTextOffset())
	}
}

func TestBlockEditorPasteParagraphs(t *testing.T) {
	be, w := newTestBlocks(t)
	be.moveTo(1, 5) // after "First"
	w.Canvas().Focused().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutPaste{Clipboard: textClip(" A\n\nB\n\nC ")})
	want := "# Title\n\nFirst A\n\nB\n\nC  para line one\nline two\n\nSecond para.\n"
	if be.Text() != want || len(be.blocks) != 5 {
		t.Fatalf("pasted: %q, %d blocks", be.Text(), len(be.blocks))
	}
	if e := keys(t, w); !strings.HasPrefix(e.Text, "C  para") || e.CursorTextOffset() != 2 {
		t.Errorf("the caret is in %q at %d, want after the pasted text", e.Text, e.CursorTextOffset())
	}
}

// A block is as tall as its text: typing a line break makes it taller and
// moves the blocks below it.
func TestBlockEntryGrowsWithItsText(t *testing.T) {
	be, w := newTestBlocks(t)
	e := keys(t, w)
	h := e.Size().Height
	next := be.list.Item(1).Position().Y
	press(w, fyne.KeyEnd)
	typeRunes(w, "\nSubtitle")
	if e.Size().Height <= h || be.list.Item(1).Position().Y <= next {
		t.Errorf("height %v → %v, next block at %v → %v", h, e.Size().Height, next, be.list.Item(1).Position().Y)
	}
	if e.MinSize().Height != e.Size().Height {
		t.Errorf("entry %v tall, its text needs %v", e.Size().Height, e.MinSize().Height)
	}
}

// A long text pasted without a blank line is cut at line breaks, so that a
// key never lays out more than maxBlock; Backspace at the start of such a
// cut joins the two lines, as in one text.
func TestBlockEditorLongPasteIsCut(t *testing.T) {
	be, w := newTestBlocks(t)
	be.moveTo(2, 0)
	long := strings.Repeat("| cell | "+strings.Repeat("y", 90)+" |\n", 100)
	w.Canvas().Focused().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutPaste{Clipboard: textClip(long)})
	if be.Text() != "# Title\n\nFirst para line one\nline two\n\n"+long+"Second para.\n" {
		t.Fatal("the pasted text is not the text")
	}
	for _, b := range be.blocks {
		if len(b.text) > maxBlock {
			t.Fatalf("a block of %d bytes", len(b.text))
		}
	}
	if e := keys(t, w); !strings.HasSuffix(e.Text, " |\nSecond para.") || e.CursorTextOffset() != len(e.Text)-len("Second para.") {
		t.Errorf("the caret is in %q at %d, want after the pasted text", e.Text, e.CursorTextOffset())
	}
	i := 3 // the second block of the pasted text
	be.moveTo(i, 0)
	before := be.Text()
	press(w, fyne.KeyBackspace)
	if n := len(be.Text()); n != len(before)-1 || strings.Count(be.Text(), "\n") != strings.Count(before, "\n")-1 {
		t.Errorf("Backspace at a cut took %d bytes", len(before)-n)
	}
}

// Page Down and Page Up move the keys a view down and up, across blocks.
func TestBlockEditorPageKeys(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	var text strings.Builder
	for i := range 60 {
		text.WriteString("Paragraph " + string(rune('A'+i%26)) + " of the part.\n\n")
	}
	be := newBlockEditor(text.String(), func(f fyne.Focusable) { w.Canvas().Focus(f) })
	w.SetContent(be)
	w.Resize(fyne.NewSize(800, 600))
	w.Canvas().Focus(be.first())
	press(w, fyne.KeyPageDown)
	e := keys(t, w)
	i := be.index(e.block)
	if i < 8 || i > 20 || be.list.scroll.Offset.Y <= 0 {
		t.Fatalf("Page Down went to block %d, the view at %v", i, be.list.scroll.Offset.Y)
	}
	if y := be.list.Item(i).Position().Y - be.list.scroll.Offset.Y; y < 0 || y > 600 {
		t.Errorf("the block with the keys is at %v, out of the view", y)
	}
	press(w, fyne.KeyPageUp)
	if j := be.index(keys(t, w).block); j != 0 || be.list.scroll.Offset.Y != 0 {
		t.Errorf("Page Up came back to block %d, the view at %v", j, be.list.scroll.Offset.Y)
	}
	if be.Text() != text.String() {
		t.Error("the page keys changed the text")
	}
}

// Fyne's own Undo of the entry (its menu's, which the block's menu now
// replaces) changes the block without a key: the editor follows it.
func TestBlockEditorFollowsTheEntryMenu(t *testing.T) {
	be, w := newTestBlocks(t)
	changed := 0
	be.onChanged = func() { changed++ }
	e := keys(t, w)
	press(w, fyne.KeyEnd)
	typeRunes(w, "\nLine")
	before, typed := changed, e.Text
	e.Entry.Undo()
	if e.Text == typed || changed != before+1 {
		t.Fatalf("the menu's undo: %q, %d changes told", e.Text, changed-before)
	}
	if be.Text() != strings.Replace(blockText, "# Title", e.Text, 1) {
		t.Errorf("the block's text %q is not in the text %q", e.Text, be.Text())
	}
	if e.MinSize().Height != e.Size().Height {
		t.Errorf("entry %v tall, its text needs %v", e.Size().Height, e.MinSize().Height)
	}
}

// The blocks are drawn without the entry's box and border, save the
// border of the block with the keys: a software renderer fills every pixel
// of both rounded rectangles of every entry in view at each key.
func TestBlockEntriesDrawOnlyTheFocusBorder(t *testing.T) {
	be, w := newTestBlocks(t)
	test.AssertRendersToMarkup(t, "blockeditor/focus_first.xml", w.Canvas())
	press(w, fyne.KeyDown)
	press(w, fyne.KeyDown)
	if keys(t, w) == be.list.Item(0) {
		t.Fatal("the keys stayed in the first block")
	}
	test.AssertRendersToMarkup(t, "blockeditor/focus_second.xml", w.Canvas())
}

// A block's height, kept between frames, follows a zoom: the same text at
// the same width is taller in a larger text size.
func TestBlockEntryHeightFollowsTheZoom(t *testing.T) {
	_, w := newTestBlocks(t)
	e := keys(t, w)
	h := e.MinSize().Height
	fyne.CurrentApp().Settings().SetTheme(&kitTheme{choice: ThemeLight, zoom: 1.5})
	if got := e.MinSize().Height; got <= h {
		t.Errorf("block %q %v tall at zoom 1.5, %v at zoom 1", e.Text, got, h)
	}
}
