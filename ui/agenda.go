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

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// AgendaView edits the agenda: for each day its blocks with computed start
// times, the day's total and warnings, and buttons to add, move and remove
// blocks. Every change is saved at once.
type AgendaView struct {
	env
	s     *session.Session
	lib   *course.Library
	store templateStore
	save  func() bool // stores s, says why not
	box   *fyne.Container
	root  fyne.CanvasObject
}

// templateStore keeps the agendas saved as templates.
type templateStore interface {
	Templates() ([]session.Template, error)
	SaveTemplate(t session.Template) error
}

// newAgendaView builds the agenda tab of s; present opens the projector on
// the session's agenda.
func newAgendaView(e env, s *session.Session, lib *course.Library, store templateStore, save func() bool, present func()) *AgendaView {
	a := &AgendaView{env: e, s: s, lib: lib, store: store, save: save, box: container.NewVBox()}
	tr := e.tr
	saveTpl := widget.NewButtonWithIcon(tr.T("agenda_save_template"), theme.DocumentSaveIcon(), a.showSaveTemplate)
	useTpl := widget.NewButtonWithIcon(tr.T("agenda_use_template"), theme.FolderOpenIcon(), a.showUseTemplate)
	presentBtn := widget.NewButtonWithIcon(tr.T("present_agenda"), theme.MediaPlayIcon(), present)
	presentBtn.Importance = widget.HighImportance
	a.root = container.NewBorder(container.NewPadded(container.NewHBox(saveTpl, useTpl, presentBtn)), nil, nil, nil,
		container.NewVScroll(container.NewPadded(a.box)))
	a.rebuild()
	return a
}

// Content is the view's canvas object.
func (a *AgendaView) Content() fyne.CanvasObject { return a.root }

// rebuild redraws every day from the session.
func (a *AgendaView) rebuild() {
	a.box.Objects = nil
	for d := range a.s.Days {
		a.box.Add(a.dayCard(d))
	}
	a.box.Refresh()
}

// dayCard is one day: heading with date and total, warnings, the blocks,
// and the add buttons.
func (a *AgendaView) dayCard(d int) fyne.CanvasObject {
	tr, s := a.tr, a.s
	sched := session.ComputeDay(s.Agenda[d], s.Days[d])
	head := widget.NewRichText(&widget.TextSegment{
		Text:  tr.Tf("agenda_day_heading", map[string]any{"N": d + 1, "Date": formatDate(tr.Lang(), s.Date(d)), "Total": sched.Total}),
		Style: headingStyle(2),
	})
	rows := container.NewVBox(head)
	for _, w := range sched.Warnings {
		rows.Add(widget.NewRichText(&widget.TextSegment{Text: "⚠ " + a.warningText(w),
			Style: widget.RichTextStyle{ColorName: theme.ColorNameError, TextStyle: fyne.TextStyle{Bold: true}}}))
	}
	if len(sched.Blocks) == 0 {
		rows.Add(widget.NewLabel(tr.T("agenda_empty_day")))
	}
	for i, b := range sched.Blocks {
		rows.Add(a.blockRow(d, i, b))
	}
	add := container.NewGridWithColumns(4,
		widget.NewButtonWithIcon(tr.T("agenda_add_part"), theme.ContentAddIcon(), func() { a.showAddPart(d) }),
		widget.NewButtonWithIcon(tr.T("agenda_add_halfday"), theme.ContentAddIcon(), func() { a.showAddHalfDay(d) }),
		widget.NewButtonWithIcon(tr.T("agenda_add_break"), theme.ContentAddIcon(), func() {
			a.Add(d, session.Block{Kind: session.BlockBreak, Minutes: 15})
		}),
		widget.NewButtonWithIcon(tr.T("agenda_add_custom"), theme.ContentAddIcon(), func() { a.showAddCustom(d) }),
	)
	rows.Add(add)
	rows.Add(widget.NewSeparator())
	return rows
}

func (a *AgendaView) warningText(w session.Warning) string {
	if w.Kind == session.WarnIntoLunch {
		return a.tr.Tf("agenda_warn_lunch", map[string]any{"Block": w.Block + 1, "Over": w.Over})
	}
	return a.tr.Tf("agenda_warn_end", map[string]any{"Over": w.Over})
}

// blockRow shows a block with its times, its minutes to edit and buttons to
// move it up or down or remove it.
func (a *AgendaView) blockRow(d, i int, b session.Timed) fyne.CanvasObject {
	tr := a.tr
	times := widget.NewLabelWithStyle(b.Start.String()+"–"+b.End.String(), fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	label := widget.NewLabel(a.blockLabel(b.Block))
	label.Wrapping = fyne.TextWrapWord
	mins := widget.NewEntry()
	mins.SetText(strconv.Itoa(b.Minutes))
	mins.OnSubmitted = func(v string) { a.SetMinutes(d, i, v) }
	minsBox := container.NewGridWrap(fyne.NewSize(70, mins.MinSize().Height), mins)
	up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { a.Move(d, i, i-1) })
	down := widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { a.Move(d, i, i+1) })
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { a.Remove(d, i) })
	if i == 0 {
		up.Disable()
	}
	if i == len(a.s.Agenda[d])-1 {
		down.Disable()
	}
	right := container.NewHBox(minsBox, widget.NewLabel(tr.T("agenda_minutes")), up, down, del)
	return container.NewBorder(nil, nil, times, right, label)
}

