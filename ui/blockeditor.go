package ui

import (
	"slices"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// blockEditor edits a part's Markdown as a column of small entries, one per
// block (the text between blank lines), built only when in view (a
// docList). Fyne 2.7.1's Entry lays its whole text out again at each key,
// and its rich text copies the whole text once per wrapped row while doing
// so (Fyne issue #5297): 80 ms and 40 MB a key on module 20's toolbox in
// one entry. A key now costs what its block costs. The keys flow between
// the blocks as in one text: the arrows at an edge go on into the
// neighbour, Backspace and Delete at an edge join two blocks, a blank line
// typed or pasted inside a block cuts it in two, and Ctrl+Z and Ctrl+Y undo
// and redo across blocks. The text is reassembled exactly: the separators
// between blocks (the blank lines) are kept as they were.
type blockEditor struct {
	widget.BaseWidget
	blocks []*mdBlock
	seps   []string // seps[i] comes before blocks[i]; the last one ends the text
	list   *docList
	meter  *widget.RichText // measures a block's wrapped height
	focus  func(fyne.Focusable)

	focused *blockEntry // the entry last given the keys
	undo    []blockSnap
	redo    []blockSnap
	run     *mdBlock    // the block of the typing the last snapshot covers
	runWord bool        // the run has a letter: a letter after a space starts a new step
	runGap  bool        // the run's last key was a space
	sel     *blockRange // whole blocks selected, or nil: blockselect.go

	shiftClicked bool // a Shift+click selected blocks: its tap keeps them

	onChanged func()       // the text changed
	onSave    func() error // Ctrl+S
	onCancel  func()       // Escape
}

// mdBlock is one block's text.
type mdBlock struct{ text string }

// blockSnap is the text as it was before a step, for Ctrl+Z: the blocks'
// texts, and where the caret was (block, offset in runes).
type blockSnap struct {
	blocks []string
	seps   []string
	block  int
	caret  int
}

// maxTextUndo is how many steps Ctrl+Z can take back.
const maxTextUndo = 200

// maxBlock is the length in bytes past which a block is cut at a line
// break: a key costs in proportion to its block (module 20's job table,
// the course's longest block, is 3.9 kB; a long text pasted without blank
// lines would be one block).
const maxBlock = 4096

// splitBlocks cuts text at its blank lines, and a block longer than
// maxBlock at a line break: text is seps[0] + blocks[0] + seps[1] + … +
// blocks[n-1] + seps[n]. A block holds no blank line and no line break at
// either end; a separator is the line break ending a block and the blank
// lines after it. A text without a block gives one empty block after the
// whole text.
func splitBlocks(text string) (blocks, seps []string) {
	sepStart, blockStart, contentEnd := 0, -1, 0
	for pos := 0; pos < len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		lineEnd, next := len(text), len(text)
		if end >= 0 {
			lineEnd, next = pos+end, pos+end+1
		}
		if strings.TrimSpace(text[pos:lineEnd]) == "" {
			if blockStart >= 0 {
				blocks = append(blocks, text[blockStart:contentEnd])
				sepStart, blockStart = contentEnd, -1
			}
		} else {
			if blockStart >= 0 && lineEnd-blockStart > maxBlock && pos > blockStart {
				blocks = append(blocks, text[blockStart:contentEnd])
				sepStart, blockStart = contentEnd, -1
			}
			if blockStart < 0 {
				seps = append(seps, text[sepStart:pos])
				blockStart = pos
			}
			contentEnd = lineEnd
		}
		pos = next
	}
	if blockStart >= 0 {
		blocks = append(blocks, text[blockStart:contentEnd])
		sepStart = contentEnd
	}
	if len(blocks) == 0 {
		return []string{""}, []string{text, ""}
	}
	return blocks, append(seps, text[sepStart:])
}

// splitInside cuts text only at the blank lines between two blocks: what
// comes before the first block and after the last stays in them (the line
// breaks the trainer just typed at the end of a block stay where the caret
// is). len(seps) == len(blocks)-1.
func splitInside(text string) (blocks, seps []string) {
	blocks, seps = splitBlocks(text)
	blocks[0] = seps[0] + blocks[0]
	blocks[len(blocks)-1] += seps[len(seps)-1]
	return blocks, seps[1 : len(seps)-1]
}

