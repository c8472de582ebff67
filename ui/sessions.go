package ui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/course/slides"
	"github.com/socialtech/trainerkit/locales"
)

// SessionsView is the sessions screen: the list of sessions on the left,
// the selected session's editor on the right.
type SessionsView struct {
	env
	store  SessionStore
	lib    *course.Library
	act    sessionActions
	items  []session.Summary
	list   *widget.List
	right  *fyne.Container
	editor *SessionEditor
	leave  dialog.Dialog // the unsaved-text question, while it shows
	purge  *purgePrompt  // the retention prompt, once shown
	root   fyne.CanvasObject
}

// sessionActions are what the sessions screens ask of the window around them.
type sessionActions struct {
	lang    func() string           // the content language: a new session's default
	present func(deck *slides.Deck) // projector mode on a deck
	// firstShow reports whether the screen shows for the first time in this
	// run: the retention prompt shows once.
	firstShow func() bool
	// duplicate asks for a copy of the open session (the sessions screen
	// sets it).
	duplicate func()
}

func newSessionsView(e env, store SessionStore, lib *course.Library, act sessionActions) *SessionsView {
	v := &SessionsView{env: e, store: store, lib: lib, act: act}
	v.act.duplicate = v.showDuplicate
	v.list = widget.NewList(
		func() int { return len(v.items) },
		func() fyne.CanvasObject {
			title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			title.Truncation = fyne.TextTruncateEllipsis
			sub := widget.NewLabel("")
			sub.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(title, sub)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			s := v.items[id]
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(s.Title)
			box.Objects[1].(*widget.Label).SetText(sessionDates(v.tr.Lang(), s.Session) + "  ·  " +
				v.tr.Tn("sessions_participant_count", s.Participants, nil))
		})
	v.list.OnSelected = func(id widget.ListItemID) { v.open(v.items[id].ID) }
	newBtn := widget.NewButtonWithIcon(v.tr.T("sessions_new"), theme.ContentAddIcon(), v.showNew)
	newBtn.Importance = widget.HighImportance
	left := container.NewBorder(container.NewPadded(newBtn), nil, nil, nil, v.list)
	v.right = container.NewStack(container.NewCenter(widget.NewLabel(v.tr.T("sessions_choose"))))
	split := container.NewHSplit(left, v.right)
	split.Offset = 0.27
	v.root = split
	return v
}

// Content is the screen's canvas object.
func (v *SessionsView) Content() fyne.CanvasObject { return v.root }

// Editor is the open session's editor (nil when none is open).
func (v *SessionsView) Editor() *SessionEditor { return v.editor }

// reload reads the sessions again and offers to purge old participants.
func (v *SessionsView) reload() {
	items, err := v.store.Sessions()
	if err != nil {
		v.showError("error_load_sessions", err)
		return
	}
	v.items = items
	v.list.Refresh()
	v.offerPurge()
}

// open shows a session in the editor. The session already open stays as
// it is (its tab, its scroll position); leaving one with text not saved
// yet asks first (askLeave).
func (v *SessionsView) open(id string) {
	if v.editor != nil && v.editor.s.ID == id {
		return
	}
	if v.editor != nil && v.editor.Dirty() {
		v.askLeave(id)
		return
	}
	v.OpenSession(id)
}

// OpenSession shows session id in a new editor, whatever the open one
// holds.
func (v *SessionsView) OpenSession(id string) {
	s, err := v.store.Session(id)
	if err != nil {
		v.showError("error_load_sessions", err)
		return
	}
	v.editor = newSessionEditor(v.env, v.store, v.lib, s, v.act, v.changed)
	v.right.Objects = []fyne.CanvasObject{v.editor.Content()}
	v.right.Refresh()
	v.selectID(id)
}

// selectID shows session id as selected in the list.
func (v *SessionsView) selectID(id string) {
	for i, it := range v.items {
		if it.ID == id {
			v.list.Select(i)
		}
	}
}

