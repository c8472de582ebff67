package ui

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/pdf"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/course/slides"
)

// EvaluationView is a session's Evaluation tab: for each module of the
// agenda that has a quiz, every participant's positioning (pre) and final
// test (post) with their progress and the group's figures; the
// appreciation questionnaires; and the evaluation's documents to print.
type EvaluationView struct {
	env
	store   kit.ResultStore
	lib     *course.Library
	s       *session.Session
	modules []int // the agenda's modules with a quiz in the session's language
	module  *widget.Select
	rows    *fyne.Container
	summary *widget.Label
	ps      []session.Participant
	results []session.Result
	appr    *AppreciationView
	tabs    *container.AppTabs // results, appreciation
	present func(*slides.Deck) // opens the projector
}

func newEvaluationView(e env, store kit.ResultStore, lib *course.Library, s *session.Session, present func(*slides.Deck)) *EvaluationView {
	tr := e.tr
	v := &EvaluationView{env: e, store: store, lib: lib, s: s, rows: container.NewVBox(), summary: wrapped(""), present: present}
	v.module = widget.NewSelect(nil, func(string) { v.showRows() })
	print := widget.NewButtonWithIcon(tr.T("eval_print"), theme.DocumentPrintIcon(), v.showPrint)
	help := wrapped(tr.T("eval_results_help"))
	help.TextStyle.Italic = true
	project := widget.NewButtonWithIcon(tr.T("eval_present_quiz"), theme.MediaPlayIcon(), v.Present)
	bar := container.NewBorder(nil, nil, widget.NewLabel(tr.T("eval_module")), container.NewHBox(project, print), v.module)
	results := container.NewBorder(container.NewVBox(container.NewPadded(bar), help), v.summary, nil, nil, container.NewVScroll(v.rows))
	v.appr = newAppreciationView(e, store, s)
	v.tabs = container.NewAppTabs(
		container.NewTabItem(tr.T("eval_results_tab"), results),
		container.NewTabItem(tr.T("eval_appreciation_tab"), v.appr.Content()),
	)
	v.reload()
	return v
}

// Content is the view's canvas object.
func (v *EvaluationView) Content() fyne.CanvasObject { return v.tabs }

// Appreciation is the questionnaires' part of the tab.
func (v *EvaluationView) Appreciation() *AppreciationView { return v.appr }

// lang is the language the session's quizzes are taken in.
func (v *EvaluationView) lang() string {
	if course.ValidLanguage(v.s.Lang) {
		return v.s.Lang
	}
	return "en"
}

// reload reads the agenda's modules, the participants and the results.
func (v *EvaluationView) reload() {
	ps, err := v.store.Participants(v.s.ID)
	if err == nil {
		v.results, err = v.store.Results(v.s.ID)
	}
	if err != nil {
		v.showError("error_eval_read", err)
		return
	}
	v.ps = ps
	v.modules = nil
	var labels []string
	for _, n := range v.s.Modules() {
		if m := v.lib.Module(n); m != nil && m.HasQuiz(v.lang()) {
			v.modules = append(v.modules, n)
			labels = append(labels, fmt.Sprintf("%02d · %s", n, m.TitleIn(v.tr.Lang())))
		}
	}
	sel := v.module.SelectedIndex()
	v.module.Options = labels
	v.module.Refresh()
	switch {
	case len(labels) == 0:
		v.module.ClearSelected()
	case sel < 0 || sel >= len(labels):
		v.module.SetSelectedIndex(0) // shows the rows
		return
	}
	v.showRows()
	v.appr.reload()
}

// Module is the module whose results are shown (0 when none).
func (v *EvaluationView) Module() int {
	if i := v.module.SelectedIndex(); i >= 0 && i < len(v.modules) {
		return v.modules[i]
	}
	return 0
}

// result is a participant's result of the shown module at when, or nil.
func (v *EvaluationView) result(pid string, when session.When) *session.Result {
	for i, r := range v.results {
		if r.Participant == pid && r.Module == v.Module() && r.When == when {
			return &v.results[i]
		}
	}
	return nil
}

