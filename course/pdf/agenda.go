package pdf

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/props"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// AgendaLayout says whom a printed agenda is for.
type AgendaLayout int

// The agenda layouts.
const (
	// AgendaWall prints each day on a page of its own in large type, to pin
	// on the wall of the room.
	AgendaWall AgendaLayout = iota
	// AgendaParticipants prints the whole session on as few pages as
	// readable type allows (one, else two, …), to hand out.
	AgendaParticipants
)

// AgendaOptions are a printed agenda's settings.
type AgendaOptions struct {
	Options
	Layout AgendaLayout
	// Day prints only that day (from 1); 0 prints them all.
	Day int
}

// agendaFloor is the smallest type, in points, the agenda shrinks to, on
// the wall as on the handout: the kit's own smallest print (fontSmall, its
// footers and captions), one point under its tables' 9 pt. A handout is
// read by people of every age and eyesight, often photocopied, and the
// agenda's second lines are grey italics: under 8 pt they stop being
// comfortable to read, so the agenda takes another page instead.
const agendaFloor = 8.0

// agendaSteps are the scales tried, largest first, before the floor.
var agendaSteps = []float64{1, 0.92, 0.85, 0.78, 0.72, 0.66}

// agendaScales are the scales to try for tables of base points: the steps
// down to the floor, and the floor itself.
func agendaScales(base float64) []float64 {
	floor := min(agendaFloor/base, 1)
	var out []float64
	for _, s := range agendaSteps {
		if s > floor+0.005 {
			out = append(out, s)
		}
	}
	return append(out, floor)
}

// scaled is f at scale, never under the agenda's floor (type already
// smaller keeps its size), its line height in proportion.
func (f font) scaled(scale float64) font {
	size := max(f.size*scale, min(f.size, agendaFloor))
	return font{size: size, height: f.height * size / f.size}
}

// wallFont is the type of the wall agenda's tables at full size.
var wallFont = font{size: 13, height: 6.4}

// Agenda prints the agenda alone: for each day its two half-days with
// their times, each block numbered with its times, what it is and its
// minutes, a half-day's overrun in red with the minutes over, as the
// agenda screen shows them. It is the participants' copy: the minutes a
// half-day leaves free, planning figures, print in the trainer's guide
// only. The wall layout gives each day a page, the participants' layout
// puts the session on one page, else two; the type shrinks to keep to
// that, never under 8 pt (agendaFloor), and past it the agenda takes the
// fewest pages it needs. A day that goes on over a page break repeats its
// heading, "(continued)".
func Agenda(w io.Writer, lib *course.Library, s *session.Session, o AgendaOptions) error {
	if lib == nil {
		return fmt.Errorf("no course library")
	}
	if err := checkSession(s); err != nil {
		return err
	}
	if o.Day < 0 || o.Day > len(s.Days) {
		return fmt.Errorf("session %q has no day %d", s.Title, o.Day)
	}
	paper, err := o.paper()
	if err != nil {
		return err
	}
	days := make([]int, 0, len(s.Days))
	for d := range s.Days {
		if o.Day == 0 || o.Day == d+1 {
			days = append(days, d)
		}
	}
	d, _, err := fitAgenda(lib, s, days, o, paper)
	if err != nil {
		return err
	}
	return d.write(w)
}

// fitAgenda lays the agenda out on the fewest pages it can have with type
// no smaller than the floor, at the largest scale that keeps to them: one
// page per day on the wall, else one more at a time; one page for
// participants, else two, and so on. It returns the scale it chose.
func fitAgenda(lib *course.Library, s *session.Session, days []int, o AgendaOptions, paper Paper) (*doc, float64, error) {
	base := fontCell.size
	target := 1
	if o.Layout == AgendaWall {
		base, target = wallFont.size, len(days)
	}
	scales := agendaScales(base)
	for last := math.MaxInt; target <= last; target++ {
		for _, scale := range scales {
			d, err := layoutAgenda(lib, s, days, o, paper, scale)
			if err != nil {
				return nil, 0, err
			}
			if len(d.pages) <= target {
				return d, scale, nil
			}
			if scale == scales[len(scales)-1] {
				last = len(d.pages) // the floor's count, which fits
			}
		}
	}
	return nil, 0, fmt.Errorf("the agenda of %q did not fit its pages", s.Title) // not reached
}

