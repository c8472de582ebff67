package ui

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"github.com/socialtech/trainerkit/course"
)

// Customiser changes the trainer's customisations of the part shown: edited
// text, handout settings and notes, saved as a course.Overlay through the
// store; the bundled original stays untouched. Every change rebuilds the
// module with the overlay and hands it to put, which shows it in the list,
// the reader and the search index. The editor itself is editor.go.
type Customiser struct {
	env
	lib   *course.Library
	store CustomStore // nil without a data file: nothing can be saved
	// shown is the part the reader shows; put takes a changed module.
	shown func() (m *course.Module, lang, part string)
	put   func(m *course.Module)
}

// errNoStore: without a data file (screenshots) nothing can be saved.
var errNoStore = errors.New("no data file: customisations cannot be saved")

// report shows a failed change in plain words.
func (c *Customiser) report(err error) {
	if err != nil {
		c.showError("custom_error_save", err)
	}
}

// change applies fn to the overlay of a part of the module with that key
// (a new one if none), saves it and shows the result. An overlay left empty
// is deleted by the store.
func (c *Customiser) change(key, lang, part string, fn func(o *course.Overlay)) error {
	m := c.lib.ByKey(key)
	switch {
	case c.store == nil:
		return errNoStore
	case m == nil:
		return fmt.Errorf("customise %s: no such module", key)
	}
	o := m.EditOverlay(lang, part)
	fn(&o)
	o.Updated = time.Now().UTC()
	if err := c.store.SaveOverlay(o); err != nil {
		return fmt.Errorf("customise %s: %w", o.Key(), err)
	}
	c.put(m.WithOverlay(o))
	return nil
}

// changeShown is change on the module shown.
func (c *Customiser) changeShown(lang, part string, fn func(o *course.Overlay)) error {
	m, _, _ := c.shown()
	if m == nil {
		return errors.New("customise: no module shown")
	}
	return c.change(m.Key(), lang, part, fn)
}

// SaveText saves the trainer's text of a part of the module with that key.
// For a bundled module it becomes an overlay over the original (text equal
// to the original removes the edit: course.Overlay.SetText); an own
// module's text is its own.
func (c *Customiser) SaveText(key, lang, part, text string) error {
	m := c.lib.ByKey(key)
	if m != nil && m.Own() {
		return c.saveOwnText(m, lang, part, text)
	}
	return c.change(key, lang, part, func(o *course.Overlay) { o.SetText(m.OriginalText(lang, part), text) })
}

// saveOwnText writes a part of the trainer's own module.
func (c *Customiser) saveOwnText(m *course.Module, lang, part, text string) error {
	if c.store == nil {
		return errNoStore
	}
	updated := m.WithOwnText(lang, part, text)
	if err := c.store.SaveOwnModule(updated); err != nil {
		return fmt.Errorf("save module %s: %w", m.Key(), err)
	}
	c.put(course.Customise(updated, m.Overlays()))
	return nil
}

// ResetPart puts the original text back. The trainer's notes and handout
// choices stay: they are not part of the text (the dialog says so).
func (c *Customiser) ResetPart(lang, part string) error {
	return c.changeShown(lang, part, (*course.Overlay).ClearEdit)
}

// KeepMine marks a stale edit as reviewed: it now counts as based on the
// current original.
func (c *Customiser) KeepMine(lang, part string) error {
	m, _, _ := c.shown()
	return c.changeShown(lang, part, func(o *course.Overlay) { o.Review(m.OriginalText(lang, part)) })
}

// SetHiddenPart leaves the whole part out of handouts, or puts it back.
func (c *Customiser) SetHiddenPart(lang, part string, hidden bool) error {
	return c.changeShown(lang, part, func(o *course.Overlay) { o.Hidden = hidden })
}

// SetHiddenSections chooses the sections left out of handouts.
func (c *Customiser) SetHiddenSections(lang, part string, sections []string) error {
	return c.changeShown(lang, part, func(o *course.Overlay) {
		o.HiddenSections = append([]string(nil), sections...)
	})
}

