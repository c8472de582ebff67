// Package slides turns a part's document into projector slides: a level-1
// heading makes a title slide, each level-2 heading starts a slide, and a
// slide too long for the screen is split into continuation slides. It also
// keeps the presenter's timer and pacing. No Fyne: the interface measures,
// this package decides.
package slides

import (
	"strings"

	"github.com/socialtech/trainerkit/course"
)

// Slide is one screen of a presentation.
type Slide struct {
	Title      string
	TitleSlide bool           // a level-1 heading alone, large
	Blocks     []course.Block // the body, without the heading
	Cont       int            // 0 for the first slide of a section, 1, 2… for its continuations
}

// Split cuts a document into slides at its level-1 and level-2 headings.
// Text before the first heading becomes an untitled slide; deeper headings
// stay in their slide.
func Split(doc *course.Document) []Slide {
	var out []Slide
	var cur *Slide
	flush := func() {
		if cur != nil && (cur.TitleSlide || cur.Title != "" || len(cur.Blocks) > 0) {
			out = append(out, *cur)
		}
		cur = nil
	}
	for _, b := range doc.Blocks {
		if b.Kind == course.BlockHeading && b.Level <= 2 {
			flush()
			cur = &Slide{Title: course.PlainText(b.Inlines), TitleSlide: b.Level == 1}
			continue
		}
		if cur == nil {
			cur = &Slide{}
		}
		if cur.TitleSlide {
			// Text under a level-1 heading (an introduction) gets its own
			// slide after the title slide, under the same title.
			flush()
			cur = &Slide{Title: out[len(out)-1].Title}
		}
		cur.Blocks = append(cur.Blocks, b)
	}
	flush()
	return out
}

// Fit splits every slide that does not fit the screen into continuation
// slides. fits reports whether a slide fits at the smallest allowed type
// size; a slide is cut after the most blocks that fit, and a single block
// too long on its own (a long list, table or paragraph) is cut into pieces.
func Fit(in []Slide, fits func(Slide) bool) []Slide {
	var out []Slide
	for _, s := range in {
		out = append(out, fitOne(s, fits)...)
	}
	return out
}

func fitOne(s Slide, fits func(Slide) bool) []Slide {
	if s.TitleSlide || fits(s) {
		return []Slide{s}
	}
	var out []Slide
	rest := s.Blocks
	for cont := s.Cont; len(rest) > 0; cont++ {
		page := Slide{Title: s.Title, Cont: cont}
		n := 0
		for n < len(rest) {
			page.Blocks = rest[:n+1]
			if !fits(page) {
				break
			}
			n++
		}
		if n == 0 {
			// The first block alone is too long: cut it in two and retry.
			first, second, ok := halve(rest[0])
			if !ok {
				n = 1 // cannot cut further: show it, shrunk as far as it goes
			} else {
				rest = append([]course.Block{first, second}, rest[1:]...)
				cont--
				continue
			}
		}
		page.Blocks = rest[:n]
		out = append(out, page)
		rest = rest[n:]
	}
	return out
}

// halve cuts a block in two: a list or table by items or rows, a paragraph
// at the sentence nearest its middle.
func halve(b course.Block) (course.Block, course.Block, bool) {
	switch b.Kind {
	case course.BlockList:
		if len(b.Items) < 2 {
			return b, b, false
		}
		m := len(b.Items) / 2
		first, second := b, b
		first.Items, second.Items = b.Items[:m], b.Items[m:]
		second.Start = b.Start + m
		return first, second, true
	case course.BlockTable:
		if len(b.Rows) < 2 {
			return b, b, false
		}
		m := len(b.Rows) / 2
		first, second := b, b
		first.Rows, second.Rows = b.Rows[:m], b.Rows[m:]
		return first, second, true
	case course.BlockParagraph:
		text := course.PlainText(b.Inlines)
		cut := sentenceCut(text)
		if cut <= 0 || cut >= len(text) {
			return b, b, false
		}
		// Styles are dropped at the cut: a paragraph this long is prose.
		first := course.Block{Kind: course.BlockParagraph, Inlines: []course.Inline{{Text: strings.TrimSpace(text[:cut])}}}
		second := course.Block{Kind: course.BlockParagraph, Inlines: []course.Inline{{Text: strings.TrimSpace(text[cut:])}}}
		return first, second, true
	}
	return b, b, false
}

// sentenceCut finds the end of the sentence nearest the middle of text, or
// the space nearest it when there is no sentence end.
func sentenceCut(text string) int {
	mid := len(text) / 2
	best, bestSpace := -1, -1
	for i := 0; i < len(text)-1; i++ {
		if text[i+1] != ' ' {
			continue
		}
		if strings.ContainsRune(".!?;:", rune(text[i])) && (best < 0 || abs(i+1-mid) < abs(best-mid)) {
			best = i + 1
		}
		if bestSpace < 0 || abs(i+1-mid) < abs(bestSpace-mid) {
			bestSpace = i + 1
		}
	}
	if best > 0 {
		return best
	}
	return bestSpace
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
