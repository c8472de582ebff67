package ui

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
)

// The trainer's customisations of a part: edited text, handout settings and
// notes, saved as a course.Overlay through the Store; the bundled original
// stays untouched. Every change rebuilds the module with the overlay and
// puts it in the library, the list, the reader and the search index.

// customActions are what the reader's customisation controls call.
type customActions struct {
	edit, menu, notes                  func()
	compare, reset, seeStale, keepMine func()
}

// errNoStore: without a data file (screenshots) nothing can be saved.
var errNoStore = errors.New("no data file: customisations cannot be saved")

// wireCustomise connects the reader's customisation controls and the keys
// (Ctrl+E edit; Ctrl+S saves in the editor). Without a store they are
// disabled, not broken.
func (mw *MainWindow) wireCustomise() {
	r := mw.reader
	r.act = customActions{
		edit:     func() { mw.EditPart() },
		menu:     mw.showCustomMenu,
		notes:    mw.showNotesDialog,
		compare:  mw.showCompareOriginal,
		reset:    mw.confirmReset,
		seeStale: mw.showStaleChanges,
		keepMine: func() { mw.report(mw.KeepMine(mw.st.Lang, mw.st.Part)) },
	}
	r.edit.OnTapped = r.act.edit
	r.more.OnTapped = r.act.menu
	if mw.store == nil {
		r.edit.Disable()
		r.more.Disable()
	}
	// Registering again on a rebuild replaces the same shortcut.
	c := mw.win.Canvas()
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { mw.EditPart() })
	// The editor's entry takes Ctrl+S itself; this one serves when the
	// focus is elsewhere in the editor.
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) {
			if ed := mw.OpenEditor(); ed != nil {
				_ = ed.Save() // a failure is shown by Save
			}
		})
}

// report shows a failed change in plain words.
func (mw *MainWindow) report(err error) {
	if err != nil {
		mw.showError("custom_error_save", err)
	}
}

// current is the module shown.
func (mw *MainWindow) current() *course.Module { return mw.lib.Module(mw.st.Module) }

// changeOverlay applies change to the overlay of a part of the module with
// that key (a new one if none), saves it and shows the result. An overlay
// left empty is deleted by the store.
func (mw *MainWindow) changeOverlay(key, lang, part string, change func(o *course.Overlay)) error {
	m := mw.lib.ByKey(key)
	switch {
	case mw.store == nil:
		return errNoStore
	case m == nil:
		return fmt.Errorf("customise %s: no such module", key)
	}
	o := m.EditOverlay(lang, part)
	change(&o)
	o.Updated = time.Now().UTC()
	if err := mw.store.SaveOverlay(o); err != nil {
		return fmt.Errorf("customise %s: %w", o.Key(), err)
	}
	mw.putModule(m.WithOverlay(o))
	return nil
}

// SaveText saves the trainer's text of a part of the module with that key.
// For a bundled module it becomes an overlay over the original (text equal
// to the original removes the edit); an own module's text is its own.
func (mw *MainWindow) SaveText(key, lang, part, text string) error {
	m := mw.lib.ByKey(key)
	if m != nil && m.Own() {
		return mw.saveOwnText(m, lang, part, text)
	}
	return mw.changeOverlay(key, lang, part, func(o *course.Overlay) {
		o.SetText(m.OriginalText(lang, part), text)
	})
}

// saveOwnText writes a part of the trainer's own module.
func (mw *MainWindow) saveOwnText(m *course.Module, lang, part, text string) error {
	if mw.store == nil {
		return errNoStore
	}
	updated := m.WithOwnText(lang, part, text)
	if err := mw.store.SaveOwnModule(updated); err != nil {
		return fmt.Errorf("save module %s: %w", m.Key(), err)
	}
	mw.putModule(course.Customise(updated, m.Overlays()))
	return nil
}

