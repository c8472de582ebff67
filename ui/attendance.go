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

	"github.com/socialtech/trainerkit/course/session"
)

// AttendanceView is the attendance grid: a row per participant, a column
// per half-day headed by its date, times and attendance rate, and the hours
// attended (less the minutes late) against the hours planned, with the
// participant's rate. One tap marks a participant present (a second takes
// it back); a right-click or long press, or the ⋯ button, sets late with the
// minutes, absent or excused, and a remark. A column's ✓ marks everyone not
// marked yet present.
type AttendanceView struct {
	env
	store markStore
	s     *session.Session
	ps    []session.Participant
	marks map[string]session.Mark // by participant|day|half
	table *widget.Table
	root  fyne.CanvasObject

	sizedAt float32 // the text size the columns were sized at
}

// statuses are the statuses the menu offers, in order.
var statuses = []session.Status{session.Present, session.Late, session.Absent, session.Excused}

// markStore keeps the attendance marks of a session's participants.
type markStore interface {
	Participants(sessionID string) ([]session.Participant, error)
	Marks(sessionID string) ([]session.Mark, error)
	SetMark(sessionID string, m session.Mark) error
}

func newAttendanceView(e env, store markStore, s *session.Session) *AttendanceView {
	v := &AttendanceView{env: e, store: store, s: s, marks: map[string]session.Mark{}}
	v.table = widget.NewTable(v.size, v.newCell, v.updateCell)
	v.table.ShowHeaderRow = true
	v.table.CreateHeader = v.newHeader
	v.table.UpdateHeader = v.updateHeader
	legend := widget.NewLabel(e.tr.T("attendance_legend"))
	legend.Importance = widget.LowImportance
	legend.Wrapping = fyne.TextWrapWord
	v.root = container.NewBorder(nil, legend, nil, nil, container.New(&columnSizer{v: v}, v.table))
	v.reload()
	return v
}

func halfOf(i int) session.Half {
	if i == 0 {
		return session.AM
	}
	return session.PM
}

// Content is the view's canvas object.
func (v *AttendanceView) Content() fyne.CanvasObject { return v.root }

func markKey(pid string, day int, h session.Half) string { return fmt.Sprintf("%s|%d|%s", pid, day, h) }

// reload reads participants and marks and sizes the columns.
func (v *AttendanceView) reload() {
	ps, err := v.store.Participants(v.s.ID)
	if err != nil {
		v.showError("error_participants", err)
		return
	}
	marks, err := v.store.Marks(v.s.ID)
	if err != nil {
		v.showError("error_participants", err)
		return
	}
	v.ps = ps
	v.marks = map[string]session.Mark{}
	for _, m := range marks {
		v.marks[markKey(m.Participant, m.Day, m.Half)] = m
	}
	v.sizeColumns()
	v.table.Refresh()
}

// maxNameEms is the name column's widest, in text sizes: a longer name is
// cut with an ellipsis.
const maxNameEms = 20

// sizeColumns sizes each column from its content at the current text size:
// the names (up to maxNameEms), a half-day's head with its ✓ and its widest
// cell (the longest status, or late by the whole half-day, with a remark's
// *) with its ⋯, the hours. The grid scrolls sideways when they do not fit.
func (v *AttendanceView) sizeColumns() {
	v.sizedAt = theme.TextSize()
	pad := theme.Padding()
	labelWidth := func(text string, bold bool) float32 {
		l := widget.NewLabel(text)
		l.TextStyle.Bold = bold
		return l.MinSize().Width
	}
	more := widget.NewButtonWithIcon("", theme.MoreVerticalIcon(), nil).MinSize().Width
	check := widget.NewButtonWithIcon("", theme.ConfirmIcon(), nil).MinSize().Width

	names := labelWidth(v.tr.T("attendance_participant"), true)
	for _, p := range v.ps {
		names = max(names, labelWidth(p.LastName+" "+p.FirstName, false))
	}
	v.table.SetColumnWidth(0, min(names, maxNameEms*v.sizedAt)+pad)

	for c := 1; c <= 2*len(v.s.Days); c++ {
		day, half, _ := v.column(c)
		head := float32(0)
		for _, line := range strings.Split(v.headText(day, half, 100), "\n") {
			head = max(head, labelWidth(line, true))
		}
		cell := float32(0)
		marks := []session.Mark{{Remark: "*"}, {Status: session.Late, LateMinutes: v.s.Days[day].HalfMinutes(half), Remark: "*"}}
		for _, st := range statuses {
			marks = append(marks, session.Mark{Status: st, Remark: "*"})
		}
		b := newStatusButton()
		for _, m := range marks {
			b.SetText(v.statusLabel(m))
			cell = max(cell, b.MinSize().Width)
		}
		v.table.SetColumnWidth(c, max(head+check, cell+more)+2*pad)
	}

	hours := labelWidth(v.tr.T("attendance_hours"), true)
	hours = max(hours, labelWidth(v.groupText(100), true))
	for _, p := range v.ps {
		hours = max(hours, labelWidth(v.hoursText(v.Hours(p.ID)), false))
	}
	v.table.SetColumnWidth(2*len(v.s.Days)+1, hours+pad)
}

