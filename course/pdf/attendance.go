package pdf

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/consts/border"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/props"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
)

// signRow is the least height of a row of the attendance sheet, a
// participant's or a trainer's, in millimetres: room to sign.
const signRow = 12.0

// styleBarred is a signature cell that must stay empty: an absence already
// recorded.
var styleBarred = &props.Cell{BackgroundColor: &colorShade, BorderType: styleBody.BorderType, BorderColor: &colorGrid, BorderThickness: 0.2}

// AttendanceSheet prints the sign-in sheet (feuille d'émargement) funders
// and Qualiopi audits check: for each day, in landscape, the session's and
// the training body's details (declaration number, address, funder and
// file reference, in person or remote), a row per participant in the order
// given with a box to sign each half-day, spare rows for late registrants
// (Options.SpareRows, as many as fit on the day's last page), and at the
// foot of the day's last page a row for each trainer to sign each half-day
// and the count of signatures for each half-day. Absences already
// recorded (Options.Marks) print in their box, shaded, so that nobody signs
// there later. A day whose participants do not fit on one page continues
// on further pages under a line recalling the day; without participants,
// numbered blank rows fill a page to write names by hand.
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
	body := bodyOf(s, opts.Org)
	d.title, d.kind, d.report = s.Title, d.l.T("pdf_doc_attendance"), opts.Report
	d.footer = d.footerText(body)
	marks := session.NewIndex(opts.Marks)
	spare := opts.SpareRows
	if spare == 0 {
		spare = DefaultSpareRows
	}
	// Each name is made printable and wrapped once, not once a day.
	names := make([][3]string, len(participants))
	for i, p := range participants {
		who := p.FullName()
		names[i] = [3]string{
			d.printable(p.LastName, p.ID, who, FieldLastName),
			d.printable(p.FirstName, p.ID, who, FieldFirstName),
			d.printable(p.Organisation, p.ID, who, FieldOrganisation),
		}
	}
	t := attendanceGrid(d, names)
	cells := make([][][]line, len(participants))
	for i, n := range names {
		cells[i] = t.cells(d, fmt.Sprint(i+1), n[0], n[1], n[2])
	}
	blank := func(n int) block {
		h, r := t.signatureRow(d, t.cells(d, fmt.Sprint(n), "", "", ""), nil)
		return block{h, r}
	}
	d.headless = true
	for day := range s.Days {
		first := attendanceTop(d, t, s, day, body)
		next := attendanceTopNext(d, t, s, day)
		box := trainerBox(d, t, s, day, len(participants))
		var rows []block
		spares := 0
		if len(participants) == 0 {
			n := opts.BlankRows
			if n <= 0 {
				n = int((d.avail() - height(first) - height(box) - eps) / signRow)
			}
			for i := range n {
				rows = append(rows, blank(i+1))
			}
		} else {
			spares = max(spare, 0)
			for i, p := range participants {
				var pre [2]*session.Mark
				for h, half := range []session.Half{session.AM, session.PM} {
					if m, ok := marks.Get(p.ID, day, half); ok {
						pre[h] = &m
					}
				}
				h, r := t.signatureRow(d, cells[i], pre[:])
				rows = append(rows, block{h, r})
			}
		}
		layDay(d, first, next, box, rows, spares, func(i int) block { return blank(len(participants) + i + 1) })
	}
	d.finish()
	d.top, d.topRest, d.bottom = nil, nil, nil
	return d.write(w)
}