// ResetPart puts the original text back. The trainer's notes and handout
// choices stay: they are not part of the text (the dialog says so).
func (mw *MainWindow) ResetPart(lang, part string) error {
	return mw.changeOverlay(mw.current().Key(), lang, part, (*course.Overlay).ClearEdit)
}

// KeepMine marks a stale edit as reviewed: it now counts as based on the
// current original.
func (mw *MainWindow) KeepMine(lang, part string) error {
	m := mw.current()
	return mw.changeOverlay(m.Key(), lang, part, func(o *course.Overlay) { o.Review(m.OriginalText(lang, part)) })
}

// SetHiddenPart leaves the whole part out of handouts, or puts it back.
func (mw *MainWindow) SetHiddenPart(lang, part string, hidden bool) error {
	return mw.changeOverlay(mw.current().Key(), lang, part, func(o *course.Overlay) { o.Hidden = hidden })
}

// SetHiddenSections chooses the sections left out of handouts.
func (mw *MainWindow) SetHiddenSections(lang, part string, sections []string) error {
	return mw.changeOverlay(mw.current().Key(), lang, part, func(o *course.Overlay) {
		o.HiddenSections = append([]string(nil), sections...)
	})
}

// SetNotes saves the trainer's notes on a part.
func (mw *MainWindow) SetNotes(lang, part, notes string) error {
	notes = strings.TrimSpace(notes)
	return mw.changeOverlay(mw.current().Key(), lang, part, func(o *course.Overlay) { o.Notes = notes })
}

// showCustomMenu opens the reader's "⋯" menu for the part shown.
func (mw *MainWindow) showCustomMenu() {
	m, lang, part := mw.current(), mw.st.Lang, mw.st.Part
	if m == nil {
		return
	}
	tr := mw.tr
	hide := fyne.NewMenuItem(tr.T("custom_hide_part"), func() {
		mw.report(mw.SetHiddenPart(lang, part, !m.HiddenPart(lang, part)))
	})
	hide.Checked = m.HiddenPart(lang, part)
	compare := fyne.NewMenuItem(tr.T("custom_compare"), mw.showCompareOriginal)
	reset := fyne.NewMenuItem(tr.T("custom_reset"), mw.confirmReset)
	compare.Disabled = !m.Edited(lang, part)
	reset.Disabled = compare.Disabled
	menu := fyne.NewMenu("",
		fyne.NewMenuItem(tr.T("custom_notes_menu"), mw.showNotesDialog),
		hide,
		fyne.NewMenuItem(tr.T("custom_hide_sections"), mw.showHideSections),
		fyne.NewMenuItemSeparator(),
		compare, reset,
	)
	b := mw.reader.more
	widget.ShowPopUpMenuAtRelativePosition(menu, mw.win.Canvas(), fyne.NewPos(0, b.Size().Height), b)
}

// showCompareOriginal compares the original with the trainer's version.
func (mw *MainWindow) showCompareOriginal() {
	m, lang, part := mw.current(), mw.st.Lang, mw.st.Part
	if m == nil || !m.Edited(lang, part) {
		return
	}
	mw.showCompare(mw.tr.T("custom_compare_title"), course.Diff(m.OriginalText(lang, part), m.Text(lang, part)),
		compareLegend{removed: mw.tr.T("custom_compare_removed"), added: mw.tr.T("custom_compare_added")})
}

// showStaleChanges shows what changed in the original since the edit.
func (mw *MainWindow) showStaleChanges() {
	mw.showCompare(mw.tr.T("custom_stale_title"), mw.staleChanges(),
		compareLegend{removed: mw.tr.T("custom_stale_removed"), added: mw.tr.T("custom_stale_added")})
}

// staleChanges compares the original the edit started from with today's.
func (mw *MainWindow) staleChanges() []course.DiffLine {
	m, lang, part := mw.current(), mw.st.Lang, mw.st.Part
	o := m.Overlay(lang, part)
	if o == nil {
		return nil
	}
	return course.Diff(o.BaseText, m.OriginalText(lang, part))
}

