package pdf

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"
	"golang.org/x/text/unicode/norm"
)

// Text reaches the page through clean: the PDF writer draws each character
// with one glyph of one font, left to right, so everything a text shaper
// would do is done here. Characters are composed (NFC: a Vietnamese name
// typed with combining accents finds DejaVu's precomposed letters), Arabic
// letters take the presentation form their neighbours ask for, and lines
// holding right-to-left text are put in visual order (reorder). What no
// bundled font can draw (Chinese, Japanese, Korean, emoji) prints as a
// visible box, never as a silent question mark; names go first through
// printable, which transliterates what it can and reports the rest.

// missingGlyph stands for a character no bundled font draws.
const missingGlyph = "□"

// invisible reports the characters that must print as nothing: zero-width
// spaces and joiners, the byte-order mark, the soft hyphen (hyphens are the
// line breaker's), and the direction marks (the order is computed here).
func invisible(r rune) bool {
	switch r {
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F',
		'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u061C':
		return true
	}
	return false
}

// replacements spell characters the fonts lack with ones they have.
var replacements = map[rune]string{
	'\t':     "    ",
	'\u2003': " ", '\u2002': " ", '\u2009': " ", '\u200A': " ",
	// Emoji the content or a name might carry: the nearest symbol DejaVu has.
	'\u2705': "☑", '\u274C': "☒", '\u2B50': "★", '\U0001F449': "→", '\U0001F4A1': "★",
}

// needsWork reports whether r makes clean go the slow way.
func (m measurer) needsWork(r rune) bool {
	return !m.has(r) || r == '\n' || r == '\r' || invisible(r) || isArabic(r) || r >= 0x300 && r < 0x370
}

// cleanRTL is clean, and whether the text holds right-to-left letters.
func (m measurer) cleanRTL(s string) (string, bool) {
	ok, rtlSeen := true, false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// Printable ASCII needs nothing; control characters do.
			if c < ' ' || c == 0x7F {
				ok = false
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || m.needsWork(r) {
			ok = false
			break
		}
		rtlSeen = rtlSeen || r >= 0x0590 && rtl(r)
		if r >= 0x1200 && m.usage != nil && m.f.src[regular][r] >= fallbackBase {
			m.usage.fallback = true
		}
		i += size
	}
	if ok {
		return s, rtlSeen
	}
	s = m.clean(s)
	return s, hasRTL(s)
}

// clean returns s ready to measure and draw: valid UTF-8 (bytes that are
// not would make gofpdf read past the end of the string: "?"), composed,
// without invisible characters, Arabic shaped, line breaks as spaces (the
// caller's business), and every character no font draws replaced by a near
// equivalent or a visible box.
func (m measurer) clean(s string) string {
	ok := utf8.ValidString(s)
	for _, r := range s {
		if !ok || m.needsWork(r) {
			ok = false
			break
		}
	}
	if ok {
		m.note(s)
		return s
	}
	s = strings.ToValidUTF8(s, "?")
	s = norm.NFC.String(s)
	var b strings.Builder
	arabic := false
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			b.WriteByte(' ')
		case invisible(r):
		case m.has(r):
			arabic = arabic || isArabic(r)
			b.WriteRune(r)
		default:
			if rep, found := replacements[r]; found && m.hasAll(rep) {
				b.WriteString(rep)
			} else if unicode.IsSpace(r) {
				b.WriteByte(' ')
			} else if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Cf, r) || unicode.IsControl(r) || isVariation(r) {
				// Combining marks no font has, format and control
				// characters, emoji modifiers: nothing to draw.
			} else {
				b.WriteString(missingGlyph)
			}
		}
	}
	out := b.String()
	if arabic {
		out = m.shapeArabic(out)
	}
	m.note(out)
	return out
}

// isVariation reports variation selectors and emoji skin-tone modifiers.
func isVariation(r rune) bool {
	return r >= 0xFE00 && r <= 0xFE0F || r >= 0xE0100 && r <= 0xE01EF || r >= 0x1F3FB && r <= 0x1F3FF
}

func (m measurer) hasAll(s string) bool {
	for _, r := range s {
		if !m.has(r) {
			return false
		}
	}
	return true
}