// showRows lays out a row a participant: name, positioning, final test,
// progress; then the group's figures.
func (v *EvaluationView) showRows() {
	tr := v.tr
	v.rows.RemoveAll()
	switch {
	case v.Module() == 0:
		v.rows.Add(wrapped(tr.T("eval_no_quiz")))
		v.summary.SetText("")
		return
	case len(v.ps) == 0:
		v.rows.Add(wrapped(tr.T("eval_no_participants")))
		v.summary.SetText("")
		return
	}
	v.rows.Add(v.row(boldLabel(tr.T("eval_col_participant")), boldLabel(tr.T("eval_pre")), boldLabel(tr.T("eval_post")), boldLabel(tr.T("eval_progress"))))
	for _, p := range v.ps {
		prog := session.Progress{Pre: v.result(p.ID, session.Pre), Post: v.result(p.ID, session.Post)}
		gain := widget.NewLabel("—")
		if g, ok := prog.Gain(); ok {
			gain.SetText(tr.Tf("eval_points", map[string]any{"N": session.FormatGain(g)}))
		}
		name := widget.NewLabel(p.FullName())
		name.Truncation = fyne.TextTruncateEllipsis
		var who fyne.CanvasObject = name
		if by := competenceLine(prog); by != "" {
			l := widget.NewLabel(by)
			l.TextStyle.Italic, l.Truncation = true, fyne.TextTruncateEllipsis
			who = container.NewVBox(name, l)
		}
		v.rows.Add(v.row(who, v.scoreButton(p, session.Pre), v.scoreButton(p, session.Post), gain))
	}
	v.summary.SetText(v.summaryText())
}

// competenceLine is a participant's right answers by DigComp competence,
// before and after, when their answers were entered: "5.4 1/4 → 4/4 ·
// 1.2 2/3 → 3/3"; "" when only scores were.
func competenceLine(p session.Progress) string {
	var rs []session.Result
	for _, r := range []*session.Result{p.Pre, p.Post} {
		if r != nil {
			rs = append(rs, *r)
		}
	}
	var parts []string
	for _, c := range session.ByCompetence(rs) {
		side := func(s course.CompetenceScore) string {
			if s.Of == 0 {
				return "–"
			}
			return fmt.Sprintf("%d/%d", s.Right, s.Of)
		}
		parts = append(parts, c.Code+" "+side(c.Pre)+" → "+side(c.Post))
	}
	return strings.Join(parts, " · ")
}

// row is one line of the grid: a wide name column, three narrow ones.
func (v *EvaluationView) row(name, pre, post, gain fyne.CanvasObject) fyne.CanvasObject {
	cols := container.NewGridWithColumns(3, pre, post, gain)
	return container.NewBorder(nil, nil, nil, container.NewGridWrap(fyne.NewSize(420, 38), cols), name)
}

// scoreButton shows a result ("7/10") or invites to enter it; a tap opens
// the entry.
func (v *EvaluationView) scoreButton(p session.Participant, when session.When) *widget.Button {
	text := v.tr.T("eval_enter")
	r := v.result(p.ID, when)
	if r != nil {
		text = fmt.Sprintf("%d/%d", r.Score, r.Of)
	}
	b := widget.NewButton(text, func() { v.Enter(p, when) })
	if r == nil {
		b.Importance = widget.LowImportance
	}
	return b
}

// Present shows the shown module's quiz on the projector: each question,
// then its answer a key press later.
func (v *EvaluationView) Present() {
	if v.Module() == 0 || v.present == nil {
		return
	}
	v.present(slides.QuizDeck(v.lib.Module(v.Module()), v.lang(), v.tr))
}

// Enter opens the entry of a participant's result at when.
func (v *EvaluationView) Enter(p session.Participant, when session.When) *ResultEntry {
	module := v.Module()
	qz := v.lib.Module(module).QuizIn(v.lang())
	title := v.tr.Tf("eval_entry_title", map[string]any{"When": v.whenLabel(when), "Name": p.FullName(), "N": fmt.Sprintf("%02d", module)})
	var clear func()
	if v.result(p.ID, when) != nil {
		clear = func() {
			if err := v.store.DeleteResult(v.s.ID, p.ID, module, when); err != nil {
				v.showError("error_eval_save", err)
			}
			v.reload()
		}
	}
	return showResultEntry(v.env, title, qz, v.result(p.ID, when), func(re *ResultEntry) error {
		defer v.reload()
		return v.Save(p.ID, module, when, re)
	}, clear)
}

// Save stores what an entry holds: the answers, scored, or the score.
func (v *EvaluationView) Save(pid string, module int, when session.When, re *ResultEntry) error {
	if re.ByAnswers() {
		_, err := kit.RecordAnswers(v.store, v.lib, v.s.ID, pid, module, when, v.lang(), re.AnswersText())
		return err
	}
	n, ok := re.Score()
	if !ok {
		return refuse(re.score, v.tr.Tf("eval_bad_score", map[string]any{"N": len(re.qz.Questions)}))
	}
	_, err := kit.RecordScore(v.store, v.s.ID, pid, module, when, n, len(re.qz.Questions))
	return err
}

