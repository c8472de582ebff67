package session

import (
	"fmt"
	"strings"
	"time"

	"github.com/socialtech/trainerkit/course"
)

// Halves are the two half-days of a day, in order.
var Halves = []Half{AM, PM}

// Bounds are a half-day's start and end.
func (d DayTimes) Bounds(h Half) (start, end Clock) {
	if h == PM {
		return d.PMStart, d.PMEnd
	}
	return d.AMStart, d.AMEnd
}

// String writes the times as the settings keep them: "09:00-12:30 13:30-17:00".
func (d DayTimes) String() string {
	return fmt.Sprintf("%s-%s %s-%s", d.AMStart, d.AMEnd, d.PMStart, d.PMEnd)
}

// ParseDayTimes reads what DayTimes.String writes (any clock ParseClock
// reads, separated by spaces, commas, dashes or en dashes) and checks the
// times are in order.
func ParseDayTimes(s string) (DayTimes, error) {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '-' || r == '–' || r == ';' })
	if len(f) != 4 {
		return DayTimes{}, fmt.Errorf("%q is not four times of day (09:00-12:30 13:30-17:00)", s)
	}
	var c [4]Clock
	for i, x := range f {
		var err error
		if c[i], err = ParseClock(x); err != nil {
			return DayTimes{}, err
		}
	}
	d := DayTimes{AMStart: c[0], AMEnd: c[1], PMStart: c[2], PMEnd: c[3]}
	return d, d.Validate()
}

// SetTimes gives every day the same half-day times: a new session takes
// the trainer's default ones.
func (s *Session) SetTimes(t DayTimes) {
	for i := range s.Days {
		s.Days[i] = t
	}
}

// Anchor gives each block without a half-day (a session saved before
// half-days existed) the half-day in which the old flowing schedule started
// it: blocks ran one after the other from the morning's start, and a block
// that would have started during lunch started after it. Blocks that have
// a half-day keep it. The result lists the morning's blocks then the
// afternoon's, each in its order; the input is not changed.
func Anchor(day []Block, t DayTimes) []Block {
	needs, ordered := false, true
	for i, b := range day {
		needs = needs || b.Half == ""
		ordered = ordered && !(i > 0 && day[i-1].Half == PM && b.Half != PM)
	}
	if !needs && ordered {
		return day
	}
	out := make([]Block, 0, len(day))
	now := t.AMStart
	for _, b := range day {
		if now >= t.AMEnd && now < t.PMStart {
			now = t.PMStart
		}
		if b.Half == "" {
			b.Half = AM
			if now >= t.PMStart {
				b.Half = PM
			}
		}
		now += Clock(b.Minutes)
		out = append(out, b)
	}
	am, pm := Split(out)
	return append(am, pm...)
}

// AnchorAll anchors every day of the session (Anchor) and reports whether
// any block got a half-day: what the storage migration runs on the
// sessions of older files.
func (s *Session) AnchorAll() bool {
	changed := false
	for d := range s.Agenda {
		t := DefaultDayTimes
		if d < len(s.Days) {
			t = s.Days[d]
		}
		day := s.Agenda[d]
		for _, b := range day {
			changed = changed || b.Half == ""
		}
		s.Agenda[d] = Anchor(day, t)
	}
	return changed
}

// Split returns a day's morning and afternoon blocks, in their order, as
// new slices.
func Split(day []Block) (am, pm []Block) {
	for _, b := range day {
		if b.Half == PM {
			pm = append(pm, b)
		} else {
			am = append(am, b)
		}
	}
	return am, pm
}

// join is a day from its two half-days, each block marked with its own.
func join(am, pm []Block) []Block {
	out := make([]Block, 0, len(am)+len(pm))
	for _, b := range am {
		b.Half = AM
		out = append(out, b)
	}
	for _, b := range pm {
		b.Half = PM
		out = append(out, b)
	}
	return out
}

// Pos is a place in the agenda: a day (0-based), a half-day and an index
// among that half-day's blocks.
type Pos struct {
	Day   int
	Half  Half
	Index int
}

// HalfBlocks is a copy of the blocks of one half-day.
func (s *Session) HalfBlocks(day int, h Half) []Block {
	if day < 0 || day >= len(s.Agenda) {
		return nil
	}
	am, pm := Split(s.Agenda[day])
	if h == PM {
		return pm
	}
	return am
}

// setHalf replaces the blocks of one half-day.
func (s *Session) setHalf(day int, h Half, blocks []Block) {
	am, pm := Split(s.Agenda[day])
	if h == PM {
		pm = blocks
	} else {
		am = blocks
	}
	s.Agenda[day] = join(am, pm)
}

// valid reports whether p names a day of the session and a half-day.
func (s *Session) valid(p Pos) bool {
	return p.Day >= 0 && p.Day < len(s.Agenda) && (p.Half == AM || p.Half == PM)
}

// Block returns the block at p.
func (s *Session) Block(p Pos) (Block, bool) {
	bs := s.HalfBlocks(p.Day, p.Half)
	if !s.valid(p) || p.Index < 0 || p.Index >= len(bs) {
		return Block{}, false
	}
	return bs[p.Index], true
}

// Insert puts b at p (an index past the end appends) and returns where it
// went.
func (s *Session) Insert(p Pos, b Block) (Pos, bool) {
	if !s.valid(p) {
		return p, false
	}
	bs := s.HalfBlocks(p.Day, p.Half)
	p.Index = min(max(p.Index, 0), len(bs))
	b.Half = p.Half
	bs = append(bs[:p.Index], append([]Block{b}, bs[p.Index:]...)...)
	s.setHalf(p.Day, p.Half, bs)
	return p, true
}

