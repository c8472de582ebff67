package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/session"
)

// DetailsForm edits a session's details: title, training body, place,
// funder, file reference, in person or remote, dates, half-day times per
// day, language, trainers and notes.
type DetailsForm struct {
	env
	s     *session.Session
	save  func() bool // stores s, says why not
	saved func()      // after a save: the agenda's days
	// marksAfter counts the attendance marks recorded on the days from
	// days on: a session saved shorter loses them, so the form asks first.
	marksAfter func(days int) (int, error)

	title, org, address, place *formEntry
	start                      *dateField
	days, trainers, notes      *formEntry
	funder, reference          *formEntry
	mode                       *widget.RadioGroup
	modes                      []string // the mode's labels, in the order of modeValues
	lang                       *langSelect
	times                      *fyne.Container
	dayTimes                   [][4]*formEntry
	saveBtn                    *widget.Button // "Saved" from a save to the next change
	root                       fyne.CanvasObject
}

func newDetailsForm(e env, s *session.Session, save func() bool, saved func(), marksAfter func(days int) (int, error)) *DetailsForm {
	tr := e.tr
	f := &DetailsForm{env: e, s: s, save: save, saved: saved, marksAfter: marksAfter}
	// The window's keys work in every field (Ctrl+S saves, Ctrl+Q asks
	// before quitting); each change takes back the "Saved" of the button.
	entry := func(v string) *formEntry {
		w := newFormEntry(false)
		w.SetText(v)
		w.OnChanged = func(string) { f.edited() }
		return w
	}
	f.title, f.org, f.address, f.place = entry(s.Title), entry(s.Body.Name), entry(s.Body.Address), entry(s.Place)
	// Empty, or the profile's name, prints the organisation profile;
	// another body's name prints that name alone (course.Org.ForBody).
	f.org.SetPlaceHolder(tr.T("session_org_hint"))
	f.funder, f.reference = entry(s.Funder), entry(s.Reference)
	f.funder.SetPlaceHolder(tr.T("org_funder_hint"))
	f.modes = []string{tr.T("org_mode_unset"), tr.T("pdf_mode_in_person"), tr.T("pdf_mode_remote")}
	f.mode = widget.NewRadioGroup(f.modes, func(string) { f.edited() })
	f.mode.Horizontal = true
	for i, m := range modeValues {
		if m == s.Mode {
			f.mode.SetSelected(f.modes[i])
		}
	}
	f.mode.Required = true
	f.start, f.days = newDateField(tr.Lang(), e.win, s.Start), entry(strconv.Itoa(len(s.Days)))
	f.trainers = entry(strings.Join(s.Trainers, ", "))
	f.trainers.SetPlaceHolder(tr.T("session_trainers_hint"))
	f.notes = newFormEntry(true)
	f.notes.SetText(s.Notes)
	f.notes.OnChanged = func(string) { f.edited() }
	f.notes.SetMinRowsVisible(4)
	f.notes.Wrapping = fyne.TextWrapWord
	f.start.entry.OnChanged = func(string) { f.edited() }
	f.lang = newLangSelect(s.Lang)
	f.lang.OnChanged = func(string) { f.edited() }
	f.times = container.NewVBox()
	f.days.OnChanged = func(string) { f.buildTimes(); f.edited() }
	f.buildTimes()
	form := widget.NewForm(
		widget.NewFormItem(tr.T("session_title"), f.title),
		widget.NewFormItem(tr.T("session_org"), f.org),
		widget.NewFormItem(tr.T("session_org_address"), f.address),
		widget.NewFormItem(tr.T("session_place"), f.place),
		widget.NewFormItem(tr.T("pdf_mode"), f.mode),
		widget.NewFormItem(tr.T("pdf_funder"), f.funder),
		widget.NewFormItem(tr.T("pdf_reference"), f.reference),
		widget.NewFormItem(tr.T("session_start"), f.start.root),
		widget.NewFormItem(tr.T("session_days"), f.days),
		widget.NewFormItem(tr.T("session_times"), f.times),
		widget.NewFormItem(tr.T("session_language"), f.lang.choice),
		widget.NewFormItem(tr.T("session_trainers"), f.trainers),
		widget.NewFormItem(tr.T("session_notes"), f.notes),
	)
	f.saveBtn = widget.NewButtonWithIcon(tr.T("dialog_save"), theme.DocumentSaveIcon(), func() { f.Save() })
	f.saveBtn.Importance = widget.HighImportance
	f.root = container.NewBorder(nil, container.NewPadded(container.NewHBox(f.saveBtn)), nil, nil, container.NewVScroll(container.NewPadded(form)))
	return f
}

