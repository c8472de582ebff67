package pdf

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/props"

	"github.com/socialtech/trainerkit/course/session"
)

// Heights on the attendance sheet, in millimetres.
const (
	signRow     = 9.0  // a participant's row: room to sign
	trainerSign = 16.0 // the trainer's signature boxes
)

// AttendanceSheet prints the sign-in sheet (feuille d'émargement) funders
// check: for each day, in landscape, the session's details, a row per
// participant in the order given with a box to sign each half-day, and the
// trainer's signature for each half-day at the foot of every page. A long
// list continues on further pages under the same heading; without
// participants, numbered blank rows fill a page to write names by hand.
func AttendanceSheet(w io.Writer, s *session.Session, participants []session.Participant, opts Options) error {
	if err := checkSession(s); err != nil {
		return err
	}
	paper, err := opts.paper()
	if err != nil {
		return err
	}
	d, err := newDoc(paper, true, sessionLang(s))
	if err != nil {
		return err
	}
	l := d.l
	d.title, d.kind, d.footer = s.Title, l.T("pdf_doc_attendance"), bodyLine(s.Body)
	// Columns: number, last name, first name, organisation, two signatures.
	W := d.width()
	sig := math.Round(W * 0.22)
	widths := []float64{11, 0, 0, 0, sig, sig}
	rest := W - widths[0] - 2*sig
	widths[1], widths[2], widths[3] = rest*0.36, rest*0.29, 0
	widths[3] = rest - widths[1] - widths[2]
	t := &gridTable{f: fontCell, bodySt: styleBody, headSt: styleHead}
	unitsLeft := grid
	for i, wd := range widths {
		u := d.units(wd)
		if i == len(widths)-1 {
			u = unitsLeft
		}
		unitsLeft -= u
		t.units = append(t.units, u)
		t.widths = append(t.widths, d.colWidth(u))
	}
	t.aligns = []align{right, left, left, left, left, left}
	for day := range s.Days {
		d.finish()
		d.top = attendanceTop(d, t, s, day)
		d.bottom = trainerBox(d, t, s, day)
		if len(participants) == 0 {
			n := opts.BlankRows
			if n <= 0 {
				n = int(d.room() / signRow)
			}
			for i := range n {
				r, h := t.makeRow(t.cells(d, fmt.Sprint(i+1), "", "", ""), 0, 1, t.bodySt, signRow)
				d.add(h, r)
			}
			continue
		}
		for i, p := range participants {
			cells := t.cells(d, fmt.Sprint(i+1), p.LastName, p.FirstName, p.Organisation)
			r, h := t.makeRow(cells, 0, lineCount(cells), t.bodySt, signRow)
			d.add(h, r)
		}
	}
	d.finish()
	d.top, d.bottom = nil, nil
	return d.write(w)
}

// cells wraps a participant's row; the signature cells stay empty.
func (t *gridTable) cells(d *doc, num, last, first, org string) [][]line {
	out := make([][]line, len(t.units))
	for i, s := range []string{num, last, first, org} {
		st := regular
		if i == 1 {
			st = bold
		}
		out[i] = d.m.wrap(plain(s, st, nil), t.f, t.widths[i]-2*cellPadX)
	}
	out[4], out[5] = []line{{}}, []line{{}}
	return out
}

