package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// AgendaView edits the agenda: each day's two half-days, each headed by its
// times and its free or overrun minutes, with numbered rows to edit in place
// (title, minutes, notes: kept when the focus leaves), drag by their grip or
// move with ↑ ↓, duplicate and delete. Every change is saved at once and can
// be undone (Ctrl+Z). Rows are updated where they are: the view keeps its
// scroll position and the focus stays where the trainer put it.
type AgendaView struct {
	env
	s     *session.Session
	lib   *course.Library
	store templateStore
	save  func() bool // stores s, says why not
	// onSave is Ctrl+S inside an agenda field: the editor's save.
	onSave func()

	box      *fyne.Container // a card per day
	scroll   *container.Scroll
	days     []*agendaDay
	undo     [][][]session.Block // agendas before the last changes, newest last
	undoBtn  *widget.Button
	dropLine *canvas.Rectangle // where a dragged row would land
	root     fyne.CanvasObject
}

// maxUndo is how many agenda changes Ctrl+Z can take back.
const maxUndo = 30

// agendaDay is the widgets of one day.
type agendaDay struct {
	head   *widget.Label
	halves [2]*agendaHalf
	card   *fyne.Container
}

// agendaHalf is the widgets of one half-day: its header, its rows and its
// add buttons; box is where a dragged row can be dropped.
type agendaHalf struct {
	half   session.Half
	head   *widget.RichText
	rows   *fyne.Container
	blocks []*blockRow
	empty  *widget.Label
	box    *fyne.Container
}

// blockRow is one numbered block: its grip, number, times, title, minutes,
// notes and buttons.
type blockRow struct {
	num, times, what *widget.Label
	title, mins      *commitEntry
	notes            *commitEntry
	grip             *dragHandle
	up, down         *widget.Button
	root             fyne.CanvasObject
}

// templateStore keeps the agendas saved as templates.
type templateStore interface {
	Templates() ([]session.Template, error)
	SaveTemplate(t session.Template) error
	RenameTemplate(old, name string) error
	DeleteTemplate(name string) error
}

// newAgendaView builds the agenda tab of s; present opens the projector on
// the session's agenda.
func newAgendaView(e env, s *session.Session, lib *course.Library, store templateStore, save func() bool, present func()) *AgendaView {
	a := &AgendaView{env: e, s: s, lib: lib, store: store, save: save, box: container.NewVBox()}
	tr := e.tr
	saveTpl := widget.NewButtonWithIcon(tr.T("agenda_save_template"), theme.DocumentSaveIcon(), a.showSaveTemplate)
	useTpl := widget.NewButtonWithIcon(tr.T("agenda_use_template"), theme.FolderOpenIcon(), a.showUseTemplate)
	a.undoBtn = widget.NewButtonWithIcon(tr.T("agenda_undo"), theme.ContentUndoIcon(), a.Undo)
	a.undoBtn.Disable()
	presentBtn := widget.NewButtonWithIcon(tr.T("present_agenda"), theme.MediaPlayIcon(), present)
	presentBtn.Importance = widget.HighImportance
	a.dropLine = canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	a.dropLine.Hide()
	a.scroll = container.NewVScroll(container.NewPadded(a.box))
	a.root = container.NewBorder(container.NewPadded(container.NewHBox(a.undoBtn, saveTpl, useTpl, presentBtn)), nil, nil, nil,
		container.NewStack(a.scroll, container.NewWithoutLayout(a.dropLine)))
	a.rebuild()
	return a
}

// Content is the view's canvas object.
func (a *AgendaView) Content() fyne.CanvasObject { return a.root }

// rebuild makes every day's card anew: when the session's days change.
func (a *AgendaView) rebuild() {
	a.box.Objects = nil
	a.days = nil
	for d := range a.s.Days {
		a.days = append(a.days, a.newDay(d))
		a.box.Add(a.days[d].card)
	}
	a.refresh()
	a.box.Refresh()
}

