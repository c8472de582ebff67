package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/session"
)

// AttendanceView is the attendance grid: a row per participant, a column
// per half-day, and the hours attended against the hours planned. Tapping a
// cell cycles its status; the pencil adds a remark.
type AttendanceView struct {
	env
	store markStore
	s     *session.Session
	ps    []session.Participant
	marks map[string]session.Mark // by participant|day|half
	table *widget.Table
	bulk  *widget.Select
	root  fyne.CanvasObject
}

// cycle is the order a tap moves through; "" is not marked.
var cycle = []session.Status{"", session.Present, session.Late, session.Absent, session.Excused}

// markStore keeps the attendance marks of a session's participants.
type markStore interface {
	Participants(sessionID string) ([]session.Participant, error)
	Marks(sessionID string) ([]session.Mark, error)
	SetMark(sessionID string, m session.Mark) error
}

func newAttendanceView(e env, store markStore, s *session.Session) *AttendanceView {
	v := &AttendanceView{env: e, store: store, s: s, marks: map[string]session.Mark{}}
	tr := e.tr
	v.table = widget.NewTable(v.size, v.newCell, v.updateCell)
	v.table.ShowHeaderRow = true
	v.table.CreateHeader = func() fyne.CanvasObject { return boldLabel("") }
	v.table.UpdateHeader = v.updateHeader
	v.bulk = widget.NewSelect(nil, nil)
	v.bulk.PlaceHolder = tr.T("select_placeholder")
	all := widget.NewButtonWithIcon(tr.T("attendance_all_present"), theme.ConfirmIcon(), func() {
		if i := v.bulk.SelectedIndex(); i >= 0 {
			v.MarkAll(i/2, halfOf(i%2), session.Present)
		}
	})
	legend := widget.NewLabel(tr.T("attendance_legend"))
	legend.Importance = widget.LowImportance
	legend.Wrapping = fyne.TextWrapWord
	bar := container.NewHBox(widget.NewLabel(tr.T("attendance_for")), v.bulk, all)
	v.root = container.NewBorder(container.NewPadded(bar), legend, nil, nil, v.table)
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
	var halves []string
	for d := range v.s.Days {
		for h := 0; h < 2; h++ {
			halves = append(halves, v.halfHeader(d, halfOf(h)))
		}
	}
	v.bulk.Options = halves
	if v.bulk.SelectedIndex() < 0 && len(halves) > 0 {
		v.bulk.SetSelectedIndex(0)
	}
	v.bulk.Refresh()
	v.table.SetColumnWidth(0, 220)
	for c := 1; c <= 2*len(v.s.Days); c++ {
		v.table.SetColumnWidth(c, 150)
	}
	v.table.SetColumnWidth(2*len(v.s.Days)+1, 130)
	v.table.Refresh()
}

func (v *AttendanceView) halfHeader(d int, h session.Half) string {
	key := "attendance_am"
	if h == session.PM {
		key = "attendance_pm"
	}
	return v.tr.Tf(key, map[string]any{"N": d + 1})
}

func (v *AttendanceView) size() (int, int) { return len(v.ps), 2*len(v.s.Days) + 2 }

// newCell holds the three kinds of cell; updateCell shows the right one.
func (v *AttendanceView) newCell() fyne.CanvasObject {
	name := widget.NewLabel("")
	name.Truncation = fyne.TextTruncateEllipsis
	status := widget.NewButton("", nil)
	remark := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), nil)
	remark.Importance = widget.LowImportance
	return container.NewStack(name, container.NewBorder(nil, nil, nil, remark, status))
}

func (v *AttendanceView) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	stack := o.(*fyne.Container)
	name := stack.Objects[0].(*widget.Label)
	mark := stack.Objects[1].(*fyne.Container)
	if id.Row >= len(v.ps) {
		return
	}
	p := v.ps[id.Row]
	last := 2*len(v.s.Days) + 1
	switch id.Col {
	case 0:
		name.SetText(p.LastName + " " + p.FirstName)
		name.Show()
		mark.Hide()
		return
	case last:
		h := v.Hours(p.ID)
		name.SetText(session.FormatHours(h.AttendedMinutes) + " / " + session.FormatHours(h.PlannedMinutes))
		name.Show()
		mark.Hide()
		return
	}
	day, half := (id.Col-1)/2, halfOf((id.Col-1)%2)
	m := v.marks[markKey(p.ID, day, half)]
	status := mark.Objects[0].(*widget.Button)
	remark := mark.Objects[1].(*widget.Button)
	status.SetText(v.statusLabel(m.Status, m.Remark != ""))
	status.Importance = statusImportance(m.Status)
	status.OnTapped = func() { v.Cycle(p.ID, day, half) }
	remark.OnTapped = func() { v.showRemark(p, day, half) }
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

