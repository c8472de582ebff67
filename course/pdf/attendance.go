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

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// Heights on the attendance sheet, in millimetres.
const (
	signRow     = 12.0 // a participant's row: room to sign
	trainerSign = 16.0 // the trainer's signature boxes
)

// styleBarred is a signature cell that must stay empty: an absence already
// recorded.
var styleBarred = &props.Cell{BackgroundColor: &colorShade, BorderType: styleBody.BorderType, BorderColor: &colorGrid, BorderThickness: 0.2}

// AttendanceSheet prints the sign-in sheet (feuille d'émargement) funders
// and Qualiopi audits check: for each day, in landscape, the session's and
// the training body's details (declaration number, address, funder and
// file reference, in person or remote), a row per participant in the order
// given with a box to sign each half-day, spare rows for late registrants
// (Options.SpareRows), and at the foot of every page the trainer's
// signature and the count of signatures for each half-day. Absences already
// recorded (Options.Marks) print in their box, shaded, so that nobody signs
// there later. A long list continues on further pages under the same
// heading; without participants, numbered blank rows fill a page to write
// names by hand.
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
	body := bodyOf(s, opts.Org)
	d.title, d.kind, d.report = s.Title, l.T("pdf_doc_attendance"), opts.Report
	d.footer = d.footerText(body)
	t := attendanceGrid(d)
	marks := session.NewIndex(opts.Marks)
	spare := opts.SpareRows
	if spare == 0 {
		spare = DefaultSpareRows
	}
	// Each name is made printable once, not once a day.
	names := make([][3]string, len(participants))
	for i, p := range participants {
		who := p.FullName()
		names[i] = [3]string{
			d.printable(p.LastName, p.ID, who, FieldLastName),
			d.printable(p.FirstName, p.ID, who, FieldFirstName),
			d.printable(p.Organisation, p.ID, who, FieldOrganisation),
		}
	}
	d.headless = true
	for day := range s.Days {
		d.finish()
		// The first page of a day has the whole heading; the next ones a
		// line recalling it above the columns.
		d.top = attendanceTop(d, t, s, day, body)
		d.topRest = attendanceTopNext(d, t, s, day)
		d.bottom = trainerBox(d, t, s, day, len(participants))
		if len(participants) == 0 {
			n := opts.BlankRows
			if n <= 0 {
				n = int(d.room() / signRow)
			}
			for i := range n {
				d.add(t.signatureRow(d, t.cells(d, fmt.Sprint(i+1), "", "", ""), nil))
			}
			continue
		}
		for i, p := range participants {
			cells := t.cells(d, fmt.Sprint(i+1), names[i][0], names[i][1], names[i][2])
			var pre [2]*session.Mark
			for h, half := range []session.Half{session.AM, session.PM} {
				if m, ok := marks.Get(p.ID, day, half); ok {
					pre[h] = &m
				}
			}
			d.add(t.signatureRow(d, cells, pre[:]))
		}
		for i := range max(spare, 0) {
			d.add(t.signatureRow(d, t.cells(d, fmt.Sprint(len(participants)+i+1), "", "", ""), nil))
		}
	}
	d.finish()
	d.top, d.topRest, d.bottom = nil, nil, nil
	return d.write(w)
}

