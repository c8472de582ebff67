package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// ResultEntry is the dialog in which the trainer enters one participant's
// quiz result: the score counted on the sheet, or the answers ticked (a
// row of letters a question) that the kit scores as they are ticked.
type ResultEntry struct {
	env
	qz      course.Quiz
	mode    *widget.RadioGroup
	score   *field
	ticks   []*widget.CheckGroup
	total   *widget.Label
	byScore fyne.CanvasObject
	byTicks fyne.CanvasObject
	root    fyne.CanvasObject
}

// newResultEntry builds the entry filled with r (zero when there is none
// yet): its answers when they were entered, else its score.
func newResultEntry(e env, qz course.Quiz, r *session.Result) *ResultEntry {
	tr := e.tr
	re := &ResultEntry{env: e, qz: qz, total: boldLabel("")}
	re.score = newField()
	re.score.OnChanged = func(string) { re.showTotal() }
	of := widget.NewLabel(tr.Tf("eval_score_of", map[string]any{"N": len(qz.Questions)}))
	re.byScore = container.NewHBox(widget.NewLabel(tr.T("eval_mode_score")), container.NewGridWrap(fyne.NewSize(90, 40), re.score), of)
	re.byTicks = re.tickRows()
	modes := []string{tr.T("eval_mode_answers"), tr.T("eval_mode_score")}
	re.mode = widget.NewRadioGroup(modes, nil)
	re.mode.Horizontal, re.mode.Required = true, true
	re.fill(r)
	// The trainer's choice of the score takes them to its field, so that
	// the score typed next goes in it.
	re.mode.OnChanged = func(string) {
		re.showMode()
		if !re.ByAnswers() {
			e.win.Canvas().Focus(re.score)
		}
	}
	help := wrapped(tr.T("eval_entry_help"))
	help.TextStyle.Italic = true
	body := container.NewStack(container.NewVScroll(re.byTicks), container.NewVBox(re.byScore))
	re.root = container.NewBorder(container.NewVBox(re.mode, help), re.total, nil, nil, body)
	re.showMode()
	return re
}

// tickRows is a row a question: its number, a box a letter, its text.
func (re *ResultEntry) tickRows() fyne.CanvasObject {
	box := container.NewVBox()
	re.ticks = make([]*widget.CheckGroup, len(re.qz.Questions))
	for i, q := range re.qz.Questions {
		letters := make([]string, len(q.Choices))
		for j := range q.Choices {
			letters[j] = course.Letter(j)
		}
		cg := widget.NewCheckGroup(letters, func([]string) { re.showTotal() })
		cg.Horizontal = true
		re.ticks[i] = cg
		text := widget.NewLabel(q.Text)
		text.Truncation = fyne.TextTruncateEllipsis
		num := boldLabel(strconv.Itoa(i+1) + ".")
		box.Add(container.NewBorder(nil, nil, container.NewHBox(num, cg), nil, text))
	}
	return box
}

// fill shows r: its ticks when it has answers, else its score.
func (re *ResultEntry) fill(r *session.Result) {
	if r == nil || r.Answers != nil {
		re.mode.SetSelected(re.mode.Options[0])
	} else {
		re.mode.SetSelected(re.mode.Options[1])
	}
	if r == nil {
		return
	}
	re.score.SetText(strconv.Itoa(r.Score))
	for i, a := range r.Answers {
		if i < len(re.ticks) && a != "" {
			re.ticks[i].SetSelected(strings.Split(a, ","))
		}
	}
}

// ByAnswers reports whether the answers are being entered (not the score).
func (re *ResultEntry) ByAnswers() bool { return re.mode.Selected == re.mode.Options[0] }

func (re *ResultEntry) showMode() {
	if re.ByAnswers() {
		re.byScore.Hide()
		re.byTicks.Show()
	} else {
		re.byTicks.Hide()
		re.byScore.Show()
	}
	re.showTotal()
}

// AnswersText is the ticks as kit.RecordAnswers reads them: "B;A,C;;D".
func (re *ResultEntry) AnswersText() string {
	groups := make([]string, len(re.ticks))
	for i, cg := range re.ticks {
		groups[i] = strings.Join(cg.Selected, ",")
	}
	return strings.Join(groups, ";")
}

// Score is the score typed, and whether it is one.
func (re *ResultEntry) Score() (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(re.score.Text))
	return n, err == nil && n >= 0 && n <= len(re.qz.Questions)
}

// showTotal writes the score as it stands.
func (re *ResultEntry) showTotal() {
	n, ok := re.Score()
	if re.ByAnswers() {
		ticked, err := re.qz.ParseAnswers(re.AnswersText())
		n, ok = re.qz.Score(ticked).Right, err == nil
	}
	if !ok {
		re.total.SetText(re.tr.Tf("eval_bad_score", map[string]any{"N": len(re.qz.Questions)}))
		return
	}
	re.total.SetText(re.tr.Tf("eval_score_now", map[string]any{"Score": n, "Of": len(re.qz.Questions)}))
}

// Content is the entry's canvas object.
func (re *ResultEntry) Content() fyne.CanvasObject { return re.root }

// showResultEntry opens the entry for a participant's result; save stores
// what was entered, clear deletes the result (nil when there is none). A
// result save refuses keeps the entry open with what it holds
// (newCheckedConfirm).
func showResultEntry(e env, title string, qz course.Quiz, r *session.Result, save func(*ResultEntry) error, clear func()) *ResultEntry {
	re := newResultEntry(e, qz, r)
	content := re.Content()
	var d *dialog.ConfirmDialog
	if clear != nil {
		del := widget.NewButton(e.tr.T("eval_clear"), func() { clear(); d.Hide() })
		content = container.NewBorder(nil, container.NewHBox(del), nil, nil, content)
	}
	d = newCheckedConfirm(e, title, e.tr.T("eval_save"), e.tr.T("dialog_cancel"), content, re.Content(),
		func() error { return save(re) }, "error_eval_save")
	d.Resize(fyne.NewSize(640, 600))
	// The entry's own fields: the Delete button below is not where the
	// focus starts.
	showDialog(e.win, d, re.Content())
	return re
}
