package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
)

// lineTexts are the lines of a broken paragraph: its segments' text,
// joined, cut at the line breaks.
func lineTexts(segs []widget.RichTextSegment) []string {
	var b strings.Builder
	for _, s := range segs {
		b.WriteString(s.Textual())
	}
	return strings.Split(b.String(), "\n")
}

// TestWrapTextLinesFitAndKeepTheText: on every paragraph of a part, at
// several widths, each line fits the width, none starts with a space or a
// no-break space, and the text is the paragraph's.
func TestWrapTextLinesFitAndKeepTheText(t *testing.T) {
	test.NewTempApp(t)
	lib, err := course.Load(assets.Course())
	if err != nil {
		t.Fatal(err)
	}
	doc := course.ParseString(lib.Module(10).Text("fr", course.Theory))
	size := theme.TextSize()
	for _, w := range []float32{180, 333, 640} {
		for _, b := range doc.Blocks {
			if b.Kind != course.BlockParagraph {
				continue
			}
			p := newParagraph(b.Inlines, nil)
			p.Resize(fyne.NewSize(w, 100))
			room := p.textWidth(w)
			for i, line := range lineTexts(p.rich.Segments) {
				if strings.HasPrefix(line, " ") {
					t.Errorf("at %v px, line %d starts with a space: %q", w, i+1, line)
				}
				if strings.HasPrefix(line, "\u00a0") || strings.HasPrefix(line, "\u202f") {
					t.Errorf("at %v px, line %d starts with a no-break space: %q", w, i+1, line)
				}
				// Measured plain: a lower bound of the line drawn.
				if got := fyne.MeasureText(strings.TrimRight(line, " "), size, fyne.TextStyle{}).Width; got > room+1 {
					t.Errorf("at %v px, line %d is %.0f px wide for %.0f: %q", w, i+1, got, room, line)
				}
			}
			// The same letters, in order (a word wider than a line is cut).
			if got, want := strings.Join(strings.Fields(strings.Join(lineTexts(p.rich.Segments), " ")), ""), strings.Join(strings.Fields(p.String()), ""); got != want {
				t.Errorf("at %v px, the text changed:\n%q\n%q", w, got, want)
			}
		}
	}
}

// TestWrapTextKeepsFrenchPairs: a word and its « », ; : ! ? joined by a
// no-break space stay on one line, which Fyne's own wrapping does not
// promise.
func TestWrapTextKeepsFrenchPairs(t *testing.T) {
	test.NewTempApp(t)
	text := "Quel est le bon réflexe\u00a0? Parlez de «\u00a0publics cibles\u00a0» et d'«\u00a0accompagnement global\u00a0»."
	for w := float32(90); w < 500; w += 7 {
		p := newParagraph([]course.Inline{{Text: text}}, nil)
		p.Resize(fyne.NewSize(w, 100))
		for i, line := range lineTexts(p.rich.Segments) {
			trimmed := strings.TrimSpace(line)
			if strings.HasPrefix(trimmed, "?") || strings.HasPrefix(trimmed, "»") || strings.HasSuffix(trimmed, "«") {
				t.Errorf("at %v px, line %d parts a sign from its word: %q", w, i+1, line)
			}
		}
	}
}

// TestWrapTextFollowsItsWidth: narrower, more lines; the lines broken
// again when the width changes, and the rich text's height follows.
func TestWrapTextFollowsItsWidth(t *testing.T) {
	test.NewTempApp(t)
	p := newParagraph([]course.Inline{{Text: "Who reads, and when:", Style: course.Bold}, {Text: strings.Repeat(" the group discusses what the part means for them", 6)}}, nil)
	w := test.NewTempWindow(t, p)
	w.Resize(fyne.NewSize(800, 600))
	p.Resize(fyne.NewSize(700, p.MinSize().Height))
	wide, wideH := len(lineTexts(p.rich.Segments)), p.MinSize().Height
	p.Resize(fyne.NewSize(250, p.MinSize().Height))
	narrow, narrowH := len(lineTexts(p.rich.Segments)), p.MinSize().Height
	if narrow <= wide || narrowH <= wideH {
		t.Fatalf("%d lines (%v px) at 250 px, %d lines (%v px) at 700 px", narrow, narrowH, wide, wideH)
	}
	if p.String() != "Who reads, and when:"+strings.Repeat(" the group discusses what the part means for them", 6) {
		t.Errorf("String() = %q", p.String())
	}
}

// TestWrapTextKeepsLinksWhole: a link is never cut, and goes to the next
// line when it does not fit.
func TestWrapTextKeepsLinksWhole(t *testing.T) {
	test.NewTempApp(t)
	in := []course.Inline{{Text: "See the guide at "}, {Text: "the European Commission's page", URL: "https://example.org/"}, {Text: " for more."}}
	for w := float32(120); w < 600; w += 10 {
		p := newParagraph(in, nil)
		p.Resize(fyne.NewSize(w, 100))
		links := 0
		for _, s := range p.rich.Segments {
			if l, ok := s.(*widget.HyperlinkSegment); ok {
				links++
				if l.Text != "the European Commission's page" {
					t.Errorf("at %v px, the link reads %q", w, l.Text)
				}
			}
		}
		if links != 1 {
			t.Errorf("at %v px, %d links", w, links)
		}
	}
}
