package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/session"
)

// appreciationStore keeps a session's questionnaires.
type appreciationStore interface {
	Participants(sessionID string) ([]session.Participant, error)
	Appreciations(sessionID string) ([]session.Appreciation, error)
	SaveAppreciation(sessionID string, a session.Appreciation) (session.Appreciation, error)
	DeleteAppreciation(sessionID, id string) error
}

// AppreciationView is the questionnaires' part of the Evaluation tab: the
// averages per rated question, the open answers, and the questionnaires
// entered, each to correct or delete; a button enters the next one.
type AppreciationView struct {
	env
	store appreciationStore
	s     *session.Session
	as    []session.Appreciation
	body  *fyne.Container
	root  fyne.CanvasObject
}

func newAppreciationView(e env, store appreciationStore, s *session.Session) *AppreciationView {
	v := &AppreciationView{env: e, store: store, s: s, body: container.NewVBox()}
	add := widget.NewButtonWithIcon(e.tr.T("eval_appr_add"), theme.ContentAddIcon(), func() { v.Edit(session.Appreciation{}) })
	add.Importance = widget.HighImportance
	v.root = container.NewBorder(container.NewPadded(container.NewHBox(add)), nil, nil, nil, container.NewVScroll(v.body))
	v.reload()
	return v
}

// Content is the view's canvas object.
func (v *AppreciationView) Content() fyne.CanvasObject { return v.root }

// Appreciations are the questionnaires shown.
func (v *AppreciationView) Appreciations() []session.Appreciation { return v.as }

func (v *AppreciationView) reload() {
	as, err := v.store.Appreciations(v.s.ID)
	if err != nil {
		v.showError("error_eval_read", err)
		return
	}
	v.as = as
	v.body.RemoveAll()
	if len(as) == 0 {
		v.body.Add(wrapped(v.tr.T("eval_appr_none")))
		return
	}
	v.body.Add(v.averages())
	for i, a := range as {
		v.body.Add(v.entryRow(i, a))
	}
}

// averages is a row a rated question: its wording, the average, how many
// answered; then the count of questionnaires.
func (v *AppreciationView) averages() fyne.CanvasObject {
	tr := v.tr
	sum := session.SummariseAppreciations(v.as)
	grid := container.New(newRatingLayout(), boldLabel(tr.T("eval_col_question")), boldLabel(tr.T("eval_col_average")), boldLabel(tr.T("eval_col_answers")))
	for _, it := range sum.Items {
		q := widget.NewLabel(tr.T(session.ItemMessages[it.Item]))
		q.Truncation = fyne.TextTruncateEllipsis
		avg := "—"
		if it.Answers > 0 {
			avg = tr.Tf("eval_average_of_4", map[string]any{"N": strings.Replace(strconv.FormatFloat(it.Average, 'f', 1, 64), ".", decimalSep(tr.Lang()), 1)})
		}
		grid.Add(q)
		grid.Add(widget.NewLabel(avg))
		grid.Add(widget.NewLabel(strconv.Itoa(it.Answers)))
	}
	count := widget.NewLabel(tr.Tn("eval_appr_count", sum.Responses, map[string]any{"N": sum.Responses}))
	count.TextStyle.Italic = true
	return container.NewVBox(grid, count, widget.NewSeparator())
}

// decimalSep is the decimal separator of a language: a comma but in English.
func decimalSep(lang string) string {
	if lang == "en" {
		return "."
	}
	return ","
}

// entryRow is one questionnaire: its number, its ratings, the start of its
// open answers, and buttons to correct or delete it.
func (v *AppreciationView) entryRow(i int, a session.Appreciation) fyne.CanvasObject {
	var marks []string
	for _, it := range session.RatedItems {
		if r, ok := a.Ratings[it]; ok {
			marks = append(marks, strconv.Itoa(r))
		} else {
			marks = append(marks, "–")
		}
	}
	text := v.tr.Tf("eval_appr_number", map[string]any{"N": i + 1}) + "   " + strings.Join(marks, " · ")
	for _, open := range []string{a.Liked, a.Improve} {
		if open != "" {
			text += "   " + open
		}
	}
	l := widget.NewLabel(text)
	l.Truncation = fyne.TextTruncateEllipsis
	edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { v.Edit(a) })
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { v.confirmDelete(a) })
	return container.NewBorder(nil, nil, nil, container.NewHBox(edit, del), l)
}

func (v *AppreciationView) confirmDelete(a session.Appreciation) {
	showConfirm(v.tr.T("eval_appr_delete"), v.tr.T("eval_appr_delete_confirm"), func(ok bool) {
		if !ok {
			return
		}
		if err := v.store.DeleteAppreciation(v.s.ID, a.ID); err != nil {
			v.showError("error_eval_save", err)
		}
		v.reload()
	}, v.win)
}

