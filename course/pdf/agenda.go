package pdf

import (
	"fmt"
	"io"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/components/row"
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
	// AgendaParticipants prints the whole session on one page, or two
	// when it does not fit, to hand out.
	AgendaParticipants
)

// AgendaOptions are a printed agenda's settings.
type AgendaOptions struct {
	Options
	Layout AgendaLayout
	// Day prints only that day (from 1); 0 prints them all.
	Day int
}

// agendaScales are the type sizes tried, largest first, until the agenda
// fits the pages it is meant for.
var agendaScales = []float64{1, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6}

// Agenda prints the agenda alone: for each day its two half-days with
// their times, each block numbered with its times, what it is and its
// minutes, a half-day's overrun in red with the minutes over and its free
// minutes as unscheduled time, as the agenda screen shows them. The wall
// layout gives each day one page, the participants' layout puts the
// session on one page or two; the type shrinks as far as needed (to 60 %)
// to keep to that.
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
	var best *doc
	for _, target := range agendaTargets(o.Layout, len(days)) {
		for _, scale := range agendaScales {
			d, err := layoutAgenda(lib, s, days, o, paper, scale)
			if err != nil {
				return err
			}
			best = d
			if len(d.pages) <= target {
				return d.write(w)
			}
		}
	}
	return best.write(w) // the smallest type, on however many pages it takes
}

// agendaTargets are the page counts to try for, in order: a page per day on
// the wall; one page, else two, for participants.
func agendaTargets(l AgendaLayout, days int) []int {
	if l == AgendaWall {
		return []int{days}
	}
	return []int{1, 2}
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
	sc := func(f font) font { return font{size: f.size * scale, height: f.height * scale} }
	if o.Layout == AgendaWall {
		d.bare = true // a poster: no running header nor page numbers
		r.brief = true
		for _, day := range days {
			d.newPage()
			r.para(plain(r.detail(s.Title, FieldTitle), bold, &colorAccent), sc(fontTitle), 0, left)
			r.para(plain(dayTitle(r, s, day), bold, nil), sc(fontSubtitle), 0, left)
			r.agendaDetails(s, sc(fontBody))
			r.add(4*scale, row.New(4*scale))
			r.agendaDay(lib, s, day, sc(font{size: 13, height: 6.4}))
		}
		return d, nil
	}
	d.headless = true
	r.para(plain(r.detail(s.Title, FieldTitle), bold, &colorAccent), sc(fontH[1]), 0, left)
	r.para(plain(sessionDates(d.l, s), regular, &colorMuted), sc(fontBody), 0, left)
	r.agendaDetails(s, sc(fontSmall))
	for _, day := range days {
		r.gap(3 * scale)
		r.ensure(sc(fontH[3]).height + 3*sc(fontCell).height)
		r.para(plain(dayTitle(r, s, day), bold, &colorAccent), sc(fontH[3]), 0, left)
		r.add(1, row.New(1))
		r.agendaDay(lib, s, day, sc(fontCell))
	}
	return d, nil
}

// dayTitle is "Day 1 — Monday 11 January 2027".
func dayTitle(r *renderer, s *session.Session, day int) string {
	return r.l.Tf("pdf_day", map[string]any{"N": day + 1}) + " — " + dateText(r.l, s.Date(day), true)
}

// agendaDetails is the place and the trainers, on one muted line.
func (r *renderer) agendaDetails(s *session.Session, f font) {
	var parts []string
	if s.Place != "" {
		parts = append(parts, r.detail(s.Place, FieldPlace))
	}
	if len(s.Trainers) > 0 {
		parts = append(parts, labelValue(r.l, trainersLabel(r.l, len(s.Trainers)), r.detail(strings.Join(s.Trainers, ", "), FieldTrainers)))
	}
	if len(parts) > 0 {
		r.para(plain(strings.Join(parts, " · "), regular, &colorMuted), f, 0, left)
	}
}