// refresh shows the session's agenda in the widgets there are, making
// rows only where a half-day gained some: focus and scroll stay put.
func (a *AgendaView) refresh() {
	if len(a.days) != len(a.s.Days) {
		a.rebuild()
		return
	}
	for d, day := range a.days {
		sched := session.ComputeDay(a.s.Agenda[d], a.s.Days[d])
		setLabel(day.head, a.tr.Tf("agenda_day_heading", map[string]any{"N": d + 1, "Date": formatDate(a.tr.Lang(), a.s.Date(d)), "Total": sched.Total}))
		for i, h := range sched.Halves() {
			a.refreshHalf(d, day.halves[i], h)
		}
	}
	a.undoBtn.Enable()
	if len(a.undo) == 0 {
		a.undoBtn.Disable()
	}
}

// newDay is a day's card: its heading and two half-days.
func (a *AgendaView) newDay(d int) *agendaDay {
	day := &agendaDay{head: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	day.head.SizeName = theme.SizeNameSubHeadingText
	day.card = container.NewVBox(day.head)
	for i, h := range session.Halves {
		day.halves[i] = a.newHalf(d, h)
		day.card.Add(day.halves[i].box)
	}
	day.card.Add(widget.NewSeparator())
	return day
}

// newHalf is a half-day: header, rows, add buttons.
func (a *AgendaView) newHalf(d int, h session.Half) *agendaHalf {
	tr := a.tr
	hv := &agendaHalf{half: h, head: widget.NewRichText(), rows: container.NewVBox(), empty: widget.NewLabel(tr.T("agenda_half_empty"))}
	add := container.NewHBox(
		widget.NewButtonWithIcon(tr.T("agenda_add_halfday"), theme.ContentAddIcon(), func() { a.showAddHalfDay(d, h) }),
		widget.NewButtonWithIcon(tr.T("agenda_add_part"), theme.ContentAddIcon(), func() { a.showAddPart(d, h) }),
		widget.NewButtonWithIcon(tr.T("agenda_add_break"), theme.ContentAddIcon(), func() {
			a.Add(d, h, session.Block{Kind: session.BlockBreak, Minutes: 15})
		}),
		widget.NewButtonWithIcon(tr.T("agenda_add_custom"), theme.ContentAddIcon(), func() { a.showAddCustom(d, h) }),
	)
	hv.box = container.NewVBox(hv.head, hv.empty, hv.rows, add)
	return hv
}

// refreshHalf shows a half-day's schedule: header, then a row per block,
// adding or dropping rows to match.
func (a *AgendaView) refreshHalf(d int, hv *agendaHalf, h session.HalfSchedule) {
	tr := a.tr
	name := tr.T("agenda_morning")
	if h.Half == session.PM {
		name = tr.T("agenda_afternoon")
	}
	head := &widget.TextSegment{Text: fmt.Sprintf("%s  %s–%s", name, h.Start, h.End), Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}, Inline: true}}
	status := &widget.TextSegment{Text: "   " + tr.Tf("agenda_free", map[string]any{"N": h.Free()}), Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder}}
	if h.Free() == 0 && h.Overflow() == 0 {
		status.Text = "   ✓ " + tr.T("agenda_full")
	}
	if over := h.Overflow(); over > 0 {
		status = &widget.TextSegment{Text: "   ⚠ " + tr.Tf("agenda_over", map[string]any{"N": over}),
			Style: widget.RichTextStyle{ColorName: theme.ColorNameError, TextStyle: fyne.TextStyle{Bold: true}}}
	}
	if hv.head.String() != head.Text+status.Text || len(hv.head.Segments) != 2 ||
		hv.head.Segments[1].(*widget.TextSegment).Style.ColorName != status.Style.ColorName {
		hv.head.Segments = []widget.RichTextSegment{head, status}
		hv.head.Refresh()
	}
	for len(hv.blocks) < len(h.Blocks) {
		r := a.newBlockRow(d, hv.half, len(hv.blocks))
		hv.blocks = append(hv.blocks, r)
		hv.rows.Add(r.root)
	}
	if len(hv.blocks) > len(h.Blocks) {
		hv.blocks = hv.blocks[:len(h.Blocks)]
		hv.rows.Objects = hv.rows.Objects[:len(h.Blocks)]
		hv.rows.Refresh()
	}
	if hv.empty.Hidden != (len(h.Blocks) > 0) {
		hv.empty.Hidden = len(h.Blocks) > 0
		hv.empty.Refresh()
	}
	last := len(a.s.Days) - 1
	for i, b := range h.Blocks {
		a.showBlock(hv.blocks[i], b)
		p := session.Pos{Day: d, Half: hv.half, Index: i}
		_, canUp := a.s.Step(p, -1)
		_, canDown := a.s.Step(p, 1)
		setEnabled(hv.blocks[i].up, canUp)
		setEnabled(hv.blocks[i].down, canDown && !(d == last && hv.half == session.PM && i == len(h.Blocks)-1))
	}
}