// joinBlocks is the text of blocks and their separators.
func joinBlocks(blocks, seps []string) string {
	var b strings.Builder
	n := len(seps[len(seps)-1])
	for i := range blocks {
		n += len(seps[i]) + len(blocks[i])
	}
	b.Grow(n)
	for i, s := range blocks {
		b.WriteString(seps[i])
		b.WriteString(s)
	}
	b.WriteString(seps[len(seps)-1])
	return b.String()
}

// newBlockEditor edits text; focus gives an entry the keys (the window's
// canvas).
func newBlockEditor(text string, focus func(fyne.Focusable)) *blockEditor {
	be := &blockEditor{focus: focus}
	be.meter = widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Monospace: true}}})
	be.meter.Wrapping = fyne.TextWrapWord
	be.list = newDocList(nil, false)
	be.load(text)
	be.ExtendBaseWidget(be)
	return be
}

func (be *blockEditor) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(be.list)
}

// load replaces the whole text, back at the top; the undo history is kept.
// Windows line ends (a part written in a Windows editor and brought in by a
// pack) are made plain, or each line would keep its \r in the block and
// mix with the plain line ends typed after it.
func (be *blockEditor) load(text string) {
	blocks, seps := splitBlocks(plainLines(text))
	be.set(blocks, seps)
}

// set shows blocks and seps where the view is.
func (be *blockEditor) set(blocks, seps []string) {
	be.blocks = make([]*mdBlock, len(blocks))
	for i, s := range blocks {
		be.blocks[i] = &mdBlock{text: s}
	}
	be.seps = seps
	be.focused = nil
	be.run = nil
	be.sel = nil
	be.list.replace(be.items(be.blocks))
}

// items are the list's items of blocks.
func (be *blockEditor) items(blocks []*mdBlock) []docItem {
	items := make([]docItem, len(blocks))
	for i, b := range blocks {
		items[i] = docItem{
			build:  func() fyne.CanvasObject { return be.entryFor(b) },
			chars:  len(b.text),
			height: func(w float32) float32 { return be.heightOf(b.text, w) },
		}
	}
	return items
}

// Text is the whole text.
func (be *blockEditor) Text() string {
	blocks := make([]string, len(be.blocks))
	for i, b := range be.blocks {
		blocks[i] = b.text
	}
	return joinBlocks(blocks, be.seps)
}

// entryFor is the entry of block b: the one with the keys if it is b's,
// else a new one.
func (be *blockEditor) entryFor(b *mdBlock) *blockEntry {
	if be.focused != nil && be.focused.block == b {
		return be.focused
	}
	return newBlockEntry(be, b)
}

// heightOf is the height of an entry showing text at width w: the height of
// its text wrapped as the entry wraps it, so that the entry never scrolls.
func (be *blockEditor) heightOf(text string, w float32) float32 {
	be.meter.Segments[0].(*widget.TextSegment).Text = text
	if be.meter.Size().Width != w {
		be.meter.Resize(fyne.NewSize(w, 1))
	} else {
		be.meter.Refresh()
	}
	return be.meter.MinSize().Height
}

// index is where block b is, or -1.
func (be *blockEditor) index(b *mdBlock) int {
	for i, x := range be.blocks {
		if x == b {
			return i
		}
	}
	return -1
}

// first is the entry of the first block, for the focus when the editor
// opens.
func (be *blockEditor) first() *blockEntry {
	be.list.update()
	if e, ok := be.list.Item(0).(*blockEntry); ok {
		return e
	}
	return be.entryFor(be.blocks[0])
}

// snapshot is the text now, the caret in entry e.
func (be *blockEditor) snapshot(e *blockEntry) blockSnap {
	s := blockSnap{blocks: make([]string, len(be.blocks)), seps: slices.Clone(be.seps)}
	for i, b := range be.blocks {
		s.blocks[i] = b.text
	}
	if e != nil {
		s.block, s.caret = be.index(e.block), e.CursorTextOffset()
	}
	return s
}