// askLeave asks what to do with the open session's unsaved text before
// opening session id: save it, drop it, or stay.
func (v *SessionsView) askLeave(id string) {
	tr := v.tr
	var d dialog.Dialog
	doStay := func() {
		d.Hide()
		v.list.UnselectAll()
		v.selectID(v.editor.s.ID)
	}
	stay := widget.NewButton(tr.T("dialog_cancel"), doStay)
	drop := widget.NewButton(tr.T("sessions_unsaved_discard"), func() { d.Hide(); v.OpenSession(id) })
	doKeep := func() {
		d.Hide()
		if v.editor.SaveAll() {
			v.OpenSession(id)
		}
	}
	keep := widget.NewButton(tr.T("dialog_save"), doKeep)
	keep.Importance = widget.HighImportance
	msg := widget.NewLabel(tr.Tf("sessions_unsaved_message", map[string]any{"Title": v.editor.s.Title}))
	msg.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustomWithoutButtons(tr.T("sessions_unsaved_title"),
		container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), stay, drop, keep), nil, nil, msg), v.win)
	d.Resize(fyne.NewSize(460, 200))
	// Enter saves (the highlighted button), Escape stays, as Cancel does.
	showDialogKeyed(v.win, d, nil, doKeep, doStay)
	v.leave = d
}

// changed is called by the editor after a save or a deletion.
func (v *SessionsView) changed(deleted bool) {
	sel := ""
	if v.editor != nil && !deleted {
		sel = v.editor.s.ID
	}
	items, err := v.store.Sessions()
	if err != nil {
		v.showError("error_load_sessions", err)
		return
	}
	v.items = items
	v.list.UnselectAll()
	v.list.Refresh()
	if deleted {
		v.editor = nil
		v.right.Objects = []fyne.CanvasObject{container.NewCenter(widget.NewLabel(v.tr.T("sessions_choose")))}
		v.right.Refresh()
		return
	}
	for i, it := range v.items {
		if it.ID == sel {
			v.list.Select(i)
		}
	}
}

// Create makes a new session and opens it: the new-session dialog's action,
// callable from tests.
func (v *SessionsView) Create(title, start string, days int, lang, template string) (*session.Session, error) {
	return v.CreateWith(title, start, days, lang, template, nil)
}

// CreateWith makes a new session from a template (by name, "" for none)
// and modules: each module's ready half-day goes in the next free half-day
// (Session.PlaceModules), days added as needed. It opens the session.
func (v *SessionsView) CreateWith(title, start string, days int, lang, template string, modules []int) (*session.Session, error) {
	s, err := session.New(title, start, days, lang)
	if err != nil {
		return nil, err
	}
	if dt, ok := v.store.(dayTimesStore); ok {
		s.SetTimes(dt.DefaultDayTimes()) // the trainer's default half-days
	}
	if template != "" {
		tpls, err := v.store.Templates()
		if err != nil {
			return nil, err
		}
		for _, t := range tpls {
			if t.Name == template {
				s.SetDays(max(days, len(t.Agenda)))
				copy(s.Agenda, session.CloneAgenda(t.Agenda))
			}
		}
	}
	if err := s.PlaceModules(v.lib, modules); err != nil {
		return nil, err
	}
	if err := v.store.SaveSession(s); err != nil {
		return nil, err
	}
	v.reload()
	v.selectID(s.ID)
	return s, nil
}

// Duplicate copies the open session (details and agenda, not its
// participants) under a new title and opens the copy.
func (v *SessionsView) Duplicate(title string) (*session.Session, error) {
	if v.editor == nil {
		return nil, errors.New("no session is open")
	}
	c := v.editor.s.Copy(title)
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if err := v.store.SaveSession(c); err != nil {
		return nil, err
	}
	v.reload()
	v.selectID(c.ID)
	return c, nil
}