// newBlockRow is the row of block i of a half-day; its buttons and fields
// act on whatever block is at that place when they are used.
func (a *AgendaView) newBlockRow(d int, h session.Half, i int) *blockRow {
	tr := a.tr
	p := session.Pos{Day: d, Half: h, Index: i}
	r := &blockRow{num: widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}),
		times: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Monospace: true}),
		what:  widget.NewLabel("")}
	r.what.Importance = widget.LowImportance
	r.what.Truncation = fyne.TextTruncateEllipsis
	r.title = newCommitEntry(false, func(v string) { a.SetTitle(p, v) })
	r.title.SetPlaceHolder(tr.T("agenda_block_title"))
	r.mins = newCommitEntry(false, func(v string) { a.SetMinutes(p, v) })
	r.notes = newCommitEntry(false, func(v string) { a.SetNotes(p, v) })
	r.notes.SetPlaceHolder(tr.T("agenda_notes_hint"))
	for _, e := range []*commitEntry{r.title, r.mins, r.notes} {
		e.onSave = func() {
			if a.onSave != nil {
				a.onSave()
			}
		}
	}
	r.grip = newDragHandle(a.showDrop, func(at fyne.Position) { a.dropLine.Hide(); a.dropAt(p, at) })
	r.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { a.Step(p, -1) })
	r.down = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { a.Step(p, 1) })
	dup := widget.NewButtonWithIcon("", theme.ContentCopyIcon(), func() { a.Duplicate(p) })
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { a.Remove(p) })
	minsBox := container.NewGridWrap(fyne.NewSize(64, widget.NewEntry().MinSize().Height), clipped(r.mins, 64))
	left := container.NewHBox(r.grip, container.NewGridWrap(fyne.NewSize(34, r.num.MinSize().Height), r.num), r.times)
	right := container.NewHBox(minsBox, widget.NewLabel(tr.T("agenda_minutes")), r.up, r.down, dup, del)
	top := container.NewBorder(nil, nil, left, right, clipped(r.title, 120))
	under := container.NewBorder(nil, nil, widget.NewLabel("      "), nil, container.NewGridWithColumns(2, r.what, clipped(r.notes, 120)))
	r.root = container.NewVBox(top, under)
	return r
}

// showBlock puts a block's values in its row, touching only what changed
// (a refresh of ~200 rows stays cheap) and leaving alone a field being
// typed in.
func (a *AgendaView) showBlock(r *blockRow, b session.Timed) {
	setLabel(r.num, strconv.Itoa(b.N))
	setLabel(r.times, b.Start.String()+"–"+b.End.String())
	imp := widget.MediumImportance
	if b.Over {
		imp = widget.DangerImportance
	}
	if r.times.Importance != imp {
		r.times.Importance = imp
		r.times.Refresh()
	}
	setLabel(r.what, a.blockKind(b.Block))
	if ph := a.untitled(b.Block); r.title.PlaceHolder != ph {
		r.title.SetPlaceHolder(ph)
	}
	r.title.set(b.Title)
	r.mins.set(strconv.Itoa(b.Minutes))
	r.notes.set(b.Description)
}