// attendanceGrid lays out the columns: number, last name, first name,
// organisation, and the two signatures.
func attendanceGrid(d *doc) *gridTable {
	W := d.width()
	sig := math.Round(W * 0.22)
	widths := []float64{11, 0, 0, 0, sig, sig}
	rest := W - widths[0] - 2*sig
	widths[1], widths[2] = rest*0.36, rest*0.29
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
	return t
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

// signatureRow draws a participant's row, at least signRow high. A
// half-day already marked absent or excused shows it in its box, shaded; a
// late arrival shows the minutes late in a corner of the box, to sign.
func (t *gridTable) signatureRow(d *doc, cells [][]line, pre []*session.Mark) (float64, core.Row) {
	h := max(t.rowHeight(lineCount(cells)), signRow)
	var cols []core.Col
	for i, c := range cells {
		var comps []core.Component
		for j, ln := range c {
			comps = append(comps, ln.components(t.f, cellPadX, t.widths[i]-2*cellPadX, cellPadY+float64(j)*t.f.height, t.aligns[i])...)
		}
		st := t.bodySt
		if i >= 4 && len(pre) == 2 && pre[i-4] != nil {
			note, barred := markNote(d, *pre[i-4])
			f := fontSmall
			for j, ln := range d.m.wrap(plain(note, italic, &colorMuted), f, t.widths[i]-2*cellPadX) {
				comps = append(comps, ln.components(f, cellPadX, t.widths[i]-2*cellPadX, cellPadY+float64(j)*f.height, left)...)
			}
			if barred {
				st = styleBarred
			}
		}
		cols = append(cols, col.New(t.units[i]).WithStyle(st).Add(comps...))
	}
	return h, row.New(h).Add(cols...)
}

// markNote is what a recorded mark prints in a signature box, and whether
// the box is closed to a signature.
func markNote(d *doc, m session.Mark) (string, bool) {
	l := d.l
	switch m.Status {
	case session.Absent:
		return l.T("pdf_mark_absent"), true
	case session.Excused:
		return l.T("pdf_mark_excused"), true
	case session.Late:
		if m.LateMinutes > 0 {
			return l.Tn("pdf_mark_late_minutes", m.LateMinutes, nil), false
		}
		return l.T("pdf_mark_late"), false
	}
	return "", false
}

// attendanceTop is the heading repeated on every page of a day: what the
// sheet is, the day, the mentions funders check, and the column headers.
func attendanceTop(d *doc, t *gridTable, s *session.Session, day int, body course.Org) []block {
	l := d.l
	W := d.width()
	times := s.Days[day]
	var out []block

	// The logo, the title, and the day on the right.
	tf := font{size: 14, height: 7.5}
	x := 0.0
	var cols []core.Col
	if lr := d.logoRow(body, tf.height+1, 30, false); lr != nil {
		cols = lr.GetColumns()[:1]
		x = 3
	}
	title := line{runs: []run{{text: d.kind, st: bold, color: &colorAccent}}}
	title.w = d.m.width(d.kind, bold, tf.size)
	dayText := l.Tf("pdf_day_of", map[string]any{"N": day + 1, "Total": len(s.Days)}) + " — " + dateText(l, s.Date(day), true)
	dayText = d.m.truncate(dayText, bold, fontSubtitle.size, W-x-title.w-10)
	dl := line{runs: []run{{text: dayText, st: bold}}, w: d.m.width(dayText, bold, fontSubtitle.size)}
	rest := grid
	if len(cols) > 0 {
		rest -= cols[0].GetSize()
	}
	comps := title.components(tf, x, d.colWidth(rest), 0, left)
	comps = append(comps, dl.components(fontSubtitle, 0, d.colWidth(rest), (tf.height-fontSubtitle.height)/2+0.4, right)...)
	cols = append(cols, col.New(rest).Add(comps...))
	out = append(out, block{tf.height + 1, row.New(tf.height + 1).Add(cols...)})

	// The mentions, in two shaded columns.
	f := fontCell
	pad := 1.8
	half := grid / 2
	hw := d.colWidth(half)
	labelled := func(label, value string) []span {
		return []span{{text: labelValue(l, label, ""), st: bold, color: &colorMuted}, {text: " " + value, st: regular}}
	}
	leftSide := [][]span{
		labelled(l.T("pdf_training"), d.detail(s.Title, FieldTitle)),
		labelled(l.T("pdf_dates"), sessionDates(l, s)),
		labelled(l.T("pdf_times"), halfDays(l, times)),
	}
	if s.Mode != "" {
		leftSide = append(leftSide, labelled(l.T("pdf_mode"), modeText(l, s.Mode)))
	}
	if s.Place != "" {
		leftSide = append(leftSide, labelled(l.T("pdf_place"), d.detail(s.Place, FieldPlace)))
	}
	rightSide := [][]span{labelled(l.T("pdf_body"), d.detail(orgLine(body), FieldBody))}
	if id := d.identity(body); len(id) > 0 {
		rightSide = append(rightSide, plain(strings.Join(id, " · "), regular, nil))
	}
	if s.Funder != "" || s.Reference != "" {
		rightSide = append(rightSide, funderSpans(d, s, body, labelled))
	}
	rightSide = append(rightSide, labelled(trainersLabel(l, len(s.Trainers)), d.detail(strings.Join(s.Trainers, ", "), FieldTrainers)))
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

	return append(out, columnHeader(d, t, times))
}

// attendanceTopNext is the heading of a day's next pages: what the sheet
// is, the training and the day on one line, and the column headers.
func attendanceTopNext(d *doc, t *gridTable, s *session.Session, day int) []block {
	l := d.l
	W := d.width()
	f := fontCell
	dayText := l.Tf("pdf_day_of", map[string]any{"N": day + 1, "Total": len(s.Days)}) + " — " + dateText(l, s.Date(day), true)
	dl := line{runs: []run{{text: dayText, st: bold}}, w: d.m.width(dayText, bold, f.size)}
	head := []span{{text: d.kind, st: bold, color: &colorAccent}, {text: " · " + d.detail(s.Title, FieldTitle), st: regular, color: &colorMuted}}
	lines := d.m.wrap(head, f, W-dl.w-8)
	comps := lines[0].components(f, 0, W, 0.5, left)
	comps = append(comps, dl.components(f, 0, W, 0.5, right)...)
	h := f.height + 2.5
	return []block{{h, row.New(h).Add(col.New().Add(comps...))}, columnHeader(d, t, s.Days[day])}
}

// columnHeader is the row of column headers: number, names, organisation,
// and each half-day's signature with its times.
func columnHeader(d *doc, t *gridTable, times session.DayTimes) block {
	l := d.l
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
	return block{hh, r}
}

// funderSpans is "Financeur : OPCO · N° de dossier : 42", the reference
// under the label the body's funders use (Org.ReferenceLabel).
func funderSpans(d *doc, s *session.Session, body course.Org, labelled func(string, string) []span) []span {
	var out []span
	if s.Funder != "" {
		out = labelled(d.l.T("pdf_funder"), d.detail(s.Funder, FieldFunder))
	}
	if s.Reference != "" {
		label := body.ReferenceLabel
		if label == "" {
			label = d.l.T("pdf_reference")
		}
		if len(out) > 0 {
			out = append(out, span{text: " · ", st: regular, color: &colorMuted})
		}
		out = append(out, labelled(label, d.detail(s.Reference, FieldReference))...)
	}
	return out
}

// trainerBox is the foot of every page: the trainer signs each half-day and
// writes how many signatures it holds.
func trainerBox(d *doc, t *gridTable, s *session.Session, day, registered int) []block {
	l := d.l
	lead := t.units[0] + t.units[1] + t.units[2] + t.units[3]
	lw := d.colWidth(lead)
	spans := []span{{text: l.T("pdf_trainer_signature"), st: bold}}
	if len(s.Trainers) > 0 {
		spans = append(spans, span{text: "\n"}, span{text: d.detail(strings.Join(s.Trainers, ", "), FieldTrainers), st: regular, color: &colorMuted})
	}
	var comps []core.Component
	for i, ln := range d.m.wrap(spans, t.f, lw-2*cellPadX) {
		comps = append(comps, ln.components(t.f, cellPadX, lw, cellPadY+float64(i)*t.f.height, left)...)
	}
	times := s.Days[day]
	count := l.T("pdf_signature_count")
	if registered > 0 {
		count = l.Tn("pdf_signature_count_of", registered, nil)
	}
	caption := func(key string, from, to fmt.Stringer, w float64) []core.Component {
		txt := key + " " + from.String() + "–" + to.String()
		out := line{runs: []run{{text: txt, st: italic, color: &colorMuted}}}.components(fontSmall, cellPadX, 0, cellPadY, left)
		for i, ln := range d.m.wrap(plain(count, regular, &colorMuted), fontSmall, w-2*cellPadX) {
			out = append(out, ln.components(fontSmall, cellPadX, w, trainerSign-cellPadY-float64(i+1)*fontSmall.height, left)...)
		}
		return out
	}
	r := row.New(trainerSign).Add(
		col.New(lead).WithStyle(styleHead).Add(comps...),
		col.New(t.units[4]).WithStyle(styleBody).Add(caption(l.T("pdf_morning"), times.AMStart, times.AMEnd, t.widths[4])...),
		col.New(t.units[5]).WithStyle(styleBody).Add(caption(l.T("pdf_afternoon"), times.PMStart, times.PMEnd, t.widths[5])...),
	)
	return []block{space(2), {trainerSign, r}}
}
