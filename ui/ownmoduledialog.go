package ui

import (
	"errors"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

// The new-module and module-settings dialogs of OwnModules.

// ownForm holds the widgets of the new-module and module-settings dialogs.
type ownForm struct {
	title   *field                   // new module: one title for every language
	checks  map[string]*widget.Check // languages written
	titles  map[string]*field        // settings: a title per language
	minutes *field
	digcomp *widget.CheckGroup
	codes   []string // DigComp codes in the order of digcomp's options
}

// newOwnForm builds the fields; m nil is a new module.
func newOwnForm(tr *locales.Localizer, m *course.Module, lang string) *ownForm {
	f := &ownForm{checks: map[string]*widget.Check{}, titles: map[string]*field{}}
	for _, l := range course.Languages {
		f.checks[l] = widget.NewCheck(languageNames[l], nil)
	}
	f.minutes = newField()
	f.minutes.SetText("210")
	for c := range course.DigCompNames {
		f.codes = append(f.codes, c)
	}
	sort.Strings(f.codes)
	var options []string
	for _, c := range f.codes {
		options = append(options, c+" "+digCompName(tr, c))
	}
	f.digcomp = widget.NewCheckGroup(options, nil)
	if m == nil {
		f.title = newField()
		f.checks[lang].SetChecked(true)
		return f
	}
	for _, l := range course.Languages {
		e := newField()
		f.titles[l] = e
		check := f.checks[l]
		check.OnChanged = func(on bool) {
			if on && e.Text == "" {
				e.SetText(m.TitleIn(l)) // the same title until the trainer renames it
			}
			setEnabled(e, on)
		}
		if m.Title[l] != "" || len(m.Source[l]) > 0 {
			e.SetText(m.Title[l])
			check.SetChecked(true)
		}
		setEnabled(e, check.Checked)
	}
	f.minutes.SetText(strconv.Itoa(m.Duration))
	for i, c := range f.codes {
		for _, x := range m.DigComp {
			if x == c {
				f.digcomp.Selected = append(f.digcomp.Selected, options[i])
			}
		}
	}
	return f
}

// spec reads what the trainer entered.
func (f *ownForm) spec() course.OwnSpec {
	s := course.OwnSpec{Titles: map[string]string{}}
	for l, c := range f.checks {
		if !c.Checked {
			continue
		}
		if f.title != nil {
			s.Titles[l] = f.title.Text
		} else {
			s.Titles[l] = f.titles[l].Text
		}
	}
	s.Minutes, _ = strconv.Atoi(strings.TrimSpace(f.minutes.Text))
	for i, opt := range f.digcomp.Options {
		for _, sel := range f.digcomp.Selected {
			if sel == opt {
				s.DigComp = append(s.DigComp, f.codes[i])
			}
		}
	}
	return s
}

// items lays the fields out for a form dialog.
func (f *ownForm) items(tr *locales.Localizer) []*widget.FormItem {
	var items []*widget.FormItem
	if f.title != nil {
		langs := container.NewHBox()
		for _, l := range course.Languages {
			langs.Add(f.checks[l])
		}
		items = append(items,
			widget.NewFormItem(tr.T("own_title"), f.title),
			widget.NewFormItem(tr.T("own_langs"), langs))
	} else {
		grid := container.New(layout.NewFormLayout())
		for _, l := range course.Languages {
			grid.Add(f.checks[l])
			grid.Add(f.titles[l])
		}
		items = append(items, widget.NewFormItem(tr.T("own_titles"), grid))
	}
	// The 21 competences scroll in a fixed box so that the dialog fits.
	scroll := container.NewVScroll(f.digcomp)
	scroll.SetMinSize(fyne.NewSize(520, 200))
	return append(items,
		widget.NewFormItem(tr.T("agenda_duration"), f.minutes),
		widget.NewFormItem(tr.T("own_digcomp"), scroll))
}

// showNew asks for the new module's title, languages, duration and
// competences, then creates it.
func (o *OwnModules) showNew() dialog.Dialog {
	tr := o.tr
	f := newOwnForm(tr, nil, o.lang())
	items := f.items(tr)
	d := dialog.NewForm(tr.T("own_new"), tr.T("dialog_create"), tr.T("dialog_cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		if _, err := o.Create(f.spec()); err != nil {
			o.showOwnError(err, "own_error_save")
		}
	}, o.win)
	d.Resize(fyne.NewSize(720, 440))
	showDialog(o.win, d, formContent(items))
	return d
}

// showSettings renames the own module m, changes its languages, duration
// and competences, or deletes it; nil for a bundled module.
func (o *OwnModules) showSettings(m *course.Module) dialog.Dialog {
	tr := o.tr
	if m == nil || !m.Own() || o.store == nil {
		return nil
	}
	f := newOwnForm(tr, m, o.lang())
	items := f.items(tr)
	var d *dialog.FormDialog
	del := widget.NewButtonWithIcon(tr.T("own_delete"), theme.DeleteIcon(), func() {
		d.Hide()
		o.confirmDelete(m)
	})
	del.Importance = widget.DangerImportance
	items = append(items, widget.NewFormItem("", container.NewHBox(del)))
	d = dialog.NewForm(tr.T("own_settings"), tr.T("dialog_save"), tr.T("dialog_cancel"), items, func(ok bool) {
		if ok {
			o.confirmUpdate(m, f.spec())
		}
	}, o.win)
	d.Resize(fyne.NewSize(720, 560))
	showDialog(o.win, d, formContent(items))
	return d
}

// confirmUpdate asks before deleting the text of the languages the trainer
// unticked, then saves.
func (o *OwnModules) confirmUpdate(m *course.Module, spec course.OwnSpec) {
	apply := func() {
		if err := o.Update(m.Key(), spec); err != nil {
			o.showOwnError(err, "own_error_save")
		}
	}
	var lost []string
	for _, l := range m.LostLangs(spec) {
		lost = append(lost, languageNames[l])
	}
	if len(lost) == 0 || spec.Check() != nil {
		apply()
		return
	}
	msg := o.tr.Tf("own_remove_langs_confirm", map[string]any{"Langs": strings.Join(lost, ", ")})
	showConfirm(o.tr.T("own_settings"), msg, func(ok bool) {
		if ok {
			apply()
		}
	}, o.win)
}

// confirmDelete asks before deleting an own module.
func (o *OwnModules) confirmDelete(m *course.Module) {
	tr := o.tr
	msg := tr.Tf("own_delete_confirm", map[string]any{"Title": m.TitleIn(o.lang())})
	d := dialog.NewConfirm(tr.T("own_delete_title"), msg, func(ok bool) {
		if !ok {
			return
		}
		if err := o.Delete(m.Key()); err != nil {
			o.showError("own_error_delete", err)
		}
	}, o.win)
	d.SetConfirmText(tr.T("own_delete_button"))
	d.SetConfirmImportance(widget.DangerImportance)
	showDialog(o.win, d, nil)
}

// ownErrorKey is the message explaining why a module was not saved.
func ownErrorKey(err error) string {
	switch {
	case errors.Is(err, course.ErrOwnTitle):
		return "own_error_title"
	case errors.Is(err, course.ErrOwnLangs):
		return "own_error_langs"
	case errors.Is(err, course.ErrOwnMinutes):
		return "error_minutes"
	}
	return ""
}

// showOwnError explains a refused module in plain words, or shows what
// failed after the general message.
func (o *OwnModules) showOwnError(err error, fallback string) {
	if key := ownErrorKey(err); key != "" {
		showErrorDialog(errors.New(o.tr.T(key)), o.win)
		return
	}
	o.showError(fallback, err)
}
