package ui

import (
	"errors"
	"fmt"
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

// CreateOwnModule makes a new own module with five empty parts in each of
// its languages, stores it, adds it to the library after the others and
// shows it.
func (mw *MainWindow) CreateOwnModule(spec course.OwnSpec) (*course.Module, error) {
	m, err := course.NewOwnFromSpec(mw.lib.NextOwnNumber(), spec, mw.st.Lang)
	if err != nil {
		return nil, err
	}
	if err := mw.store.SaveOwnModule(m); err != nil {
		return nil, fmt.Errorf("create module %q: %w", m.TitleIn(mw.st.Lang), err)
	}
	mw.putModule(course.Customise(m, nil))
	if mw.filter.SelectedIndex() > 0 {
		mw.filter.SetSelectedIndex(0) // a filter could hide the new module
	}
	if !spec.Has(mw.st.Lang) {
		mw.SetLang(spec.Langs()[0]) // show the module in a language it is written in
	}
	mw.SelectModule(m.Number)
	return m, nil
}

// UpdateOwnModule renames an own module, changes its languages, duration
// and competences. The text of a language taken away is deleted, with the
// notes and handout settings of its parts.
func (mw *MainWindow) UpdateOwnModule(key string, spec course.OwnSpec) error {
	cur := mw.lib.ByKey(key)
	if cur == nil || !cur.Own() {
		return fmt.Errorf("update module %s: not one of your modules", key)
	}
	m, err := cur.WithSpec(spec) // the library keeps cur until the change is saved
	if err != nil {
		return err
	}
	if err := mw.store.SaveOwnModule(m); err != nil {
		return fmt.Errorf("update module %q: %w", m.TitleIn(mw.st.Lang), err)
	}
	var kept []course.Overlay
	for _, o := range cur.Overlays() {
		if spec.Has(o.Lang) {
			kept = append(kept, o)
		} else if err := mw.store.DeleteOverlay(o.Module, o.Lang, o.Part); err != nil {
			return fmt.Errorf("update module %q: %w", m.TitleIn(mw.st.Lang), err)
		}
	}
	mw.putModule(course.Customise(m, kept))
	mw.SelectModule(m.Number)
	return nil
}

// DeleteOwnModule deletes an own module, its text and its customisations,
// and shows the module before it.
func (mw *MainWindow) DeleteOwnModule(key string) error {
	m := mw.lib.ByKey(key)
	if m == nil || !m.Own() {
		return fmt.Errorf("delete module %s: not one of your modules", key)
	}
	if err := mw.store.DeleteOwnModule(m.UID); err != nil {
		return fmt.Errorf("delete module %q: %w", m.TitleIn(mw.st.Lang), err)
	}
	prev := 0
	for _, x := range mw.lib.Modules {
		if x.Number < m.Number {
			prev = x.Number
		}
	}
	mw.lib.Remove(key)
	if mw.index != nil {
		mw.index.RemoveModule(m.Number)
	}
	if mw.st.Module == m.Number {
		if prev == 0 && len(mw.lib.Modules) > 0 {
			prev = mw.lib.Modules[0].Number
		}
		mw.st.Module = prev
		mw.save(prefModule, strconv.Itoa(prev))
	}
	mw.modulesChanged()
	return nil
}

// putModule puts a new, customised or changed module into the library, the
// search index, the list and the reader.
func (mw *MainWindow) putModule(m *course.Module) {
	mw.lib.Replace(m)
	if mw.index != nil {
		mw.index.PutModule(m)
	}
	mw.modulesChanged()
}

// modulesChanged shows the library again after modules were added, changed
// or removed: the list, and the reader, whose parts may be stale.
func (mw *MainWindow) modulesChanged() {
	mw.list.reload()
	mw.list.selectNumber(mw.st.Module)
	mw.reader.invalidate()
	if mw.lib.Module(mw.st.Module) != nil {
		mw.show()
	}
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
func (mw *MainWindow) showOwnError(err error, fallback string) {
	if key := ownErrorKey(err); key != "" {
		dialog.ShowError(errors.New(mw.tr.T(key)), mw.win)
		return
	}
	mw.showError(fallback, err)
}

// ownForm holds the widgets of the new-module and module-settings dialogs.
type ownForm struct {
	title   *widget.Entry            // new module: one title for every language
	checks  map[string]*widget.Check // languages written
	titles  map[string]*widget.Entry // settings: a title per language
	minutes *widget.Entry
	digcomp *widget.CheckGroup
	codes   []string // DigComp codes in the order of digcomp's options
}

// newOwnForm builds the fields; m nil is a new module.
func (mw *MainWindow) newOwnForm(m *course.Module) *ownForm {
	f := &ownForm{checks: map[string]*widget.Check{}, titles: map[string]*widget.Entry{}}
	for _, l := range course.Languages {
		f.checks[l] = widget.NewCheck(languageNames[l], nil)
	}
	f.minutes = widget.NewEntry()
	f.minutes.SetText("210")
	for c := range course.DigCompNames {
		f.codes = append(f.codes, c)
	}
	sort.Strings(f.codes)
	var options []string
	for _, c := range f.codes {
		options = append(options, c+" "+digCompName(mw.tr, c))
	}
	f.digcomp = widget.NewCheckGroup(options, nil)
	if m == nil {
		f.title = widget.NewEntry()
		f.checks[mw.st.Lang].SetChecked(true)
		return f
	}
	for _, l := range course.Languages {
		e := widget.NewEntry()
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

func setEnabled(w fyne.Disableable, on bool) {
	if on {
		w.Enable()
	} else {
		w.Disable()
	}
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
func (f *ownForm) items(mw *MainWindow) []*widget.FormItem {
	tr := mw.tr
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

// showNewOwnModule asks for the new module's title, languages, duration and
// competences, then creates it.
func (mw *MainWindow) showNewOwnModule() dialog.Dialog {
	tr := mw.tr
	f := mw.newOwnForm(nil)
	d := dialog.NewForm(tr.T("own_new"), tr.T("dialog_create"), tr.T("dialog_cancel"), f.items(mw), func(ok bool) {
		if !ok {
			return
		}
		if _, err := mw.CreateOwnModule(f.spec()); err != nil {
			mw.showOwnError(err, "own_error_save")
		}
	}, mw.win)
	d.Resize(fyne.NewSize(720, 440))
	d.Show()
	mw.win.Canvas().Focus(f.title)
	return d
}

// showOwnModuleSettings renames the module shown, changes its languages,
// duration and competences, or deletes it.
func (mw *MainWindow) showOwnModuleSettings() dialog.Dialog {
	tr := mw.tr
	m := mw.lib.Module(mw.st.Module)
	if m == nil || !m.Own() || mw.store == nil {
		return nil
	}
	f := mw.newOwnForm(m)
	items := f.items(mw)
	var d *dialog.FormDialog
	del := widget.NewButtonWithIcon(tr.T("own_delete"), theme.DeleteIcon(), func() {
		d.Hide()
		mw.confirmDeleteOwn(m)
	})
	del.Importance = widget.DangerImportance
	items = append(items, widget.NewFormItem("", container.NewHBox(del)))
	d = dialog.NewForm(tr.T("own_settings"), tr.T("dialog_save"), tr.T("dialog_cancel"), items, func(ok bool) {
		if ok {
			mw.confirmOwnUpdate(m, f.spec())
		}
	}, mw.win)
	d.Resize(fyne.NewSize(720, 560))
	d.Show()
	return d
}

// confirmOwnUpdate asks before deleting the text of the languages the
// trainer unticked, then saves.
func (mw *MainWindow) confirmOwnUpdate(m *course.Module, spec course.OwnSpec) {
	apply := func() {
		if err := mw.UpdateOwnModule(m.Key(), spec); err != nil {
			mw.showOwnError(err, "own_error_save")
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
	msg := mw.tr.Tf("own_remove_langs_confirm", map[string]any{"Langs": strings.Join(lost, ", ")})
	dialog.ShowConfirm(mw.tr.T("own_settings"), msg, func(ok bool) {
		if ok {
			apply()
		}
	}, mw.win)
}

// confirmDeleteOwn asks before deleting an own module.
func (mw *MainWindow) confirmDeleteOwn(m *course.Module) {
	tr := mw.tr
	msg := tr.Tf("own_delete_confirm", map[string]any{"Title": m.TitleIn(mw.st.Lang)})
	d := dialog.NewConfirm(tr.T("own_delete_title"), msg, func(ok bool) {
		if !ok {
			return
		}
		if err := mw.DeleteOwnModule(m.Key()); err != nil {
			mw.showError("own_error_delete", err)
		}
	}, mw.win)
	d.SetConfirmText(tr.T("own_delete_button"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

// newModuleButton is the "New module" button under the list; without a data
// file there is nowhere to keep a module, so there is none.
func (mw *MainWindow) newModuleButton() fyne.CanvasObject {
	if mw.store == nil {
		return nil
	}
	b := widget.NewButtonWithIcon(mw.tr.T("own_new"), theme.ContentAddIcon(), func() { mw.showNewOwnModule() })
	return container.NewPadded(b)
}

// ownEmptyPart is what the reader shows for a part of an own module that
// the trainer has not written yet: an invitation to write it.
func ownEmptyPart(tr *locales.Localizer) fyne.CanvasObject {
	l := widget.NewLabel(tr.T("own_empty_part"))
	l.Wrapping = fyne.TextWrapWord
	return container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(theme.DocumentCreateIcon())), nil, l)
}

// showIf shows or hides o.
func showIf(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}