// confirmReset asks before putting the original text back.
func (mw *MainWindow) confirmReset() {
	lang, part := mw.st.Lang, mw.st.Part
	msg := widget.NewLabel(mw.tr.T("custom_reset_message"))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(mw.tr.T("custom_reset_title"), mw.tr.T("custom_reset"), mw.tr.T("custom_cancel"), msg,
		func(ok bool) {
			if ok {
				mw.report(mw.ResetPart(lang, part))
			}
		}, mw.win)
	d.Resize(fyne.NewSize(520, 240))
	d.Show()
}

// showNotesDialog edits the trainer's notes on the part shown.
func (mw *MainWindow) showNotesDialog() {
	m, lang, part := mw.current(), mw.st.Lang, mw.st.Part
	if m == nil || mw.store == nil {
		return
	}
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetText(m.Notes(lang, part))
	e.SetMinRowsVisible(8)
	help := widget.NewLabel(mw.tr.T("custom_notes_help"))
	help.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(mw.tr.T("custom_notes_title"), mw.tr.T("custom_save"), mw.tr.T("custom_cancel"),
		container.NewBorder(help, nil, nil, nil, e), func(ok bool) {
			if ok {
				mw.report(mw.SetNotes(lang, part, e.Text))
			}
		}, mw.win)
	d.Resize(fyne.NewSize(640, 440))
	d.Show()
	mw.win.Canvas().Focus(e)
}

// sectionChoices are the headings a trainer may hide: levels 2 and 3.
func sectionChoices(text string) []course.Heading {
	var out []course.Heading
	for _, h := range course.Headings(text) {
		if h.Level == 2 || h.Level == 3 {
			out = append(out, h)
		}
	}
	return out
}

// showHideSections lists the part's sections with a check each.
func (mw *MainWindow) showHideSections() {
	m, lang, part := mw.current(), mw.st.Lang, mw.st.Part
	if m == nil || mw.store == nil {
		return
	}
	o := m.Overlay(lang, part)
	heads := sectionChoices(m.Text(lang, part))
	if len(heads) == 0 {
		dialog.ShowInformation(mw.tr.T("custom_hide_sections_title"), mw.tr.T("custom_no_sections"), mw.win)
		return
	}
	checks := make([]*widget.Check, len(heads))
	rows := container.NewVBox()
	for i, h := range heads {
		checks[i] = widget.NewCheck(h.Plain(), nil)
		checks[i].Checked = o != nil && o.SectionHidden(h.Text)
		var row fyne.CanvasObject = checks[i]
		if h.Level == 3 {
			row = container.NewBorder(nil, nil, indent(), nil, checks[i])
		}
		rows.Add(row)
	}
	help := widget.NewLabel(mw.tr.T("custom_hide_sections_help"))
	help.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(mw.tr.T("custom_hide_sections_title"), mw.tr.T("custom_save"), mw.tr.T("custom_cancel"),
		container.NewBorder(help, nil, nil, nil, container.NewVScroll(rows)), func(ok bool) {
			if !ok {
				return
			}
			var hidden []string
			for i, c := range checks {
				if c.Checked {
					hidden = append(hidden, heads[i].Text)
				}
			}
			mw.report(mw.SetHiddenSections(lang, part, hidden))
		}, mw.win)
	d.Resize(fyne.NewSize(640, 520))
	d.Show()
}

func indent() fyne.CanvasObject {
	s := canvas.NewRectangle(nil)
	s.SetMinSize(fyne.NewSize(24, 1))
	return s
}