// columnSizer lays the grid out and sizes its columns again when the
// trainer changes the text size.
type columnSizer struct{ v *AttendanceView }

func (l *columnSizer) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if theme.TextSize() != l.v.sizedAt {
		l.v.sizeColumns()
	}
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *columnSizer) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

// halfName is "Day 1 morning".
func (v *AttendanceView) halfName(d int, h session.Half) string {
	key := "attendance_am"
	if h == session.PM {
		key = "attendance_pm"
	}
	return v.tr.Tf(key, map[string]any{"N": d + 1})
}

func (v *AttendanceView) size() (int, int) { return len(v.ps), 2*len(v.s.Days) + 2 }

// column is the day and half-day of a grid column, false for the name and
// hours columns.
func (v *AttendanceView) column(col int) (int, session.Half, bool) {
	if col < 1 || col > 2*len(v.s.Days) {
		return 0, "", false
	}
	return (col - 1) / 2, halfOf((col - 1) % 2), true
}

// newCell holds the two kinds of cell: a label (name, hours) and a mark.
func (v *AttendanceView) newCell() fyne.CanvasObject {
	name := widget.NewLabel("")
	name.Truncation = fyne.TextTruncateEllipsis
	status := newStatusButton()
	more := widget.NewButtonWithIcon("", theme.MoreVerticalIcon(), nil)
	more.Importance = widget.LowImportance
	return container.NewStack(name, container.NewBorder(nil, nil, nil, more, status))
}

func (v *AttendanceView) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	stack := o.(*fyne.Container)
	name := stack.Objects[0].(*widget.Label)
	mark := stack.Objects[1].(*fyne.Container)
	if id.Row >= len(v.ps) {
		return
	}
	p := v.ps[id.Row]
	day, half, ok := v.column(id.Col)
	if !ok {
		name.SetText(p.LastName + " " + p.FirstName)
		if id.Col > 0 {
			name.SetText(v.hoursText(v.Hours(p.ID)))
		}
		name.Show()
		mark.Hide()
		return
	}
	m := v.marks[markKey(p.ID, day, half)]
	status := mark.Objects[0].(*statusButton)
	more := mark.Objects[1].(*widget.Button)
	status.SetText(v.statusLabel(m))
	status.Importance = statusImportance(m.Status)
	status.OnTapped = func() { v.Tap(p.ID, day, half) }
	status.onMenu = func() { v.showMark(p, day, half) }
	more.OnTapped = status.onMenu
	status.Refresh()
	name.Hide()
	mark.Show()
}

func statusImportance(s session.Status) widget.Importance {
	switch s {
	case session.Present:
		return widget.SuccessImportance
	case session.Late:
		return widget.WarningImportance
	case session.Absent:
		return widget.DangerImportance
	case session.Excused:
		return widget.MediumImportance
	}
	return widget.LowImportance
}

// statusName names a status.
func (v *AttendanceView) statusName(s session.Status) string {
	switch s {
	case session.Present:
		return v.tr.T("status_present")
	case session.Late:
		return v.tr.T("status_late")
	case session.Absent:
		return v.tr.T("status_absent")
	case session.Excused:
		return v.tr.T("status_excused")
	}
	return "—"
}

// statusLabel is a mark as its cell shows it: the status, the minutes
// late, a * when there is a remark.
func (v *AttendanceView) statusLabel(m session.Mark) string {
	label := v.statusName(m.Status)
	if m.Status == session.Late && m.LateMinutes > 0 {
		label = v.tr.Tf("attendance_late_min", map[string]any{"N": m.LateMinutes})
	}
	if m.Remark != "" {
		label += " *"
	}
	return label
}

