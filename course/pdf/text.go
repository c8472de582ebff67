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
	// name marks a person's name: lines break at its spaces and at its own
	// hyphens, never between its syllables; and a table's column of names
	// is made wide enough to hold each on one line when the page allows
	// (layoutTable).
	name bool
}

// nameSpan is a person's name in one style.
func nameSpan(s string, st fstyle, color *props.Color) span {
	return span{text: s, st: st, color: color, name: true}
}

// A run is a piece of one line, in one face, at x millimetres from the
// line's start.
type run struct {
	x, w float64
	// text is the run's characters; while wrap builds the line they are
	// bytes a to b of its buffer instead.
	text   string
	a, b   int
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

// A piece is part of a word in one span's look, with its width.
type piece struct {
	text string
	sp   int // the span it comes from
	w    float64
}

// A word is what lies between two breakable spaces, across spans: in
// "**gras**, suite" the bold word and its comma are one word, never split
// between two lines; so is "12 mars 2025", whose spaces bindValues makes
// no-break ones. The line breaker cuts a word only at a hyphen it has or
// adds, or at a no-break space when the word is wider than a line
// (split).
type word struct {
	pieces []piece
	w      float64
	space  int  // the span of the breakable space before it; -1 when none
	brk    bool // a forced line break rather than a word
}

// isName reports whether the word is part of a person's name.
func (w word) isName(spans []span) bool {
	for _, p := range w.pieces {
		if spans[p.sp].name {
			return true
		}
	}
	return false
}

// text is the word's characters.
func (w word) text() string {
	if len(w.pieces) == 1 {
		return w.pieces[0].text
	}
	var b strings.Builder
	for _, p := range w.pieces {
		b.WriteString(p.text)
	}
	return b.String()
}

// words cleans the spans' text and cuts it into words at its spaces, in
// one pass. In French, a word that starts with ; : ! ? or » joins the word
// before it, and one that ends with « the word after it, the space between
// them becoming a no-break space (narrow but before the colon): no line
// starts or ends with them; in every language, a separating " · " joins
// the word before it. The spaces of a value that must stay whole (a date,
// a number and its unit: bindValues) are no-break spaces too, except in a
// name. anyRTL reports right-to-left text. The words'
// pieces share one array; with a scratch, the arrays of the call before,
// which the caller must be done with.
func (m measurer) words(spans []span, size float64) (out []word, anyRTL bool) {
	fr := m.lang == "fr"
	var ps []piece
	if sc := m.scratch; sc != nil {
		ps, out = sc.pieces[:0], sc.words[:0]
		defer func() { sc.pieces, sc.words = ps[:0], out[:0] }()
	} else {
		n := 0
		for _, sp := range spans {
			n += len(sp.text)
		}
		ps = make([]piece, 0, min(n/6+len(spans), 256))
		out = make([]word, 0, min(n/6+1, 128))
	}
	cur := word{space: -1}
	start := 0 // cur's first piece in ps
	end := func() {
		if len(ps) > start {
			cur.pieces = ps[start:len(ps):len(ps)]
			out = append(out, cur)
		}
		cur, start = word{space: -1}, len(ps)
	}
	add := func(text string, sp int, w float64) {
		ps = append(ps, piece{text, sp, w})
		cur.w += w
	}
	spaceBefore := -1
	for i, sp := range spans {
		if sp.text == "\n" {
			end()
			out = append(out, word{brk: true, space: -1})
			spaceBefore = -1
			continue
		}
		t, rtl := m.cleanRTL(sp.text)
		anyRTL = anyRTL || rtl
		if fr {
			t = frenchSpaces(t)
		}
		if !sp.name {
			t = bindValues(t)
		}
		for len(t) > 0 {
			part := t
			k := strings.IndexByte(t, ' ')
			if k >= 0 {
				part, t = t[:k], t[k+1:]
			} else {
				t = ""
			}
			if part != "" {
				if len(ps) > start && spaceBefore >= 0 {
					// A space between two words: bound in French? A
					// separating dot (" · ") ends its line in any language.
					first, _ := utf8.DecodeRuneInString(part)
					last, _ := utf8.DecodeLastRuneInString(ps[len(ps)-1].text)
					glue := ""
					switch {
					case fr && (bindsLeft(first) || bindsRight(last)):
						glue = "\u202f"
						if first == ':' {
							glue = "\u00a0"
						}
					case part == "·":
						glue = "\u00a0"
					}
					if glue != "" {
						add(glue, spaceBefore, m.width(glue, spans[spaceBefore].st, size))
						spaceBefore = -1
					}
				}
				if spaceBefore >= 0 {
					end()
				}
				if len(ps) == start {
					cur.space = spaceBefore
				}
				spaceBefore = -1
				add(part, i, m.width(part, sp.st, size))
			}
			if k >= 0 {
				// A space: the word ends, unless French binds what follows.
				spaceBefore = i
			}
			if k < 0 {
				break
			}
		}
	}
	end()
	return out, anyRTL
}

// narrowColumn is the width under which a line may end in a syllable:
// table cells, where waiting for the next line wastes most of one.
const narrowColumn = 60.0

// wrap breaks spans into lines no wider than width millimetres: at spaces
// (not the no-break ones: French punctuation's, and those bindValues puts
// in a date, a number and its unit, a code); inside a word at a hyphen of
// a compound (hyphenBreaks) when its head fits the line; in a narrow
// column also between syllables, adding a hyphen (never in a name nor a
// word with digits); and a word wider than a whole line (a long compound,
// an address, a bound group) at its no-break spaces, or between
// syllables, or after a slash, a dot or a code's hyphen, or at last
// anywhere, always with a hyphen when the cut is inside letters. Each
// line's runs merge neighbouring words of the same look, and a line with
// right-to-left text is put in visual order.
func (m measurer) wrap(spans []span, f font, width float64) []line {
	// A little slack so that rounding never makes maroto break a run again;
	// and never less than a character's room, or a word would be cut into
	// nothing forever.
	width = max(width-0.05, minWrapWidth)
	ws, anyRTL := m.words(spans, f.size)
	narrow := m.cells && width < narrowColumn
	var (
		lines []line
		cur   line
		buf   []byte // the current line's characters
	)
	flush := func() {
		// One string for the line; each run takes its part.
		all := string(buf)
		for i := range cur.runs {
			cur.runs[i].text = all[cur.runs[i].a:cur.runs[i].b]
		}
		buf = buf[:0]
		if anyRTL && hasRTL(all) {
			cur = m.reorder(cur, f.size)
		}
		lines = append(lines, cur)
		cur = line{}
	}
	for _, w := range ws {
		if w.brk {
			flush()
			continue
		}
		space := w.space >= 0 && len(cur.runs) > 0
		sw := 0.0
		if space {
			sw = m.width(" ", cur.runs[len(cur.runs)-1].st, f.size)
		}
		if cur.w+sw+w.w <= width {
			m.place(&cur, &buf, w, spans, f.size, space)
			continue
		}
		if len(cur.runs) > 0 {
			// Break the word where it allows, if its head fits here.
			if head, tail, ok := m.split(w, spans, f.size, width-cur.w-sw, narrow, false); ok {
				m.place(&cur, &buf, head, spans, f.size, space)
				w = tail
			}
			flush()
		}
		// A word wider than a whole line is cut where it must be.
		for w.w > width {
			head, tail, ok := m.split(w, spans, f.size, width, true, true)
			if !ok {
				break // one character wider than the line: it overflows
			}
			m.place(&cur, &buf, head, spans, f.size, false)
			flush()
			w = tail
		}
		m.place(&cur, &buf, w, spans, f.size, false)
	}
	if len(cur.runs) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// text is the line's characters.
func (ln line) text() string {
	var b strings.Builder
	for _, r := range ln.runs {
		b.WriteString(r.text)
	}
	return b.String()
}

// place appends a word to a line whose runs' text is in buf, after a
// space when space is set; the space goes with the run before it.
func (m measurer) place(cur *line, buf *[]byte, w word, spans []span, size float64, space bool) {
	for i, p := range w.pieces {
		sp := spans[p.sp]
		n := len(cur.runs)
		if i == 0 && space && n > 0 {
			last := &cur.runs[n-1]
			sw := m.width(" ", last.st, size)
			*buf = append(*buf, ' ')
			last.b++
			last.w += sw
			cur.w += sw
		}
		*buf = append(*buf, p.text...)
		if n > 0 {
			last := &cur.runs[n-1]
			if last.st == sp.st && last.strike == sp.strike && last.color == sp.color && last.url == sp.url {
				last.b = len(*buf)
				last.w += p.w
				cur.w += p.w
				continue
			}
		}
		cur.runs = append(cur.runs, run{x: cur.w, w: p.w, a: len(*buf) - len(p.text), b: len(*buf), st: sp.st, strike: sp.strike, color: sp.color, url: sp.url})
		cur.w += p.w
	}
}

// hyphen is the mark added where a word is cut.
const hyphen = "-"

// split cuts w so that its head, with the hyphen a cut inside letters
// adds, fits in room millimetres, as far along as possible. It cuts after
// a hyphen of a compound (hyphenBreaks: not a code's, any of a name's);
// when force is set, at a no-break space, which the cut takes away (a
// bound group wider than the line), and then nowhere else; between
// syllables when syllables is set (the document language's patterns;
// never in an address, a name or a word with digits); and when force is
// set, after a slash, dot, other separator or hyphen, else after the last
// character that fits. ok is false when nothing fits (force still cuts
// one character when the word has more).
func (m measurer) split(w word, spans []span, size, room float64, syllables, force bool) (head, tail word, ok bool) {
	text := w.text()
	// The characters that fit, and their widths; the search never looks
	// further, so that cutting a huge word stays linear.
	type cut struct {
		at int     // byte offset
		w  float64 // width of text[:at]
	}
	var fits []cut
	x := 0.0
	pi, off := 0, 0 // the piece at byte i, and where it starts
	for i, r := range text {
		for pi < len(w.pieces)-1 && i >= off+len(w.pieces[pi].text) {
			off += len(w.pieces[pi].text)
			pi++
		}
		fits = append(fits, cut{i, x})
		x += m.width(string(r), spans[w.pieces[pi].sp].st, size)
		if x > room {
			break
		}
	}
	if x <= room {
		fits = append(fits, cut{len(text), x})
	}
	widthAt := func(at int) (float64, bool) {
		for _, c := range fits {
			if c.at == at {
				return c.w, true
			}
		}
		return 0, false
	}
	hw := m.width(hyphen, spans[w.pieces[0].sp].st, size)
	// best is where the head ends; skip is the no-break space the cut
	// takes away between head and tail.
	best, bestHyphen, skip := -1, false, 0
	try := func(at int, addHyphen bool) {
		if at <= 0 || at >= len(text) || at <= best {
			return
		}
		cw, ok := widthAt(at)
		if !ok || addHyphen && cw+hw > room {
			return
		}
		best, bestHyphen, skip = at, addHyphen, 0
	}
	limit := fits[len(fits)-1].at
	window := text[:min(len(text), limit+64)]
	name := w.isName(spans)
	for i, r := range window {
		if (r == '-' || r == '\u2010') && i > 0 {
			n := utf8.RuneLen(r)
			before, _ := utf8.DecodeLastRuneInString(text[:i])
			after, _ := utf8.DecodeRuneInString(text[i+n:])
			if hyphenBreaks(before, after, name) {
				try(i+n, false)
			}
		}
	}
	spaceCut := false
	if force {
		// A group kept whole (a date, a number and its unit) wider than a
		// line breaks at its no-break spaces before any cut inside a word:
		// first before a separating dot, else between the values' parts;
		// never where French punctuation holds to its word.
		sep, part, sepN, partN := -1, -1, 0, 0
		for i, r := range window {
			if !isSpaceGlue(r) || i == 0 {
				continue
			}
			n := utf8.RuneLen(r)
			before, _ := utf8.DecodeLastRuneInString(text[:i])
			after, _ := utf8.DecodeRuneInString(text[i+n:])
			if i+n >= len(text) || bindsRight(before) || bindsLeft(after) || isSpaceGlue(after) {
				continue
			}
			if _, ok := widthAt(i); !ok {
				continue
			}
			if after == '·' {
				sep, sepN = i, n
			} else {
				part, partN = i, n
			}
		}
		switch {
		case sep > 0:
			best, bestHyphen, skip, spaceCut = sep, false, sepN, true
		case part > best:
			best, bestHyphen, skip, spaceCut = part, false, partN, true
		}
	}
	// Syllables: never in an address, a name or a word with digits (a
	// code, a value).
	address := strings.ContainsAny(text, "/@") || strings.Contains(text, "www.")
	if syllables && !address && !name && !spaceCut && !hasASCIIDigit(text) {
		for _, at := range m.hy.points(window) {
			try(at, true)
		}
	}
	if force && best < 0 {
		// A separator, or a hyphen the word keeps otherwise (a code's).
		for i, r := range window {
			if strings.ContainsRune("/._?&=,;:@'’)-\u2010", r) {
				try(i+utf8.RuneLen(r), false)
			}
		}
	}
	if force && best < 0 {
		// Anywhere, with a hyphen; at least one character.
		for i := len(fits) - 1; i >= 1; i-- {
			if fits[i].at < len(text) && fits[i].w+hw <= room {
				best, bestHyphen = fits[i].at, true
				break
			}
		}
		if _, n := utf8.DecodeRuneInString(text); best < 0 && n < len(text) {
			best = n // not even one character fits: one a line
		}
	}
	if best < 0 {
		return word{}, word{}, false
	}
	head, tail = w.cutAt(best, m, spans, size)
	if skip > 0 {
		tail = tail.dropLead(skip, m, spans, size)
	}
	if bestHyphen {
		last := head.pieces[len(head.pieces)-1]
		head.pieces = append(head.pieces, piece{hyphen, last.sp, m.width(hyphen, spans[last.sp].st, size)})
		head.w += head.pieces[len(head.pieces)-1].w
	}
	head.space = w.space
	return head, tail, true
}

// cutAt splits a word at a byte offset of its text.
func (w word) cutAt(at int, m measurer, spans []span, size float64) (head, tail word) {
	head.space, tail.space = -1, -1
	off := 0
	for _, p := range w.pieces {
		end := off + len(p.text)
		switch {
		case end <= at:
			head.pieces = append(head.pieces, p)
			head.w += p.w
		case off >= at:
			tail.pieces = append(tail.pieces, p)
			tail.w += p.w
		default:
			st := spans[p.sp].st
			a, b := p.text[:at-off], p.text[at-off:]
			h := piece{a, p.sp, m.width(a, st, size)}
			t := piece{b, p.sp, m.width(b, st, size)}
			head.pieces = append(head.pieces, h)
			tail.pieces = append(tail.pieces, t)
			head.w += h.w
			tail.w += t.w
		}
		off = end
	}
	return head, tail
}

// dropLead takes n bytes (a no-break space a line ends at) off the start
// of a word.
func (w word) dropLead(n int, m measurer, spans []span, size float64) word {
	for n > 0 && len(w.pieces) > 0 {
		p := w.pieces[0]
		if len(p.text) <= n {
			n -= len(p.text)
			w.w -= p.w
			w.pieces = w.pieces[1:]
			continue
		}
		t := p.text[n:]
		nw := m.width(t, spans[p.sp].st, size)
		w.w += nw - p.w
		w.pieces = append([]piece{{t, p.sp, nw}}, w.pieces[1:]...)
		n = 0
	}
	return w
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

// A segment is the part of a run one font draws, at x thousandths of an
// em from the run's start.
type segment struct {
	text string
	src  source
	x    int
}

// segments cuts a run where the font that draws it changes: DejaVu's face
// for the style, another face (Arabic in italics), the fallback font.
func segments(r run) []segment {
	src := theFaces.src[r.st]
	own := source(r.st + 1)
	plain := true
	for _, c := range r.text {
		if c < 0x10000 && src[c] != own && src[c] != noSource {
			plain = false
			break
		}
	}
	if plain {
		return []segment{{r.text, own, 0}}
	}
	var out []segment
	widths := theFaces.widths[r.st]
	const unset = source(255)
	start, x, w := 0, 0, 0
	cur := unset
	for i, c := range r.text {
		s := own
		if c < 0x10000 && src[c] != noSource {
			s = src[c]
		}
		switch {
		case cur == unset:
			cur = s
		case c == ' ':
			s = cur // a space goes with what it follows
		}
		if s != cur {
			out = append(out, segment{r.text[start:i], cur, x})
			start, x, cur = i, w, s
		}
		if c < 0x10000 && widths[c] != 0xFFFF {
			w += int(widths[c])
		}
	}
	return append(out, segment{r.text[start:], cur, x})
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
		for _, sg := range segments(r) {
			fam, st := sg.src.face()
			if r.strike {
				st += "S"
			}
			p := props.Text{Family: fam, Style: st, Size: f.size, Left: x0 + r.x + float64(sg.x)*f.size/k/1000, Top: top + f.top(), Color: r.color}
			if p.Color == nil {
				p.Color = &colorText
			}
			if r.url != "" {
				u := r.url
				p.Hyperlink = &u
			}
			out = append(out, text.New(strings.TrimRight(sg.text, " "), p))
		}
	}
	return out
}
