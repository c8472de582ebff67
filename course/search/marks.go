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

// PartMarks is Marks for a text of part: in the deck and the quiz, the
// words of the format keys ("Note:", "Type: single"…) are not indexed, so
// they are never marked either, whatever the query.
func PartMarks(part, query, text string) []Range {
	marks := Marks(query, text)
	if len(marks) == 0 || part != course.SlidesPart && part != course.QuizPart {
		return marks
	}
	keys := formatKeys.FindAllStringIndex(text, -1)
	if len(keys) == 0 {
		return marks
	}
	out := marks[:0]
	for _, m := range marks {
		if !inKey(m, keys) {
			out = append(out, m)
		}
	}
	return out
}

// inKey tells whether r overlaps one of the keys' byte ranges.
func inKey(r Range, keys [][]int) bool {
	for _, k := range keys {
		if r.Start < k[1] && k[0] < r.End {
			return true
		}
	}
	return false
}
