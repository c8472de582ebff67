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

// Certificates prints a certificate of completion (certificat de
// réalisation, attestation d'assiduité) per participant who attended at
// least one half-day, one page each, without running header or page
// number since each goes to another person: who certifies (the
// signatory, the body and its declaration number), the participant, the
// training and the nature of the action, its objectives (from the modules'
// guides), dates, place or remote, funder and reference, the hours planned
// and attended (minutes late deducted) and the attendance rate, "Fait à"
// the body's town and date, the signatory's name and role, and a box for
// the signature and stamp. Options.AllParticipants prints one for everyone;
// the others are listed in Options.Report's Skipped.
//
// When the session's training body is not the profile's organisation
// (course.Org.ForBody), the certificate names that body alone: the
// profile's signatory, town, declaration number, SIRET and logo are not
// its own, so the signatory's name and the town are lines to fill in by
// hand.
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
	body, other := forBody(s, opts.Org)
	d.title, d.kind, d.report = s.Title, l.T("pdf_doc_certificate"), opts.Report
	d.footer, d.bare = orgLine(body), true
	c := certificateText{body: body, byHand: other, modules: moduleObjectives(lib, s, d.lang), results: map[string][]session.Result{}}
	for _, p := range participants {
		c.results[p.ID] = session.FinalResults(opts.Results, p.ID)
	}
	r := &renderer{doc: d}
	printed := 0
	for _, p := range participants {
		h := session.Attended(s, p.ID, marks)
		if h.HalfDays == 0 && !opts.AllParticipants {
			if opts.Report != nil {
				opts.Report.Skipped = append(opts.Report.Skipped, p.ID)
			}
			continue
		}
		d.newPage()
		d.mark(p.FullName(), 0)
		r.certificate(s, p, h, c)
		printed++
	}
	if printed == 0 {
		return fmt.Errorf("%w: no participant of session %q attended a half-day (print for all to have blank ones)", ErrNothingToPrint, s.Title)
	}
	return d.write(w)
}

// certificateText is what every certificate of a session shares.
type certificateText struct {
	body course.Org
	// byHand leaves the signatory's name and the town as lines to fill
	// in: the body is not the profile's, whose they would be.
	byHand  bool
	modules []moduleAims
	results map[string][]session.Result // final tests by participant
}

// moduleAims is a module's title and its guide's learning objectives.
type moduleAims struct {
	title string
	aims  []string
}

// moduleObjectives lists the agenda's modules with their objectives.
func moduleObjectives(lib *course.Library, s *session.Session, lang string) []moduleAims {
	var out []moduleAims
	for _, n := range s.Modules() {
		m := lib.Module(n)
		if m == nil {
			continue
		}
		out = append(out, moduleAims{
			title: fmt.Sprintf("%02d · %s", n, m.TitleIn(lang)),
			aims:  course.ParseString(m.Text(lang, course.Guide)).Objectives(),
		})
	}
	return out
}