// newHeader is a column's head: its text and the ✓ that marks everyone
// present.
func (v *AttendanceView) newHeader() fyne.CanvasObject {
	l := boldLabel("\n\n")
	all := widget.NewButtonWithIcon("", theme.ConfirmIcon(), nil)
	all.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, nil, all, l)
}

func (v *AttendanceView) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	box := o.(*fyne.Container)
	l, all := box.Objects[0].(*widget.Label), box.Objects[1].(*widget.Button)
	day, half, ok := v.column(id.Col)
	all.Hidden = !ok
	switch {
	case id.Col == 0:
		l.SetText(v.tr.T("attendance_participant"))
	case !ok:
		l.SetText(v.tr.T("attendance_hours") + "\n" + v.groupText(session.GroupAttendance(v.s, v.ps, v.all()).Rate()))
	default:
		l.SetText(v.headText(day, half, v.HalfRate(day, half)))
		all.OnTapped = func() { v.MarkAll(day, half, session.Present) }
	}
	box.Refresh()
}

// headText is a half-day column's head at a rate: date, name, times and
// rate, one a line.
func (v *AttendanceView) headText(day int, half session.Half, rate int) string {
	from, to := v.s.Days[day].Bounds(half)
	return formatDate(v.tr.Lang(), v.s.Date(day)) + "\n" + v.halfName(day, half) + "\n" +
		v.tr.Tf("attendance_times_rate", map[string]any{"Times": fmt.Sprintf("%s–%s", from, to), "Rate": v.percent(rate)})
}

// groupText is the group's rate under the hours column's head.
func (v *AttendanceView) groupText(rate int) string {
	return v.tr.Tf("attendance_group_rate", map[string]any{"Rate": v.percent(rate)})
}

// hoursText is a participant's hours attended against planned, and rate.
func (v *AttendanceView) hoursText(h session.Hours) string {
	return v.tr.Tf("attendance_hours_rate", map[string]any{"Attended": session.FormatHours(h.AttendedMinutes),
		"Planned": session.FormatHours(h.PlannedMinutes), "Rate": v.percent(h.Rate())})
}

// Status is a participant's recorded status for a half-day ("" if none).
func (v *AttendanceView) Status(pid string, day int, h session.Half) session.Status {
	return v.marks[markKey(pid, day, h)].Status
}

// all is the marks, as a list.
func (v *AttendanceView) all() []session.Mark {
	ms := make([]session.Mark, 0, len(v.marks))
	for _, m := range v.marks {
		ms = append(ms, m)
	}
	return ms
}

// Hours is a participant's attended time (less the minutes late) against
// the planned time.
func (v *AttendanceView) Hours(pid string) session.Hours {
	return session.Attended(v.s, pid, v.all())
}

// percent writes a rate as every document of the kit does, with its
// language's typography ("17\u202f%" in French, "17%" in English): the
// same message the PDFs print rates with.
func (v *AttendanceView) percent(rate int) string {
	return v.tr.Tf("pdf_percent", map[string]any{"N": rate})
}

// HalfRate is a half-day's attendance rate in per cent.
func (v *AttendanceView) HalfRate(day int, h session.Half) int {
	return session.HalfAttendance(v.s, v.ps, session.NewIndex(v.all()), day, h).Rate()
}

// SetMark records a mark; a mark without a status removes it.
func (v *AttendanceView) SetMark(m session.Mark) {
	if m.Status == "" {
		m.Remark, m.LateMinutes = "", 0
	}
	if m.Status != session.Late {
		m.LateMinutes = 0
	}
	if err := v.store.SetMark(v.s.ID, m); err != nil {
		v.showError("error_attendance", err)
		return
	}
	if m.Status == "" {
		delete(v.marks, markKey(m.Participant, m.Day, m.Half))
	} else {
		v.marks[markKey(m.Participant, m.Day, m.Half)] = m
	}
	v.sizeColumns()
	v.table.Refresh()
}

// Tap is a tap on a cell: one tap marks present, a second takes it back;
// another status opens the menu to change it.
func (v *AttendanceView) Tap(pid string, day int, h session.Half) {
	cur := v.marks[markKey(pid, day, h)]
	switch cur.Status {
	case "":
		v.SetMark(session.Mark{Participant: pid, Day: day, Half: h, Status: session.Present, Remark: cur.Remark})
	case session.Present:
		v.SetMark(session.Mark{Participant: pid, Day: day, Half: h})
	default:
		for _, p := range v.ps {
			if p.ID == pid {
				v.showMark(p, day, h)
			}
		}
	}
}