// step records the text before a change in e's block: typing in the same
// block makes one step a word and the spaces after it, any other change one
// step.
func (be *blockEditor) step(e *blockEntry, typing bool, word bool) {
	if typing && be.run == e.block && !(word && be.runWord && be.runGap) {
		be.runWord, be.runGap = be.runWord || word, !word
		return
	}
	be.undo = append(be.undo, be.snapshot(e))
	if len(be.undo) > maxTextUndo {
		be.undo = be.undo[1:]
	}
	be.redo = nil
	be.run, be.runWord, be.runGap = nil, word, !word
	if typing {
		be.run = e.block
	}
}

// Undo takes back the last step (Ctrl+Z).
func (be *blockEditor) Undo() { be.travel(&be.undo, &be.redo) }

// Redo does again the step last taken back (Ctrl+Y).
func (be *blockEditor) Redo() { be.travel(&be.redo, &be.undo) }

func (be *blockEditor) travel(from, to *[]blockSnap) {
	if len(*from) == 0 {
		return
	}
	s := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	*to = append(*to, be.snapshot(be.focused))
	be.set(s.blocks, s.seps)
	be.moveTo(max(min(s.block, len(be.blocks)-1), 0), s.caret)
	be.changed()
}

// changed tells the editor.
func (be *blockEditor) changed() {
	if be.onChanged != nil {
		be.onChanged()
	}
}

// edited follows a change in e's block: a blank line inside it cuts it in
// two (so does a line break past maxBlock), else its height is measured
// again.
func (be *blockEditor) edited(e *blockEntry) {
	i := be.index(e.block)
	if i < 0 {
		return
	}
	if needsCut(e.block.text) {
		be.rewrite(i, i, e.block.text, e.CursorTextOffset())
	} else {
		be.list.items[i].chars = len(e.block.text)
		be.list.remeasure(i)
		be.follow(e)
	}
	be.changed()
}

// needsCut reports a blank line between two blocks of text, or a block
// grown past maxBlock.
func needsCut(text string) bool {
	if !strings.Contains(text, "\n") {
		return false
	}
	blocks, _ := splitBlocks(text)
	return len(blocks) > 1
}

// rewrite replaces blocks from to to (and the separators between them) by
// text, cut again at its blank lines, and puts the caret at offset caret
// (in runes) of text.
func (be *blockEditor) rewrite(from, to int, text string, caret int) {
	parts, seps := splitInside(text)
	blocks := make([]*mdBlock, len(parts))
	for k, s := range parts {
		blocks[k] = &mdBlock{text: s}
	}
	be.blocks = append(be.blocks[:from], append(blocks, be.blocks[to+1:]...)...)
	be.seps = append(be.seps[:from+1], append(seps, be.seps[to+1:]...)...)
	be.focused, be.run = nil, nil
	be.list.splice(from, to+1, be.items(blocks))
	// The caret: in the block it falls in, or at the start of the block
	// after the separator it falls in.
	k, off := 0, caret
	for k < len(parts)-1 {
		n := utf8.RuneCountInString(parts[k])
		if off <= n {
			break
		}
		off -= n + utf8.RuneCountInString(seps[k])
		k++
		if off < 0 {
			off = 0
		}
	}
	be.moveTo(from+k, off)
}

// moveTo gives the keys to block i with the caret at offset caret (runes).
func (be *blockEditor) moveTo(i, caret int) {
	e := be.reveal(i)
	e.setCaret(caret)
	be.give(e)
	be.follow(e)
}

// reveal scrolls block i into view and is its entry.
func (be *blockEditor) reveal(i int) *blockEntry {
	be.list.reveal(i, 0, 1)
	if e, ok := be.list.Item(i).(*blockEntry); ok {
		return e
	}
	return be.entryFor(be.blocks[i])
}

// give gives the keys to e.
func (be *blockEditor) give(e *blockEntry) {
	be.focused = e
	if be.focus != nil {
		be.focus(e)
	}
}

// follow scrolls to the caret of e when it left the view.
func (be *blockEditor) follow(e *blockEntry) {
	i := be.index(e.block)
	if i < 0 {
		return
	}
	y := e.CursorPosition().Y
	be.list.reveal(i, y, y+e.lineHeight())
}