func (r *renderer) certificate(s *session.Session, p session.Participant, h session.Hours, c certificateText) {
	l := r.l
	body := c.body
	if lr := r.logoRow(body, 16, 50, false); lr != nil {
		r.add(16, lr)
		r.add(4, row.New(4))
	} else {
		r.add(10, row.New(10))
	}
	r.para(plain(r.kind, bold, &colorAccent), fontTitle, 0, center)
	r.para(plain(l.T("pdf_doc_certificate_sub"), italic, &colorMuted), fontSubtitle, 0, center)
	u := r.units(40)
	r.add(3, row.New(3).Add(col.New((grid-u)/2), col.New(u).WithStyle(&props.Cell{BorderType: border.Bottom, BorderColor: &colorAccent, BorderThickness: 0.6})))
	r.add(5, row.New(5))

	r.para(plain(r.certIntro(body, c.byHand), regular, nil), fontBody, 0, center)
	r.add(3, row.New(3))
	who := p.FullName()
	name := strings.TrimSpace(r.printable(p.FirstName, p.ID, who, FieldFirstName) + " " + r.printable(p.LastName, p.ID, who, FieldLastName))
	r.para(plain(name, bold, nil), font{size: 19, height: 9.5}, 0, center)
	if p.Organisation != "" {
		r.para(plain(r.printable(p.Organisation, p.ID, who, FieldOrganisation), italic, &colorMuted), fontSubtitle, 0, center)
	}
	r.add(3, row.New(3))
	r.para(plain(l.T("pdf_cert_attended"), regular, nil), fontBody, 0, center)
	r.add(1.5, row.New(1.5))
	r.para(plain(l.Tf("pdf_quoted", map[string]any{"Text": r.detail(s.Title, FieldTitle)}), bold, &colorAccent), font{size: 13, height: 6.4}, 0, center)
	r.add(4, row.New(4))

	hours := l.Tf("pdf_hours_of", map[string]any{
		"Attended": session.FormatHours(h.AttendedMinutes), "Planned": session.FormatHours(h.PlannedMinutes)})
	if h.LateMinutes > 0 {
		hours += " " + l.Tn("pdf_late_deducted", h.LateMinutes, nil)
	}
	pairs := [][2]string{
		{l.T("pdf_nature"), l.T("pdf_nature_training")},
		{l.T("pdf_dates"), sessionDates(l, s)},
	}
	var figures [][2]string
	where := []string{}
	if s.Mode != "" {
		where = append(where, modeText(l, s.Mode))
	}
	if s.Place != "" {
		where = append(where, r.detail(s.Place, FieldPlace))
	}
	if len(where) > 0 {
		pairs = append(pairs, [2]string{l.T("pdf_place"), strings.Join(where, " · ")})
	}
	if len(s.Trainers) > 0 {
		pairs = append(pairs, [2]string{trainersLabel(l, len(s.Trainers)), r.detail(strings.Join(s.Trainers, ", "), FieldTrainers)})
	}
	if s.Funder != "" {
		figures = append(figures, [2]string{l.T("pdf_funder"), r.detail(s.Funder, FieldFunder)})
	}
	if s.Reference != "" {
		label := body.ReferenceLabel
		if label == "" {
			label = l.T("pdf_reference")
		}
		figures = append(figures, [2]string{label, r.detail(s.Reference, FieldReference)})
	}
	figures = append(figures,
		[2]string{l.T("pdf_planned"), session.FormatHours(h.PlannedMinutes)},
		[2]string{l.T("pdf_attended"), hours},
		[2]string{l.T("pdf_rate"), l.Tf("pdf_percent", map[string]any{"N": h.Rate()})},
	)
	if a := assessment(l, c.results[p.ID]); a != "" {
		figures = append(figures, [2]string{l.T("eval_cert_assessment"), a})
	}
	r.addAll(r.fieldColumns([][][2]string{pairs, figures}, fontCell, 0))

	// Place, date and signature stay together at the foot.
	done := l.Tf("pdf_done_on", map[string]any{"Date": dateText(l, s.End(), false)})
	switch {
	case c.byHand:
		done = l.Tf("pdf_done_at", map[string]any{"Place": blankLine(14), "Date": dateText(l, s.End(), false)})
	case body.Town != "":
		done = l.Tf("pdf_done_at", map[string]any{"Place": r.detail(body.Town, FieldPlace), "Date": dateText(l, s.End(), false)})
	}
	boxW := 82.0
	bu := r.units(boxW)
	bw := r.colWidth(bu)
	signer := []span{}
	if c.byHand {
		signer = append(signer, span{text: labelValue(l, l.T("pdf_signatory"), blankLine(24)), st: regular, color: &colorMuted}, span{text: "\n"})
	} else if body.Signatory != "" {
		signer = append(signer, span{text: r.detail(body.Signatory, FieldSignatory), st: bold})
		if body.SignatoryRole != "" {
			signer = append(signer, span{text: "\n"}, span{text: body.SignatoryRole, st: regular, color: &colorMuted})
		}
		signer = append(signer, span{text: "\n"})
	}
	signer = append(signer, span{text: l.T("pdf_signature_body"), st: italic, color: &colorMuted})
	signLines := r.m.wrap(signer, fontSmall, bw)
	doneW := r.colWidth(grid-bu) - 14
	doneLines := r.m.wrap(plain(done, regular, nil), fontBody, doneW)
	boxH := 24.0
	footer := r.certFooter(body)
	top := max(float64(len(doneLines))*fontBody.height, float64(len(signLines))*fontSmall.height) + 1
	foot := 5 + top + boxH + height(footer)

	// The objectives take what room is left: each module's in small type,
	// or only the modules' titles when they would not fit.
	r.objectives(c.modules, r.room()-foot)

	r.ensure(foot)
	if gap := r.room() - foot - 2*eps; gap > 0 {
		r.add(gap, row.New(gap))
	}
	r.add(5, row.New(5))
	// "Fait à …" on the left, the signatory above the box on the right.
	var dc, sc []core.Component
	for i, ln := range doneLines {
		dc = append(dc, ln.components(fontBody, 10, doneW, float64(i)*fontBody.height, left)...)
	}
	for i, ln := range signLines {
		sc = append(sc, ln.components(fontSmall, 0, bw, top-1-float64(len(signLines)-i)*fontSmall.height, left)...)
	}
	r.add(top, row.New(top).Add(col.New(grid-bu).Add(dc...), col.New(bu).Add(sc...)))
	r.add(boxH, row.New(boxH).Add(col.New(grid-bu), col.New(bu).WithStyle(&props.Cell{BorderType: border.Full, BorderColor: &colorGrid, BorderThickness: 0.3})))
	r.addAll(footer)
}

