package slides

import (
	"strings"
	"testing"
	"time"

	"github.com/socialtech/trainerkit/course"
)

const part = `# Module title

An introduction under the title.

## First

Para one.

### Deeper

Para two.

## Second

- a
- b
`

func TestSplit(t *testing.T) {
	s := Split(course.ParseString(part))
	if len(s) != 4 {
		t.Fatalf("%d slides: %+v", len(s), s)
	}
	if !s[0].TitleSlide || s[0].Title != "Module title" {
		t.Errorf("title slide %+v", s[0])
	}
	if s[1].Title != "Module title" || len(s[1].Blocks) != 1 {
		t.Errorf("introduction slide %+v", s[1])
	}
	if s[2].Title != "First" || len(s[2].Blocks) != 3 {
		t.Errorf("first slide keeps its level-3 heading: %+v", s[2])
	}
	if s[3].Title != "Second" || s[3].Blocks[0].Kind != course.BlockList {
		t.Errorf("second %+v", s[3])
	}
}

// weight is a fake measure: a slide fits when its blocks weigh at most max,
// a block weighing its items, rows or words.
func weight(s Slide) int {
	w := 0
	for _, b := range s.Blocks {
		switch b.Kind {
		case course.BlockList:
			w += len(b.Items)
		case course.BlockTable:
			w += len(b.Rows)
		default:
			w += len(strings.Fields(course.PlainText(b.Inlines)))
		}
	}
	return w
}

func TestFitSplitsOverlongSlides(t *testing.T) {
	long := "## Long\n\n" + strings.Repeat("- item\n", 25) + "\nAfter. " + strings.Repeat("word ", 5) + "\n"
	in := Split(course.ParseString(long))
	out := Fit(in, func(s Slide) bool { return weight(s) <= 10 })
	total := 0
	for i, s := range out {
		if weight(s) > 10 {
			t.Errorf("slide %d still too long: %d", i, weight(s))
		}
		if s.Title != "Long" || s.Cont != i {
			t.Errorf("slide %d: title %q cont %d", i, s.Title, s.Cont)
		}
		for _, b := range s.Blocks {
			if b.Kind == course.BlockList {
				total += len(b.Items)
			}
		}
	}
	if total != 25 {
		t.Errorf("list items lost or repeated: %d of 25", total)
	}
	if len(out) < 3 {
		t.Errorf("only %d slides", len(out))
	}
}

func TestFitCutsLongParagraphAtSentences(t *testing.T) {
	para := strings.Repeat("Une phrase assez longue pour le test. ", 12)
	out := Fit(Split(course.ParseString("## P\n\n"+para)), func(s Slide) bool { return weight(s) <= 40 })
	var rebuilt []string
	for _, s := range out {
		if weight(s) > 40 {
			t.Errorf("too long: %d", weight(s))
		}
		rebuilt = append(rebuilt, course.PlainText(s.Blocks[0].Inlines))
		if !strings.HasSuffix(course.PlainText(s.Blocks[0].Inlines), ".") {
			t.Errorf("cut inside a sentence: %q", course.PlainText(s.Blocks[0].Inlines))
		}
	}
	if strings.Join(rebuilt, " ") != strings.TrimSpace(para) {
		t.Error("text lost when cutting")
	}
}

func TestFitKeepsWhatFits(t *testing.T) {
	in := Split(course.ParseString(part))
	out := Fit(in, func(Slide) bool { return true })
	if len(out) != len(in) {
		t.Errorf("%d slides, want %d", len(out), len(in))
	}
	// A block that cannot be cut is shown alone rather than looping.
	out = Fit(Split(course.ParseString("## X\n\n```\ncode\n```\n")), func(Slide) bool { return false })
	if len(out) != 1 {
		t.Errorf("uncuttable block: %d slides", len(out))
	}
}

func TestTimerAndPace(t *testing.T) {
	t0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	tm := Timer{Budget: 40 * time.Minute}
	tm.Start(t0)
	if p := tm.Pace(t0.Add(30 * time.Minute)); p != PaceGreen {
		t.Errorf("10 min left of 40: %v", p)
	}
	if p := tm.Pace(t0.Add(32 * time.Minute)); p != PaceOrange {
		t.Errorf("8 min left (20 %%): %v", p)
	}
	if p := tm.Pace(t0.Add(38 * time.Minute)); p != PaceRed {
		t.Errorf("2 min left (5 %%): %v", p)
	}
	tm.Toggle(t0.Add(10 * time.Minute)) // pause
	tm.Toggle(t0.Add(15 * time.Minute)) // resume
	if e := tm.Elapsed(t0.Add(20 * time.Minute)); e != 15*time.Minute {
		t.Errorf("elapsed with a 5 min pause: %v", e)
	}
	if got := FormatDuration(-(2*time.Minute + 5*time.Second)); got != "−2:05" {
		t.Errorf("FormatDuration = %q", got)
	}
	if got := FormatDuration(time.Hour + 61*time.Second); got != "1:01:01" {
		t.Errorf("FormatDuration = %q", got)
	}
	var none Timer
	if none.Pace(t0) != PaceGreen || none.Elapsed(t0) != 0 {
		t.Error("a timer with no budget")
	}
}

func TestNotes(t *testing.T) {
	guide := course.ParseString(`# Guide
## Objectives
obj
## Plan
| min | a | p |
|---|---|---|
| 30 | Talk | Theory |
| 40 | Case study | Case |
## Running the case
run it
## Debriefing
debrief
## Common questions
q
## Pitfalls
p
`)
	plan, err := course.ParsePlan(guide, "en")
	if err != nil {
		t.Fatal(err)
	}
	notes := Notes(guide, plan, course.Case)
	var text []string
	for _, b := range notes {
		switch b.Kind {
		case course.BlockList:
			text = append(text, course.PlainText(b.Items[0].Blocks[0].Inlines))
		default:
			text = append(text, course.PlainText(b.Inlines))
		}
	}
	got := strings.Join(text, "|")
	if got != "40 min — Case study|Running the case|run it|Debriefing|debrief" {
		t.Errorf("notes %q", got)
	}
}