// layDay puts a day's rows on as few pages as hold them: the first page
// under the day's whole heading, the next ones under the line recalling
// it, and the trainers' box once, at the foot of the last page, with at
// least one row above it. Up to spare spare rows (made by spareRow) fill
// what is left above the box on the last page: they never start a page of
// their own, nor fill one without a participant.
func layDay(d *doc, first, next, box, rows []block, spare int, spareRow func(int) block) {
	// What a page holds under its heading, as room computes it, with a
	// hair in hand so that a row planned here is never refused there.
	capOf := func(page int) float64 {
		top := next
		if page == 0 {
			top = first
		}
		return d.avail() - height(top) - eps - 1e-6
	}
	if height(box) > capOf(1) {
		// More trainers than a page holds: their rows follow the
		// participants' like any other.
		rows, box, spare = append(append([]block(nil), rows...), box...), nil, 0
	}
	var pages [][]block
	var cur []block
	used := 0.0
	for _, r := range rows {
		if len(cur) > 0 && used+r.h > capOf(len(pages)) {
			pages, cur, used = append(pages, cur), nil, 0
		}
		cur, used = append(cur, r), used+r.h
	}
	// The last page must hold the box too: its last rows go to the next
	// page, with the box, until it does. Should even one row not fit with
	// it, the rows stay and the box goes to a page of its own.
	for len(cur) > 0 && used > capOf(len(pages))-height(box) {
		room := capOf(len(pages)) - height(box)
		k, kept := len(cur), used
		for k > 1 && kept > room {
			k--
			kept -= cur[k].h
		}
		if kept > room {
			k = len(cur)
		}
		pages = append(pages, cur[:k])
		cur = cur[k:]
		used -= kept
	}
	free := capOf(len(pages)) - height(box) - used
	for i := 0; i < spare && len(cur) > 0; i++ {
		r := spareRow(i)
		if r.h > free {
			break
		}
		cur, free = append(cur, r), free-r.h
	}
	pages = append(pages, cur)

	for p, rows := range pages {
		d.finish()
		d.top, d.topRest, d.bottom = next, nil, nil
		if p == 0 {
			d.top = first
		}
		if p == len(pages)-1 {
			d.bottom = box
		}
		d.begin()
		for _, r := range rows {
			d.add(r.h, r.r)
		}
	}
}

