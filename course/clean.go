package course

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text from outside the kit (packs, participant lists) reaches the screen,
// PDFs, CSV files and the command line's terminal. CleanLine and CleanText
// remove what no trainer typed and what a terminal would obey: escape
// sequences whole (a title could otherwise rewrite the lines a command
// prints), every other control character, and the bidirectional overrides
// that make a text display other than it reads. Invalid UTF-8 becomes
// U+FFFD.

// CleanLine cleans a one-line value (a title, a name, an email): tabs and
// line breaks become spaces.
func CleanLine(s string) string { return clean(s, false) }

// CleanText cleans a text of several lines (Markdown, notes): line breaks
// and tabs stay; CR LF and a lone CR become LF.
func CleanText(s string) string { return clean(s, true) }

func clean(s string, multiline bool) string {
	if isPlain(s, multiline) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b || r == 0x9b || r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f:
			i += escapeLength(s[i:], multiline)
			continue
		case r == '\r' && multiline:
			if !strings.HasPrefix(s[i+n:], "\n") {
				b.WriteByte('\n')
			}
		case r == '\n' || r == '\t' || r == '\r':
			if multiline {
				b.WriteRune(r)
			} else {
				b.WriteByte(' ')
			}
		case unicode.IsControl(r) || isBidiControl(r):
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// isPlain is the fast path: nothing to remove.
func isPlain(s string, multiline bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return false // leave non-ASCII to the careful path
		}
		if c < 0x20 || c == 0x7f {
			if !multiline || (c != '\n' && c != '\t') {
				return false
			}
		}
	}
	return true
}

// isBidiControl: the embeddings, overrides and isolates of Unicode's
// bidirectional algorithm (the marks LRM and RLM stay: they are harmless).
func isBidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// escapeLength is the length in bytes of the escape sequence that starts s
// (with ESC or a C1 control): CSI (ESC [ or U+009B) up to its final byte;
// OSC, DCS, SOS, PM and APC up to their terminator (BEL or ST), or the end
// of the text (of the line, in a multiline text) when none comes; other ESC
// sequences up to their final byte.
func escapeLength(s string, multiline bool) int {
	r, n := utf8.DecodeRuneInString(s)
	kind := r
	if r == 0x1b {
		if n >= len(s) {
			return n
		}
		switch s[n] {
		case '[':
			kind = 0x9b
		case ']':
			kind = 0x9d
		case 'P', 'X', '^', '_':
			kind = 0x90
		default:
			// ESC, intermediates (0x20-0x2F), one final byte.
			i := n
			for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
				i++
			}
			if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
				i++
			}
			return i
		}
		n++
	}
	if kind == 0x9b {
		i := n
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3f {
			i++
		}
		if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
			i++
		}
		return i
	}
	// A string sequence: up to BEL, ESC \ or ST (U+009C).
	for i := n; i < len(s); {
		c, m := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == 0x07 || c == 0x9c:
			return i + m
		case c == 0x1b && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		case c == '\n' && multiline:
			return i
		}
		i += m
	}
	return len(s)
}
