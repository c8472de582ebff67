package pdf

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/components/row"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// Records are what a session report reads besides the session: its
// participants, their attendance and results, and the questionnaires.
type Records struct {
	Participants  []session.Participant
	Marks         []session.Mark
	Results       []session.Result
	Appreciations []session.Appreciation
}

// SessionReport prints the session's report for the funder and the
// training body's records, in the session's language: the session's
// details; attendance (the group's rate and each participant's time);
// the evaluation of each module whose quiz was taken (each participant's
// positioning, final test and progress, the group's averages) and the
// results by DigComp competence; the appreciation questionnaires'
// averages per question with the open answers.
func SessionReport(w io.Writer, lib *course.Library, s *session.Session, rec Records, opts Options) error {
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
	l := d.l
	body := bodyOf(s, opts.Org)
	d.title, d.kind, d.report = s.Title, l.T("eval_doc_report"), opts.Report
	d.footer = d.footerText(body)
	r := &renderer{doc: d}
	names := make(map[string]string, len(rec.Participants))
	for _, p := range rec.Participants {
		names[p.ID] = d.printable(p.FullName(), p.ID, p.FullName(), FieldLastName)
	}
	if lr := r.logoRow(body, 14, 50, false); lr != nil {
		r.add(14, lr)
		r.add(4, row.New(4))
	}
	d.mark(d.kind, 0)
	r.para(plain(d.kind, bold, &colorAccent), fontTitle, 0, left)
	r.para(plain(r.detail(s.Title, FieldTitle), bold, nil), fontSubtitle, 0, left)
	r.add(3, row.New(3))
	fields := sessionFields(d, s, body)
	if s.Funder != "" {
		fields = append(fields, [2]string{l.T("pdf_funder"), r.detail(s.Funder, FieldFunder)})
	}
	if s.Reference != "" {
		label := body.ReferenceLabel
		if label == "" {
			label = l.T("pdf_reference")
		}
		fields = append(fields, [2]string{label, r.detail(s.Reference, FieldReference)})
	}
	r.addAll(r.fields(fields, fontCell, 0))
	r.reportAttendance(s, rec, names)
	r.reportEvaluation(lib, rec, names)
	r.reportAppreciation(rec)
	return d.write(w)
}

// h2 and h3 are the report's section and subsection headings.
func (r *renderer) h2(text string) {
	r.mark(text, 1)
	r.heading(&course.Block{Kind: course.BlockHeading, Level: 2, Inlines: []course.Inline{{Text: text}}}, ctx{})
}

func (r *renderer) h3(text string) {
	r.heading(&course.Block{Kind: course.BlockHeading, Level: 3, Inlines: []course.Inline{{Text: text}}}, ctx{})
}

// note is a line of muted text.
func (r *renderer) note(text string) {
	r.para(plain(text, italic, &colorMuted), fontCell, 0, left)
	r.add(1.5, row.New(1.5))
}

// simpleTable places a table of plain cells, the first column left and
// the others centred.
func (r *renderer) simpleTable(header []string, rows [][]string) {
	var hs [][]span
	aligns := make([]align, len(header))
	for i, h := range header {
		hs = append(hs, plain(h, bold, nil))
		if i > 0 {
			aligns[i] = center
		}
	}
	body := make([][][]span, len(rows))
	for i, rw := range rows {
		for _, c := range rw {
			body[i] = append(body[i], plain(c, regular, nil))
		}
	}
	r.layoutTable(hs, body, aligns, 0, r.width(), fontCell).place(r.doc)
	r.add(paraGap+1, row.New(paraGap+1))
}

// percentText is "85 %" in the document's language.
func (r *renderer) percentText(p float64) string {
	return r.l.Tf("pdf_percent", map[string]any{"N": int(math.Round(p))})
}

// reportAttendance is the group's attendance rate and each participant's
// time attended.
func (r *renderer) reportAttendance(s *session.Session, rec Records, names map[string]string) {
	l := r.l
	r.h2(l.T("eval_report_attendance"))
	if len(rec.Participants) == 0 {
		r.note(l.T("eval_report_no_participants"))
		return
	}
	g := session.GroupAttendance(s, rec.Participants, rec.Marks)
	attended := 0
	var rows [][]string
	for _, p := range rec.Participants {
		h := session.Attended(s, p.ID, rec.Marks)
		if h.HalfDays > 0 {
			attended++
		}
		rows = append(rows, []string{names[p.ID], session.FormatHours(h.AttendedMinutes), l.Tf("pdf_percent", map[string]any{"N": h.Rate()})})
	}
	pairs := [][2]string{
		{l.T("eval_report_registered"), fmt.Sprint(len(rec.Participants))},
		{l.T("eval_report_attended_any"), fmt.Sprint(attended)},
		{l.T("pdf_planned"), session.FormatHours(s.PlannedMinutes())},
		{l.T("eval_report_group_rate"), l.Tf("pdf_percent", map[string]any{"N": g.Rate()})},
	}
	r.addAll(r.fields(pairs, fontCell, 0))
	r.add(2, row.New(2))
	r.simpleTable([]string{l.T("eval_col_participant"), l.T("pdf_attended"), l.T("pdf_rate")}, rows)
}