// layoutAgenda lays the agenda out with type scaled by scale.
func layoutAgenda(lib *course.Library, s *session.Session, days []int, o AgendaOptions, paper Paper, scale float64) (*doc, error) {
	lang := sessionLang(s)
	d, err := newDoc(paper, false, lang)
	if err != nil {
		return nil, err
	}
	body := bodyOf(s, o.Org)
	d.title, d.kind, d.report = s.Title, d.l.T("pdf_agenda"), o.Report
	d.footer = d.footerText(body)
	r := &renderer{doc: d}
	sc := func(f font) font { return f.scaled(scale) }
	if o.Layout == AgendaWall {
		d.bare = true // a poster: no running header nor page numbers
		r.brief = true
		a := r.newAgendaPrint(lib, s, days, sc(wallFont), false)
		for _, day := range days {
			d.newPage()
			// Each page a poster of its own: the session's title over the
			// day's, on the pages the day goes on to as well.
			title := r.text(plain(r.detail(s.Title, FieldTitle), bold, &colorAccent), sc(fontTitle), 0, left)
			head := append(slices.Clip(title), r.text(plain(dayTitle(r, s, day), bold, nil), sc(fontSubtitle), 0, left)...)
			head = append(head, r.agendaDetails(s, sc(fontBody))...)
			head = append(head, space(4*scale))
			cont := append(slices.Clip(title), r.text(plain(dayContinued(r, s, day), bold, nil), sc(fontSubtitle), 0, left)...)
			cont = append(cont, space(4*scale))
			r.agendaDay(a, day, head, cont)
		}
		return d, nil
	}
	d.headless = true
	r.para(plain(r.detail(s.Title, FieldTitle), bold, &colorAccent), sc(fontH[1]), 0, left)
	r.para(plain(sessionDates(d.l, s), regular, &colorMuted), sc(fontBody), 0, left)
	r.addAll(r.agendaDetails(s, sc(fontSmall)))
	a := r.newAgendaPrint(lib, s, days, sc(fontCell), false)
	for _, day := range days {
		r.gap(3 * scale)
		head := append(r.text(plain(dayTitle(r, s, day), bold, &colorAccent), sc(fontH[3]), 0, left), space(1))
		cont := append(r.text(plain(dayContinued(r, s, day), bold, &colorAccent), sc(fontH[3]), 0, left), space(1))
		r.agendaDay(a, day, head, cont)
	}
	return d, nil
}

// agendaDays prints every day of the session as the handout and the
// trainer's guide show it: each day's heading and half-day times, then its
// tables, on one grid; the guide's with each half-day's free minutes.
func (r *renderer) agendaDays(lib *course.Library, s *session.Session) {
	all := make([]int, len(s.Days))
	for i := range all {
		all[i] = i
	}
	a := r.newAgendaPrint(lib, s, all, fontCell, !r.handout)
	for i, t := range s.Days {
		r.gap(4.5) // a level-2 heading's space above
		head := r.text(plain(dayTitle(r, s, i), bold, &colorAccent), fontH[2], 0, left)
		head = append(head, space(2))
		head = append(head, r.text(plain(halfDays(r.l, t), regular, &colorMuted), fontBody, 0, left)...)
		head = append(head, space(1.5))
		cont := append(r.text(plain(dayContinued(r, s, i), bold, &colorAccent), fontH[2], 0, left), space(2))
		r.agendaDay(a, i, head, cont)
		r.gap(4)
	}
}

// dayTitle is "Day 1 — Monday 11 January 2027".
func dayTitle(r *renderer, s *session.Session, day int) string {
	return r.l.Tf("pdf_day", map[string]any{"N": day + 1}) + " — " + dateText(r.l, s.Date(day), true)
}

// dayContinued is the day's title on the pages it goes on to: "Day 1 —
// Monday 11 January 2027 (continued)".
func dayContinued(r *renderer, s *session.Session, day int) string {
	return r.l.Tf("pdf_agenda_day_continued", map[string]any{"Day": dayTitle(r, s, day)})
}

// agendaDetails is the place and the trainers, on one muted line.
func (r *renderer) agendaDetails(s *session.Session, f font) []block {
	var parts []string
	if s.Place != "" {
		parts = append(parts, r.detail(s.Place, FieldPlace))
	}
	if len(s.Trainers) > 0 {
		parts = append(parts, labelValue(r.l, trainersLabel(r.l, len(s.Trainers)), r.detail(strings.Join(s.Trainers, ", "), FieldTrainers)))
	}
	if len(parts) == 0 {
		return nil
	}
	return r.text(plain(strings.Join(parts, " · "), regular, &colorMuted), f, 0, left)
}