// setLabel changes a label's text when it differs.
func setLabel(l *widget.Label, text string) {
	if l.Text != text {
		l.SetText(text)
	}
}

// untitled is what a block without a title of its own is called.
func (a *AgendaView) untitled(b session.Block) string {
	switch b.Kind {
	case session.BlockBreak:
		return a.tr.T("agenda_break")
	case session.BlockPart:
		return partLabel(a.tr, b.Part)
	}
	return a.tr.T("agenda_block_title")
}

// blockKind says what a block is, under its title: a module part's module
// and part, a break, or another block.
func (a *AgendaView) blockKind(b session.Block) string {
	tr := a.tr
	switch b.Kind {
	case session.BlockBreak:
		return tr.T("agenda_break")
	case session.BlockPart:
		name := fmt.Sprintf("%02d", b.Module)
		if m := a.lib.Module(b.Module); m != nil {
			name += " " + m.TitleIn(a.s.Lang)
		}
		return name + " · " + partLabel(tr, b.Part)
	}
	if b.Module > 0 {
		if m := a.lib.Module(b.Module); m != nil {
			return fmt.Sprintf("%02d %s", b.Module, m.TitleIn(a.s.Lang))
		}
	}
	return tr.T("agenda_custom")
}

// change runs fn on the session's agenda, saves, and keeps the agenda as it
// was for Ctrl+Z; a change that fails to save, or that fn refuses, leaves
// the agenda as it was.
func (a *AgendaView) change(fn func() bool) bool {
	before := session.CloneAgenda(a.s.Agenda)
	if !fn() {
		a.s.Agenda = before
		a.refresh()
		return false
	}
	if !a.save() {
		a.s.Agenda = before
		a.refresh()
		return false
	}
	a.undo = append(a.undo, before)
	if len(a.undo) > maxUndo {
		a.undo = a.undo[1:]
	}
	a.refresh()
	return true
}

// Undo takes back the last agenda change (Ctrl+Z).
func (a *AgendaView) Undo() {
	if len(a.undo) == 0 {
		return
	}
	last := a.undo[len(a.undo)-1]
	now := a.s.Agenda
	a.s.Agenda = last
	if !a.save() {
		a.s.Agenda = now
		return
	}
	a.undo = a.undo[:len(a.undo)-1]
	a.refresh()
}

// CanUndo reports whether there is an agenda change to take back.
func (a *AgendaView) CanUndo() bool { return len(a.undo) > 0 }

// Add appends a block to a half-day.
func (a *AgendaView) Add(d int, h session.Half, b session.Block) {
	a.change(func() bool { _, ok := a.s.Append(d, h, b); return ok })
}

// Step moves the block at p up (−1) or down (+1), into the neighbouring
// half-day at the edge of its own.
func (a *AgendaView) Step(p session.Pos, delta int) {
	to, ok := a.s.Step(p, delta)
	if !ok {
		return
	}
	a.Move(p, to)
}

// Move moves the block at from to the place to (session.MoveBlock).
func (a *AgendaView) Move(from, to session.Pos) {
	a.change(func() bool { _, ok := a.s.MoveBlock(from, to); return ok })
}

// Duplicate puts a copy of the block at p after it.
func (a *AgendaView) Duplicate(p session.Pos) {
	a.change(func() bool { _, ok := a.s.Duplicate(p); return ok })
}

// Remove deletes the block at p (Ctrl+Z brings it back).
func (a *AgendaView) Remove(p session.Pos) {
	a.change(func() bool { _, ok := a.s.Remove(p); return ok })
}

// SetTitle renames the block at p.
func (a *AgendaView) SetTitle(p session.Pos, v string) {
	a.change(func() bool { return a.s.Update(p, func(b *session.Block) { b.Title = strings.TrimSpace(v) }) })
}