// MarkAll marks every participant without a status for a half-day.
func (v *AttendanceView) MarkAll(day int, h session.Half, st session.Status) {
	for _, p := range v.ps {
		if v.Status(p.ID, day, h) == "" {
			v.SetMark(session.Mark{Participant: p.ID, Day: day, Half: h, Status: st})
		}
	}
}

// showMark sets a half-day's status, minutes late and remark together.
// Minutes that are not a number, or more than the half-day lasts, are not
// saved: the dialog stays open with what was typed and says why.
func (v *AttendanceView) showMark(p session.Participant, day int, h session.Half) {
	tr := v.tr
	cur := v.marks[markKey(p.ID, day, h)]
	labels := []string{v.statusName("")}
	for _, s := range statuses {
		labels = append(labels, v.statusName(s))
	}
	late := newField()
	late.SetPlaceHolder("15")
	if cur.LateMinutes > 0 {
		late.SetText(strconv.Itoa(cur.LateMinutes))
	}
	problem := widget.NewLabel("")
	problem.Importance = widget.DangerImportance
	problem.Wrapping = fyne.TextWrapWord
	problem.Hide()
	status := widget.NewRadioGroup(labels, func(sel string) {
		setEnabled(late, sel == v.statusName(session.Late))
		problem.Hide()
	})
	status.Horizontal = true
	status.SetSelected(v.statusName(cur.Status))
	remark := newField()
	remark.SetText(cur.Remark)
	items := []*widget.FormItem{
		widget.NewFormItem(tr.T("attendance_status"), status),
		widget.NewFormItem(tr.T("attendance_late_minutes"), container.NewGridWrap(fyne.NewSize(90, late.MinSize().Height), late)),
		widget.NewFormItem(tr.T("attendance_remark"), remark),
	}
	content := container.NewVBox(widget.NewForm(items...), problem)
	d := dialog.NewCustomWithoutButtons(p.FullName()+" · "+v.halfName(day, h), content, v.win)
	size := fyne.NewSize(640, 300)
	save := func() {
		m := session.Mark{Participant: p.ID, Day: day, Half: h, Remark: strings.TrimSpace(remark.Text)}
		for i, l := range labels {
			if l == status.Selected && i > 0 {
				m.Status = statuses[i-1]
			}
		}
		if m.Status == session.Late {
			n, msg := v.lateMinutes(late.Text, day, h)
			if msg != "" {
				problem.SetText(msg)
				problem.Show()
				// The dialog grows to show the message: once to give it its
				// width, again for the height its lines take at that width.
				d.Resize(size)
				d.Resize(size)
				v.win.Canvas().Focus(late)
				return
			}
			m.LateMinutes = n
		}
		d.Hide()
		v.SetMark(m)
	}
	cancel := widget.NewButtonWithIcon(tr.T("dialog_cancel"), theme.CancelIcon(), d.Hide)
	ok := widget.NewButtonWithIcon(tr.T("dialog_save"), theme.ConfirmIcon(), save)
	ok.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{cancel, ok})
	d.Resize(size)
	showDialogKeyed(v.win, d, content, save, d.Hide)
}

// lateMinutes reads the minutes late typed for a half-day: a whole number
// from 0 (the trainer does not say) to the half-day's length. The message
// says what is wrong otherwise, in the trainer's language.
func (v *AttendanceView) lateMinutes(text string, day int, h session.Half) (int, string) {
	text = strings.TrimSpace(text)
	if text == "" {
		return 0, ""
	}
	n, err := strconv.Atoi(text)
	if err != nil || n < 0 {
		return 0, v.tr.T("attendance_late_not_number")
	}
	if most := v.s.Days[day].HalfMinutes(h); n > most {
		return 0, v.tr.Tn("attendance_late_too_long", most, nil)
	}
	return n, ""
}

// statusButton is a grid cell's button: a tap is the quick mark, a
// right-click or a long press (TappedSecondary) opens the menu.
type statusButton struct {
	widget.Button
	onMenu func()
}

func newStatusButton() *statusButton {
	b := &statusButton{}
	b.ExtendBaseWidget(b)
	return b
}

// TappedSecondary opens the menu.
func (b *statusButton) TappedSecondary(*fyne.PointEvent) {
	if b.onMenu != nil {
		b.onMenu()
	}
}
