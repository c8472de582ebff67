package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// wrapText is a paragraph of rich text that breaks its own lines. Fyne's
// RichText finds the end of each line by a binary search that shapes the
// rest of the paragraph again at each step: on a first visit of a part in
// the real window, that shaping was most of the reader's own time (5.9 s of
// 7.5 s of measuring over the 118 changes of scripts/measure-reader.sh, a
// CPU profile of the window). wrapText measures each word once (Fyne keeps
// each word's measure), fills the lines one word after the other, and gives
// its rich text the lines joined by line breaks, unwrapped: the rich text
// then only splits at those breaks. Words break at ordinary spaces only, so
// a no-break space (French « », ; : ! ?, numbers) holds its words together.
type wrapText struct {
	widget.BaseWidget
	rich  *widget.RichText
	segs  []widget.RichTextSegment // as given, without the line breaks
	width float32                  // the width the lines were broken for; 0 before
}

func newWrapText(segs ...widget.RichTextSegment) *wrapText {
	t := &wrapText{rich: widget.NewRichText(segs...), segs: segs}
	t.ExtendBaseWidget(t)
	return t
}

func (t *wrapText) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(t.rich)
}

// String is the text, without the line breaks wrapText put in.
func (t *wrapText) String() string {
	var b strings.Builder
	for _, s := range t.segs {
		b.WriteString(s.Textual())
	}
	return b.String()
}

// Resize breaks the lines again when the width changed.
func (t *wrapText) Resize(size fyne.Size) {
	if size.Width != t.width {
		t.width = size.Width
		t.rich.Segments = breakLines(t.segs, t.textWidth(size.Width), t.measurer())
		t.rich.Refresh()
	}
	t.BaseWidget.Resize(size)
	t.rich.Resize(size)
}

// MinSize is as tall as the lines broken for the last width (one line a
// paragraph before the first), and as narrow as the rich text's padding, as
// a word-wrapped rich text: any width can hold the text.
func (t *wrapText) MinSize() fyne.Size {
	t.ExtendBaseWidget(t)
	min := t.rich.MinSize()
	min.Width = 2 * t.rich.Theme().Size(theme.SizeNameInnerPadding)
	return min
}

// Refresh breaks the lines again: the text size may have changed (zoom).
func (t *wrapText) Refresh() {
	if t.width > 0 {
		t.rich.Segments = breakLines(t.segs, t.textWidth(t.width), t.measurer())
	}
	t.rich.Refresh()
	t.BaseWidget.Refresh()
}

// textWidth is the room for text in a rich text of width w (RichText pads
// its text by the inner padding on both sides).
func (t *wrapText) textWidth(w float32) float32 {
	return w - 2*t.rich.Theme().Size(theme.SizeNameInnerPadding)
}

// measurer measures text as the rich text draws it: in a segment's size
// and style, a link with its padding.
func (t *wrapText) measurer() func(text string, seg widget.RichTextSegment) float32 {
	th := t.rich.Theme()
	pad := th.Size(theme.SizeNameInnerPadding)
	var shaped widget.RichTextSegment // the segment whose words were measured last
	return func(text string, seg widget.RichTextSegment) float32 {
		switch s := seg.(type) {
		case *widget.TextSegment:
			size := th.Size(theme.SizeNameText)
			if s.Style.SizeName != "" {
				size = th.Size(s.Style.SizeName)
			}
			if text == " " || s.Style.TextStyle.Monospace || s.Style.TextStyle.Symbol {
				return fyne.MeasureText(text, size, s.Style.TextStyle).Width
			}
			res := th.Font(s.Style.TextStyle)
			w, ok := paragraphWords.lookup(text, res, size)
			if !ok && seg != shaped {
				// A word not measured yet: measure all of its segment's.
				shaped = seg
				paragraphWords.measure(s.Text, res, size)
				w, ok = paragraphWords.lookup(text, res, size)
			}
			if ok {
				return w
			}
			return fyne.MeasureText(text, size, s.Style.TextStyle).Width
		case *widget.HyperlinkSegment:
			return fyne.MeasureText(text, th.Size(theme.SizeNameText), fyne.TextStyle{}).Width + 2*pad
		}
		return 0
	}
}

// breakLines fills lines of width w word by word: copies of the text
// segments with a line break where a line ends (the ordinary spaces before
// it dropped). Links stay whole; a word wider than a line is cut where it
// fills one. Other segments are kept as they are.
func breakLines(segs []widget.RichTextSegment, w float32, measure func(string, widget.RichTextSegment) float32) []widget.RichTextSegment {
	out := make([]widget.RichTextSegment, 0, len(segs))
	var x float32 // the width of the line so far
	pending := "" // ordinary spaces seen after the last word, not yet written
	var last *strings.Builder
	flush := func() {} // writes the text built for the current segment
	for _, seg := range segs {
		switch s := seg.(type) {
		case *widget.TextSegment:
			var b strings.Builder
			last = &b
			cp := &widget.TextSegment{Style: s.Style}
			flush = func() { cp.Text = b.String() }
			spaceW := measure(" ", s)
			for _, tok := range splitWords(s.Text) {
				switch {
				case tok == "\n":
					b.WriteString("\n")
					x, pending = 0, ""
				case tok[0] == ' ':
					pending += tok
				default:
					ww := measure(tok, s)
					gap := float32(len(pending)) * spaceW
					if x > 0 && x+gap+ww > w {
						b.WriteString("\n")
						x, pending = 0, ""
						gap = 0
					}
					b.WriteString(pending)
					pending = ""
					x += gap
					if x == 0 && ww > w {
						x = cutWord(&b, tok, w, func(t string) float32 { return measure(t, s) })
						continue
					}
					b.WriteString(tok)
					x += ww
				}
			}
			// Spaces at the end stay with their segment (a bold lead-in
			// keeps its space, segments): the line may end after them.
			b.WriteString(pending)
			x += float32(len(pending)) * spaceW
			pending = ""
			flush()
			out = append(out, cp)
		case *widget.HyperlinkSegment:
			ww := measure(s.Text, s)
			switch {
			case x > 0 && x+ww > w && last != nil:
				// The spaces before the link end the line instead.
				last.WriteString("\n")
				flush()
				x, pending = 0, ""
			case x > 0 && x+ww > w:
				out = append(out, &widget.TextSegment{Text: "\n", Style: widget.RichTextStyleInline})
				x, pending = 0, ""
			case pending != "" && last != nil:
				last.WriteString(pending)
				flush()
				pending = ""
			}
			out = append(out, s)
			x += ww
		default:
			out = append(out, seg)
			x, pending, last = 0, "", nil
		}
	}
	return out
}

// splitWords cuts text into words, runs of ordinary spaces, and line
// breaks, in order; a no-break space is part of its word.
func splitWords(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != ' ' && c != '\n' {
			continue
		}
		if start < i {
			out = append(out, text[start:i])
		}
		if c == '\n' {
			out = append(out, "\n")
			start = i + 1
			continue
		}
		j := i
		for j < len(text) && text[j] == ' ' {
			j++
		}
		out = append(out, text[i:j])
		start, i = j, j-1
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}

// cutWord writes a word wider than a line across lines, as many letters on
// each as fit, and returns the width of the last line.
func cutWord(b *strings.Builder, word string, w float32, measure func(string) float32) float32 {
	line := ""
	for _, r := range word {
		next := line + string(r)
		if line != "" && measure(next) > w {
			b.WriteString(line)
			b.WriteString("\n")
			line = string(r)
			continue
		}
		line = next
	}
	b.WriteString(line)
	return measure(line)
}