// neighbour moves the keys from e to the block before (dir -1) or after
// (dir 1), the caret at column col of its last or first row, or at its end
// or start when col < 0. It reports false at the first or last block.
func (be *blockEditor) neighbour(e *blockEntry, dir, col int) bool {
	i := be.index(e.block) + dir
	if i < 0 || i >= len(be.blocks) {
		return false
	}
	n := be.reveal(i)
	be.give(n)
	switch {
	case dir < 0 && col < 0:
		n.setCaret(utf8.RuneCountInString(n.Text))
	case dir > 0 && col < 0:
		n.setCaret(0)
	case dir < 0:
		n.setRowCol(1<<30, col)
	default:
		n.setRowCol(0, col)
	}
	be.follow(n)
	return true
}

// page moves the keys a view up (dir -1, Page Up) or down (dir 1, Page
// Down): to the row a view above or below the caret, in whatever block it
// falls, and the view with it.
func (be *blockEditor) page(e *blockEntry, dir int) {
	i := be.index(e.block)
	if i < 0 {
		return
	}
	d := be.list
	d.prepare()
	tops := make([]float32, len(be.blocks)+1)
	tops[0] = d.pad()
	for j := range be.blocks {
		tops[j+1] = tops[j] + d.measure(j) + theme.Padding()
	}
	view := d.viewport().Height
	y := tops[i] + e.CursorPosition().Y + float32(dir)*view
	j := 0
	for j < len(be.blocks)-1 && tops[j+1] <= y {
		j++
	}
	col := e.CursorColumn
	pitch := e.lineHeight() + e.Theme().Size(theme.SizeNameLineSpacing)
	row := max(int((y-tops[j])/pitch), 0)
	off := min(max(d.scroll.Offset.Y+float32(dir)*view, 0), max(tops[len(be.blocks)]-view, 0))
	d.scroll.ScrollToOffset(fyne.NewPos(0, off))
	d.update()
	n := be.reveal(j)
	be.give(n)
	n.setRowCol(row, col)
	be.follow(n)
}

// join joins e's block with the one before (dir -1, Backspace at its start)
// or after (dir 1, Delete at its end), taking away one character of the
// separator between them.
func (be *blockEditor) join(e *blockEntry, dir int) {
	i := be.index(e.block)
	if dir < 0 {
		i--
	}
	if i < 0 || i+1 >= len(be.blocks) {
		return
	}
	be.step(e, false, false)
	a, b, sep := be.blocks[i].text, be.blocks[i+1].text, be.seps[i+1]
	_, size := utf8.DecodeRuneInString(sep)
	if dir < 0 {
		_, size = utf8.DecodeLastRuneInString(sep)
		sep = sep[:len(sep)-size]
	} else {
		sep = sep[size:]
	}
	caret := utf8.RuneCountInString(a)
	if dir < 0 {
		caret += utf8.RuneCountInString(sep)
	}
	be.rewrite(i, i+1, a+sep+b, caret)
	be.changed()
}

// blockEntry is the entry of one block: monospace, wrapping, as tall as its
// text. It passes the keys at its edges to the blockEditor, and saves on
// Ctrl+S and cancels on Escape: a focused entry receives those keys before
// the window's shortcuts do.
type blockEntry struct {
	widget.Entry
	ed    *blockEditor
	block *mdBlock
	quiet bool                // the editor is setting the text: not the trainer's change
	inKey bool                // a key is being typed: the key's handler follows the change
	shift bool                // Shift is held (desktop): the arrows select
	focus bool                // the entry has the keys
	boxes *blockEntryRenderer // its renderer: the box shows a selected block

	// The height last measured, and for what: the window asks every
	// entry in view for its size at each frame.
	heightFor struct {
		text     string
		width    float32
		textSize float32 // a zoom changes it
	}
	height float32
}

func newBlockEntry(ed *blockEditor, b *mdBlock) *blockEntry {
	e := &blockEntry{ed: ed, block: b}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.TextStyle = fyne.TextStyle{Monospace: true}
	e.ExtendBaseWidget(e)
	e.SetText(b.text)
	e.OnChanged = func(s string) {
		if e.quiet {
			return
		}
		e.block.text = s
		if !e.inKey { // the entry's own menu: Undo, Redo
			e.ed.step(e, false, false)
			e.ed.edited(e)
		}
	}
	return e
}

// MinSize is as tall as the text at the entry's width.
func (e *blockEntry) MinSize() fyne.Size {
	m := e.Entry.MinSize()
	if w := e.Size().Width; w > 0 {
		size := theme.TextSize()
		if f := e.heightFor; f.text != e.Text || f.width != w || f.textSize != size || e.height == 0 {
			e.height = e.ed.heightOf(e.Text, w)
			e.heightFor.text, e.heightFor.width, e.heightFor.textSize = e.Text, w, size
		}
		m.Height = e.height
	}
	return m
}

