package session

import (
	"fmt"
	"strings"

	"github.com/socialtech/trainerkit/course"
)

// BlockKind says what an agenda block is.
type BlockKind string

// The kinds of agenda block.
const (
	BlockPart   BlockKind = "part"   // a part of a module
	BlockBreak  BlockKind = "break"  // a break
	BlockCustom BlockKind = "custom" // anything else: title and description
)

// Block is one timed item of a day's agenda.
type Block struct {
	Kind        BlockKind `json:"kind"`
	Module      int       `json:"module,omitempty"`
	Part        string    `json:"part,omitempty"`
	Title       string    `json:"title,omitempty"`
	Description string    `json:"description,omitempty"`
	Minutes     int       `json:"minutes"`
	// Step is the row of the module's half-day plan the block was built
	// from, counted from 1 (FromPlan), so that presenting it shows that
	// row's slides; 0 for a block added by hand or stored before steps.
	Step int `json:"step,omitempty"`
}

// Timed is a block with its computed start and end.
type Timed struct {
	Block
	Start, End Clock
	// Lunch is true when the block was moved after the lunch break because
	// the morning was over.
	Lunch bool
}

// Warning kinds for a day's schedule.
const (
	WarnIntoLunch = "into_lunch" // a block runs past the end of the morning
	WarnPastEnd   = "past_end"   // the day runs past the end of the afternoon
)

// Warning is a problem of a day's schedule, with the block concerned.
type Warning struct {
	Kind  string
	Block int // index in the day
	Over  int // minutes over
}

// Schedule is a day's agenda with times, total and warnings.
type Schedule struct {
	Blocks   []Timed
	Total    int // minutes of blocks
	Warnings []Warning
	// Gaps are the planned times no block fills: the end of a morning
	// whose blocks stop early (when nothing follows), an afternoon left
	// empty, the end of an afternoon. A day without blocks has none.
	Gaps []Gap
}

// Gap is planned time without a block, from Start to End.
type Gap struct {
	Start, End Clock
}

// Minutes is the gap's length.
func (g Gap) Minutes() int { return int(g.End - g.Start) }

// ComputeDay gives each block of a day its start time, each from the end of
// the one before (as SessionLab does); a block that would start in the lunch
// break starts after it. It warns when a block runs into lunch or the day
// runs past its end.
func ComputeDay(blocks []Block, t DayTimes) Schedule {
	var s Schedule
	now := t.AMStart
	for i, b := range blocks {
		tb := Timed{Block: b}
		if now >= t.AMEnd && now < t.PMStart {
			now, tb.Lunch = t.PMStart, true
		}
		tb.Start = now
		tb.End = now + Clock(b.Minutes)
		if tb.Start < t.AMEnd && tb.End > t.AMEnd {
			s.Warnings = append(s.Warnings, Warning{Kind: WarnIntoLunch, Block: i, Over: int(tb.End - t.AMEnd)})
		}
		now = tb.End
		s.Total += b.Minutes
		s.Blocks = append(s.Blocks, tb)
	}
	if now > t.PMEnd {
		s.Warnings = append(s.Warnings, Warning{Kind: WarnPastEnd, Block: len(blocks) - 1, Over: int(now - t.PMEnd)})
	}
	if len(blocks) > 0 {
		s.Gaps = gaps(now, t)
	}
	return s
}

// gaps are the planned times left after a day's last block, which ends at
// end: the rest of the morning and the whole afternoon, or the rest of the
// afternoon.
func gaps(end Clock, t DayTimes) []Gap {
	var out []Gap
	if end < t.AMEnd {
		out = append(out, Gap{end, t.AMEnd})
		end = t.PMStart
	}
	end = max(end, t.PMStart)
	if end < t.PMEnd {
		out = append(out, Gap{end, t.PMEnd})
	}
	return out
}

// Move moves block i of a day by delta places (−1 up, +1 down), as the
// agenda's up and down buttons and drag and drop do.
func Move(blocks []Block, i, to int) []Block {
	if i < 0 || i >= len(blocks) || to < 0 || to >= len(blocks) || i == to {
		return blocks
	}
	b := blocks[i]
	out := append(append([]Block{}, blocks[:i]...), blocks[i+1:]...)
	out = append(out[:to], append([]Block{b}, out[to:]...)...)
	return out
}