// French binds its high punctuation to the word before it, and the
// guillemets to their words, with no-break spaces: no line may start with
// ; : ! ? » nor end with «. frenchSpaces adds the space where the text has
// none (the line breaker makes an existing space unbreakable): a narrow
// one before ; ! ? and inside guillemets, a full one before the colon. It
// leaves alone what is not prose: "10:30", "https://", "?q=".
func frenchSpaces(s string) string {
	var b *strings.Builder // made at the first change
	done := 0              // s[:done] is in b
	for at := 0; at < len(s); {
		k := frenchMark(s[at:])
		if k < 0 {
			break
		}
		i := at + k
		r, size := utf8.DecodeRuneInString(s[i:])
		at = i + size
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		if i == 0 {
			prev = ' '
		}
		next := ' '
		if at < len(s) {
			next, _ = utf8.DecodeRuneInString(s[at:])
		}
		var before, after rune
		switch r {
		case ';', '!', '?':
			if unicode.IsLetter(prev) && endsWord(next, at == len(s)) {
				before = '\u202f'
			}
		case ':':
			if unicode.IsLetter(prev) && endsWord(next, at == len(s)) {
				before = '\u00a0'
			}
		case '»':
			if unicode.IsLetter(prev) || unicode.IsDigit(prev) || unicode.IsPunct(prev) && prev != '«' {
				before = '\u202f'
			}
		case '«':
			if unicode.IsLetter(next) || unicode.IsDigit(next) {
				after = '\u202f'
			}
		}
		if before == 0 && after == 0 {
			continue
		}
		if b == nil {
			b = &strings.Builder{}
			b.Grow(len(s) + 8)
		}
		b.WriteString(s[done:i])
		if before != 0 {
			b.WriteRune(before)
		}
		b.WriteRune(r)
		if after != 0 {
			b.WriteRune(after)
		}
		done = at
	}
	if b == nil {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// endsWord reports whether the character after a mark ends the word: a
// space, punctuation other than an address's, or the end of the text.
func endsWord(next rune, last bool) bool {
	return last || next == ' ' || next == '\u00a0' || unicode.IsPunct(next) && next != '/' && next != '-'
}

// frenchMark is the offset of the first ; : ! ? « or » in s, or -1. A
// byte loop: strings.IndexAny with the two non-ASCII guillemets decodes
// every character of the text and was a tenth of the line breaking.
func frenchMark(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ';', ':', '!', '?':
			return i
		case 0xC2: // « is C2 AB and » C2 BB in UTF-8
			if i+1 < len(s) && (s[i+1] == 0xAB || s[i+1] == 0xBB) {
				return i
			}
		}
	}
	return -1
}

// bindsLeft and bindsRight are the French marks that stay with the word
// before (after) them across a space.
func bindsLeft(r rune) bool  { return r == ';' || r == ':' || r == '!' || r == '?' || r == '»' }
func bindsRight(r rune) bool { return r == '«' }

// Arabic shaping. Each letter has up to four forms (isolated, final,
// initial, medial), encoded in Unicode's presentation forms; DejaVu Sans
// has them. The table is read from Unicode itself: the presentation forms
// decompose (NFKC) to their letter, and come in blocks of two (isolated,
// final: letters that join only to the one before) or four.

// arabicForms are a letter's forms; 0 where it has none.
type arabicForms [4]rune

const (
	isolated = iota
	final
	initial
	medial
)

var arabicTable = sync.OnceValue(func() map[rune]arabicForms {
	t := map[rune]arabicForms{}
	for _, block := range [][2]rune{{0xFE70, 0xFEFF}, {0xFB50, 0xFDFF}} {
		r := block[0]
		for r <= block[1] {
			base := norm.NFKC.String(string(r))
			n := 1
			for r+rune(n) <= block[1] && norm.NFKC.String(string(r+rune(n))) == base {
				n++
			}
			if b := []rune(base); len(b) == 1 && isArabic(b[0]) && (n == 2 || n == 4) {
				if _, seen := t[b[0]]; !seen {
					var f arabicForms
					for i := range n {
						f[i] = r + rune(i)
					}
					t[b[0]] = f
				}
			}
			r += rune(n)
		}
	}
	return t
})