// statusRows are the lines above a part in the reader: the stale banner,
// "customised by you" with compare and reset, and what handouts leave out.
func (r *Reader) statusRows(part string) []fyne.CanvasObject {
	m, lang, tr := r.module, r.lang, r.tr
	var rows []fyne.CanvasObject
	if m.Stale(lang, part) {
		see := widget.NewButton(tr.T("custom_stale_see"), r.act.seeStale)
		keep := widget.NewButton(tr.T("custom_stale_keep"), r.act.keepMine)
		msg := widget.NewLabelWithStyle(tr.T("custom_stale"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		msg.Wrapping = fyne.TextWrapWord
		// The buttons go under the message, so a narrow window wraps the
		// message rather than squeezing it beside them.
		line := container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil,
			container.NewVBox(msg, container.NewHBox(see, keep)))
		rows = append(rows, banner(theme.ColorNameWarning, line))
	}
	if m.Edited(lang, part) {
		rows = append(rows, container.NewHBox(
			widget.NewIcon(theme.DocumentCreateIcon()),
			widget.NewLabelWithStyle(tr.T("custom_badge_line"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			widget.NewLabel("·"), link(tr.T("custom_compare"), r.act.compare),
			widget.NewLabel("·"), link(tr.T("custom_reset"), r.act.reset),
		))
	}
	if hidden := r.hiddenLine(part); hidden != "" {
		l := widget.NewLabel(hidden)
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.MediumImportance
		rows = append(rows, container.NewBorder(nil, nil, widget.NewIcon(theme.VisibilityOffIcon()), nil, l))
	}
	return rows
}

// hiddenLine says what handouts leave out of the part ("" for nothing).
func (r *Reader) hiddenLine(part string) string {
	o := r.module.Overlay(r.lang, part)
	switch {
	case o == nil:
		return ""
	case o.Hidden:
		return r.tr.T("custom_hidden_part")
	case len(o.HiddenSections) > 0:
		names := make([]string, len(o.HiddenSections))
		for i, h := range o.HiddenSections {
			names[i] = course.PlainHeading(h)
		}
		return r.tr.Tf("custom_hidden_sections", map[string]any{"Sections": strings.Join(names, " · ")})
	}
	return ""
}

// link is a tappable text in the accent colour.
func link(text string, tapped func()) *widget.Hyperlink {
	h := widget.NewHyperlink(text, nil)
	h.OnTapped = tapped
	return h
}

// banner puts content on a tinted band with a coloured bar on the left.
func banner(c fyne.ThemeColorName, content fyne.CanvasObject) fyne.CanvasObject {
	bg := canvas.NewRectangle(tint(theme.Color(c)))
	bg.CornerRadius = theme.InputRadiusSize()
	bar := canvas.NewRectangle(theme.Color(c))
	bar.SetMinSize(fyne.NewSize(4, 4))
	return container.NewStack(bg, container.NewBorder(nil, nil, bar, nil, container.NewPadded(content)))
}

// notesBox shows the trainer's notes above a part, marked as seen by the
// trainer only.
func notesBox(label, notes string) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true, Italic: true})
	title.Wrapping = fyne.TextWrapWord
	body := container.New(&stackLayout{}, title, NewDocView(course.ParseString(notes)))
	return banner(theme.ColorNamePrimary, body)
}

// customScreenshots are the customisation views a screenshot may show
// (--dialog, with a data file): the editor on the part, the comparison with
// the original, what changed in a newer original, and the dialogs.
var customScreenshots = []string{"editor", "compare", "stale", "notes", "hide-sections", "reset"}

func init() { ScreenshotDialogs = append(ScreenshotDialogs, customScreenshots...) }

// screenshotCustom opens a customisation view for a screenshot; false when
// name is not one.
func (mw *MainWindow) screenshotCustom(name string) bool {
	switch name {
	case "editor":
		mw.EditPart()
	case "compare":
		mw.showCompareOriginal()
	case "stale":
		mw.showStaleChanges()
	case "notes":
		mw.showNotesDialog()
	case "hide-sections":
		mw.showHideSections()
	case "reset":
		mw.confirmReset()
	default:
		return false
	}
	return true
}