// attendanceGrid lays out the columns: number, last name, first name,
// organisation, and the two signatures. When organisations' names take
// more than a line, the names' columns give theirs the width their longest
// names leave, down to 70 % of their share (room to write a late
// registrant's name by hand), as far as it saves lines; then, when a name
// would still be cut, the signatures' columns theirs, down to a fifth of
// the width each and to what holds the count of signatures on one line.
func attendanceGrid(d *doc, names [][3]string) *gridTable {
	W := d.width()
	sig := math.Round(W * 0.22)
	widths := []float64{11, 0, 0, 0, sig, sig}
	rest := W - widths[0] - 2*sig
	widths[1], widths[2] = rest*0.36, rest*0.29
	widths[3] = rest - widths[1] - widths[2]
	// need is the width of the longest name of each column; word that of
	// its longest word, which the column holds whole when it can, up to
	// half the names' and organisations' width, leaving the organisations
	// a quarter: a name split inside a word would read as another name.
	var need, word [2]float64
	for _, n := range names {
		for i, st := range []fstyle{bold, regular} {
			need[i] = max(need[i], d.m.width(n[i], st, fontCell.size))
			for _, w := range strings.FieldsFunc(n[i], func(r rune) bool { return r == ' ' || r == '-' }) {
				word[i] = max(word[i], d.m.width(w+"-", st, fontCell.size))
			}
		}
	}
	for i := range word {
		if grow := min(min(word[i]+2*cellPadX+0.5, rest*0.5)-widths[i+1], widths[3]-rest*0.25); grow > 0 {
			widths[i+1] += grow
			widths[3] -= grow
		}
	}
	// The organisations that need more than a line, once each.
	var long []string
	seen := map[string]bool{}
	for _, n := range names {
		if !seen[n[2]] && d.m.width(n[2], regular, fontCell.size) > widths[3]-2*cellPadX {
			seen[n[2]] = true
			long = append(long, n[2])
		}
	}
	// lines is how many lines they take in a column w wide, uncut.
	lines := func(w float64) int {
		n := 0
		for _, o := range long {
			n += len(d.m.wrap(plain(o, regular, nil), fontCell, w-2*cellPadX))
		}
		return n
	}
	// cuts is how many of them would be cut.
	cuts := func(w float64) int {
		n := 0
		for _, o := range long {
			if len(d.m.wrap(plain(o, regular, nil), fontCell, w-2*cellPadX)) > maxOrgLines {
				n++
			}
		}
		return n
	}
	// least is the least width, to half a millimetre, between lo and hi
	// that ok takes, given it takes hi.
	least := func(lo, hi float64, ok func(float64) bool) float64 {
		if ok(lo) {
			return lo
		}
		for hi-lo > 0.5 {
			if mid := (lo + hi) / 2; ok(mid) {
				hi = mid
			} else {
				lo = mid
			}
		}
		return hi
	}
	pad := 2*cellPadX + 1
	giveL := max(widths[1]-max(widths[1]*0.7, need[0]+pad), 0)
	giveF := max(widths[2]-max(widths[2]*0.7, need[1]+pad), 0)
	giveS := 2 * max(sig-max(W*0.2, d.m.width(signatureCount(d.l, len(names)), regular, fontSmall.size)+2*cellPadX+1), 0)
	org, fromNamesMax := widths[3], giveL+giveF
	if len(long) > 0 {
		// The names' columns give as much as saves lines; then, when
		// organisations would still be cut, the signatures' as much as
		// saves cuts.
		fewest := lines(org + fromNamesMax)
		w := least(org, org+fromNamesMax, func(w float64) bool { return lines(w) <= fewest })
		if most := org + fromNamesMax + giveS; cuts(w) > cuts(most) {
			fewest := cuts(most)
			w = least(w, most, func(w float64) bool { return cuts(w) <= fewest })
		}
		if take := w - org; take > 0 {
			take += 0.2 // the grid's rounding
			fromNames := min(take, fromNamesMax)
			if fromNamesMax > 0 {
				widths[1] -= fromNames * giveL / fromNamesMax
				widths[2] -= fromNames * giveF / fromNamesMax
			}
			widths[4] -= (take - fromNames) / 2
			widths[5] -= (take - fromNames) / 2
			widths[3] += take
		}
	}
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

// maxOrgLines is the most lines an organisation's name takes on the
// attendance sheet.
const maxOrgLines = 3

// cells wraps a participant's row; the signature cells stay empty. The
// names wrap on as many lines as they need; the organisation stops at
// maxOrgLines, with an ellipsis.
func (t *gridTable) cells(d *doc, num, last, first, org string) [][]line {
	out := make([][]line, len(t.units))
	// A name breaks at its own spaces and hyphens, not between syllables:
	// "Four-nier" would read as part of the name.
	names := d.m
	names.hy = nil
	for i, s := range []string{num, last, first} {
		st := regular
		if i == 1 {
			st = bold
		}
		out[i] = names.wrap(plain(s, st, nil), t.f, t.widths[i]-2*cellPadX)
	}
	out[3] = t.orgLines(d, org)
	out[4], out[5] = []line{{}}, []line{{}}
	return out
}

// orgLines wraps an organisation's name in its column on maxOrgLines lines
// at most: a longer name stops at the last word that fits, followed by an
// ellipsis.
func (t *gridTable) orgLines(d *doc, org string) []line {
	w := t.widths[3] - 2*cellPadX
	lines := d.m.wrap(plain(org, regular, nil), t.f, w)
	if len(lines) <= maxOrgLines {
		return lines
	}
	words := strings.Fields(org)
	for k := len(words) - 1; k > 0; k-- {
		head := strings.TrimRight(strings.Join(words[:k], " "), " ,;:·-–—") + "…"
		if ls := d.m.wrap(plain(head, regular, nil), t.f, w); len(ls) <= maxOrgLines {
			return ls
		}
	}
	// A first word longer than the lines: cut on the last one.
	last := d.m.truncate(lines[maxOrgLines-1].text()+lines[maxOrgLines].text(), regular, t.f.size, w)
	return append(lines[:maxOrgLines-1:maxOrgLines-1], d.m.wrap(plain(last, regular, nil), t.f, w)[0])
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
	trainers := trainerNames(d, s)
	rightSide = append(rightSide, labelled(trainersLabel(l, len(trainers)), strings.Join(trainers, ", ")))
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

// trainerNames are the session's trainers, made printable.
func trainerNames(d *doc, s *session.Session) []string {
	var out []string
	for _, n := range s.Trainers {
		if strings.TrimSpace(n) != "" {
			out = append(out, d.detail(n, FieldTrainers))
		}
	}
	return out
}

// trainerBox is the foot of a day's last page: a row for each trainer of
// the session (one to fill in by hand when the session names none), with
// a box to sign each half-day, under the label that says whose signatures
// these are; then, once a half-day, the count of signatures the trainers
// write in.
func trainerBox(d *doc, t *gridTable, s *session.Session, day, registered int) []block {
	l := d.l
	// The label's column is the number's and last name's, the trainers'
	// names take the first name's and organisation's.
	units := []int{t.units[0] + t.units[1], t.units[2] + t.units[3], t.units[4], t.units[5]}
	var widths []float64
	for _, u := range units {
		widths = append(widths, d.colWidth(u))
	}
	lines := func(spans []span, f font, i int) []line {
		if len(spans) == 0 {
			return nil
		}
		return d.m.wrap(spans, f, widths[i]-2*cellPadX)
	}
	draw := func(ls []line, f font, i int, top float64) []core.Component {
		var comps []core.Component
		for j, ln := range ls {
			comps = append(comps, ln.components(f, cellPadX, widths[i]-2*cellPadX, top+float64(j)*f.height, left)...)
		}
		return comps
	}
	trainers := trainerNames(d, s)
	label := lines(plain(l.Tn("pdf_trainer_signature", max(len(trainers), 1), nil), bold, nil), t.f, 0)
	if len(trainers) == 0 {
		trainers = []string{""}
	}
	times := s.Days[day]
	caption := func(key string, from, to fmt.Stringer, i int) []line {
		return lines(plain(key+" "+from.String()+"–"+to.String(), italic, &colorMuted), fontSmall, i)
	}
	am := caption(l.T("pdf_morning"), times.AMStart, times.AMEnd, 2)
	pm := caption(l.T("pdf_afternoon"), times.PMStart, times.PMEnd, 3)
	// The label's cells make one shaded column down the box: no rule
	// between them.
	shade := func(b border.Type) *props.Cell {
		st := *styleHead
		st.BorderType = b
		return &st
	}
	out := []block{space(2)}
	for i, name := range trainers {
		var lab []line
		b := border.Left | border.Right
		if i == 0 {
			lab, b = label, b|border.Top
		}
		who := lines(plain(name, regular, nil), t.f, 1)
		h := max(signRow, t.rowHeight(max(len(lab), len(who))), float64(max(len(am), len(pm)))*fontSmall.height+2*cellPadY+5)
		r := row.New(h).Add(
			col.New(units[0]).WithStyle(shade(b)).Add(draw(lab, t.f, 0, cellPadY)...),
			col.New(units[1]).WithStyle(styleBody).Add(draw(who, t.f, 1, cellPadY)...),
			col.New(units[2]).WithStyle(styleBody).Add(draw(am, fontSmall, 2, cellPadY)...),
			col.New(units[3]).WithStyle(styleBody).Add(draw(pm, fontSmall, 3, cellPadY)...),
		)
		out = append(out, block{h, r})
	}
	count := lines(plain(signatureCount(l, registered), regular, &colorMuted), fontSmall, 2)
	h := float64(len(count))*fontSmall.height + 2*cellPadY
	r := row.New(h).Add(
		col.New(units[0]).WithStyle(shade(border.Left|border.Right|border.Bottom)),
		col.New(units[1]).WithStyle(shade(border.Right|border.Bottom)),
		col.New(units[2]).WithStyle(styleBody).Add(draw(count, fontSmall, 2, cellPadY)...),
		col.New(units[3]).WithStyle(styleBody).Add(draw(count, fontSmall, 3, cellPadY)...),
	)
	return append(out, block{h, r})
}

// signatureCount is "Nombre de signatures : …… sur 7", for the trainers to
// fill in each half-day.
func signatureCount(l *locales.Localizer, registered int) string {
	if registered > 0 {
		return l.Tn("pdf_signature_count_of", registered, nil)
	}
	return l.T("pdf_signature_count")
}