// SetNotes saves the trainer's notes on a part.
func (c *Customiser) SetNotes(lang, part, notes string) error {
	notes = strings.TrimSpace(notes)
	return c.changeShown(lang, part, func(o *course.Overlay) { o.Notes = notes })
}

// showMenu opens the reader's "⋯" menu for the part shown, under from.
func (c *Customiser) showMenu(from fyne.CanvasObject) {
	m, lang, part := c.shown()
	if m == nil {
		return
	}
	hide := fyne.NewMenuItem(c.tr.T("custom_hide_part"), func() {
		c.report(c.SetHiddenPart(lang, part, !m.HiddenPart(lang, part)))
	})
	hide.Checked = m.HiddenPart(lang, part)
	// The deck and the quiz never go into handouts: nothing to hide.
	sections := fyne.NewMenuItem(c.tr.T("custom_hide_sections"), c.showHideSections)
	hide.Disabled = !course.WrittenPart(part)
	sections.Disabled = hide.Disabled
	compare := fyne.NewMenuItem(c.tr.T("custom_compare"), c.showCompareOriginal)
	reset := fyne.NewMenuItem(c.tr.T("custom_reset"), c.confirmReset)
	compare.Disabled = !m.Edited(lang, part)
	reset.Disabled = compare.Disabled
	c.menuUnder(from, fyne.NewMenu("",
		fyne.NewMenuItem(c.tr.T("custom_notes_menu"), c.showNotes),
		hide,
		sections,
		fyne.NewMenuItemSeparator(),
		compare, reset,
	))
}

// showCompareOriginal compares the original with the trainer's version.
func (c *Customiser) showCompareOriginal() {
	m, lang, part := c.shown()
	if m == nil || !m.Edited(lang, part) {
		return
	}
	showCompare(c.env, c.tr.T("custom_compare_title"), course.Diff(m.OriginalText(lang, part), m.Text(lang, part)),
		compareLegend{removed: c.tr.T("custom_compare_removed"), added: c.tr.T("custom_compare_added")})
}

// showStaleChanges shows what changed in the original since the edit.
func (c *Customiser) showStaleChanges() {
	showCompare(c.env, c.tr.T("custom_stale_title"), c.staleChanges(),
		compareLegend{removed: c.tr.T("custom_stale_removed"), added: c.tr.T("custom_stale_added")})
}

// staleChanges compares the original the edit started from with today's.
func (c *Customiser) staleChanges() []course.DiffLine {
	m, lang, part := c.shown()
	o := m.Overlay(lang, part)
	if o == nil {
		return nil
	}
	return course.Diff(o.BaseText, m.OriginalText(lang, part))
}

// confirmReset asks before putting the original text back.
func (c *Customiser) confirmReset() {
	_, lang, part := c.shown()
	d := dialog.NewCustomConfirm(c.tr.T("custom_reset_title"), c.tr.T("custom_reset"), c.tr.T("custom_cancel"),
		wrapped(c.tr.T("custom_reset_message")), func(ok bool) {
			if ok {
				c.report(c.ResetPart(lang, part))
			}
		}, c.win)
	d.Resize(fyne.NewSize(520, 240))
	showDialog(c.win, d, nil)
}

// showNotes edits the trainer's notes on the part shown (notesdialog.go).
func (c *Customiser) showNotes() {
	m, lang, part := c.shown()
	if m == nil || c.store == nil {
		return
	}
	showNotesDialog(c.env, m.Notes(lang, part), func(notes string) { c.report(c.SetNotes(lang, part, notes)) })
}

// showHideSections lets the trainer tick the sections handouts leave out
// (sectionsdialog.go).
func (c *Customiser) showHideSections() {
	m, lang, part := c.shown()
	if m == nil || c.store == nil {
		return
	}
	var hidden []string
	if o := m.Overlay(lang, part); o != nil {
		hidden = o.HiddenSections
	}
	showSectionsDialog(c.env, m.Text(lang, part), hidden, func(sections []string) {
		c.report(c.SetHiddenSections(lang, part, sections))
	})
}
