package search

import (
	"unicode"
	"unicode/utf8"
)

// span is one word of a text: its byte range.
type span struct{ start, end int }

// wordSpans splits s into words the way course.Words does (runs of letters
// and digits) but keeps where each word is, so that a hit can be shown in its
// snippet. Combining marks continue a word: "cafe\u0301" (decomposed) stays one
// word, which course.Fold then reduces to "cafe". On composed text, which is
// what the content is, the words are exactly those of course.Words.
func wordSpans(s string, fn func(span)) {
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		var word bool
		size := 1
		if c < utf8.RuneSelf {
			word = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r) || start >= 0 && unicode.Is(unicode.Mn, r)
		}
		if word {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			fn(span{start, i})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		fn(span{start, len(s)})
	}
}