// FromPlan builds a half-day of blocks from a module's guide plan: a row
// with a part becomes that part, a row without one a break when it is
// called so, else a custom block titled with the activity.
func FromPlan(module int, p course.Plan, breakWords []string) []Block {
	var out []Block
	for i, st := range p.Steps {
		switch {
		case st.Part != "":
			out = append(out, Block{Kind: BlockPart, Module: module, Part: st.Part, Title: st.Activity, Minutes: st.Minutes, Step: i + 1})
		case isBreak(st.Activity, breakWords):
			out = append(out, Block{Kind: BlockBreak, Title: st.Activity, Minutes: st.Minutes, Step: i + 1})
		default:
			out = append(out, Block{Kind: BlockCustom, Module: module, Title: st.Activity, Minutes: st.Minutes, Step: i + 1})
		}
	}
	return out
}

// BreakWords name a break in each content language, as guides write it.
var BreakWords = []string{"pause", "break", "pausa", "descanso", "café", "coffee", "caffè"}

func isBreak(activity string, words []string) bool {
	a := course.Fold(activity)
	for _, w := range words {
		if a == w || len(a) < 40 && containsWord(a, course.Fold(w)) {
			return true
		}
	}
	return false
}

func containsWord(s, w string) bool {
	for _, f := range course.Words(s) {
		if f == w {
			return true
		}
	}
	return false
}

// ModulePlan returns the ready half-day a module offers: its guide's timed
// plan in lang turned into blocks. A trainer's own module rarely has a plan
// table, and a customised guide may have lost it: such a module gets one
// block per written part instead (fallbackPlan). A bundled guide whose table
// is there but wrong stays an error, so that a content defect shows.
func ModulePlan(m *course.Module, lang string) ([]Block, error) {
	src := m.Text(lang, course.Guide)
	if src == "" && !m.Own() {
		return nil, fmt.Errorf("module %02d has no trainer's guide in %s", m.Number, lang)
	}
	doc := course.ParseString(src)
	if doc.FirstTable() == nil {
		return fallbackPlan(m, lang), nil
	}
	p, err := course.ParsePlan(doc, lang)
	if err != nil {
		if m.Own() {
			return fallbackPlan(m, lang), nil
		}
		return nil, fmt.Errorf("module %02d guide plan: %w", m.Number, err)
	}
	return FromPlan(m.Number, p, BreakWords), nil
}

// fallbackPlan gives each written part (the guide aside: it is the
// trainer's) a block, sharing the module's duration in steps of 5 minutes,
// the earlier parts taking the remainder. Parts written in lang come first
// choice, then parts written in any language, then the four handout parts
// of a module not written yet, so that a new module can be planned at once.
func fallbackPlan(m *course.Module, lang string) []Block {
	parts := writtenParts(m, []string{lang})
	if len(parts) == 0 {
		parts = writtenParts(m, course.Languages)
	}
	if len(parts) == 0 {
		parts = course.HandoutParts
	}
	total := m.Duration
	if total <= 0 {
		total = 210
	}
	unit := 5
	if total%unit != 0 || total < unit*len(parts) {
		unit = 1
	}
	steps, n := total/unit, len(parts)
	var out []Block
	for i, p := range parts {
		share := steps / n
		if i < steps%n {
			share++
		}
		if share == 0 { // a duration shorter than the parts: fewer blocks
			continue
		}
		out = append(out, Block{Kind: BlockPart, Module: m.Number, Part: p, Minutes: share * unit})
	}
	return out
}

// writtenParts lists the handout parts with text in one of langs.
func writtenParts(m *course.Module, langs []string) []string {
	var out []string
	for _, p := range course.HandoutParts {
		for _, l := range langs {
			if strings.TrimSpace(m.Text(l, p)) != "" {
				out = append(out, p)
				break
			}
		}
	}
	return out
}