// CreateRenderer draws the entry without its box and its border, except
// the border while it has the keys: a software renderer (a laptop
// without a graphics driver) fills every pixel of both rounded rectangles
// of every entry in view at each key, which was half of a key's time in
// the window.
func (e *blockEntry) CreateRenderer() fyne.WidgetRenderer {
	r := e.Entry.CreateRenderer()
	var rects []*canvas.Rectangle
	for _, o := range r.Objects() {
		if rect, ok := o.(*canvas.Rectangle); ok {
			rects = append(rects, rect)
		}
	}
	br := &blockEntryRenderer{WidgetRenderer: r, entry: e, rects: rects}
	br.hide()
	e.boxes = br
	return br
}

// blockEntryRenderer is the entry's renderer, its box and border hidden.
type blockEntryRenderer struct {
	fyne.WidgetRenderer
	entry *blockEntry
	rects []*canvas.Rectangle // the box, then the border
}

func (r *blockEntryRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.hide()
}

// hide hides the box, unless the block is selected whole (then it is
// filled in the selection colour), and the border unless the entry has the
// keys.
func (r *blockEntryRenderer) hide() {
	sel := r.entry.ed.selected(r.entry.block)
	for i, rect := range r.rects {
		hidden := !(r.entry.focus && i == len(r.rects)-1)
		if i == 0 && sel {
			hidden = false
			rect.FillColor = r.entry.Theme().Color(theme.ColorNameSelection, fyne.CurrentApp().Settings().ThemeVariant())
		}
		rect.Hidden = hidden
	}
}

// lineHeight is the height of one row of text.
func (e *blockEntry) lineHeight() float32 {
	return fyne.MeasureText("M", e.Theme().Size(theme.SizeNameText), e.TextStyle).Height
}

// setCaret puts the caret at offset caret (runes). Fyne 2.7.1 has no call
// for it; pasting the text before the caret at the start of the text after
// it leaves the caret there, on the row Fyne wraps it to.
func (e *blockEntry) setCaret(caret int) {
	runes := []rune(e.Text)
	caret = max(min(caret, len(runes)), 0)
	e.quiet = true
	defer func() { e.quiet = false }()
	e.CursorRow, e.CursorColumn = 0, 0
	e.SetText(string(runes[caret:]))
	if caret > 0 {
		e.Entry.TypedShortcut(&fyne.ShortcutPaste{Clipboard: textClip(string(runes[:caret]))})
	}
}

// setRowCol puts the caret at row, col, or the nearest place on the text.
func (e *blockEntry) setRowCol(row, col int) {
	e.quiet = true
	defer func() { e.quiet = false }()
	e.CursorRow, e.CursorColumn = row, col
	e.SetText(e.Text) // keeps the caret within the text
	if e.CursorRow < row && col < e.CursorColumn {
		e.CursorColumn = col // the last row: SetText put the caret at its end
		e.Refresh()
	}
}

// textClip is a clipboard holding a text, to paste it.
type textClip string

func (c textClip) Content() string     { return string(c) }
func (c textClip) SetContent(_ string) {}

func (e *blockEntry) FocusGained() {
	e.ed.focused = e
	e.focus = true
	e.Entry.FocusGained()
}

func (e *blockEntry) FocusLost() {
	e.focus = false
	e.Entry.FocusLost()
}

// KeyDown notes Shift: with it, the arrows select within the block.
func (e *blockEntry) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = true
	}
	e.Entry.KeyDown(k)
}

func (e *blockEntry) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = false
	}
	e.Entry.KeyUp(k)
}

// TypedRune types a character.
func (e *blockEntry) TypedRune(r rune) {
	if e.ed.sel != nil {
		e.ed.typeOver(e, r)
		return
	}
	e.ed.step(e, true, r != ' ' && r != '\t')
	e.inKey = true
	e.Entry.TypedRune(r)
	e.inKey = false
	e.ed.edited(e)
}