// SetNotes changes the notes of the block at p.
func (a *AgendaView) SetNotes(p session.Pos, v string) {
	a.change(func() bool { return a.s.Update(p, func(b *session.Block) { b.Description = strings.TrimSpace(v) }) })
}

// SetMinutes changes the duration of the block at p; a duration that is not
// a number of minutes from 1 to 600 is refused and the field shows the old
// one again.
func (a *AgendaView) SetMinutes(p session.Pos, v string) {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 1 || n > 600 {
		a.showError("error_minutes", fmt.Errorf("%q", v))
		a.refresh()
		return
	}
	a.change(func() bool { return a.s.Update(p, func(b *session.Block) { b.Minutes = n }) })
}

// commitAll commits every field being typed in: before a save or leaving.
func (a *AgendaView) commitAll() {
	for _, r := range a.rows() {
		for _, e := range []*commitEntry{r.title, r.mins, r.notes} {
			e.commit()
		}
	}
}

// Dirty reports whether a field holds text not kept yet.
func (a *AgendaView) Dirty() bool {
	for _, r := range a.rows() {
		if r.title.dirty() || r.mins.dirty() || r.notes.dirty() {
			return true
		}
	}
	return false
}

func (a *AgendaView) rows() []*blockRow {
	var out []*blockRow
	for _, d := range a.days {
		for _, h := range d.halves {
			out = append(out, h.blocks...)
		}
	}
	return out
}

// target is where a row dropped at the canvas point at lands: the
// half-day under it, before the first row whose middle is below the point.
func (a *AgendaView) target(at fyne.Position) (session.Pos, float32, bool) {
	drv := fyne.CurrentApp().Driver()
	for d, day := range a.days {
		for _, hv := range day.halves {
			top := drv.AbsolutePositionForObject(hv.box).Y
			if at.Y < top || at.Y > top+hv.box.Size().Height {
				continue
			}
			p := session.Pos{Day: d, Half: hv.half}
			line := drv.AbsolutePositionForObject(hv.rows).Y
			for _, r := range hv.blocks {
				y := drv.AbsolutePositionForObject(r.root).Y
				if at.Y < y+r.root.Size().Height/2 {
					return p, y, true
				}
				p.Index++
				line = y + r.root.Size().Height
			}
			return p, line, true
		}
	}
	return session.Pos{}, 0, false
}

// showDrop draws a line where a dragged row would land.
func (a *AgendaView) showDrop(at fyne.Position) {
	_, y, ok := a.target(at)
	if !ok {
		a.dropLine.Hide()
		return
	}
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(a.scroll)
	a.dropLine.Move(fyne.NewPos(0, y-origin.Y-1))
	a.dropLine.Resize(fyne.NewSize(a.scroll.Size().Width, 3))
	a.dropLine.Show()
}

// dropAt moves the block at from to where it was dropped.
func (a *AgendaView) dropAt(from session.Pos, at fyne.Position) {
	to, _, ok := a.target(at)
	if !ok || (to.Day == from.Day && to.Half == from.Half && (to.Index == from.Index || to.Index == from.Index+1)) {
		return
	}
	a.Move(from, to)
}

// moduleChoices lists "NN title" for the module selects.
func (a *AgendaView) moduleChoices() []string {
	var out []string
	for _, m := range a.lib.Modules {
		out = append(out, fmt.Sprintf("%02d %s", m.Number, m.TitleIn(a.s.Lang)))
	}
	return out
}

func (a *AgendaView) moduleAt(i int) *course.Module {
	if i < 0 || i >= len(a.lib.Modules) {
		return nil
	}
	return a.lib.Modules[i]
}