// agendaPrint is what the days of one printed agenda share: their type,
// whose copy it is, and the columns of every half-day's table, so that
// the tables of every page line up and a column is as wide as its widest
// cell, on one line, in any of them.
type agendaPrint struct {
	lib *course.Library
	s   *session.Session
	f   font
	// planning is the trainer's copy: each half-day's free minutes, "full"
	// and the time left unscheduled, which participants have no use for.
	planning bool
	units    []int
}

// agendaAligns are the columns' alignments: number, times, activity,
// minutes.
var agendaAligns = []align{right, left, left, right}

// newAgendaPrint measures the tables of days in type f for one grid: the
// number, the times and the minutes each as wide as their widest cell on
// one line (a status in a header may wrap at its spaces), the activity
// the rest.
func (r *renderer) newAgendaPrint(lib *course.Library, s *session.Session, days []int, f font, planning bool) *agendaPrint {
	a := &agendaPrint{lib: lib, s: s, f: f, planning: planning}
	var need [4]float64
	fit := func(i int, w float64) { need[i] = max(need[i], w+2*cellPadX+0.4) }
	for _, day := range days {
		if day >= len(s.Agenda) || len(s.Agenda[day]) == 0 {
			continue
		}
		for _, h := range session.ComputeDay(s.Agenda[day], s.Days[day]).Halves() {
			header, rows := r.halfCells(a, h)
			_, w := r.m.measureCell(header[1], f)
			fit(1, w)
			w, _ = r.m.measureCell(header[3], f)
			fit(3, w)
			for _, row := range rows {
				for _, i := range []int{0, 1, 3} {
					_, w := r.m.measureCell(row[i], f)
					fit(i, w)
				}
			}
		}
	}
	a.units = make([]int, 4)
	left := grid
	for _, i := range []int{0, 1, 3} {
		u := int(math.Ceil(need[i] / r.width() * grid))
		a.units[i] = u
		left -= u
	}
	a.units[2] = left
	return a
}

// agendaDay prints one day: head, its heading's rows, which stay on the
// page of the day's first rows; then its half-days, each a table headed
// by its times, its name and how it stands, the lunch break between them,
// and its warnings. Each page the day goes on to starts with cont, its
// heading again. A day without blocks says so.
func (r *renderer) agendaDay(a *agendaPrint, day int, head, cont []block) {
	var blocks []session.Block
	if day < len(a.s.Agenda) {
		blocks = a.s.Agenda[day]
	}
	f := a.f
	if len(blocks) == 0 {
		empty := r.text(plain(r.l.T("pdf_day_empty"), italic, &colorMuted), f, 0, left)
		r.ensure(height(head) + height(empty) + 0.05)
		r.addAll(head)
		r.addAll(empty)
		return
	}
	t := a.s.Days[day]
	sched := session.ComputeDay(blocks, t)
	halves := sched.Halves()
	tables := make([]*gridTable, len(halves))
	for i, h := range halves {
		header, rows := r.halfCells(a, h)
		tables[i] = r.agendaTable(a, header, rows)
	}
	// The heading with the first table's header and first lines (as many
	// as place keeps together): a heading never ends a page.
	first := tables[0]
	need := height(head) + first.rowHeight(lineCount(first.header))
	if len(first.rows) > 0 {
		need += first.rowHeight(min(lineCount(first.rows[0]), 3))
	}
	r.ensure(need + 0.05)
	r.addAll(head)
	top := r.top
	r.top = cont
	defer func() { r.top = top }()
	for i, h := range halves {
		if h.Half == session.PM {
			r.gap(1.5)
			// The lunch break stays with the afternoon's first rows.
			r.keep(1)
			lunch := fmt.Sprintf("%s–%s  %s", t.AMEnd, t.PMStart, r.l.T("pdf_lunch"))
			for _, b := range r.text(plain(lunch, italic, &colorMuted), f, 0, center) {
				r.addKept(b.h, b.r)
			}
			r.add(1.5, space(1.5).r)
		}
		tables[i].place(r.doc)
	}
	for _, w := range sched.Warnings {
		msg := r.l.Tf("pdf_warn_end", map[string]any{"Over": w.Over})
		if w.Kind == session.WarnIntoLunch {
			msg = r.l.Tf("pdf_warn_lunch", map[string]any{"Block": w.Block + 1, "Over": w.Over})
		}
		r.gap(1)
		r.para([]span{{text: "⚠ ", st: bold, color: &colorWarn}, {text: msg, st: italic, color: &colorWarn}}, f, 0, left)
	}
}