// showDuplicate asks the copy's title.
func (v *SessionsView) showDuplicate() {
	if v.editor == nil {
		return
	}
	tr := v.tr
	title := newField()
	title.SetText(tr.Tf("sessions_copy_title", map[string]any{"Title": v.editor.s.Title}))
	items := []*widget.FormItem{widget.NewFormItem(tr.T("session_title"), title)}
	d := newCheckedForm(v.env, tr.T("sessions_duplicate"), tr.T("dialog_create"), items, func() error {
		_, err := v.Duplicate(title.Text)
		return sessionRefusal(tr, err, title, nil)
	}, "error_save_session")
	showDialog(v.win, d, formContent(items))
}

// newSessionForm is the New session dialog's fields.
type newSessionForm struct {
	title   *field
	start   *dateField
	days    *field
	lang    *langSelect
	tpl     *choice
	modules *widget.CheckGroup
	nums    []int // the module numbers, in the order of modules.Options
}

// chosen is the numbers of the modules ticked, in the list's order.
func (f *newSessionForm) chosen() []int {
	var out []int
	for i, o := range f.modules.Options {
		for _, sel := range f.modules.Selected {
			if sel == o {
				out = append(out, f.nums[i])
			}
		}
	}
	return out
}

func (v *SessionsView) newSessionForm() *newSessionForm {
	tr := v.tr
	f := &newSessionForm{title: newField(), start: newDateField(tr.Lang(), v.win, ""), days: newField(),
		lang: newLangSelect(v.act.lang())}
	f.days.SetText("1")
	tplNames := []string{tr.T("sessions_no_template")}
	if tpls, err := v.store.Templates(); err == nil {
		for _, t := range tpls {
			tplNames = append(tplNames, t.Name)
		}
	}
	f.tpl = newChoice(tplNames, nil)
	f.tpl.SetSelectedIndex(0)
	var opts []string
	for _, m := range v.lib.Modules {
		opts = append(opts, fmt.Sprintf("%02d %s", m.Number, m.TitleIn(tr.Lang())))
		f.nums = append(f.nums, m.Number)
	}
	f.modules = widget.NewCheckGroup(opts, func([]string) {
		// Enough days for the modules ticked: one half-day each.
		if n := session.DaysFor(len(f.modules.Selected)); len(f.modules.Selected) > 0 {
			f.days.SetText(strconv.Itoa(n))
		}
	})
	return f
}

// showNew asks for the few details a session needs to exist, and the
// modules and template to start its agenda with.
func (v *SessionsView) showNew() {
	tr := v.tr
	f := v.newSessionForm()
	mods := container.NewVScroll(f.modules)
	mods.SetMinSize(fyne.NewSize(420, 220))
	items := []*widget.FormItem{
		widget.NewFormItem(tr.T("session_title"), f.title),
		widget.NewFormItem(tr.T("session_start"), f.start.root),
		widget.NewFormItem(tr.T("session_days"), f.days),
		widget.NewFormItem(tr.T("session_language"), f.lang.choice),
		widget.NewFormItem(tr.T("sessions_template"), f.tpl),
		widget.NewFormItem(tr.T("sessions_modules"), mods),
	}
	// A refusal keeps the dialog and what it holds, and focuses the field
	// to correct (newCheckedForm).
	d := newCheckedForm(v.env, tr.T("sessions_new"), tr.T("dialog_create"), items, func() error {
		n, err := strconv.Atoi(strings.TrimSpace(f.days.Text))
		if err != nil || n < 1 || n > 60 {
			return refuse(f.days, tr.T("error_days"))
		}
		date, err := f.start.ISO()
		if err != nil {
			return refuse(f.start.entry, tr.T("error_session_date"))
		}
		if date == "" {
			date = time.Now().AddDate(0, 0, 14).Format(session.DateLayout)
		}
		name := ""
		if f.tpl.SelectedIndex() > 0 {
			name = f.tpl.Selected
		}
		_, err = v.CreateWith(f.title.Text, date, n, f.lang.Value(), name, f.chosen())
		return sessionRefusal(v.tr, err, f.title, f.start.entry)
	}, "error_save_session")
	d.Resize(fyne.NewSize(640, 620))
	showDialog(v.win, d, formContent(items))
}