// TypedKey passes the keys at the block's edges to the editor, cancels on
// Escape, and types the others.
func (e *blockEntry) TypedKey(k *fyne.KeyEvent) {
	if e.ed.sel != nil && e.ed.selKey(e, k.Name, e.shift) {
		return
	}
	plain := !e.shift && e.SelectedText() == ""
	row, col := e.CursorRow, e.CursorColumn
	atStart := row == 0 && col == 0
	atEnd := plain && e.CursorTextOffset() >= utf8.RuneCountInString(e.Text)
	switch k.Name {
	case fyne.KeyEscape:
		e.ed.onCancel()
		return
	case fyne.KeyUp:
		if plain && row == 0 && e.ed.neighbour(e, -1, col) {
			return
		}
		// Shift+Up at the block's start selects on into the one above.
		if e.shift && atStart && e.ed.selectAcross(e, -1) {
			return
		}
	case fyne.KeyLeft:
		if plain && atStart && e.ed.neighbour(e, -1, -1) {
			return
		}
	case fyne.KeyRight:
		if atEnd && e.ed.neighbour(e, 1, -1) {
			return
		}
	case fyne.KeyBackspace:
		if plain && atStart {
			e.ed.join(e, -1)
			return
		}
	case fyne.KeyDelete:
		if atEnd {
			e.ed.join(e, 1)
			return
		}
	case fyne.KeyPageUp, fyne.KeyPageDown:
		if !e.shift {
			dir := 1
			if k.Name == fyne.KeyPageUp {
				dir = -1
			}
			e.ed.page(e, dir)
			return
		}
	}
	before := e.Text
	if edits(k.Name) {
		e.ed.step(e, k.Name != fyne.KeyReturn && k.Name != fyne.KeyEnter, false)
	}
	e.inKey = true
	e.Entry.TypedKey(k)
	e.inKey = false
	if k.Name == fyne.KeyDown && plain && e.CursorRow == row {
		// Fyne leaves the caret on the last row (at its end): go on below.
		e.ed.neighbour(e, 1, col)
		return
	}
	if k.Name == fyne.KeyDown && e.shift && e.CursorRow == row && e.CursorColumn == col {
		// Shift+Down at the block's end selects on into the one below.
		e.ed.selectAcross(e, 1)
		return
	}
	if e.Text != before {
		e.ed.edited(e)
	} else if k.Name != fyne.KeyTab {
		e.ed.follow(e)
	}
}

// edits reports the keys that change the text.
func edits(k fyne.KeyName) bool {
	switch k {
	case fyne.KeyBackspace, fyne.KeyDelete, fyne.KeyReturn, fyne.KeyEnter, fyne.KeyTab:
		return true
	}
	return false
}

// TypedShortcut saves on Ctrl+S (Cmd+S on macOS), selects the whole text
// on Ctrl+A, undoes and redoes across blocks, and cuts a pasted text at its
// blank lines, its line ends made plain.
func (e *blockEntry) TypedShortcut(s fyne.Shortcut) {
	if e.ed.sel != nil && e.ed.selShortcut(e, s) {
		return
	}
	switch s := s.(type) {
	case *fyne.ShortcutSelectAll:
		e.ed.selectAll()
		return
	case *desktop.CustomShortcut:
		if s.Modifier == fyne.KeyModifierShortcutDefault && s.KeyName == fyne.KeyS {
			_ = e.ed.onSave() // a failure is shown by Save
			return
		}
		// Ctrl+Q reaches the window, which asks about the changes; its
		// other keys would change what lies under the editor.
		if s.Modifier == fyne.KeyModifierShortcutDefault && s.KeyName == fyne.KeyQ && toWindow(e, s) {
			return
		}
	case *fyne.ShortcutUndo:
		e.ed.Undo()
		return
	case *fyne.ShortcutRedo:
		e.ed.Redo()
		return
	case *fyne.ShortcutPaste, *fyne.ShortcutCut:
		before := e.Text
		e.ed.step(e, false, false)
		e.inKey = true
		if p, ok := s.(*fyne.ShortcutPaste); ok {
			s = &fyne.ShortcutPaste{Clipboard: textClip(plainLines(clipboardOf(p.Clipboard).Content()))}
		}
		e.Entry.TypedShortcut(s)
		e.inKey = false
		if e.Text != before {
			e.ed.edited(e)
		}
		return
	}
	e.Entry.TypedShortcut(s)
}