// agendaTable wraps a half-day's cells on the agenda's grid.
func (r *renderer) agendaTable(a *agendaPrint, header [][]span, rows [][][]span) *gridTable {
	t := &gridTable{f: a.f, headSt: styleHead, bodySt: styleBody, aligns: agendaAligns, units: a.units}
	for _, u := range a.units {
		t.widths = append(t.widths, r.colWidth(u))
	}
	m := r.m.forCells()
	wrap := func(cells [][]span) [][]line {
		out := make([][]line, len(a.units))
		for i := range out {
			out[i] = m.wrap(cells[i], a.f, t.widths[i]-2*cellPadX)
		}
		return out
	}
	t.header = wrap(header)
	for _, c := range rows {
		t.rows = append(t.rows, wrap(c))
	}
	return t
}

// minutes is "25 min", never broken between its number and unit.
func minutes(n int) string { return fmt.Sprintf("%d\u00a0min", n) }

// halfCells are one half-day's table: number, times, activity, minutes.
// Its header carries the half-day's times and name, and its overrun in
// red; a block that ends late has its times in red. On the trainer's copy
// the header also says how many minutes are free ("full" when none) and
// free time closes the table as unscheduled time; on the participants'
// a half-day that ends early is headed by the times it really takes.
func (r *renderer) halfCells(a *agendaPrint, h session.HalfSchedule) (header [][]span, rows [][][]span) {
	l := r.l
	name := l.T("pdf_morning")
	if h.Half == session.PM {
		name = l.T("pdf_afternoon")
	}
	end := h.End
	status := plain("", italic, &colorMuted)
	switch over := h.Overflow(); {
	case over > 0:
		status = plain(l.Tf("pdf_agenda_over", map[string]any{"N": over}), bold, &colorWarn)
	case !a.planning:
		if len(h.Blocks) > 0 {
			end = h.Finish()
		}
	case h.Free() == 0 && len(h.Blocks) > 0:
		status = plain(l.T("pdf_agenda_full"), italic, &colorMuted)
	default:
		status = plain(l.Tf("pdf_agenda_free", map[string]any{"N": h.Free()}), italic, &colorMuted)
	}
	header = [][]span{plain("", bold, nil), plain(fmt.Sprintf("%s–%s", h.Start, end), bold, nil), plain(name, bold, nil), status}
	for _, b := range h.Blocks {
		var timeColor *props.Color
		if b.Over {
			timeColor = &colorWarn
		}
		rows = append(rows, [][]span{
			plain(fmt.Sprint(b.N), regular, &colorMuted),
			plain(fmt.Sprintf("%s–%s", b.Start, b.End), regular, timeColor),
			r.agendaActivity(a.lib, b.Block),
			plain(minutes(b.Minutes), regular, nil),
		})
	}
	if free := h.Free(); a.planning && free > 0 && len(h.Blocks) > 0 {
		rows = append(rows, [][]span{
			plain("", regular, nil),
			plain(fmt.Sprintf("%s–%s", h.Finish(), h.End), italic, &colorMuted),
			plain(l.T("pdf_free_time"), italic, &colorMuted),
			plain(minutes(free), italic, &colorMuted),
		})
	}
	if len(h.Blocks) == 0 {
		rows = append(rows, [][]span{plain("", regular, nil), plain("", regular, nil), plain(l.T("pdf_agenda_half_empty"), italic, &colorMuted), plain("", regular, nil)})
	}
	return header, rows
}

// agendaActivity is a block's text in the agenda: on the wall its title
// and notes alone, in large type (briefActivity); elsewhere with the
// module and part under the title (activity).
func (r *renderer) agendaActivity(lib *course.Library, b session.Block) []span {
	if !r.brief {
		return activity(lib, r.lang, r.l, b)
	}
	t := b.Title
	switch {
	case t == "" && b.Kind == session.BlockBreak:
		t = r.l.T("pdf_break")
	case t == "" && b.Kind == session.BlockPart:
		t = partName(r.lang, b.Part)
		if m := lib.Module(b.Module); m != nil {
			t = m.TitleIn(r.lang) + " · " + t
		}
	}
	out := []span{{text: t, st: bold}}
	if b.Kind == session.BlockBreak {
		out = plain(t, italic, &colorMuted)
	}
	if d := strings.TrimSpace(b.Description); d != "" {
		out = append(out, span{text: "\n"}, span{text: d, st: regular})
	}
	return out
}