// lamAlef are the ligatures of lam with each alef, isolated and final.
var lamAlef = map[rune][2]rune{
	'\u0622': {0xFEF5, 0xFEF6}, '\u0623': {0xFEF7, 0xFEF8}, '\u0625': {0xFEF9, 0xFEFA}, '\u0627': {0xFEFB, 0xFEFC},
}

func isArabic(r rune) bool { return r >= 0x0600 && r <= 0x06FF }

// joinsBoth reports letters that join on both sides (dual-joining), and the
// tatweel, which joins whatever surrounds it.
func joinsBoth(r rune, t map[rune]arabicForms) bool {
	if r == '\u0640' {
		return true
	}
	f, ok := t[r]
	return ok && f[initial] != 0
}

// joinsPrev reports letters that join to the letter before them.
func joinsPrev(r rune, t map[rune]arabicForms) bool {
	if r == '\u0640' {
		return true
	}
	f, ok := t[r]
	return ok && f[final] != 0
}

// transparent marks (harakat) do not break the joining of their letters.
func transparent(r rune) bool {
	return unicode.Is(unicode.Mn, r)
}

// shapeArabic replaces each Arabic letter of s by the form its neighbours
// call for, and lam followed by alef by their ligature, when the fonts have
// the forms.
func (m measurer) shapeArabic(s string) string {
	t := arabicTable()
	rs := []rune(s)
	// neighbour finds the nearest letter that is not a mark, by step.
	neighbour := func(i, step int) rune {
		for j := i + step; j >= 0 && j < len(rs); j += step {
			if !transparent(rs[j]) {
				return rs[j]
			}
		}
		return 0
	}
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		f, ok := t[r]
		if !ok {
			b.WriteRune(r)
			continue
		}
		prev := neighbour(i, -1)
		joinedBefore := prev != 0 && joinsBoth(prev, t)
		if r == '\u0644' {
			if j := i + 1; j < len(rs) {
				if lig, ok := lamAlef[rs[j]]; ok {
					form := lig[0]
					if joinedBefore {
						form = lig[1]
					}
					if m.has(form) {
						b.WriteRune(form)
						i++
						continue
					}
				}
			}
		}
		next := neighbour(i, +1)
		joinedAfter := f[initial] != 0 && next != 0 && joinsPrev(next, t)
		form := isolated
		switch {
		case joinedBefore && joinedAfter:
			form = medial
		case joinedBefore:
			form = final
		case joinedAfter:
			form = initial
		}
		if g := f[form]; g != 0 && m.has(g) {
			b.WriteRune(g)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// rtl reports characters of right-to-left scripts (Hebrew, Arabic and
// their presentation forms).
func rtl(r rune) bool {
	return r >= 0x0590 && r <= 0x08FF || r >= 0xFB1D && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF
}

// hasRTL reports whether s holds right-to-left text.
func hasRTL(s string) bool {
	for _, r := range s {
		if r >= 0x0590 && rtl(r) {
			return true
		}
	}
	return false
}

// mirrored are the characters drawn mirrored in right-to-left text.
var mirrored = map[rune]rune{'(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«', '‹': '›', '›': '‹'}

// levels gives each character of one line its embedding level, following
// the Unicode bidirectional algorithm (UAX #9) as far as names, places and
// sentences need: the paragraph takes the direction of its first strong
// character; European digits after Arabic letters are Arabic numbers;
// neutrals between two runs of one direction take it, else the paragraph's;
// numbers rise one level above right-to-left text; trailing spaces take
// the paragraph's level. The classes come from golang.org/x/text.
func levels(rs []rune) []int8 {
	cls := make([]bidi.Class, len(rs))
	base := int8(-1)
	for i, r := range rs {
		p, _ := bidi.LookupRune(r)
		cls[i] = p.Class()
		if base < 0 {
			switch cls[i] {
			case bidi.L:
				base = 0
			case bidi.R, bidi.AL:
				base = 1
			}
		}
	}
	base = max(base, 0)
	// W2, W3, W7: digits after an Arabic letter are Arabic numbers, after
	// a Latin one plain letters; AL counts as R from here.
	last := bidi.L
	if base == 1 {
		last = bidi.R
	}
	for i, c := range cls {
		switch c {
		case bidi.L, bidi.R:
			last = c
		case bidi.AL:
			last, cls[i] = bidi.AL, bidi.R
		case bidi.EN:
			if last == bidi.AL {
				cls[i] = bidi.AN
			} else if last == bidi.L {
				cls[i] = bidi.L
			}
		}
	}
	strong := func(c bidi.Class) (bidi.Class, bool) {
		switch c {
		case bidi.L:
			return bidi.L, true
		case bidi.R, bidi.EN, bidi.AN:
			return bidi.R, true
		}
		return 0, false
	}
	// N1, N2: runs of neutrals.
	baseDir := bidi.L
	if base == 1 {
		baseDir = bidi.R
	}
	for i := 0; i < len(cls); {
		if _, ok := strong(cls[i]); ok {
			i++
			continue
		}
		j := i
		for j < len(cls) {
			if _, ok := strong(cls[j]); ok {
				break
			}
			j++
		}
		before, after := baseDir, baseDir
		if i > 0 {
			before, _ = strong(cls[i-1])
		}
		if j < len(cls) {
			after, _ = strong(cls[j])
		}
		dir := baseDir
		if before == after {
			dir = before
		}
		for k := i; k < j; k++ {
			cls[k] = dir
		}
		i = j
	}
	// I1, I2.
	out := make([]int8, len(rs))
	for i, c := range cls {
		switch {
		case base == 0 && c == bidi.R:
			out[i] = 1
		case base == 0 && (c == bidi.AN || c == bidi.EN):
			out[i] = 2
		case base == 1 && c == bidi.L:
			out[i] = 2
		case base == 1 && (c == bidi.AN || c == bidi.EN):
			out[i] = 2
		default:
			out[i] = base
		}
	}
	// L1: trailing white space goes back to the paragraph's level.
	for i := len(rs) - 1; i >= 0 && unicode.IsSpace(rs[i]); i-- {
		out[i] = base
	}
	return out
}

// visualOrder returns the order in which to draw the characters of a line
// (indices into rs), from left to right (UAX #9, L2), and the levels.
func visualOrder(rs []rune) ([]int, []int8) {
	lv := levels(rs)
	order := make([]int, len(rs))
	var top int8
	for i := range order {
		order[i] = i
		top = max(top, lv[i])
	}
	for l := top; l >= 1; l-- {
		for i := 0; i < len(order); {
			if lv[order[i]] < l {
				i++
				continue
			}
			j := i
			for j < len(order) && lv[order[j]] >= l {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				order[a], order[b] = order[b], order[a]
			}
			i = j
		}
	}
	return order, lv
}

// reorder puts a line holding right-to-left text in visual order: its
// characters, each keeping its run's look, are drawn in the order the
// bidirectional algorithm gives, mirrored where right to left, and grouped
// back into runs.
func (m measurer) reorder(ln line, size float64) line {
	type char struct {
		r    rune
		look int
	}
	var cs []char
	for i, r := range ln.runs {
		for _, c := range r.text {
			cs = append(cs, char{c, i})
		}
	}
	rs := make([]rune, len(cs))
	for i, c := range cs {
		rs[i] = c.r
	}
	order, lv := visualOrder(rs)
	out := line{}
	var b strings.Builder
	look := -1
	flush := func() {
		if look < 0 || b.Len() == 0 {
			return
		}
		r := ln.runs[look]
		r.text = b.String()
		r.x = out.w
		r.w = m.width(r.text, r.st, size)
		out.runs = append(out.runs, r)
		out.w += r.w
		b.Reset()
	}
	for _, i := range order {
		if cs[i].look != look {
			flush()
			look = cs[i].look
		}
		r := cs[i].r
		if lv[i]%2 == 1 {
			if mr, ok := mirrored[r]; ok {
				r = mr
			}
		}
		b.WriteRune(r)
	}
	flush()
	return out
}