// Append puts b at the end of a half-day.
func (s *Session) Append(day int, h Half, b Block) (Pos, bool) {
	return s.Insert(Pos{Day: day, Half: h, Index: len(s.HalfBlocks(day, h))}, b)
}

// Remove takes out the block at p and returns it.
func (s *Session) Remove(p Pos) (Block, bool) {
	b, ok := s.Block(p)
	if !ok {
		return b, false
	}
	bs := s.HalfBlocks(p.Day, p.Half)
	s.setHalf(p.Day, p.Half, append(bs[:p.Index], bs[p.Index+1:]...))
	return b, true
}

// Update changes the block at p with fn (its half-day stays).
func (s *Session) Update(p Pos, fn func(*Block)) bool {
	if _, ok := s.Block(p); !ok {
		return false
	}
	bs := s.HalfBlocks(p.Day, p.Half)
	fn(&bs[p.Index])
	s.setHalf(p.Day, p.Half, bs)
	return true
}

// Duplicate puts a copy of the block at p right after it.
func (s *Session) Duplicate(p Pos) (Pos, bool) {
	b, ok := s.Block(p)
	if !ok {
		return p, false
	}
	return s.Insert(Pos{Day: p.Day, Half: p.Half, Index: p.Index + 1}, b)
}

// MoveBlock moves the block at from to the place to, whose Index counts the
// destination's blocks as they are before the move (a drop between two
// rows): the block lands before the block that was at to.Index. It
// returns where the block is afterwards.
func (s *Session) MoveBlock(from, to Pos) (Pos, bool) {
	if !s.valid(to) {
		return from, false
	}
	b, ok := s.Remove(from)
	if !ok {
		return from, false
	}
	if from.Day == to.Day && from.Half == to.Half && to.Index > from.Index {
		to.Index--
	}
	return s.Insert(to, b)
}

// Step is where the up (−1) or down (+1) button sends the block at p: the
// place before or after it in its half-day, or at the edge of a half-day
// the end of the half-day before or the start of the one after, across
// days too. It returns false at the very start or end of the agenda.
func (s *Session) Step(p Pos, delta int) (Pos, bool) {
	n := len(s.HalfBlocks(p.Day, p.Half))
	to := p
	to.Index += delta
	if to.Index >= 0 && to.Index < n {
		if delta > 0 {
			to.Index++ // MoveBlock counts the places before the move
		}
		return to, true
	}
	// Into the neighbouring half-day: the afternoon after the morning,
	// the next day's morning after an afternoon.
	k := 2*p.Day + halfIndex(p.Half) + delta
	if k < 0 || k >= 2*len(s.Agenda) {
		return p, false
	}
	to = Pos{Day: k / 2, Half: Halves[k%2]}
	if delta < 0 {
		to.Index = len(s.HalfBlocks(to.Day, to.Half))
	}
	return to, true
}

func halfIndex(h Half) int {
	if h == PM {
		return 1
	}
	return 0
}

// NextFreeHalf is the first half-day, in the order of the days, that has
// no block yet.
func (s *Session) NextFreeHalf() (Pos, bool) {
	for d := range s.Agenda {
		for _, h := range Halves {
			if len(s.HalfBlocks(d, h)) == 0 {
				return Pos{Day: d, Half: h}, true
			}
		}
	}
	return Pos{}, false
}

// PlaceHalfDay puts a module's ready half-day (ModulePlan) into the next
// free half-day, adding a day when every half-day holds blocks, and
// returns where it went.
func (s *Session) PlaceHalfDay(blocks []Block) Pos {
	p, ok := s.NextFreeHalf()
	if !ok {
		s.SetDays(len(s.Days) + 1)
		p = Pos{Day: len(s.Days) - 1, Half: AM}
	}
	for _, b := range blocks {
		s.Append(p.Day, p.Half, b)
	}
	return p
}

// PlaceModules puts each module's ready half-day (ModulePlan in the
// session's language) into the next free half-day, adding days as needed:
// what `session new --modules` and the New session dialog do.
func (s *Session) PlaceModules(lib *course.Library, nums []int) error {
	for _, n := range nums {
		m := lib.Module(n)
		if m == nil {
			return fmt.Errorf("module %d is not in the kit", n)
		}
		blocks, err := ModulePlan(m, s.Lang)
		if err != nil {
			return err
		}
		s.PlaceHalfDay(blocks)
	}
	return nil
}

// DaysFor is the number of days a number of ready half-days needs, one
// half-day each: at least one.
func DaysFor(halfDays int) int { return max(1, (halfDays+1)/2) }

// CloneAgenda is a deep copy of an agenda: what an undo keeps.
func CloneAgenda(a [][]Block) [][]Block {
	if a == nil {
		return nil
	}
	out := make([][]Block, len(a))
	for i, day := range a {
		out[i] = append([]Block(nil), day...)
	}
	return out
}

// Copy is a new session with the same details and agenda under a new ID
// and title, its participants and attendance left behind: "duplicate a
// session".
func (s *Session) Copy(title string) *Session {
	c := *s
	c.ID = NewID()
	c.Title = strings.TrimSpace(title)
	c.Days = append([]DayTimes(nil), s.Days...)
	c.Trainers = append([]string(nil), s.Trainers...)
	c.Agenda = CloneAgenda(s.Agenda)
	c.Created, c.Updated = time.Time{}, time.Time{} // set when it is saved
	return &c
}