// attendanceTop is the heading repeated on every page of a day: what the
// sheet is, the day, the mentions funders check, and the column headers.
func attendanceTop(d *doc, t *gridTable, s *session.Session, day int) []block {
	l := d.l
	W := d.width()
	times := s.Days[day]
	var out []block

	// Title on the left, the day on the right.
	tf := font{size: 14, height: 7.5}
	title := line{runs: []run{{text: d.kind, st: bold, color: &colorAccent}}}
	title.w = d.m.width(d.kind, bold, tf.size)
	dayText := l.Tf("pdf_day_of", map[string]any{"N": day + 1, "Total": len(s.Days)}) + " — " + dateText(l, s.Date(day), true)
	dayText = d.m.truncate(dayText, bold, fontSubtitle.size, W-title.w-10)
	dl := line{runs: []run{{text: dayText, st: bold}}, w: d.m.width(dayText, bold, fontSubtitle.size)}
	comps := title.components(tf, 0, W, 0, left)
	comps = append(comps, dl.components(fontSubtitle, 0, W, (tf.height-fontSubtitle.height)/2+0.4, right)...)
	out = append(out, block{tf.height + 1, row.New(tf.height + 1).Add(col.New().Add(comps...))})

	// The mentions, in two shaded columns.
	f := fontCell
	pad := 1.8
	half := grid / 2
	hw := d.colWidth(half)
	labelled := func(label, value string) []span {
		return []span{{text: labelValue(l, label, ""), st: bold, color: &colorMuted}, {text: " " + value, st: regular}}
	}
	leftSide := [][]span{
		labelled(l.T("pdf_training"), s.Title),
		labelled(l.T("pdf_dates"), sessionDates(l, s)),
		labelled(l.T("pdf_times"), halfDays(l, times)),
	}
	rightSide := [][]span{
		labelled(l.T("pdf_body"), bodyLine(s.Body)),
		labelled(trainersLabel(l, len(s.Trainers)), strings.Join(s.Trainers, ", ")),
		labelled(l.T("pdf_place"), s.Place),
	}
	side := func(items [][]span) ([]core.Component, int) {
		var comps []core.Component
		n := 0
		for _, it := range items {
			for _, ln := range d.m.wrap(it, f, hw-2*pad-2) {
				comps = append(comps, ln.components(f, pad, hw, pad+float64(n)*f.height, left)...)
				n++
			}
		}
		return comps, n
	}
	lc, ln := side(leftSide)
	rc, rn := side(rightSide)
	h := float64(max(ln, rn))*f.height + 2*pad
	shade := &props.Cell{BackgroundColor: &colorShade}
	out = append(out, block{h, row.New(h).Add(col.New(half).WithStyle(shade).Add(lc...), col.New(grid-half).WithStyle(shade).Add(rc...))})
	out = append(out, space(2.5))

	// Column headers.
	ampm := func(key, from, to string) []span {
		return []span{{text: key, st: bold}, {text: "\n"}, {text: from + "–" + to, st: regular, color: &colorMuted}}
	}
	header := [][]span{
		plain(l.T("pdf_col_number"), bold, nil),
		plain(l.T("pdf_col_last_name"), bold, nil),
		plain(l.T("pdf_col_first_name"), bold, nil),
		plain(l.T("pdf_col_organisation"), bold, nil),
		ampm(l.T("pdf_sign_am"), times.AMStart.String(), times.AMEnd.String()),
		ampm(l.T("pdf_sign_pm"), times.PMStart.String(), times.PMEnd.String()),
	}
	cells := make([][]line, len(header))
	for i, c := range header {
		cells[i] = d.m.wrap(c, t.f, t.widths[i]-2*cellPadX)
	}
	r, hh := t.makeRow(cells, 0, lineCount(cells), t.headSt, 0)
	out = append(out, block{hh, r})
	return out
}

// trainerBox is the foot of every page: the trainer signs each half-day.
func trainerBox(d *doc, t *gridTable, s *session.Session, day int) []block {
	l := d.l
	lead := t.units[0] + t.units[1] + t.units[2] + t.units[3]
	lw := d.colWidth(lead)
	spans := []span{{text: l.T("pdf_trainer_signature"), st: bold}}
	if len(s.Trainers) > 0 {
		spans = append(spans, span{text: "\n"}, span{text: strings.Join(s.Trainers, ", "), st: regular, color: &colorMuted})
	}
	var comps []core.Component
	for i, ln := range d.m.wrap(spans, t.f, lw-2*cellPadX) {
		comps = append(comps, ln.components(t.f, cellPadX, lw, cellPadY+float64(i)*t.f.height, left)...)
	}
	times := s.Days[day]
	caption := func(key string, from, to fmt.Stringer) []core.Component {
		txt := key + " " + from.String() + "–" + to.String()
		ln := line{runs: []run{{text: txt, st: italic, color: &colorMuted}}}
		return ln.components(fontSmall, cellPadX, 0, cellPadY, left)
	}
	r := row.New(trainerSign).Add(
		col.New(lead).WithStyle(styleHead).Add(comps...),
		col.New(t.units[4]).WithStyle(styleBody).Add(caption(l.T("pdf_morning"), times.AMStart, times.AMEnd)...),
		col.New(t.units[5]).WithStyle(styleBody).Add(caption(l.T("pdf_afternoon"), times.PMStart, times.PMEnd)...),
	)
	return []block{space(3), {trainerSign, r}}
}