// reportEvaluation is each evaluated module's table of results and the
// group's results by competence.
func (r *renderer) reportEvaluation(lib *course.Library, rec Records, names map[string]string) {
	l := r.l
	r.h2(l.T("eval_report_evaluation"))
	ps := session.Progresses(rec.Results, rec.Participants)
	if len(ps) == 0 {
		r.note(l.T("eval_report_no_results"))
		return
	}
	sums := session.Summarise(ps)
	for _, sum := range sums {
		title := moduleLabel(l, sum.Module)
		if lib != nil {
			if m := lib.Module(sum.Module); m != nil {
				title += " · " + m.TitleIn(r.lang)
			}
		}
		r.h3(title)
		var pairs [][2]string
		if sum.Pre > 0 {
			pairs = append(pairs, [2]string{l.T("eval_pre"), l.Tn("eval_report_average_of", sum.Pre, map[string]any{"Pct": r.percentText(sum.PrePct)})})
		}
		if sum.Post > 0 {
			pairs = append(pairs, [2]string{l.T("eval_post"), l.Tn("eval_report_average_of", sum.Post, map[string]any{"Pct": r.percentText(sum.PostPct)})})
			pairs = append(pairs, [2]string{l.T("eval_report_half"), l.Tf("eval_report_half_of", map[string]any{"N": sum.PostPassedHalf, "Total": sum.Post})})
		}
		if sum.Both > 0 {
			pairs = append(pairs, [2]string{l.T("eval_progress"), l.Tn("eval_report_gain_of", sum.Both, map[string]any{"Gain": session.FormatGain(int(math.Round(sum.Gain)))})})
		}
		r.addAll(r.fields(pairs, fontCell, 0))
		r.add(2, row.New(2))
		var rows [][]string
		for _, p := range ps {
			if p.Module != sum.Module {
				continue
			}
			gain := "—"
			if g, ok := p.Gain(); ok {
				gain = l.Tf("eval_points", map[string]any{"N": session.FormatGain(g)})
			}
			rows = append(rows, []string{names[p.Participant], scoreText(p.Pre), scoreText(p.Post), gain})
		}
		r.simpleTable([]string{l.T("eval_col_participant"), l.T("eval_pre"), l.T("eval_post"), l.T("eval_progress")}, rows)
	}
	r.reportCompetences(rec.Results, rec.Participants)
}

// scoreText is "8/10", or a dash without a result.
func scoreText(res *session.Result) string {
	if res == nil {
		return "—"
	}
	return fmt.Sprintf("%d/%d", res.Score, res.Of)
}

// reportCompetences is the group's right answers by DigComp competence,
// from the results whose answers were entered.
func (r *renderer) reportCompetences(results []session.Result, people []session.Participant) {
	l := r.l
	known := map[string]bool{}
	for _, p := range people {
		known[p.ID] = true
	}
	var scored []session.Result
	scoreOnly := 0
	for _, res := range results {
		switch {
		case !known[res.Participant]:
		case len(res.Competences) > 0:
			scored = append(scored, res)
		default:
			scoreOnly++
		}
	}
	r.h3(l.T("eval_report_by_competence"))
	comps := session.ByCompetence(scored)
	if len(comps) == 0 {
		r.note(l.T("eval_report_no_answers"))
		return
	}
	side := func(c course.CompetenceScore) string {
		if c.Of == 0 {
			return "—"
		}
		return fmt.Sprintf("%s\u00a0(%d/%d)", r.percentText(float64(c.Right)*100/float64(c.Of)), c.Right, c.Of)
	}
	var rows [][]string
	for _, c := range comps {
		gain := "—"
		if g, ok := c.Gain(); ok {
			gain = l.Tf("eval_points", map[string]any{"N": session.FormatGain(g)})
		}
		rows = append(rows, []string{c.Code + " " + digcompName(l, c.Code), side(c.Pre), side(c.Post), gain})
	}
	r.simpleTable([]string{l.T("eval_col_competence"), l.T("eval_pre"), l.T("eval_post"), l.T("eval_progress")}, rows)
	r.note(l.T("eval_report_competence_note"))
	if scoreOnly > 0 {
		r.note(l.Tn("eval_report_score_only", scoreOnly, nil))
	}
}

// reportAppreciation is the questionnaires' average per question, how
// the answers spread on the scale, and the open answers.
func (r *renderer) reportAppreciation(rec Records) {
	l := r.l
	r.h2(l.T("eval_report_appreciation"))
	sum := session.SummariseAppreciations(rec.Appreciations)
	if sum.Responses == 0 {
		r.note(l.T("eval_report_no_appreciation"))
		return
	}
	r.note(l.Tn("eval_report_responses", sum.Responses, map[string]any{"Total": len(rec.Participants)}))
	header := []string{l.T("eval_col_question"), l.T("eval_col_average")}
	for v := 1; v <= session.MaxRating; v++ {
		header = append(header, fmt.Sprint(v))
	}
	var rows [][]string
	for _, it := range sum.Items {
		avg := "—"
		if it.Answers > 0 {
			avg = l.Tf("eval_average_of_4", map[string]any{"N": decimal(r.lang, it.Average)})
		}
		cells := []string{l.T(session.ItemMessages[it.Item]), avg}
		for _, c := range it.Counts {
			cells = append(cells, fmt.Sprint(c))
		}
		rows = append(rows, cells)
	}
	r.simpleTable(header, rows)
	r.note(l.T("eval_report_scale"))
	for _, open := range []struct {
		title string
		items []string
	}{{l.T("eval_appr_q_liked"), sum.Liked}, {l.T("eval_appr_q_improve"), sum.Improve}} {
		if len(open.items) == 0 {
			continue
		}
		r.h3(open.title)
		list := course.Block{Kind: course.BlockList}
		for _, s := range open.items {
			list.Items = append(list.Items, course.ListItem{Blocks: []course.Block{{Kind: course.BlockParagraph, Inlines: []course.Inline{{Text: s}}}}})
		}
		r.blocks([]course.Block{list}, ctx{})
	}
}

// decimal writes x with one decimal in lang: 3.4 in English, 3,4 in the
// other languages.
func decimal(lang string, x float64) string {
	s := fmt.Sprintf("%.1f", x)
	if lang != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