// agendaDay prints one day's half-days in type f: each a table headed by
// its times, its name and how it stands (minutes free or over), the lunch
// break between them. A day without blocks says so.
func (r *renderer) agendaDay(lib *course.Library, s *session.Session, day int, f font) {
	var blocks []session.Block
	if day < len(s.Agenda) {
		blocks = s.Agenda[day]
	}
	if len(blocks) == 0 {
		r.para(plain(r.l.T("pdf_day_empty"), italic, &colorMuted), f, 0, left)
		return
	}
	t := s.Days[day]
	sched := session.ComputeDay(blocks, t)
	for _, h := range sched.Halves() {
		if h.Half == session.PM {
			r.add(1.5, row.New(1.5))
			lunch := fmt.Sprintf("%s–%s  %s", t.AMEnd, t.PMStart, r.l.T("pdf_lunch"))
			r.para(plain(lunch, italic, &colorMuted), f, 0, center)
			r.add(1.5, row.New(1.5))
		}
		r.halfTable(lib, h, f)
	}
	for _, w := range sched.Warnings {
		msg := r.l.Tf("pdf_warn_end", map[string]any{"Over": w.Over})
		if w.Kind == session.WarnIntoLunch {
			msg = r.l.Tf("pdf_warn_lunch", map[string]any{"Block": w.Block + 1, "Over": w.Over})
		}
		r.add(1, row.New(1))
		r.para([]span{{text: "⚠ ", st: bold, color: &colorWarn}, {text: msg, st: italic, color: &colorWarn}}, f, 0, left)
	}
}

// halfTable is one half-day as a table: number, times, activity, minutes.
// Its header carries the half-day's times and name, and its free minutes or
// its overrun in red; a block that ends late has its times in red; free
// time closes the table as unscheduled time.
func (r *renderer) halfTable(lib *course.Library, h session.HalfSchedule, f font) {
	l := r.l
	name := l.T("pdf_morning")
	if h.Half == session.PM {
		name = l.T("pdf_afternoon")
	}
	status := plain(l.Tf("pdf_agenda_free", map[string]any{"N": h.Free()}), italic, &colorMuted)
	if h.Free() == 0 && len(h.Blocks) > 0 {
		status = plain(l.T("pdf_agenda_full"), italic, &colorMuted)
	}
	if over := h.Overflow(); over > 0 {
		status = plain(l.Tf("pdf_agenda_over", map[string]any{"N": over}), bold, &colorWarn)
	}
	header := [][]span{plain("", bold, nil), plain(fmt.Sprintf("%s–%s", h.Start, h.End), bold, nil), plain(name, bold, nil), status}
	var rows [][][]span
	for _, b := range h.Blocks {
		var timeColor *props.Color
		if b.Over {
			timeColor = &colorWarn
		}
		rows = append(rows, [][]span{
			plain(fmt.Sprint(b.N), regular, &colorMuted),
			plain(fmt.Sprintf("%s–%s", b.Start, b.End), regular, timeColor),
			r.agendaActivity(lib, b.Block),
			plain(fmt.Sprintf("%d min", b.Minutes), regular, nil),
		})
	}
	if free := h.Free(); free > 0 && len(h.Blocks) > 0 {
		rows = append(rows, [][]span{
			plain("", regular, nil),
			plain(fmt.Sprintf("%s–%s", h.Finish(), h.End), italic, &colorMuted),
			plain(l.T("pdf_free_time"), italic, &colorMuted),
			plain(fmt.Sprintf("%d min", free), italic, &colorMuted),
		})
	}
	if len(h.Blocks) == 0 {
		rows = append(rows, [][]span{plain("", regular, nil), plain("", regular, nil), plain(l.T("pdf_agenda_half_empty"), italic, &colorMuted), plain("", regular, nil)})
	}
	tb := r.layoutTable(header, rows, []align{right, left, left, right}, 0, r.width(), f)
	tb.place(r.doc)
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