// Edit opens the questionnaire form on a (a new one when a has no ID).
func (v *AppreciationView) Edit(a session.Appreciation) *AppreciationForm {
	f := newAppreciationForm(v.env, a)
	d := dialog.NewCustomConfirm(v.tr.T("eval_doc_appreciation"), v.tr.T("eval_save"), v.tr.T("dialog_cancel"), f.Content(), func(ok bool) {
		if !ok {
			return
		}
		if err := v.Save(f); err != nil {
			v.showError("error_eval_save", err)
		}
	}, v.win)
	d.Resize(fyne.NewSize(760, 640))
	showDialog(v.win, d, f.Content())
	return f
}

// Save stores what a form holds.
func (v *AppreciationView) Save(f *AppreciationForm) error {
	defer v.reload()
	_, err := v.store.SaveAppreciation(v.s.ID, f.Appreciation())
	if err != nil {
		return fmt.Errorf("save questionnaire: %w", err)
	}
	return nil
}

// AppreciationForm is one questionnaire as the trainer types it from the
// sheet: a row of four choices a rated question, the two open answers.
type AppreciationForm struct {
	id      string
	entered time.Time
	rates   map[string]*widget.RadioGroup
	liked   *widget.Entry
	improve *widget.Entry
	root    fyne.CanvasObject
}

func newAppreciationForm(e env, a session.Appreciation) *AppreciationForm {
	tr := e.tr
	f := &AppreciationForm{id: a.ID, entered: a.Entered, rates: map[string]*widget.RadioGroup{}}
	scale := make([]string, session.MaxRating)
	for i := range scale {
		scale[i] = strconv.Itoa(i + 1)
	}
	grid := container.NewVBox()
	for _, it := range session.RatedItems {
		g := widget.NewRadioGroup(scale, nil)
		g.Horizontal = true
		if r, ok := a.Ratings[it]; ok {
			g.SetSelected(strconv.Itoa(r))
		}
		f.rates[it] = g
		grid.Add(container.NewBorder(nil, nil, nil, g, wrapped(tr.T(session.ItemMessages[it]))))
	}
	legend := make([]string, session.MaxRating)
	for i, k := range session.ScaleMessages {
		legend[i] = fmt.Sprintf("%d %s", i+1, tr.T(k))
	}
	leg := widget.NewLabel(strings.Join(legend, " · "))
	leg.TextStyle.Italic = true
	f.liked, f.improve = widget.NewMultiLineEntry(), widget.NewMultiLineEntry()
	f.liked.SetText(a.Liked)
	f.improve.SetText(a.Improve)
	f.liked.Wrapping, f.improve.Wrapping = fyne.TextWrapWord, fyne.TextWrapWord
	f.liked.SetMinRowsVisible(2)
	f.improve.SetMinRowsVisible(2)
	f.root = container.NewVScroll(container.NewVBox(leg, grid,
		boldLabel(tr.T("eval_appr_q_liked")), f.liked, boldLabel(tr.T("eval_appr_q_improve")), f.improve))
	return f
}

// Content is the form's canvas object.
func (f *AppreciationForm) Content() fyne.CanvasObject { return f.root }

// Rate ticks a rating (0 clears it): for tests and keyboard users alike.
func (f *AppreciationForm) Rate(item string, n int) {
	if n == 0 {
		f.rates[item].SetSelected("")
		return
	}
	f.rates[item].SetSelected(strconv.Itoa(n))
}

// SetOpen types the two open answers.
func (f *AppreciationForm) SetOpen(liked, improve string) {
	f.liked.SetText(liked)
	f.improve.SetText(improve)
}

// Appreciation is what the form holds.
func (f *AppreciationForm) Appreciation() session.Appreciation {
	a := session.Appreciation{ID: f.id, Entered: f.entered, Ratings: map[string]int{}, Liked: f.liked.Text, Improve: f.improve.Text}
	for it, g := range f.rates {
		if n, err := strconv.Atoi(g.Selected); err == nil {
			a.Ratings[it] = n
		}
	}
	return a
}

// ratingLayout lays out rows of three: a wide first column that takes what
// the two others leave.
type ratingLayout struct{ second, third float32 }

func newRatingLayout() *ratingLayout { return &ratingLayout{second: 200, third: 80} }

func (l *ratingLayout) rows(objs []fyne.CanvasObject) int { return (len(objs) + 2) / 3 }

func (l *ratingLayout) rowHeight(objs []fyne.CanvasObject, r int) float32 {
	var h float32
	for c := 0; c < 3 && 3*r+c < len(objs); c++ {
		h = max(h, objs[3*r+c].MinSize().Height)
	}
	return h
}

// Layout places each row's cells side by side.
func (l *ratingLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	first := size.Width - l.second - l.third
	var y float32
	for r := range l.rows(objs) {
		h := l.rowHeight(objs, r)
		x := float32(0)
		for c, w := range []float32{first, l.second, l.third} {
			if i := 3*r + c; i < len(objs) {
				objs[i].Move(fyne.NewPos(x, y))
				objs[i].Resize(fyne.NewSize(w, h))
			}
			x += w
		}
		y += h
	}
}

// MinSize is the rows' heights and room for a short question.
func (l *ratingLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h float32
	for r := range l.rows(objs) {
		h += l.rowHeight(objs, r)
	}
	return fyne.NewSize(240+l.second+l.third, h)
}
