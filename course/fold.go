package course

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// ligatures spell out letters that have no decomposition.
var ligatures = map[rune]string{'œ': "oe", 'æ': "ae", 'ß': "ss", 'ø': "o", 'ł': "l", 'đ': "d"}

// Fold lowers a text and removes its accents, so that "Économie" and
// "economie", "Núñez" and "nunez", "Œuvre" and "oeuvre" compare equal.
// It runs on every name sorted and every word indexed: ASCII takes a fast
// path and each other letter is decomposed alone.
func Fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	var buf [8]byte
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		r = unicode.ToLower(r)
		if int(r) < len(latinFold) {
			b.WriteString(latinFold[r])
			continue
		}
		if l, ok := ligatures[r]; ok {
			b.WriteString(l)
			continue
		}
		n := copy(buf[:], string(r))
		for _, x := range string(norm.NFD.Append(nil, buf[:n]...)) {
			if !unicode.Is(unicode.Mn, x) {
				b.WriteRune(x)
			}
		}
	}
	return b.String()
}

// latinFold holds the folded form of every letter up to Latin Extended-B,
// which covers the four languages and most European names.
var latinFold = func() []string {
	t := make([]string, 0x250)
	for r := rune(0); r < 0x250; r++ {
		if l, ok := ligatures[r]; ok {
			t[r] = l
			continue
		}
		var out []rune
		for _, x := range norm.NFD.String(string(unicode.ToLower(r))) {
			if !unicode.Is(unicode.Mn, x) {
				out = append(out, x)
			}
		}
		t[r] = string(out)
	}
	return t
}()

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Words splits a text into words: runs of letters and digits.
func Words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
