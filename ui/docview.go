package ui

import (
	"fmt"
	"hash/maphash"
	"image/color"
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
)

// The screen renderer of the document model. Fyne's own Markdown widget drops
// tables and task lists, so every block kind gets its own small widget here,
// stacked by stackLayout, which measures wrapped text at the real width.

// NewDocView renders a document as a vertical stack of blocks.
func NewDocView(doc *course.Document) *fyne.Container {
	return container.New(&stackLayout{}, renderBlocks(doc.Blocks, 0)...)
}

// docItems are a document's top-level blocks as the reader's docList
// builds them, one item each (a block with nothing to draw is an empty
// one), so that item i is block i for a search hit.
func docItems(doc *course.Document) []docItem {
	items := make([]docItem, len(doc.Blocks))
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		items[i] = docItem{chars: blockChars(b), key: blockKey(b), build: func() fyne.CanvasObject {
			if o := renderBlock(b, 0); o != nil {
				return o
			}
			return container.New(&stackLayout{})
		}}
	}
	return items
}

// blockKey names a block's content (kind, text, styles, nesting), for
// docList to keep its height when the document is parsed again.
func blockKey(b *course.Block) uint64 {
	var h maphash.Hash
	h.SetSeed(keySeed)
	fmt.Fprint(&h, *b)
	return h.Sum64() | 1 // never 0, which means no key
}

// keySeed is the seed of every blockKey: keys compare across documents.
var keySeed = maphash.MakeSeed()

// blockChars is the length of a block's text, for the estimate of its
// height before it is measured.
func blockChars(b *course.Block) int {
	n := len(b.Text)
	for _, in := range b.Inlines {
		n += len(in.Text)
	}
	for _, row := range append([][][]course.Inline{b.Header}, b.Rows...) {
		for _, cell := range row {
			n += len(course.PlainText(cell)) + 40 // a cell is at least a line
		}
	}
	for _, it := range b.Items {
		n += 40
		for i := range it.Blocks {
			n += blockChars(&it.Blocks[i])
		}
	}
	for i := range b.Children {
		n += blockChars(&b.Children[i])
	}
	return n
}

// stacked builds every item of a docList into one stack: what the editor's
// preview and the tests of the deck and the quiz show.
func stacked(items []docItem) *fyne.Container {
	objs := make([]fyne.CanvasObject, len(items))
	for i, it := range items {
		objs[i] = it.build()
	}
	return container.New(&stackLayout{}, objs...)
}

func renderBlocks(blocks []course.Block, depth int) []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, 0, len(blocks))
	for i := range blocks {
		if o := renderBlock(&blocks[i], depth); o != nil {
			out = append(out, o)
		}
	}
	return out
}

func renderBlock(b *course.Block, depth int) fyne.CanvasObject {
	switch b.Kind {
	case course.BlockHeading:
		return newHeading(b)
	case course.BlockParagraph:
		return newParagraph(b.Inlines, nil)
	case course.BlockList:
		return newList(b, depth)
	case course.BlockTable:
		return newTable(b)
	case course.BlockQuote:
		return newCallout(b.Children, depth)
	case course.BlockCode:
		rt := widget.NewRichText(&widget.TextSegment{Text: b.Text, Style: widget.RichTextStyleCodeBlock})
		return rt
	case course.BlockRule:
		return widget.NewSeparator()
	}
	return nil
}

// segments turns inline runs into rich text segments; base is applied to all.
func segments(in []course.Inline, base *widget.RichTextStyle) []widget.RichTextSegment {
	var out []widget.RichTextSegment
	for _, s := range in {
		if s.URL != "" {
			if u, err := url.Parse(s.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https" || u.Scheme == "mailto") {
				out = append(out, &widget.HyperlinkSegment{Text: s.Text, URL: u})
				continue
			}
		}
		st := widget.RichTextStyleInline
		if base != nil {
			st = *base
			st.Inline = true
		}
		st.TextStyle.Bold = st.TextStyle.Bold || s.Style&course.Bold != 0
		st.TextStyle.Italic = st.TextStyle.Italic || s.Style&course.Italic != 0
		st.TextStyle.Monospace = s.Style&course.Code != 0
		if s.Style&course.Mark != 0 {
			markStyle(&st)
		}
		text := s.Text
		// Fyne may wrap between two segments: the space after a bold
		// lead-in goes with the lead-in, so that the next line does not
		// start with it.
		if prev, ok := lastText(out); ok {
			if rest := strings.TrimLeft(text, " "); rest != text && rest != "" {
				prev.Text += text[:len(text)-len(rest)]
				text = rest
			}
		}
		out = append(out, &widget.TextSegment{Text: text, Style: st})
	}
	return out
}

// markStyle shows a search hit: bold in the accent colour, not by colour
// alone (Fyne 2.7.1 draws no underline in rich text yet; a later version
// will). Text already in the accent colour (a small heading, a quiz's
// question) has its hits in the text colour and italic instead, or they
// would not stand out.
func markStyle(st *widget.RichTextStyle) {
	st.TextStyle.Bold, st.TextStyle.Underline = true, true
	if st.ColorName == theme.ColorNamePrimary {
		st.ColorName = theme.ColorNameForeground
		st.TextStyle.Italic = true
		return
	}
	st.ColorName = theme.ColorNamePrimary
}