// showSaved says on the Save button that the details are saved, until the
// next change: a save, by the button or Ctrl+S, is seen without a dialog
// to close.
func (f *DetailsForm) showSaved() {
	f.saveBtn.SetText(f.tr.T("session_saved"))
	f.saveBtn.SetIcon(theme.ConfirmIcon())
	f.saveBtn.Importance = widget.MediumImportance
	f.saveBtn.Refresh()
}

// edited gives the Save button back its label after a change.
func (f *DetailsForm) edited() {
	if f.saveBtn == nil || f.saveBtn.Importance == widget.HighImportance {
		return
	}
	f.saveBtn.SetText(f.tr.T("dialog_save"))
	f.saveBtn.SetIcon(theme.DocumentSaveIcon())
	f.saveBtn.Importance = widget.HighImportance
	f.saveBtn.Refresh()
}

// modeValues are the modes the details offer: not said, in person, remote.
var modeValues = []session.Mode{"", session.InPerson, session.Remote}

// modeChosen is the mode ticked.
func (f *DetailsForm) modeChosen() session.Mode {
	for i, l := range f.modes {
		if l == f.mode.Selected {
			return modeValues[i]
		}
	}
	return ""
}

// buildTimes shows a row of four times per day, keeping what was typed.
func (f *DetailsForm) buildTimes() {
	n, err := strconv.Atoi(strings.TrimSpace(f.days.Text))
	if err != nil || n < 1 || n > 60 {
		return
	}
	for len(f.dayTimes) < n {
		t := session.DefaultDayTimes
		if i := len(f.dayTimes); i < len(f.s.Days) {
			t = f.s.Days[i]
		}
		var row [4]*formEntry
		for j, c := range []session.Clock{t.AMStart, t.AMEnd, t.PMStart, t.PMEnd} {
			row[j] = newFormEntry(false)
			row[j].SetText(c.String())
			row[j].OnChanged = func(string) { f.edited() }
		}
		f.dayTimes = append(f.dayTimes, row)
	}
	f.dayTimes = f.dayTimes[:n]
	f.times.Objects = nil
	for i, row := range f.dayTimes {
		label := widget.NewLabel(f.tr.Tf("session_day_n", map[string]any{"N": i + 1}))
		// Entries in an HBox shrink to their text; give each room for HH:MM.
		w := func(e *formEntry) fyne.CanvasObject {
			return container.NewGridWrap(fyne.NewSize(84, e.MinSize().Height), e)
		}
		f.times.Add(container.NewHBox(label, w(row[0]), widget.NewLabel("–"), w(row[1]), widget.NewLabel("·"),
			w(row[2]), widget.NewLabel("–"), w(row[3])))
	}
	f.times.Refresh()
}

// Content is the form's canvas object.
func (f *DetailsForm) Content() fyne.CanvasObject { return f.root }

// startISO is the start date typed, as stored (what was typed when it is
// not a date: it differs from any stored date).
func (f *DetailsForm) startISO() string {
	iso, err := f.start.ISO()
	if err != nil {
		return f.start.entry.Text
	}
	return iso
}