func (a *AgendaView) showAddPart(d int, h session.Half) {
	tr := a.tr
	mod := newChoice(a.moduleChoices(), nil)
	mod.PlaceHolder = tr.T("select_placeholder")
	var parts []string
	for _, p := range course.Parts {
		parts = append(parts, partLabel(tr, p))
	}
	part := newChoice(parts, nil)
	part.PlaceHolder = tr.T("select_placeholder")
	part.SetSelectedIndex(0)
	mins := newField()
	mins.SetText("45")
	items := []*widget.FormItem{
		widget.NewFormItem(tr.T("agenda_module"), mod),
		widget.NewFormItem(tr.T("agenda_part"), part),
		widget.NewFormItem(tr.T("agenda_duration"), mins),
	}
	dlg := newCheckedForm(a.env, tr.T("agenda_add_part"), tr.T("dialog_add"), items, func() error {
		m := a.moduleAt(mod.SelectedIndex())
		if m == nil {
			return refuse(mod, tr.T("agenda_choose_module"))
		}
		n, err := strconv.Atoi(strings.TrimSpace(mins.Text))
		if err != nil || n < 1 {
			return refuse(mins, tr.T("error_minutes"))
		}
		a.Add(d, h, session.Block{Kind: session.BlockPart, Module: m.Number, Part: course.Parts[part.SelectedIndex()], Minutes: n})
		return nil
	}, "error_save_session")
	showDialog(a.win, dlg, formContent(items))
}

// showAddHalfDay adds a module's ready half-day from its guide's plan.
func (a *AgendaView) showAddHalfDay(d int, h session.Half) {
	tr := a.tr
	mod := newChoice(a.moduleChoices(), nil)
	mod.PlaceHolder = tr.T("select_placeholder")
	items := []*widget.FormItem{widget.NewFormItem(tr.T("agenda_module"), mod)}
	dlg := newCheckedForm(a.env, tr.T("agenda_add_halfday"), tr.T("dialog_add"), items, func() error {
		m := a.moduleAt(mod.SelectedIndex())
		if m == nil {
			return refuse(mod, tr.T("agenda_choose_module"))
		}
		return a.AddModuleHalfDay(d, h, m.Number)
	}, "error_module_plan")
	showDialog(a.win, dlg, formContent(items))
}

// AddModuleHalfDay appends module n's ready half-day to a half-day.
func (a *AgendaView) AddModuleHalfDay(d int, h session.Half, n int) error {
	m := a.lib.Module(n)
	if m == nil {
		return fmt.Errorf("module %d is not in the kit", n)
	}
	blocks, err := session.ModulePlan(m, a.s.Lang)
	if err != nil {
		return err
	}
	a.change(func() bool {
		for _, b := range blocks {
			if _, ok := a.s.Append(d, h, b); !ok {
				return false
			}
		}
		return true
	})
	return nil
}

func (a *AgendaView) showAddCustom(d int, h session.Half) {
	tr := a.tr
	title := newField()
	desc := newMultiLineField()
	mins := newField()
	mins.SetText("30")
	items := []*widget.FormItem{
		widget.NewFormItem(tr.T("agenda_block_title"), title),
		widget.NewFormItem(tr.T("agenda_duration"), mins),
		widget.NewFormItem(tr.T("agenda_description"), desc),
	}
	dlg := newCheckedForm(a.env, tr.T("agenda_add_custom"), tr.T("dialog_add"), items, func() error {
		if strings.TrimSpace(title.Text) == "" {
			return refuse(title, tr.T("error_custom_block"))
		}
		n, err := strconv.Atoi(strings.TrimSpace(mins.Text))
		if err != nil || n < 1 {
			return refuse(mins, tr.T("error_custom_block"))
		}
		a.Add(d, h, session.Block{Kind: session.BlockCustom, Title: strings.TrimSpace(title.Text), Description: desc.Text, Minutes: n})
		return nil
	}, "error_save_session")
	dlg.Resize(fyne.NewSize(480, 320))
	showDialog(a.win, dlg, formContent(items))
}

// SaveTemplate stores the agenda under a name.
func (a *AgendaView) SaveTemplate(name string) error {
	return a.store.SaveTemplate(session.Template{Name: name, Agenda: a.s.Agenda})
}

