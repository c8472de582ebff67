package ui

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/pack"
	"github.com/socialtech/trainerkit/course/session"
)

// packStore is what the pack screens need from the data file: the packs
// themselves (kit.PackStore), what the export dialog lists, and reloading
// the library after an import. storage.DB implements it; the main window
// offers packs when its store does.
type packStore interface {
	kit.PackStore
	Sessions() ([]session.Summary, error)
	Overlays() ([]course.Overlay, error)
	OwnModules() ([]*course.Module, error)
	Reload(lib *course.Library) error
}

// Packs exports and imports packs (the toolbar's Packs menu) through
// course/kit; its dialogs are exportpack.go and importpack.go.
type Packs struct {
	env
	lib   *course.Library
	store packStore
	lang  func() string // the content language: module titles
	// imported shows the library and the sessions as the data file holds
	// them after an import.
	imported func()
}

// showMenu offers to export or import a pack, under the toolbar button.
func (p *Packs) showMenu(from fyne.CanvasObject) {
	p.menuUnder(from, fyne.NewMenu("",
		fyne.NewMenuItem(p.tr.T("packs_export"), func() { p.showExport() }),
		fyne.NewMenuItem(p.tr.T("packs_import"), p.chooseImport),
	))
}

// Export writes what sel chooses into a pack at path, through a temporary
// file: a failure leaves no half pack.
func (p *Packs) Export(path string, sel pack.Selection) error {
	_, err := kit.ExportPack(path, p.store, sel)
	return err
}

// Read reads the pack at path and what it would change; the data file is
// not touched.
func (p *Packs) Read(path string) (*kit.PackImport, error) {
	return kit.ReadPack(path, p.store, p.lib)
}

// Apply imports the pack in one transaction, then reloads the library in
// place (the import may have renumbered modules, so the pack's own copies
// are not used) and shows it.
func (p *Packs) Apply(pi *kit.PackImport) error {
	if err := pi.Apply(p.store); err != nil {
		return fmt.Errorf("import pack %s: %w", pi.Path, err)
	}
	if err := p.store.Reload(p.lib); err != nil {
		return err
	}
	p.imported()
	return nil
}

// moduleName is "NN title" of a module key, or the key of a module the kit
// does not have.
func (p *Packs) moduleName(key string) string {
	if m := p.lib.ByKey(key); m != nil {
		return fmt.Sprintf("%02d %s", m.Number, m.TitleIn(p.lang()))
	}
	return key
}

// showPackReadError explains why a pack was refused; nothing was changed.
func (p *Packs) showReadError(err error) {
	if key := kit.PackErrorKey(err); key != "" {
		showErrorDialog(errors.New(p.tr.T(key)+"\n\n"+p.tr.T("packs_nothing_changed")), p.win)
		return
	}
	p.showError("packs_error_read", err)
}
