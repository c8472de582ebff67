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

// Block is one timed item of a day's agenda. It belongs to a half-day of
// its day (Half) and starts when the block before it in that half-day ends,
// the first one at the half-day's start.
type Block struct {
	Kind   BlockKind `json:"kind"`
	Module int       `json:"module,omitempty"`
	Part   string    `json:"part,omitempty"`
	Title  string    `json:"title,omitempty"`
	// Description is the block's notes: what a custom block is about, what
	// to bring or prepare; the agenda prints it under the title.
	Description string `json:"description,omitempty"`
	Minutes     int    `json:"minutes"`
	// Step is the row of the module's half-day plan the block was built
	// from, counted from 1 (FromPlan), so that presenting it shows that
	// row's slides; 0 for a block added by hand or stored before steps.
	Step int `json:"step,omitempty"`
	// Half is the half-day the block belongs to. Sessions saved before
	// half-days have none: Anchor gives them one.
	Half Half `json:"half,omitempty"`
}

// Timed is a block with its computed start and end.
type Timed struct {
	Block
	Start, End Clock
	// N is the block's number in its day, from 1: morning then afternoon.
	N int
	// Over is true when the block ends after its half-day's end.
	Over bool
}

// Warning kinds for a day's schedule.
const (
	WarnIntoLunch = "into_lunch" // the morning runs past its end
	WarnPastEnd   = "past_end"   // the afternoon runs past its end
)

// Warning is a half-day that runs past its end: Block is the index in the
// day of its first block that ends late, Over the minutes over.
type Warning struct {
	Kind  string
	Half  Half
	Block int
	Over  int
}

// HalfSchedule is one half-day of a day's agenda: its planned times and its
// blocks, the first starting at Start.
type HalfSchedule struct {
	Half       Half
	Start, End Clock
	// First is the index in the day of the half-day's first block.
	First  int
	Blocks []Timed
	Total  int // minutes of blocks
}

// Finish is when the half-day's last block ends (Start when it has none).
func (h HalfSchedule) Finish() Clock {
	if len(h.Blocks) == 0 {
		return h.Start
	}
	return h.Blocks[len(h.Blocks)-1].End
}

// Overflow is how many minutes the blocks run past the half-day's end.
func (h HalfSchedule) Overflow() int { return max(0, int(h.Finish()-h.End)) }

// Free is how many minutes of the half-day no block fills.
func (h HalfSchedule) Free() int { return max(0, int(h.End-h.Finish())) }

// Schedule is a day's agenda with times, total and warnings.
type Schedule struct {
	AM, PM HalfSchedule
	// Blocks are the morning's then the afternoon's, with their times.
	Blocks   []Timed
	Total    int // minutes of blocks
	Warnings []Warning
	// Gaps are the planned times no block fills: the end of each half-day
	// whose blocks stop early, or the whole of an empty one. A day without
	// blocks has none.
	Gaps []Gap
}

// Halves are the morning and the afternoon, in order.
func (s Schedule) Halves() []HalfSchedule { return []HalfSchedule{s.AM, s.PM} }

// Gap is planned time without a block, from Start to End.
type Gap struct {
	Start, End Clock
}

// Minutes is the gap's length.
func (g Gap) Minutes() int { return int(g.End - g.Start) }

// ComputeDay gives each block of a day its start time: each half-day's
// blocks follow each other from the half-day's start, so the afternoon
// never moves because the morning grew. A half-day whose blocks run past
// its end is a warning; its free minutes are a gap. Blocks without a
// half-day (an old session) are anchored first (Anchor).
func ComputeDay(blocks []Block, t DayTimes) Schedule {
	blocks = Anchor(blocks, t)
	var s Schedule
	s.AM = computeHalf(blocks, AM, t.AMStart, t.AMEnd, 0)
	s.PM = computeHalf(blocks, PM, t.PMStart, t.PMEnd, len(s.AM.Blocks))
	for _, h := range s.Halves() {
		s.Blocks = append(s.Blocks, h.Blocks...)
		s.Total += h.Total
		if over := h.Overflow(); over > 0 {
			kind := WarnIntoLunch
			if h.Half == PM {
				kind = WarnPastEnd
			}
			s.Warnings = append(s.Warnings, Warning{Kind: kind, Half: h.Half, Block: firstOver(h), Over: over})
		}
		if len(blocks) > 0 && h.Free() > 0 {
			s.Gaps = append(s.Gaps, Gap{h.Finish(), h.End})
		}
	}
	return s
}

// computeHalf times the blocks of one half-day from start; first is the
// index in the day of its first block.
func computeHalf(blocks []Block, h Half, start, end Clock, first int) HalfSchedule {
	out := HalfSchedule{Half: h, Start: start, End: end, First: first}
	now := start
	for _, b := range blocks {
		if b.Half != h {
			continue
		}
		tb := Timed{Block: b, Start: now, End: now + Clock(b.Minutes), N: first + len(out.Blocks) + 1}
		tb.Over = tb.End > end
		now = tb.End
		out.Total += b.Minutes
		out.Blocks = append(out.Blocks, tb)
	}
	return out
}

// firstOver is the index in the day of a half-day's first block that ends
// past its end.
func firstOver(h HalfSchedule) int {
	for i, b := range h.Blocks {
		if b.Over {
			return h.First + i
		}
	}
	return h.First + len(h.Blocks) - 1
}

// Move moves block i of a list to position to, as the agenda's up and
// down buttons do within a half-day.
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