func (a *AgendaView) showSaveTemplate() {
	tr := a.tr
	name := newField()
	name.SetText(a.s.Title)
	showForm(tr.T("agenda_save_template"), tr.T("dialog_save"), tr.T("dialog_cancel"),
		[]*widget.FormItem{widget.NewFormItem(tr.T("agenda_template_name"), name)}, func(ok bool) {
			if ok {
				if err := a.SaveTemplate(name.Text); err != nil {
					a.showError("error_template", err)
				}
			}
		}, a.win)
}

// UseTemplate replaces the agenda with a template's, adding days if the
// template has more.
func (a *AgendaView) UseTemplate(t session.Template) {
	old := a.s.Agenda
	days := a.s.Days
	a.s.SetDays(max(len(a.s.Days), len(t.Agenda)))
	agenda := make([][]session.Block, len(a.s.Days))
	for i := range agenda {
		if i < len(t.Agenda) {
			agenda[i] = append([]session.Block(nil), t.Agenda[i]...)
		}
	}
	a.s.Agenda = agenda
	if !a.save() {
		a.s.Agenda, a.s.Days = old, days
	}
	a.rebuild()
}

func (a *AgendaView) showUseTemplate() {
	tr := a.tr
	tpls, err := a.store.Templates()
	if err != nil {
		a.showError("error_template", err)
		return
	}
	if len(tpls) == 0 {
		showInformation(tr.T("agenda_use_template"), tr.T("agenda_no_templates"), a.win)
		return
	}
	var names []string
	for _, t := range tpls {
		names = append(names, t.Name)
	}
	sel := widget.NewSelect(names, nil)
	sel.PlaceHolder = tr.T("select_placeholder")
	sel.SetSelectedIndex(0)
	var d dialog.Dialog
	rename := widget.NewButtonWithIcon(tr.T("agenda_template_rename"), theme.DocumentCreateIcon(), func() {
		d.Hide()
		a.showRenameTemplate(sel.Selected)
	})
	del := widget.NewButtonWithIcon(tr.T("agenda_template_delete"), theme.DeleteIcon(), func() {
		d.Hide()
		a.confirmDeleteTemplate(sel.Selected)
	})
	items := []*widget.FormItem{widget.NewFormItem(tr.T("agenda_template_name"), sel),
		widget.NewFormItem("", container.NewHBox(rename, del)),
		widget.NewFormItem("", widget.NewLabel(tr.T("agenda_template_replaces")))}
	d = dialog.NewForm(tr.T("agenda_use_template"), tr.T("dialog_ok"), tr.T("dialog_cancel"), items, func(ok bool) {
		if i := sel.SelectedIndex(); ok && i >= 0 {
			a.UseTemplate(tpls[i])
		}
	}, a.win)
	showDialog(a.win, d, formContent(items))
}

// showRenameTemplate asks a template's new name.
func (a *AgendaView) showRenameTemplate(old string) {
	tr := a.tr
	name := newField()
	name.SetText(old)
	showForm(tr.T("agenda_template_rename"), tr.T("dialog_save"), tr.T("dialog_cancel"),
		[]*widget.FormItem{widget.NewFormItem(tr.T("agenda_template_name"), name)}, func(ok bool) {
			if !ok || strings.TrimSpace(name.Text) == "" || name.Text == old {
				return
			}
			if err := a.store.RenameTemplate(old, strings.TrimSpace(name.Text)); err != nil {
				a.showError("error_template", err)
			}
		}, a.win)
}

// confirmDeleteTemplate deletes a template once the trainer confirms.
func (a *AgendaView) confirmDeleteTemplate(name string) {
	tr := a.tr
	showConfirm(tr.T("agenda_template_delete"), tr.Tf("agenda_template_delete_confirm", map[string]any{"Name": name}), func(ok bool) {
		if !ok {
			return
		}
		if err := a.store.DeleteTemplate(name); err != nil {
			a.showError("error_template", err)
		}
	}, a.win)
}
