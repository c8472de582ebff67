package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

// OwnModules creates, changes and deletes the trainer's own modules; the
// rules (a title, a language, 1 to 600 minutes; what a change keeps) are
// course.OwnSpec's. Its dialogs are in ownmoduledialog.go.
type OwnModules struct {
	env
	lib   *course.Library
	store CustomStore   // nil without a data file: no own modules
	lang  func() string // the content language shown
	// put takes a new or changed module; created shows a new one (in lang
	// when the module is written in it); removed takes a deleted one.
	put     func(m *course.Module)
	created func(m *course.Module, lang string)
	removed func(m *course.Module)
}

// Create makes a new own module with five empty parts in each of its
// languages, stores it, adds it to the library after the others and
// shows it (in the content language, or the module's first language when
// it is not written in that one).
func (o *OwnModules) Create(spec course.OwnSpec) (*course.Module, error) {
	if o.store == nil {
		return nil, errNoStore
	}
	m, err := course.NewOwnFromSpec(o.lib.NextOwnNumber(), spec, o.lang())
	if err != nil {
		return nil, err
	}
	if err := o.store.SaveOwnModule(m); err != nil {
		return nil, fmt.Errorf("create module %q: %w", m.TitleIn(o.lang()), err)
	}
	o.put(course.Customise(m, nil))
	lang := o.lang()
	if !spec.Has(lang) {
		lang = spec.Langs()[0]
	}
	o.created(m, lang)
	return m, nil
}

// Update renames an own module, changes its languages, duration and
// competences. The text of a language taken away is deleted, with the
// notes and handout settings of its parts.
func (o *OwnModules) Update(key string, spec course.OwnSpec) error {
	cur := o.lib.ByKey(key)
	if cur == nil || !cur.Own() || o.store == nil {
		return fmt.Errorf("update module %s: not one of your modules", key)
	}
	m, err := cur.WithSpec(spec) // the library keeps cur until the change is saved
	if err != nil {
		return err
	}
	if err := o.store.SaveOwnModule(m); err != nil {
		return fmt.Errorf("update module %q: %w", m.TitleIn(o.lang()), err)
	}
	var kept []course.Overlay
	for _, ov := range cur.Overlays() {
		if spec.Has(ov.Lang) {
			kept = append(kept, ov)
		} else if err := o.store.DeleteOverlay(ov.Module, ov.Lang, ov.Part); err != nil {
			return fmt.Errorf("update module %q: %w", m.TitleIn(o.lang()), err)
		}
	}
	o.put(course.Customise(m, kept))
	return nil
}

// Delete deletes an own module, its text and its customisations.
func (o *OwnModules) Delete(key string) error {
	m := o.lib.ByKey(key)
	if m == nil || !m.Own() || o.store == nil {
		return fmt.Errorf("delete module %s: not one of your modules", key)
	}
	if err := o.store.DeleteOwnModule(m.UID); err != nil {
		return fmt.Errorf("delete module %q: %w", m.TitleIn(o.lang()), err)
	}
	o.lib.Remove(key)
	o.removed(m)
	return nil
}

// newModuleButton is the "New module" button under the list; without a data
// file there is nowhere to keep a module, so there is none.
func (o *OwnModules) newModuleButton() fyne.CanvasObject {
	if o.store == nil {
		return nil
	}
	b := widget.NewButtonWithIcon(o.tr.T("own_new"), theme.ContentAddIcon(), func() { o.showNew() })
	return container.NewPadded(b)
}

// ownEmptyPart is what the reader shows for a part of an own module that
// the trainer has not written yet: an invitation to write it.
func ownEmptyPart(tr *locales.Localizer) fyne.CanvasObject {
	return container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(theme.DocumentCreateIcon())), nil, wrapped(tr.T("own_empty_part")))
}
