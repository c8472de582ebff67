package course

import (
	"regexp"
	"strconv"
	"strings"
)

// DeckSlide is one slide of a module's deck (slides.md), as written: the
// format is in docs/CONTENT.md (reveal.js Markdown with a step marker).
type DeckSlide struct {
	// Step is the row of the guide's half-day plan the slide belongs to,
	// counted from 1; 0 for the slides that open the deck.
	Step int
	// Level is the heading's level: 1 for a title slide, 2 for a content
	// slide, 0 when the slide has no heading.
	Level int
	Title string // the heading's plain text
	Body  string // Markdown on screen, without the heading and the marker
	Notes string // Markdown for the presenter view only
	Line  int    // the slide's first line in the file, from 1
}

// Words counts the words on screen: the heading's and the body's.
func (s DeckSlide) Words() int { return CountWords(s.Title) + CountWords(s.Body) }

// NoteWords counts the words of the speaker notes.
func (s DeckSlide) NoteWords() int { return CountWords(s.Notes) }

// Source gives the slide's screen text back as Markdown: heading and body.
func (s DeckSlide) Source() string {
	if s.Level == 0 {
		return s.Body
	}
	h := strings.Repeat("#", s.Level) + " " + s.Title
	if s.Body == "" {
		return h
	}
	return h + "\n\n" + s.Body
}

var stepLine = regexp.MustCompile(`^Step:\s*(\d+)\s*$`)

// ParseDeck cuts a deck's Markdown into slides: at lines holding only
// `---`, a `Step: N` first line sets the plan row of this slide and the
// following ones, and a line `Note:` starts the speaker notes. Fenced code
// is never cut. Empty slides are dropped.
func ParseDeck(src string) []DeckSlide {
	var out []DeckSlide
	step := 0
	for _, c := range splitSlides(src) {
		s, ok := parseSlide(c.lines, c.first, &step)
		if ok {
			out = append(out, s)
		}
	}
	return out
}

type slideChunk struct {
	lines []string
	first int // line number of lines[0], from 1
}

// splitSlides cuts the source at separator lines outside fenced code.
func splitSlides(src string) []slideChunk {
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	var out []slideChunk
	cur := slideChunk{first: 1}
	fence := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = !fence
		}
		if !fence && t == "---" {
			out = append(out, cur)
			cur = slideChunk{first: i + 2}
			continue
		}
		cur.lines = append(cur.lines, l)
	}
	return append(out, cur)
}

// parseSlide reads one chunk; step carries the current plan row from slide
// to slide.
func parseSlide(lines []string, first int, step *int) (DeckSlide, bool) {
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines, first = lines[1:], first+1
	}
	if len(lines) == 0 {
		return DeckSlide{}, false
	}
	if m := stepLine.FindStringSubmatch(strings.TrimSpace(lines[0])); m != nil {
		*step, _ = strconv.Atoi(m[1])
		lines = lines[1:]
	}
	s := DeckSlide{Step: *step, Line: first}
	var body, notes []string
	inNotes := false
	for _, l := range lines {
		if !inNotes && strings.TrimSpace(l) == "Note:" {
			inNotes = true
			continue
		}
		if inNotes {
			notes = append(notes, l)
		} else {
			body = append(body, l)
		}
	}
	s.Level, s.Title, body = slideHeading(body)
	s.Body = strings.TrimSpace(strings.Join(body, "\n"))
	s.Notes = strings.TrimSpace(strings.Join(notes, "\n"))
	if s.Level == 0 && s.Body == "" && s.Notes == "" {
		return DeckSlide{}, false
	}
	return s, true
}

// slideHeading takes the first ATX heading of a slide's body out of it.
// Only a heading before any other text counts.
func slideHeading(body []string) (level int, title string, rest []string) {
	for i, l := range body {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		n := 0
		for n < len(t) && t[n] == '#' {
			n++
		}
		if n == 0 || n > 6 || (len(t) > n && t[n] != ' ') {
			return 0, "", body
		}
		title := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t[n:]), "#"))
		return n, PlainText(ParseString(title).firstInlines()), body[i+1:]
	}
	return 0, "", body
}

// firstInlines returns the inlines of the document's first block, so that a
// heading's emphasis and code marks are dropped from its plain text.
func (d *Document) firstInlines() []Inline {
	if len(d.Blocks) == 0 {
		return nil
	}
	return d.Blocks[0].Inlines
}

// DeckSteps returns the plan rows that have slides, in order of first use.
func DeckSteps(slides []DeckSlide) []int {
	var out []int
	seen := map[int]bool{}
	for _, s := range slides {
		if !seen[s.Step] {
			seen[s.Step] = true
			out = append(out, s.Step)
		}
	}
	return out
}