func (v *EvaluationView) whenLabel(w session.When) string {
	if w == session.Pre {
		return v.tr.T("eval_pre")
	}
	return v.tr.T("eval_post")
}

// summaryText is the group's figures on the shown module: each test's
// takers and average, the average progress.
func (v *EvaluationView) summaryText() string {
	var rs []session.Result
	for _, r := range v.results {
		if r.Module == v.Module() {
			rs = append(rs, r)
		}
	}
	sums := session.Summarise(session.Progresses(rs, v.ps))
	if len(sums) == 0 {
		return v.tr.T("eval_report_no_results")
	}
	s := sums[0]
	pct := func(p float64) string { return strconv.Itoa(int(math.Round(p))) + " %" }
	part := func(label, text string) string {
		return v.tr.Tf("eval_summary_part", map[string]any{"Label": label, "Text": text})
	}
	// A test nobody took yet says so, not "0 people, average 0 %".
	takers := func(n int, p float64) string {
		if n == 0 {
			return v.tr.T("eval_summary_none")
		}
		return v.tr.Tn("eval_report_average_of", n, map[string]any{"N": n, "Pct": pct(p)})
	}
	line := part(v.tr.T("eval_pre"), takers(s.Pre, s.PrePct)) + " · " + part(v.tr.T("eval_post"), takers(s.Post, s.PostPct))
	if s.Both > 0 {
		gain := session.FormatGain(int(math.Round(s.Gain)))
		line += " · " + part(v.tr.T("eval_progress"), v.tr.Tn("eval_report_gain_of", s.Both, map[string]any{"N": s.Both, "Gain": gain}))
	}
	return line
}

// evalDocs are the documents the tab prints, in the order offered.
var evalDocs = []string{"eval_doc_quiz_sheet", "eval_doc_quiz_key", "eval_doc_cards", "eval_doc_appreciation", "eval_doc_report"}

// showPrint offers the evaluation's documents: the shown module's quiz
// sheet and key, the answer cards, the questionnaire, the report.
func (v *EvaluationView) showPrint() {
	tr := v.tr
	names := make([]string, len(evalDocs))
	for i, k := range evalDocs {
		names[i] = tr.T(k)
	}
	which := widget.NewRadioGroup(names, nil)
	which.Required = true
	which.SetSelected(names[len(names)-1])
	paper := paperSelect()
	items := []*widget.FormItem{widget.NewFormItem(tr.T("export_document"), which), widget.NewFormItem(tr.T("export_paper"), paper)}
	showForm(tr.T("eval_print_title"), tr.T("export_choose_file"), tr.T("dialog_cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		doc := evalDocs[indexOf(names, which.Selected)]
		name := safeFileName(v.s.Title+" - "+which.Selected) + ".pdf"
		savePDF(v.env, name, func(path string) (kit.ExportReport, error) {
			return kit.ExportReport{}, v.Print(path, doc, paperOf(paper))
		})
	}, v.win)
}

// Print writes one of the evaluation's documents (an evalDocs key), with
// the organisation profile when the store keeps one. The quiz, printed for
// the session, names the session's training body in its footer as the
// session's other documents do.
func (v *EvaluationView) Print(path, doc string, paper pdf.Paper) error {
	p := kit.Print{Paper: paper}
	if st, ok := v.store.(OrgStore); ok {
		o, err := st.Org()
		if err != nil {
			return err
		}
		p.Org = &o
	}
	switch doc {
	case "eval_doc_quiz_sheet", "eval_doc_quiz_key":
		if v.Module() == 0 {
			return fmt.Errorf("%s", v.tr.T("eval_no_quiz"))
		}
		p.Body = v.s.Body.Name
		return kit.ExportQuiz(path, v.lib, v.Module(), v.lang(), doc == "eval_doc_quiz_key", p)
	case "eval_doc_cards":
		return kit.ExportCards(path, v.lib, v.store, v.s.ID, 0, paper)
	case "eval_doc_appreciation":
		return kit.ExportAppreciation(path, v.store, v.s.ID, 0, p)
	}
	return kit.ExportSessionReport(path, v.lib, v.store, v.s.ID, p)
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return 0
}