// certIntro is "Agnès Łodzińska, directrice, pour l'organisme de
// formation Coop'Formation, déclaré sous le numéro …, atteste que", with
// what the profile holds; with byHand, a line for the signatory's name
// and role instead: "________, pour l'organisme de formation …".
func (r *renderer) certIntro(b course.Org, byHand bool) string {
	l := r.l
	data := map[string]any{"Body": r.detail(b.Name, FieldBody), "NDA": keepTogether(b.NDA)}
	if byHand && b.Name != "" {
		data["Who"] = blankLine(24)
		return l.Tf("pdf_cert_intro_signed", data)
	}
	if b.Signatory != "" {
		who := r.detail(b.Signatory, FieldSignatory)
		if b.SignatoryRole != "" {
			who = l.Tf("pdf_signatory_role", map[string]any{"Name": who, "Role": b.SignatoryRole})
		}
		data["Who"] = who
	}
	switch {
	case b.Name == "":
		return l.T("pdf_cert_intro_nobody")
	case b.Signatory != "" && b.NDA != "":
		return l.Tf("pdf_cert_intro_signed_nda", data)
	case b.Signatory != "":
		return l.Tf("pdf_cert_intro_signed", data)
	case b.NDA != "":
		return l.Tf("pdf_cert_intro_nda", data)
	}
	return l.Tf("pdf_cert_intro", data)
}

// certFooter is the body's identity in small type at the foot of a
// certificate: name, address, NDA, SIRET.
func (r *renderer) certFooter(b course.Org) []block {
	parts := []string{}
	if line := orgLine(b); line != "" {
		parts = append(parts, r.detail(line, FieldBody))
	}
	parts = append(parts, r.identity(b)...)
	if len(parts) == 0 {
		return nil
	}
	lines := r.m.wrap(plain(strings.Join(parts, " · "), regular, &colorMuted), fontSmall, r.width())
	return append([]block{space(4)}, lineBlocks(lines, fontSmall, 0, r.width(), center, nil)...)
}

// objectives prints the modules and their learning objectives within h
// millimetres, each module's as one small paragraph. When all of them do
// not fit, each module keeps its first objectives (as many as fit, at
// least one); only the modules' titles when even one each is too much.
func (r *renderer) objectives(mods []moduleAims, h float64) {
	if len(mods) == 0 {
		return
	}
	l := r.l
	f := font{size: 7, height: 3.3}
	x := 10.0
	W := r.width() - x
	most := 0
	for _, m := range mods {
		most = max(most, len(m.aims))
	}
	head, full := l.T("pdf_objectives"), []block(nil)
	for n := most; n >= 1; n-- {
		full = r.objectiveBlocks(mods, n, f, x, W)
		if height(full)+fontBody.height+4+eps <= h {
			break
		}
		full = nil
	}
	if full == nil {
		head = l.T("pdf_modules_covered")
		for _, m := range mods {
			full = append(full, lineBlocks(r.m.wrap(plain(m.title, regular, nil), f, W), f, x, W, left, nil)...)
		}
	}
	r.add(3, row.New(3))
	r.para(plain(head, bold, &colorMuted), fontBody, x, left)
	r.add(1, row.New(1))
	r.addAll(full)
}

// objectiveBlocks lays out each module's title and its first n objectives.
func (r *renderer) objectiveBlocks(mods []moduleAims, n int, f font, x, w float64) []block {
	var out []block
	for _, m := range mods {
		spans := []span{{text: m.title, st: bold}}
		if aims := m.aims[:min(n, len(m.aims))]; len(aims) > 0 {
			spans = append(spans, span{text: " — " + strings.Join(aims, " · "), st: regular})
		}
		out = append(out, lineBlocks(r.m.wrap(spans, f, w), f, x, w, left, nil)...)
		out = append(out, space(0.8))
	}
	return out
}

// assessment is what a certificate says of the final tests: "8/10 au test
// final", or with the module when there are several; "" without any.
func assessment(l interface {
	Tf(string, map[string]any) string
}, finals []session.Result) string {
	var parts []string
	for _, r := range finals {
		data := map[string]any{"Score": r.Score, "Of": r.Of, "N": fmt.Sprintf("%02d", r.Module)}
		if len(finals) == 1 {
			parts = append(parts, l.Tf("eval_cert_result", data))
		} else {
			parts = append(parts, l.Tf("eval_cert_result_module", data))
		}
	}
	return strings.Join(parts, " · ")
}