// lastText is the last of segs if it is plain text.
func lastText(segs []widget.RichTextSegment) (*widget.TextSegment, bool) {
	if len(segs) == 0 {
		return nil, false
	}
	t, ok := segs[len(segs)-1].(*widget.TextSegment)
	return t, ok
}

// newParagraph is a word-wrapped rich text of inline runs.
func newParagraph(in []course.Inline, base *widget.RichTextStyle) *wrapText {
	return newWrapText(segments(in, base)...)
}

// headingStyles gives each level a visibly distinct size and weight; level 3
// and below use the accent colour to stand apart from bold body text.
func headingStyle(level int) widget.RichTextStyle {
	st := widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameText}
	switch level {
	case 1:
		st.SizeName = theme.SizeNameHeadingText
	case 2:
		st.SizeName = theme.SizeNameSubHeadingText
	default:
		st.ColorName = theme.ColorNamePrimary
	}
	return st
}

func newHeading(b *course.Block) fyne.CanvasObject {
	st := headingStyle(b.Level)
	rt := newParagraph(b.Inlines, &st)
	if b.Level == 1 {
		return container.New(&stackLayout{}, rt, widget.NewSeparator())
	}
	return rt
}

// newList renders a list: a marker column (bullet, number or check box) and
// the item's blocks, nested lists indented by their own marker column.
func newList(b *course.Block, depth int) fyne.CanvasObject {
	rows := make([]fyne.CanvasObject, 0, len(b.Items))
	for i, it := range b.Items {
		var marker fyne.CanvasObject
		switch {
		case it.Task:
			marker = newTaskBox(it.Checked)
		case b.Ordered:
			marker = widget.NewLabel(fmt.Sprintf("%d.", b.Start+i))
		default:
			bullets := []string{"•", "◦", "▪"}
			marker = widget.NewLabel(bullets[depth%len(bullets)])
		}
		body := container.New(&stackLayout{}, renderBlocks(it.Blocks, depth+1)...)
		rows = append(rows, container.NewBorder(nil, nil, container.NewVBox(marker), nil, body))
	}
	return container.New(&stackLayout{tight: true}, rows...)
}

// newTaskBox is a check box for a GFM task item. Ticking it on screen helps a
// trainer preparing a session; it is not saved and never changes the content.
func newTaskBox(checked bool) *widget.Check {
	c := widget.NewCheck("", nil)
	c.SetChecked(checked)
	return c
}

// newCallout renders a block quote as a highlighted call-out: a tinted box
// with an accent bar on the left.
func newCallout(children []course.Block, depth int) fyne.CanvasObject {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameHover))
	bg.CornerRadius = theme.InputRadiusSize()
	bar := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	bar.SetMinSize(fyne.NewSize(4, 4))
	inner := container.New(&stackLayout{}, renderBlocks(children, depth)...)
	return container.NewStack(bg, container.NewBorder(nil, nil, bar, nil, container.NewPadded(inner)))
}

// newTable renders a GFM table as a grid with ruled cells and a shaded header.
func newTable(b *course.Block) fyne.CanvasObject {
	cols := len(b.Header)
	for _, r := range b.Rows {
		if len(r) > cols {
			cols = len(r)
		}
	}
	lay := &tableLayout{cols: cols, weights: columnWeights(b, cols)}
	var cells []fyne.CanvasObject
	addRow := func(row [][]course.Inline, header bool) {
		for c := 0; c < cols; c++ {
			var in []course.Inline
			if c < len(row) {
				in = row[c]
			}
			cells = append(cells, newCell(in, header))
		}
	}
	if b.HasHeader() { // an empty header row ("| | |") is not drawn
		addRow(b.Header, true)
	}
	for _, r := range b.Rows {
		addRow(r, false)
	}
	return container.New(lay, cells...)
}

func newCell(in []course.Inline, header bool) fyne.CanvasObject {
	var base *widget.RichTextStyle
	fill := color.Color(color.Transparent)
	if header {
		base = &widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}}
		fill = theme.Color(theme.ColorNameInputBackground)
	}
	border := canvas.NewRectangle(fill)
	border.StrokeColor = theme.Color(theme.ColorNameSeparator)
	border.StrokeWidth = 1
	return container.NewStack(border, newParagraph(in, base))
}

// columnWeights shares a table's width by the longest text of each column,
// bounded so that a short column stays readable and a long one wraps.
func columnWeights(b *course.Block, cols int) []float32 {
	w := make([]float32, cols)
	measure := func(row [][]course.Inline) {
		for c := 0; c < cols && c < len(row); c++ {
			n := float32(len([]rune(strings.TrimSpace(course.PlainText(row[c])))))
			if n > w[c] {
				w[c] = n
			}
		}
	}
	measure(b.Header)
	for _, r := range b.Rows {
		measure(r)
	}
	for c := range w {
		w[c] = min(max(w[c], 6), 45)
	}
	return w
}