// Dirty reports whether the form shows anything the session does not hold:
// text typed and not saved yet.
func (f *DetailsForm) Dirty() bool {
	s, trim := f.s, strings.TrimSpace
	if trim(f.title.Text) != s.Title || trim(f.org.Text) != s.Body.Name || trim(f.address.Text) != s.Body.Address ||
		trim(f.place.Text) != s.Place || f.startISO() != s.Start || f.notes.Text != s.Notes ||
		f.lang.Value() != s.Lang || trim(f.days.Text) != strconv.Itoa(len(s.Days)) {
		return true
	}
	var trainers []string
	for _, t := range strings.Split(f.trainers.Text, ",") {
		if t = trim(t); t != "" {
			trainers = append(trainers, t)
		}
	}
	if strings.Join(trainers, "\x00") != strings.Join(s.Trainers, "\x00") {
		return true
	}
	for i, row := range f.dayTimes {
		if i >= len(s.Days) {
			return true
		}
		t := s.Days[i]
		for j, c := range []session.Clock{t.AMStart, t.AMEnd, t.PMStart, t.PMEnd} {
			if v, err := session.ParseClock(row[j].Text); err != nil || v != c {
				return true
			}
		}
	}
	return false
}

// Save checks and stores the details; it reports whether they were saved.
// Details that remove days holding attendance marks are only saved once
// the trainer agrees (false until then).
func (f *DetailsForm) Save() bool {
	n, err := strconv.Atoi(strings.TrimSpace(f.days.Text))
	if err != nil || n < 1 || n > 60 {
		f.showError("error_days", fmt.Errorf("%q", f.days.Text))
		return false
	}
	days := make([]session.DayTimes, n)
	for i := range days {
		var c [4]session.Clock
		for j := 0; j < 4; j++ {
			c[j], err = session.ParseClock(f.dayTimes[i][j].Text)
			if err != nil {
				f.showError("error_session_times", err)
				return false
			}
		}
		days[i] = session.DayTimes{AMStart: c[0], AMEnd: c[1], PMStart: c[2], PMEnd: c[3]}
	}
	s := *f.s // edit a copy: a failed save leaves the session as stored
	s.Title = strings.TrimSpace(f.title.Text)
	s.Body = session.Body{Name: strings.TrimSpace(f.org.Text), Address: strings.TrimSpace(f.address.Text)}
	start, err := f.start.ISO()
	if err != nil {
		showSessionError(f.env, err)
		return false
	}
	s.Place, s.Start = strings.TrimSpace(f.place.Text), start
	s.Funder, s.Reference, s.Mode = strings.TrimSpace(f.funder.Text), strings.TrimSpace(f.reference.Text), f.modeChosen()
	s.Lang, s.Notes = f.lang.Value(), f.notes.Text
	s.Trainers = nil
	for _, t := range strings.Split(f.trainers.Text, ",") {
		if t = strings.TrimSpace(t); t != "" {
			s.Trainers = append(s.Trainers, t)
		}
	}
	s.Agenda = append([][]session.Block(nil), s.Agenda...)
	s.SetDays(n)
	s.Days = days
	if err := s.Validate(); err != nil {
		showSessionError(f.env, err)
		return false
	}
	if n < len(f.s.Days) {
		lost, err := f.marksOnDays(n, len(f.s.Days))
		if err != nil {
			f.showError("error_save_session", err)
			return false
		}
		if lost > 0 {
			f.confirmShorter(s, lost)
			return false
		}
	}
	return f.commit(s)
}

// marksOnDays counts the marks on the days from..to-1 (0-based): those
// kept from days removed earlier, beyond to, are already hidden.
func (f *DetailsForm) marksOnDays(from, to int) (int, error) {
	all, err := f.marksAfter(from)
	if err != nil {
		return 0, err
	}
	beyond, err := f.marksAfter(to)
	return all - beyond, err
}

// confirmShorter asks before saving s, which loses lost attendance marks
// on the days it no longer has.
func (f *DetailsForm) confirmShorter(s session.Session, lost int) {
	d := dialog.NewConfirm(f.tr.T("session_tab_details"), f.tr.Tn(kit.MsgShortened, lost, nil), func(ok bool) {
		if ok {
			f.commit(s)
		}
	}, f.win)
	d.SetConfirmText(f.tr.T("dialog_save"))
	d.SetDismissText(f.tr.T("dialog_cancel"))
	showDialog(f.win, d, nil)
}

// commit stores s as the session's details.
func (f *DetailsForm) commit(s session.Session) bool {
	*f.s = s
	if !f.save() {
		return false
	}
	f.saved()
	f.showSaved()
	return true
}