// offerPurge asks, once per run, whether to delete the participants of
// sessions that ended longer ago than the retention period (purgePrompt).
func (v *SessionsView) offerPurge() {
	if !v.act.firstShow() {
		return
	}
	exp, err := v.store.ExpiredSessions(time.Now())
	if err != nil || len(exp) == 0 {
		return
	}
	v.purge = newPurgePrompt(v.env, exp, v.store.RetentionMonths(), func(chosen []session.Summary) {
		eraseBusy(v.env, func() error { return purgeAll(v.store, chosen) }, "error_purge", v.reload)
	})
}

// purgePrompt lists the sessions whose participants' data is past the
// retention period, the oldest end date first, each ticked; the trainer
// unticks the ones to keep. The list scrolls, the buttons stay below it.
type purgePrompt struct {
	checks   []*widget.Check
	sessions []session.Summary
	dlg      dialog.Dialog
}

func newPurgePrompt(e env, exp []session.Summary, months int, purge func(chosen []session.Summary)) *purgePrompt {
	tr := e.tr
	p := &purgePrompt{}
	list := container.NewVBox()
	for _, s := range exp {
		c := widget.NewCheck(tr.Tf("purge_item", map[string]any{"Title": s.Title, "End": formatDate(tr.Lang(), s.End()),
			"People": tr.Tn("sessions_participant_count", s.Participants, nil)}), nil)
		c.SetChecked(true)
		p.checks = append(p.checks, c)
		p.sessions = append(p.sessions, s)
		list.Add(c)
	}
	msg := widget.NewLabel(tr.Tf("purge_message", map[string]any{"Months": months}))
	msg.Wrapping = fyne.TextWrapWord
	p.dlg = dialog.NewCustomConfirm(tr.T("purge_title"), tr.T("purge_confirm"), tr.T("dialog_cancel"),
		container.NewBorder(msg, nil, nil, nil, container.NewVScroll(list)), func(ok bool) {
			if ok {
				purge(p.Chosen())
			}
		}, e.win)
	size := e.win.Canvas().Size()
	p.dlg.Resize(fyne.NewSize(min(720, size.Width*0.9), min(560, size.Height*0.85)))
	showDialog(e.win, p.dlg, nil)
	return p
}

// Chosen is the sessions still ticked.
func (p *purgePrompt) Chosen() []session.Summary {
	var out []session.Summary
	for i, c := range p.checks {
		if c.Checked {
			out = append(out, p.sessions[i])
		}
	}
	return out
}

// purgeAll deletes the participants of the sessions exp. A purge whose
// erasure is unfinished has still deleted: the others go on, and the last
// such error is returned.
func purgeAll(st SessionStore, exp []session.Summary) error {
	var notErased error
	for _, s := range exp {
		err := st.PurgeParticipants(s.ID)
		if errors.Is(err, datafile.ErrNotErased) {
			notErased = err
			continue
		}
		if err != nil {
			return err
		}
	}
	return notErased
}

// sessionRefusal is err, a session's refusal to be saved, as the plain
// sentence that says what to correct and the field to correct it in
// (title, start: nil for none): a refusal for the dialog that asked
// (newCheckedForm). Other errors are returned as they are; nil is nil.
func sessionRefusal(tr *locales.Localizer, err error, title, start fyne.Focusable) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, session.ErrNoTitle):
		return refuse(title, tr.T("error_session_title"))
	case strings.Contains(err.Error(), "start date"):
		return refuse(start, tr.T("error_session_date"))
	case strings.Contains(err.Error(), "half-day times"):
		return refuse(nil, tr.T("error_session_times"))
	}
	return err
}

// showSessionError explains a session that cannot be saved, in the
// trainer's language when the reason is known.
func showSessionError(e env, err error) {
	var fe *fieldError
	if errors.As(sessionRefusal(e.tr, err, nil, nil), &fe) {
		showErrorDialog(errors.New(fe.msg), e.win)
		return
	}
	e.showError("error_save_session", err)
}
