package pdf

import (
	"strings"
	"unicode/utf8"

	"github.com/johnfercher/maroto/v2/pkg/components/text"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/props"

	"github.com/socialtech/trainerkit/course"
)

// A span is a run of text in one face and colour, the input of line
// breaking. A span whose text is "\n" forces a line break.
type span struct {
	text   string
	st     fstyle
	strike bool
	color  *props.Color
	url    string
}

// A run is a piece of one line, in one face, at x millimetres from the
// line's start.
type run struct {
	x, w   float64
	text   string
	st     fstyle
	strike bool
	color  *props.Color
	url    string
}

// A line is what fits on one line of a given width.
type line struct {
	runs []run
	w    float64
}

// font is a size and line height, in points and millimetres.
type font struct {
	size   float64 // points
	height float64 // line height, mm
}

// mm is the size of the font in millimetres.
func (f font) mm() float64 { return f.size / k }

// baseline is where, from the top of a line, maroto must put the top of
// the text (it draws the baseline one font size below): the glyphs'
// ascent and descent (0.93 and 0.24 em for DejaVu) centred in the line.
func (f font) top() float64 {
	s := f.mm()
	return (f.height-1.164*s)/2 + 0.928*s - s
}

// spansOf turns the document model's inlines into spans in the base style.
func spansOf(in []course.Inline, base fstyle, color *props.Color) []span {
	out := make([]span, 0, len(in))
	for _, s := range in {
		st := base
		if s.Style&course.Bold != 0 {
			st |= bold
		}
		if s.Style&course.Italic != 0 {
			st |= italic
		}
		c := color
		if s.Style&course.Code != 0 {
			c = &colorCode
		}
		// Hard breaks arrive inside the text: split them out.
		for i, part := range strings.Split(s.Text, "\n") {
			if i > 0 {
				out = append(out, span{text: "\n"})
			}
			if part != "" {
				out = append(out, span{text: part, st: st, strike: s.Style&course.Strike != 0, color: c, url: s.URL})
			}
		}
		// On paper a link must show where it goes.
		if s.URL != "" && !strings.Contains(s.Text, strings.TrimPrefix(strings.TrimPrefix(s.URL, "mailto:"), "https://")) {
			out = append(out, span{text: " (" + s.URL + ")", st: st &^ bold, color: &colorMuted, url: s.URL})
		}
	}
	return out
}

// plain is one span of plain text.
func plain(s string, st fstyle, color *props.Color) []span {
	return []span{{text: s, st: st, color: color}}
}

// wrap breaks spans into lines no wider than width millimetres: at spaces,
// and inside a word only when the word alone is wider than a line (long
// addresses). Each line's runs merge neighbouring words of the same look.
func (m measurer) wrap(spans []span, f font, width float64) []line {
	// A little slack so that rounding never makes maroto break a run again;
	// and never less than a character's room, or a word would be cut into
	// nothing forever.
	width = max(width-0.05, minWrapWidth)
	var (
		lines   []line
		cur     line
		pending bool // a space waits before the next word
	)
	flush := func() {
		lines = append(lines, cur)
		cur = line{}
		pending = false
	}
	place := func(word string, sp span, space bool) {
		var x float64
		if space && len(cur.runs) > 0 {
			x = m.width(" ", sp.st, f.size)
		}
		w := m.width(word, sp.st, f.size)
		if n := len(cur.runs); n > 0 {
			last := &cur.runs[n-1]
			if last.st == sp.st && last.strike == sp.strike && last.color == sp.color && last.url == sp.url {
				if x > 0 {
					last.text += " "
				}
				last.text += word
				last.w += x + w
				cur.w += x + w
				return
			}
			if x > 0 {
				// The space goes with the previous run.
				last.text += " "
				last.w += m.width(" ", last.st, f.size)
				cur.w = last.x + last.w
				x = 0
			}
		}
		cur.runs = append(cur.runs, run{x: cur.w + x, w: w, text: word, st: sp.st, strike: sp.strike, color: sp.color, url: sp.url})
		cur.w += x + w
	}
	for _, sp := range spans {
		if sp.text == "\n" {
			flush()
			continue
		}
		text := m.clean(sp.text)
		words := strings.Split(text, " ")
		for i, word := range words {
			if i > 0 {
				pending = true
			}
			if word == "" {
				continue
			}
			space := pending && len(cur.runs) > 0
			sw := 0.0
			if space {
				sw = m.width(" ", sp.st, f.size)
			}
			w := m.width(word, sp.st, f.size)
			if cur.w+sw+w > width && len(cur.runs) > 0 {
				flush()
				space = false
			}
			// A word wider than a whole line is cut where it must be.
			for w > width && !oneRune(word) {
				head := m.fitPrefix(word, sp.st, f.size, width-cur.w)
				if head == "" {
					flush()
					continue
				}
				place(head, sp, false)
				flush()
				word = word[len(head):]
				// Measuring only what was cut keeps a long word linear.
				w -= m.width(head, sp.st, f.size)
			}
			place(word, sp, space)
			pending = false
		}
		if strings.HasSuffix(text, " ") {
			pending = true
		}
	}
	if len(cur.runs) > 0 || len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}

// oneRune reports whether word is a single character, without counting
// them all (a word may be very long).
func oneRune(word string) bool {
	_, n := utf8.DecodeRuneInString(word)
	return n == len(word)
}

// minWrapWidth is the least width wrap works with, in millimetres.
const minWrapWidth = 1.0

// fitPrefix is the longest start of word no wider than width (at least one
// character on an empty line).
func (m measurer) fitPrefix(word string, st fstyle, size, width float64) string {
	w := 0.0
	for i, r := range word {
		w += m.width(string(r), st, size)
		if w > width {
			if i == 0 && width > 0 {
				_, n := utf8.DecodeRuneInString(word)
				return word[:n]
			}
			return word[:i]
		}
	}
	return word
}

// truncate shortens s with an ellipsis to fit width on one line.
func (m measurer) truncate(s string, st fstyle, size, width float64) string {
	s = m.clean(s)
	if m.width(s, st, size) <= width-0.05 {
		return s
	}
	ell := m.width("…", st, size)
	head := m.fitPrefix(s, st, size, width-0.05-ell)
	return strings.TrimRight(head, " ") + "…"
}

// align positions.
type align int

const (
	left align = iota
	center
	right
)

// components draws one line inside a cell: left is the offset of the
// line's box in the cell, width its width (for centring), top the offset
// of the line from the top of the cell.
func (ln line) components(f font, x0, width, top float64, al align) []core.Component {
	switch al {
	case center:
		x0 += (width - ln.w) / 2
	case right:
		// A hair short of the edge: maroto breaks a text that does not
		// fit to the last hundredth of a millimetre.
		x0 += width - ln.w - 0.1
	}
	out := make([]core.Component, 0, len(ln.runs))
	for _, r := range ln.runs {
		st := r.st.maroto()
		if r.strike {
			st += "S"
		}
		p := props.Text{Family: family, Style: st, Size: f.size, Left: x0 + r.x, Top: top + f.top(), Color: r.color}
		if p.Color == nil {
			p.Color = &colorText
		}
		if r.url != "" {
			u := r.url
			p.Hyperlink = &u
		}
		out = append(out, text.New(strings.TrimRight(r.text, " "), p))
	}
	return out
}