func (v *AttendanceView) statusLabel(s session.Status, hasRemark bool) string {
	label := "—"
	switch s {
	case session.Present:
		label = v.tr.T("status_present")
	case session.Late:
		label = v.tr.T("status_late")
	case session.Absent:
		label = v.tr.T("status_absent")
	case session.Excused:
		label = v.tr.T("status_excused")
	}
	if hasRemark {
		label += " *"
	}
	return label
}

func (v *AttendanceView) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	last := 2*len(v.s.Days) + 1
	switch {
	case id.Col == 0:
		l.SetText(v.tr.T("attendance_participant"))
	case id.Col == last:
		l.SetText(v.tr.T("attendance_hours"))
	case id.Col > 0 && id.Col < last:
		l.SetText(v.halfHeader((id.Col-1)/2, halfOf((id.Col-1)%2)))
	}
}

// Status is a participant's recorded status for a half-day ("" if none).
func (v *AttendanceView) Status(pid string, day int, h session.Half) session.Status {
	return v.marks[markKey(pid, day, h)].Status
}

// Hours is a participant's attended time against the planned time.
func (v *AttendanceView) Hours(pid string) session.Hours {
	var ms []session.Mark
	for _, m := range v.marks {
		ms = append(ms, m)
	}
	return session.Attended(v.s, pid, ms)
}

// Set records a status (and keeps the remark).
func (v *AttendanceView) Set(pid string, day int, h session.Half, st session.Status, remark string) {
	m := session.Mark{Participant: pid, Day: day, Half: h, Status: st, Remark: remark}
	if st == "" {
		m.Remark = ""
	}
	if err := v.store.SetMark(v.s.ID, m); err != nil {
		v.showError("error_attendance", err)
		return
	}
	if st == "" {
		delete(v.marks, markKey(pid, day, h))
	} else {
		v.marks[markKey(pid, day, h)] = m
	}
	v.table.Refresh()
}

// Cycle moves a half-day's status to the next one: a tap on the cell.
func (v *AttendanceView) Cycle(pid string, day int, h session.Half) {
	cur := v.marks[markKey(pid, day, h)]
	next := cycle[0]
	for i, s := range cycle {
		if s == cur.Status {
			next = cycle[(i+1)%len(cycle)]
		}
	}
	v.Set(pid, day, h, next, cur.Remark)
}

// MarkAll marks every participant without a status for a half-day.
func (v *AttendanceView) MarkAll(day int, h session.Half, st session.Status) {
	for _, p := range v.ps {
		if v.Status(p.ID, day, h) == "" {
			v.Set(p.ID, day, h, st, "")
		}
	}
}

// showRemark edits a half-day's status and remark together.
func (v *AttendanceView) showRemark(p session.Participant, day int, h session.Half) {
	tr := v.tr
	cur := v.marks[markKey(p.ID, day, h)]
	var labels []string
	for _, s := range cycle[1:] {
		labels = append(labels, v.statusLabel(s, false))
	}
	status := widget.NewRadioGroup(labels, nil)
	status.Horizontal = true
	if cur.Status != "" {
		status.SetSelected(v.statusLabel(cur.Status, false))
	}
	remark := newField()
	remark.SetText(cur.Remark)
	items := []*widget.FormItem{
		widget.NewFormItem(tr.T("attendance_status"), status),
		widget.NewFormItem(tr.T("attendance_remark"), remark),
	}
	title := p.FullName() + " · " + v.halfHeader(day, h)
	d := dialog.NewForm(title, tr.T("dialog_save"), tr.T("dialog_cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		st := session.Status("")
		for i, l := range labels {
			if l == status.Selected {
				st = cycle[i+1]
			}
		}
		v.Set(p.ID, day, h, st, remark.Text)
	}, v.win)
	d.Resize(fyne.NewSize(560, 260))
	showDialog(v.win, d, formContent(items))
}
