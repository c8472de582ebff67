package pdf

import (
	"fmt"
	"io"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/consts/border"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/props"

	"github.com/socialtech/trainerkit/course/session"
)

// Heights on the questionnaire, in millimetres.
const (
	ratingRow = 11.0 // a rated question: room to tick
	writeLine = 8.5  // a line to write an open answer on
	openLines = 5    // lines per open question
)

// AppreciationForm prints the end-of-session questionnaire in the
// session's language, one page per copy: the session, a note that the
// sheet is anonymous, the six questions rated from 1 to 4 with a box per
// rating, and the two open questions with lines to write on. copies is
// the number of sheets (one per participant); at least one prints.
func AppreciationForm(w io.Writer, s *session.Session, copies int, opts Options) error {
	if err := checkSession(s); err != nil {
		return err
	}
	paper, err := opts.paper()
	if err != nil {
		return err
	}
	d, err := newDoc(paper, false, sessionLang(s))
	if err != nil {
		return err
	}
	body := bodyOf(s, opts.Org)
	d.title, d.kind, d.report = s.Title, d.l.T("eval_doc_appreciation"), opts.Report
	d.footer = d.footerText(body)
	r := &renderer{doc: d}
	for i := range max(copies, 1) {
		d.newPage()
		if i == 0 {
			d.mark(d.kind, 0)
		}
		r.appreciationPage(s, body.Name)
	}
	return d.write(w)
}

// appreciationPage is one questionnaire.
func (r *renderer) appreciationPage(s *session.Session, bodyName string) {
	l := r.l
	r.para(plain(r.kind, bold, &colorAccent), fontH[1], 0, left)
	r.add(1.5, row.New(1.5))
	r.para(plain(r.detail(s.Title, FieldTitle), bold, nil), fontSubtitle, 0, left)
	meta := sessionDates(l, s)
	if len(s.Trainers) > 0 {
		meta += " · " + r.detail(strings.Join(s.Trainers, ", "), FieldTrainers)
	}
	if bodyName != "" {
		meta += " · " + r.detail(bodyName, FieldBody)
	}
	r.para(plain(meta, regular, &colorMuted), fontBody, 0, left)
	r.add(3, row.New(3))
	r.para(plain(l.T("eval_appr_intro"), italic, nil), fontBody, 0, left)
	r.add(3, row.New(3))
	r.ratingTable()
	for _, q := range []string{"eval_appr_q_liked", "eval_appr_q_improve"} {
		r.add(5, row.New(5))
		r.para(plain(l.T(q), bold, nil), fontBody, 0, left)
		for range openLines {
			r.add(writeLine, row.New(writeLine).Add(col.New().WithStyle(&props.Cell{BorderType: border.Bottom, BorderColor: &colorRule, BorderThickness: 0.2})))
		}
	}
	r.add(5, row.New(5))
	r.para(plain(l.T("eval_appr_thanks"), italic, &colorMuted), fontBody, 0, center)
}

// ratingTable is the six rated questions with a box under each point of
// the scale, the boxes centred in rows tall enough to tick.
func (r *renderer) ratingTable() {
	l := r.l
	box := r.units(24)
	units := []int{grid - session.MaxRating*box}
	for range session.MaxRating {
		units = append(units, box)
	}
	cell := func(u int, spans []span, f font, al align, h float64, st *props.Cell) (core.Col, float64) {
		w := r.colWidth(u) - 2*cellPadX
		lines := r.m.wrap(spans, f, w)
		h = max(h, float64(len(lines))*f.height+2*cellPadY)
		top := (h - float64(len(lines))*f.height) / 2
		var comps []core.Component
		for i, ln := range lines {
			comps = append(comps, ln.components(f, cellPadX, w, top+float64(i)*f.height, al)...)
		}
		return col.New(u).WithStyle(st).Add(comps...), h
	}
	tableRow := func(cells [][]span, f font, minH float64, st *props.Cell, boxes bool) {
		// Measure first: every cell takes the height of the tallest.
		h := minH
		for i, c := range cells {
			_, ch := cell(units[i], c, f, left, 0, st)
			h = max(h, ch)
		}
		var cols []core.Col
		for i, c := range cells {
			al, cf := center, f
			if i == 0 {
				al = left
			} else if boxes {
				cf = font{size: 15, height: 6}
			}
			cc, _ := cell(units[i], c, cf, al, h, st)
			cols = append(cols, cc)
		}
		r.add(h, row.New(h).Add(cols...))
	}
	header := [][]span{nil}
	for v := 1; v <= session.MaxRating; v++ {
		header = append(header, []span{{text: fmt.Sprint(v), st: bold}, {text: "\n"}, {text: l.T(session.ScaleMessages[v-1]), st: bold}})
	}
	tableRow(header, fontSmall, 0, styleHead, false)
	for _, it := range session.RatedItems {
		cells := [][]span{plain(l.T(session.ItemMessages[it]), regular, nil)}
		for range session.MaxRating {
			cells = append(cells, plain("☐", regular, nil))
		}
		tableRow(cells, fontBody, ratingRow, styleBody, true)
	}
}
