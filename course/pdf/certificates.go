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

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// Certificates prints a certificate of attendance per participant, one
// page each: who, which session, when and where, the hours attended out of
// the hours planned (from the marks), the modules covered and a place for
// the training body's signature.
func Certificates(w io.Writer, lib *course.Library, s *session.Session, participants []session.Participant, marks []session.Mark, opts Options) error {
	if lib == nil {
		return fmt.Errorf("no course library")
	}
	if err := checkSession(s); err != nil {
		return err
	}
	if len(participants) == 0 {
		return fmt.Errorf("session %q has no participants: no certificate to print", s.Title)
	}
	paper, err := opts.paper()
	if err != nil {
		return err
	}
	d, err := newDoc(paper, false, sessionLang(s))
	if err != nil {
		return err
	}
	l := d.l
	d.title, d.kind, d.footer = s.Title, l.T("pdf_doc_certificate"), bodyLine(s.Body)
	var modules []string
	for _, n := range s.Modules() {
		t := moduleLabel(l, n)
		if m := lib.Module(n); m != nil {
			t += " · " + m.TitleIn(d.lang)
		}
		modules = append(modules, t)
	}
	r := &renderer{doc: d}
	for i, p := range participants {
		if i > 0 {
			d.newPage()
		}
		r.certificate(s, p, session.Attended(s, p.ID, marks), modules)
	}
	return d.write(w)
}

func (r *renderer) certificate(s *session.Session, p session.Participant, h session.Hours, modules []string) {
	l := r.l
	W := r.width()
	r.add(14, row.New(14))
	r.para(plain(r.kind, bold, &colorAccent), fontTitle, 0, center)
	u := r.units(40)
	r.add(5, row.New(5).Add(col.New((grid-u)/2), col.New(u).WithStyle(&props.Cell{BorderType: border.Bottom, BorderColor: &colorAccent, BorderThickness: 0.6})))
	r.add(10, row.New(10))
	intro := l.T("pdf_cert_intro_nobody")
	if s.Body.Name != "" {
		intro = l.Tf("pdf_cert_intro", map[string]any{"Body": s.Body.Name})
	}
	r.para(plain(intro, regular, nil), fontSubtitle, 0, center)
	r.add(4, row.New(4))
	r.para(plain(p.FullName(), bold, nil), font{size: 20, height: 10}, 0, center)
	if p.Organisation != "" {
		r.para(plain(p.Organisation, italic, &colorMuted), fontSubtitle, 0, center)
	}
	r.add(4, row.New(4))
	r.para(plain(l.T("pdf_cert_attended"), regular, nil), fontSubtitle, 0, center)
	r.add(2, row.New(2))
	r.para(plain(l.Tf("pdf_quoted", map[string]any{"Text": s.Title}), bold, &colorAccent), font{size: 15, height: 7.6}, 0, center)
	r.add(10, row.New(10))

	hours := l.Tf("pdf_hours_of", map[string]any{
		"Attended": session.FormatHours(h.AttendedMinutes), "Planned": session.FormatHours(h.PlannedMinutes)})
	pairs := [][2]string{{l.T("pdf_dates"), sessionDates(l, s)}}
	if s.Place != "" {
		pairs = append(pairs, [2]string{l.T("pdf_place"), s.Place})
	}
	if len(s.Trainers) > 0 {
		pairs = append(pairs, [2]string{trainersLabel(l, len(s.Trainers)), strings.Join(s.Trainers, ", ")})
	}
	pairs = append(pairs, [2]string{l.T("pdf_attended"), hours})
	r.addAll(r.fields(pairs, fontBody, 12))
	if len(modules) > 0 {
		r.add(5, row.New(5))
		r.para(plain(l.T("pdf_modules_covered"), bold, &colorMuted), fontBody, 12, left)
		r.add(1, row.New(1))
		f := fontBody
		if len(modules) > 10 {
			f = fontCell
		}
		for _, m := range modules {
			lines := r.m.wrap(plain(m, regular, nil), f, W-12-5)
			for i, ln := range lines {
				var extra []core.Component
				if i == 0 {
					extra = line{runs: []run{{text: "•", st: regular, color: &colorAccent}}}.components(f, 13, 0, 0, left)
				}
				r.add(f.height, row.New(f.height).Add(col.New().Add(append(ln.components(f, 17, W-17, 0, left), extra...)...)))
			}
		}
	}

	// Place, date and signature stay together.
	done := l.Tf("pdf_done_on", map[string]any{"Date": dateText(l, s.End(), false)})
	if s.Place != "" {
		done = l.Tf("pdf_done_at", map[string]any{"Place": s.Place, "Date": dateText(l, s.End(), false)})
	}
	boxW := 82.0
	bu := r.units(boxW)
	capLines := r.m.wrap(plain(l.T("pdf_signature_body"), italic, &colorMuted), fontSmall, r.colWidth(bu))
	doneLines := r.m.wrap(plain(done, regular, nil), fontBody, W-12)
	boxH := 32.0
	r.ensure(10 + float64(len(doneLines))*fontBody.height + 4 + float64(len(capLines))*fontSmall.height + boxH)
	r.add(10, row.New(10))
	r.addAll(lineBlocks(doneLines, fontBody, 12, W-12, left, nil))
	r.add(4, row.New(4))
	var capComps []core.Component
	for i, ln := range capLines {
		capComps = append(capComps, ln.components(fontSmall, 0, r.colWidth(bu), float64(i)*fontSmall.height, left)...)
	}
	ch := float64(len(capLines))*fontSmall.height + 1
	r.add(ch, row.New(ch).Add(col.New(grid-bu), col.New(bu).Add(capComps...)))
	r.add(boxH, row.New(boxH).Add(col.New(grid-bu), col.New(bu).WithStyle(&props.Cell{BorderType: border.Full, BorderColor: &colorGrid, BorderThickness: 0.3})))
}
