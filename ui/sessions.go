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
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/course/slides"
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
	root   fyne.CanvasObject
}

// sessionActions are what the sessions screens ask of the window around them.
type sessionActions struct {
	lang    func() string           // the content language: a new session's default
	present func(deck *slides.Deck) // projector mode on a deck
	// firstShow reports whether the screen shows for the first time in this
	// run: the retention prompt shows once.
	firstShow func() bool
}

func newSessionsView(e env, store SessionStore, lib *course.Library, act sessionActions) *SessionsView {
	v := &SessionsView{env: e, store: store, lib: lib, act: act}
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

// open shows a session in the editor.
func (v *SessionsView) open(id string) {
	s, err := v.store.Session(id)
	if err != nil {
		v.showError("error_load_sessions", err)
		return
	}
	v.editor = newSessionEditor(v.env, v.store, v.lib, s, v.act, v.changed)
	v.right.Objects = []fyne.CanvasObject{v.editor.Content()}
	v.right.Refresh()
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
	s, err := session.New(title, start, days, lang)
	if err != nil {
		return nil, err
	}
	if template != "" {
		tpls, err := v.store.Templates()
		if err != nil {
			return nil, err
		}
		for _, t := range tpls {
			if t.Name == template {
				s.SetDays(max(days, len(t.Agenda)))
				copy(s.Agenda, t.Agenda)
			}
		}
	}
	if err := v.store.SaveSession(s); err != nil {
		return nil, err
	}
	v.reload()
	for i, it := range v.items {
		if it.ID == s.ID {
			v.list.Select(i)
		}
	}
	return s, nil
}

// showNew asks for the few details a session needs to exist.
func (v *SessionsView) showNew() {
	tr := v.tr
	title := widget.NewEntry()
	start := widget.NewEntry()
	start.SetPlaceHolder(time.Now().AddDate(0, 0, 14).Format(session.DateLayout))
	days := widget.NewEntry()
	days.SetText("1")
	lang := newLangSelect(v.act.lang())
	tplNames := []string{tr.T("sessions_no_template")}
	if tpls, err := v.store.Templates(); err == nil {
		for _, t := range tpls {
			tplNames = append(tplNames, t.Name)
		}
	}
	tpl := widget.NewSelect(tplNames, nil)
	tpl.SetSelectedIndex(0)
	items := []*widget.FormItem{
		widget.NewFormItem(tr.T("session_title"), title),
		widget.NewFormItem(tr.T("session_start"), start),
		widget.NewFormItem(tr.T("session_days"), days),
		widget.NewFormItem(tr.T("session_language"), lang.Select),
		widget.NewFormItem(tr.T("sessions_template"), tpl),
	}
	d := dialog.NewForm(tr.T("sessions_new"), tr.T("dialog_create"), tr.T("dialog_cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		n, err := strconv.Atoi(strings.TrimSpace(days.Text))
		if err != nil || n < 1 || n > 60 {
			v.showError("error_days", fmt.Errorf("%q", days.Text))
			return
		}
		date := strings.TrimSpace(start.Text)
		if date == "" {
			date = start.PlaceHolder
		}
		name := ""
		if tpl.SelectedIndex() > 0 {
			name = tpl.Selected
		}
		if _, err := v.Create(title.Text, date, n, lang.Value(), name); err != nil {
			showSessionError(v.env, err)
		}
	}, v.win)
	d.Resize(fyne.NewSize(520, 360))
	d.Show()
}

// offerPurge asks, once per run, whether to delete the participants of
// sessions that ended longer ago than the retention period.
func (v *SessionsView) offerPurge() {
	if !v.act.firstShow() {
		return
	}
	exp, err := v.store.ExpiredSessions(time.Now())
	if err != nil || len(exp) == 0 {
		return
	}
	var names []string
	for _, s := range exp {
		names = append(names, "• "+s.Title+" ("+sessionDates(v.tr.Lang(), s.Session)+")")
	}
	msg := v.tr.Tf("purge_message", map[string]any{"Months": v.store.RetentionMonths()}) + "\n\n" + strings.Join(names, "\n")
	dialog.ShowConfirm(v.tr.T("purge_title"), msg, func(ok bool) {
		if !ok {
			return
		}
		eraseBusy(v.env, func() error { return purgeAll(v.store, exp) }, "error_purge", v.reload)
	}, v.win)
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

// showSessionError explains a session that cannot be saved, in the
// trainer's language when the reason is known.
func showSessionError(e env, err error) {
	switch {
	case errors.Is(err, session.ErrNoTitle):
		dialog.ShowError(errors.New(e.tr.T("error_session_title")), e.win)
	case strings.Contains(err.Error(), "start date"):
		dialog.ShowError(errors.New(e.tr.T("error_session_date")), e.win)
	case strings.Contains(err.Error(), "half-day times"):
		dialog.ShowError(fmt.Errorf("%s\n\n%v", e.tr.T("error_session_times"), err), e.win)
	default:
		e.showError("error_save_session", err)
	}
}