// blockLabel describes a block in the interface language.
func (a *AgendaView) blockLabel(b session.Block) string {
	tr := a.tr
	switch b.Kind {
	case session.BlockBreak:
		return tr.T("agenda_break")
	case session.BlockPart:
		name := fmt.Sprintf("%02d", b.Module)
		if m := a.lib.Module(b.Module); m != nil {
			name += " " + m.TitleIn(a.s.Lang)
		}
		label := name + " · " + partLabel(tr, b.Part)
		if b.Title != "" {
			label += " — " + b.Title
		}
		return label
	}
	if b.Description != "" {
		return b.Title + " — " + b.Description
	}
	return b.Title
}

// change applies fn to a copy of day d's blocks and saves.
func (a *AgendaView) change(d int, fn func([]session.Block) []session.Block) {
	old := a.s.Agenda[d]
	a.s.Agenda[d] = fn(append([]session.Block(nil), old...))
	if !a.save() {
		a.s.Agenda[d] = old
	}
	a.rebuild()
}

// Add appends a block to day d.
func (a *AgendaView) Add(d int, b session.Block) {
	a.change(d, func(bs []session.Block) []session.Block { return append(bs, b) })
}

// Move moves block i of day d to position to.
func (a *AgendaView) Move(d, i, to int) {
	a.change(d, func(bs []session.Block) []session.Block { return session.Move(bs, i, to) })
}

// Remove deletes block i of day d.
func (a *AgendaView) Remove(d, i int) {
	a.change(d, func(bs []session.Block) []session.Block { return append(bs[:i], bs[i+1:]...) })
}

// SetMinutes changes the duration of block i of day d.
func (a *AgendaView) SetMinutes(d, i int, v string) {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 1 || n > 600 {
		a.showError("error_minutes", fmt.Errorf("%q", v))
		a.rebuild()
		return
	}
	a.change(d, func(bs []session.Block) []session.Block { bs[i].Minutes = n; return bs })
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

func (a *AgendaView) showAddPart(d int) {
	tr := a.tr
	mod := widget.NewSelect(a.moduleChoices(), nil)
	mod.PlaceHolder = tr.T("select_placeholder")
	var parts []string
	for _, p := range course.Parts {
		parts = append(parts, partLabel(tr, p))
	}
	part := widget.NewSelect(parts, nil)
	part.PlaceHolder = tr.T("select_placeholder")
	part.SetSelectedIndex(0)
	mins := widget.NewEntry()
	mins.SetText("45")
	items := []*widget.FormItem{
		widget.NewFormItem(tr.T("agenda_module"), mod),
		widget.NewFormItem(tr.T("agenda_part"), part),
		widget.NewFormItem(tr.T("agenda_duration"), mins),
	}
	showForm(tr.T("agenda_add_part"), tr.T("dialog_add"), tr.T("dialog_cancel"), items, func(ok bool) {
		m := a.moduleAt(mod.SelectedIndex())
		if !ok || m == nil {
			return
		}
		n, err := strconv.Atoi(strings.TrimSpace(mins.Text))
		if err != nil || n < 1 {
			a.showError("error_minutes", fmt.Errorf("%q", mins.Text))
			return
		}
		a.Add(d, session.Block{Kind: session.BlockPart, Module: m.Number, Part: course.Parts[part.SelectedIndex()], Minutes: n})
	}, a.win)
}

// showAddHalfDay adds a module's ready half-day from its guide's plan.
func (a *AgendaView) showAddHalfDay(d int) {
	tr := a.tr
	mod := widget.NewSelect(a.moduleChoices(), nil)
	mod.PlaceHolder = tr.T("select_placeholder")
	items := []*widget.FormItem{widget.NewFormItem(tr.T("agenda_module"), mod)}
	showForm(tr.T("agenda_add_halfday"), tr.T("dialog_add"), tr.T("dialog_cancel"), items, func(ok bool) {
		m := a.moduleAt(mod.SelectedIndex())
		if !ok || m == nil {
			return
		}
		if err := a.AddModuleHalfDay(d, m.Number); err != nil {
			a.showError("error_module_plan", err)
		}
	}, a.win)
}

// AddModuleHalfDay appends module n's ready half-day to day d.
func (a *AgendaView) AddModuleHalfDay(d, n int) error {
	m := a.lib.Module(n)
	if m == nil {
		return fmt.Errorf("module %d is not in the kit", n)
	}
	blocks, err := session.ModulePlan(m, a.s.Lang)
	if err != nil {
		return err
	}
	a.change(d, func(bs []session.Block) []session.Block { return append(bs, blocks...) })
	return nil
}

func (a *AgendaView) showAddCustom(d int) {
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
	dlg := dialog.NewForm(tr.T("agenda_add_custom"), tr.T("dialog_add"), tr.T("dialog_cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		n, err := strconv.Atoi(strings.TrimSpace(mins.Text))
		if err != nil || n < 1 || strings.TrimSpace(title.Text) == "" {
			a.showError("error_custom_block", fmt.Errorf("%q, %q", title.Text, mins.Text))
			return
		}
		a.Add(d, session.Block{Kind: session.BlockCustom, Title: strings.TrimSpace(title.Text), Description: desc.Text, Minutes: n})
	}, a.win)
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
	items := []*widget.FormItem{widget.NewFormItem(tr.T("agenda_template_name"), sel),
		widget.NewFormItem("", widget.NewLabel(tr.T("agenda_template_replaces")))}
	showForm(tr.T("agenda_use_template"), tr.T("dialog_ok"), tr.T("dialog_cancel"), items, func(ok bool) {
		if i := sel.SelectedIndex(); ok && i >= 0 {
			a.UseTemplate(tpls[i])
		}
	}, a.win)
}
