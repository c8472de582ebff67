package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/course/slides"
)

// SessionEditor edits one session: details, agenda, participants and
// attendance, each in a tab.
type SessionEditor struct {
	env
	store   SessionStore
	lib     *course.Library
	s       *session.Session // shared with the tabs: replaced in place
	changed func(deleted bool)

	title        *widget.Label
	tabs         *container.AppTabs
	details      *DetailsForm
	agenda       *AgendaView
	participants *ParticipantsView
	attendance   *AttendanceView
	evaluation   *EvaluationView // nil when the store keeps no results
	root         fyne.CanvasObject
}

func newSessionEditor(en env, store SessionStore, lib *course.Library, s *session.Session, act sessionActions, changed func(bool)) *SessionEditor {
	e := &SessionEditor{env: en, store: store, lib: lib, s: s, changed: changed}
	e.title = widget.NewLabelWithStyle(s.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	del := widget.NewButtonWithIcon(e.tr.T("session_delete"), theme.DeleteIcon(), e.confirmDelete)
	del.Importance = widget.DangerImportance
	e.agenda = newAgendaView(en, s, lib, store, e.save, func() { act.present(slides.AgendaDeck(lib, e.s, en.tr)) })
	e.agenda.onSave = func() { e.SaveAll() }
	e.details = newDetailsForm(en, s, e.save, e.agenda.rebuild, func(days int) (int, error) { return store.MarksAfter(e.s.ID, days) })
	e.participants = newParticipantsView(en, store, s, func() { e.changed(false) })
	e.attendance = newAttendanceView(en, store, s)
	e.tabs = container.NewAppTabs(
		container.NewTabItem(e.tr.T("session_tab_details"), e.details.Content()),
		container.NewTabItem(e.tr.T("session_tab_agenda"), e.agenda.Content()),
		container.NewTabItem(e.tr.T("session_tab_participants"), e.participants.Content()),
		container.NewTabItem(e.tr.T("session_tab_attendance"), e.attendance.Content()),
	)
	// The data file keeps quiz results and questionnaires: the Evaluation tab.
	if rs, ok := store.(kit.ResultStore); ok {
		e.evaluation = newEvaluationView(en, rs, lib, s, act.present)
		e.tabs.Append(container.NewTabItem(e.tr.T("eval_tab"), e.evaluation.Content()))
	}
	// Attendance depends on the participants and days: refresh on show;
	// the evaluation on the participants and the agenda's modules.
	e.tabs.OnSelected = func(ti *container.TabItem) {
		if ti.Content == e.attendance.Content() {
			e.attendance.reload()
		}
		if e.evaluation != nil && ti.Content == e.evaluation.Content() {
			e.evaluation.reload()
		}
	}
	export := widget.NewButtonWithIcon(e.tr.T("export_pdf"), theme.DocumentPrintIcon(), e.print)
	dup := widget.NewButtonWithIcon(e.tr.T("sessions_duplicate"), theme.ContentCopyIcon(), func() {
		if act.duplicate != nil {
			act.duplicate()
		}
	})
	header := container.NewBorder(nil, nil, nil, container.NewHBox(export, dup, del), e.title)
	e.root = container.NewBorder(container.NewPadded(header), nil, nil, nil, e.tabs)
	return e
}

// Content is the editor's canvas object.
func (e *SessionEditor) Content() fyne.CanvasObject { return e.root }

// Dirty reports whether text typed in the session is not saved yet: the
// details form before its Save, an agenda field still being typed in.
func (e *SessionEditor) Dirty() bool { return e.details.Dirty() || e.agenda.Dirty() }

// SaveAll saves what is typed anywhere in the session (Ctrl+S): the agenda
// field being typed in, then the details when they changed. It reports
// whether everything was saved.
func (e *SessionEditor) SaveAll() bool {
	e.agenda.commitAll()
	if e.details.Dirty() {
		return e.details.Save()
	}
	if e.agenda.Dirty() {
		return false
	}
	e.details.showSaved() // nothing left to save: say so all the same
	return true
}

// Unsaved says, for the question before quitting, that the session holds
// text not saved yet ("" when it holds none).
func (e *SessionEditor) Unsaved() string {
	if !e.Dirty() {
		return ""
	}
	return e.tr.Tf("quit_unsaved_session", map[string]any{"Title": e.s.Title})
}

// SaveWork saves it when the trainer asks before quitting.
func (e *SessionEditor) SaveWork() bool { return e.SaveAll() }

// Tab is the index of the tab shown; SelectTab shows another.
func (e *SessionEditor) Tab() int { return e.tabs.SelectedIndex() }

// SelectTab shows tab i (0 details, 1 agenda, 2 participants, 3 attendance).
func (e *SessionEditor) SelectTab(i int) {
	if i >= 0 && i < len(e.tabs.Items) {
		e.tabs.SelectIndex(i)
	}
}

// Session is the session being edited.
func (e *SessionEditor) Session() *session.Session { return e.s }

// Agenda, Participants and Attendance give tests access to the tabs.
func (e *SessionEditor) Agenda() *AgendaView             { return e.agenda }
func (e *SessionEditor) Participants() *ParticipantsView { return e.participants }
func (e *SessionEditor) Attendance() *AttendanceView     { return e.attendance }

// Evaluation gives tests access to the Evaluation tab (nil without it).
func (e *SessionEditor) Evaluation() *EvaluationView { return e.evaluation }

// save stores the session after a change; it reports whether it worked,
// and on failure reloads what is stored so the screen never shows unsaved
// data as if it were saved.
func (e *SessionEditor) save() bool {
	if err := e.store.SaveSession(e.s); err != nil {
		showSessionError(e.env, err)
		if stored, err2 := e.store.Session(e.s.ID); err2 == nil {
			*e.s = *stored // in place: the tabs hold the same session
		}
		return false
	}
	e.title.SetText(e.s.Title)
	if e.changed != nil {
		e.changed(false)
	}
	return true
}

func (e *SessionEditor) confirmDelete() {
	msg := e.tr.Tf("session_delete_confirm", map[string]any{"Title": e.s.Title})
	showConfirm(e.tr.T("session_delete"), msg, func(ok bool) {
		if !ok {
			return
		}
		eraseBusy(e.env, func() error { return e.store.DeleteSession(e.s.ID) }, "error_delete_session", func() {
			if e.changed != nil {
				e.changed(true)
			}
		})
	}, e.win)
}
