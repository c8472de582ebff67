package search

import (
	"strings"

	"github.com/socialtech/trainerkit/course"
)

// Marks finds in text the words a query matches, as Search matches them: a
// query word matches a word exactly or as its prefix, whatever the case and
// the accents. Each range is in bytes of text and covers the part of the
// word that matches ("numér" of "numériques" for "numer"), as the results'
// snippets show it. The reader highlights them in the part a result opens.
func Marks(query, text string) []Range {
	words := queryWords(query)
	if len(words) == 0 {
		return nil
	}
	var out []Range
	wordSpans(text, func(sp span) {
		word := text[sp.start:sp.end]
		f := course.Fold(word)
		var mask uint32
		for i, w := range words {
			switch {
			case f == w:
				mask |= 1 << (exactShift + i)
			case strings.HasPrefix(f, w):
				mask |= 1 << i
			}
		}
		if mask != 0 {
			out = append(out, Range{sp.start, sp.start + matchLen(word, mask, words)})
		}
	})
	return out
}
