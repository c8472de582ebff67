package search

import (
	"strings"
	"unicode/utf8"

	"github.com/socialtech/trainerkit/course"
)

// highlight makes a result's heading hits, snippet and snippet hits from the
// matches of its section.
func highlight(s *section, ms []match, words []string, n int) (headHits []Range, snippet string, hits []Range) {
	full := uint32(1)<<n - 1
	var body []match
	var inBody uint32
	var spans []span
	at := s.spans()
	for _, m := range ms {
		text, word := s.text(m.field), at[m.tok]
		w := span{word.start, word.start + matchLen(text[word.start:word.end], m.mask, words)}
		if m.field == fieldHeading || m.field == fieldTitle {
			headHits = append(headHits, Range{runeIndex(text, w.start), runeIndex(text, w.end)})
			continue
		}
		body = append(body, m)
		inBody |= m.mask
		spans = append(spans, w)
	}
	// The snippet starts before the closest group of all the words when the
	// text holds them all, before the first hit otherwise, and at the start
	// of the text when only the heading matched.
	anchor := 0
	if len(body) > 0 {
		k := 0
		if n > 1 && inBody&full == full {
			k, _ = minWindow(body, n)
		}
		anchor = spans[k].start
	}
	snippet, hits = cutSnippet(s.body, anchor, spans)
	return headHits, snippet, hits
}

// matchLen is the length in bytes of the part of word that the query words
// of mask match: the whole word for an exact match, else the letters that
// fold to the longest matching prefix ("numér" of "numériques" for "numer").
func matchLen(word string, mask uint32, words []string) int {
	longest := 0
	for i, w := range words {
		if mask&(1<<(exactShift+i)) != 0 {
			return len(word)
		}
		if mask&(1<<i) != 0 {
			longest = max(longest, len(w))
		}
	}
	folded := 0
	for i, r := range word {
		if folded >= longest {
			return i
		}
		if r < utf8.RuneSelf {
			folded++
		} else {
			folded += len(course.Fold(string(r)))
		}
	}
	return len(word)
}

// runeIndex converts a byte offset of s into a rune offset.
func runeIndex(s string, i int) int { return utf8.RuneCountInString(s[:i]) }

// endsSentence reports whether s ends with punctuation that already
// separates it from a next line.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".:;!?…", r)
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// cutSnippet cuts about snippetRunes runes of text around the byte offset
// anchor, starting snippetBefore runes before it, at word boundaries; it
// joins lines with " · ", marks cuts with "…" and converts the spans that
// fall inside to rune ranges of the snippet.
func cutSnippet(text string, anchor int, spans []span) (string, []Range) {
	start := anchor
	for i := 0; i < snippetBefore && start > 0; i++ {
		_, size := utf8.DecodeLastRuneInString(text[:start])
		start -= size
	}
	end := start
	for i := 0; i < snippetRunes && end < len(text); i++ {
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
	}
	// Near the end of the text, show more of what comes before.
	for i := utf8.RuneCountInString(text[start:end]); i < snippetRunes && start > 0; i++ {
		_, size := utf8.DecodeLastRuneInString(text[:start])
		start -= size
	}
	// Start at the beginning of a word, keeping the anchor in.
	if start > 0 && !isSpace(text[start-1]) {
		if k := strings.IndexAny(text[start:anchor], " \n\t\r"); k >= 0 {
			start += k + 1
		} else {
			start = anchor
		}
	}
	// End after a whole word, unless one word fills the snippet.
	if end < len(text) && !isSpace(text[end]) {
		if k := strings.LastIndexAny(text[anchor:end], " \n\t\r"); k > 0 {
			end = anchor + k
		}
	}

	var b strings.Builder
	b.Grow(end - start + 8)
	var out []Range
	runes := 0
	if start > 0 {
		b.WriteString("…")
		runes++
	}
	h := 0
	for h < len(spans) && spans[h].start < start {
		h++
	}
	open := -1
	lastSpace := true // no space at the start
	for i, r := range text[start:end] {
		at := start + i
		if h < len(spans) && open >= 0 && at == spans[h].end {
			out = append(out, Range{open, runes})
			open = -1
			h++
		}
		if h < len(spans) && open < 0 && at == spans[h].start {
			if spans[h].end <= end {
				open = runes
			} else {
				h = len(spans)
			}
		}
		if r == '\n' && !lastSpace && runes > 0 && !endsSentence(b.String()) {
			// Lines are paragraphs, list items or a quiz's choices: a dot
			// keeps them apart in the one-line snippet where no punctuation
			// does.
			b.WriteString(" · ")
			runes += 3
			lastSpace = true
			continue
		}
		if r == '\n' || r == '\t' || r == '\r' || r == ' ' {
			if lastSpace {
				continue
			}
			r, lastSpace = ' ', true
		} else {
			lastSpace = false
		}
		b.WriteRune(r)
		runes++
	}
	if open >= 0 {
		out = append(out, Range{open, runes})
	}
	s := b.String()
	if lastSpace {
		s = strings.TrimSuffix(strings.TrimSuffix(s, " · "), " ")
	}
	if end < len(text) {
		s += "…"
	}
	return s, out
}
