package ui

import (
	"errors"
	"fmt"
	"image/color"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/pack"
	"github.com/socialtech/trainerkit/storage"
)

// packStore is what the pack screens need from the data file, beyond Store.
// storage.DB implements it; the main window type-asserts its store to it.
type packStore interface {
	PackContents(sel storage.PackSelection) (*pack.Contents, error)
	PreviewImport(c *pack.Contents, lib *course.Library) ([]storage.ImportItem, error)
	Import(c *pack.Contents, lib *course.Library) error
	Overlays() ([]course.Overlay, error)
	OwnModules() ([]*course.Module, error)
}

var _ packStore = (*storage.DB)(nil)

// packs is the store as a packStore, or nil when the store cannot do packs.
func (mw *MainWindow) packs() packStore {
	ps, _ := mw.store.(packStore)
	return ps
}

// showPacksMenu offers to export or import a pack, under the toolbar button.
func (mw *MainWindow) showPacksMenu(from fyne.CanvasObject) {
	menu := fyne.NewMenu("",
		fyne.NewMenuItem(mw.tr.T("packs_export"), func() { mw.showExportPack() }),
		fyne.NewMenuItem(mw.tr.T("packs_import"), mw.chooseImportPack),
	)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(from).Add(fyne.NewPos(0, from.Size().Height))
	widget.ShowPopUpMenuAtPosition(menu, mw.win.Canvas(), pos)
}

// ExportPack writes what sel chooses into a pack at path, through a
// temporary file: a failure leaves no half pack.
func (mw *MainWindow) ExportPack(path string, sel storage.PackSelection) error {
	ps := mw.packs()
	if ps == nil {
		return errors.New("export pack: no data file")
	}
	c, err := ps.PackContents(sel)
	if err != nil {
		return fmt.Errorf("export pack: %w", err)
	}
	// A pack holding participants is written readable by its owner only.
	return storage.WritePackFile(path, c)
}

// PackImport is a pack read and checked, with what importing it would add
// and replace. Nothing is written before Apply.
type PackImport struct {
	Path     string
	Contents *pack.Contents
	Items    []storage.ImportItem
}

// Replaced counts the items that would replace something of the trainer's.
func (pi *PackImport) Replaced() int {
	n := 0
	for _, it := range pi.Items {
		if it.Overwrite {
			n++
		}
	}
	return n
}

// ReadPack reads the pack at path and what it would change; the data file
// is not touched.
func (mw *MainWindow) ReadPack(path string) (*PackImport, error) {
	ps := mw.packs()
	if ps == nil {
		return nil, errors.New("read pack: no data file")
	}
	c, err := pack.ReadFile(path)
	if err != nil {
		return nil, err
	}
	items, err := ps.PreviewImport(c, mw.lib)
	if err != nil {
		return nil, fmt.Errorf("preview pack %s: %w", path, err)
	}
	return &PackImport{Path: path, Contents: c, Items: items}, nil
}

// ApplyPack imports the pack in one transaction, then shows the library and
// the sessions as the data file now holds them.
func (mw *MainWindow) ApplyPack(pi *PackImport) error {
	ps := mw.packs()
	if ps == nil {
		return errors.New("import pack: no data file")
	}
	if err := ps.Import(pi.Contents, mw.lib); err != nil {
		return fmt.Errorf("import pack %s: %w", pi.Path, err)
	}
	if err := mw.reloadLibrary(ps); err != nil {
		return err
	}
	if mw.sessions != nil {
		mw.sessions.reload()
	}
	return nil
}

// reloadLibrary builds the library again from the bundled originals and
// what the data file holds, in place, so that every screen holding it sees
// the imported customisations and modules (the import may have renumbered
// modules, so the pack's own copies are not used).
func (mw *MainWindow) reloadLibrary(ps packStore) error {
	ovs, err := ps.Overlays()
	if err != nil {
		return fmt.Errorf("reload customisations: %w", err)
	}
	own, err := ps.OwnModules()
	if err != nil {
		return fmt.Errorf("reload customisations: %w", err)
	}
	bundled := &course.Library{}
	for _, m := range mw.lib.Modules {
		if !m.Own() {
			bundled.Modules = append(bundled.Modules, m.Original())
		}
	}
	mw.lib.Modules = course.Apply(bundled, ovs, own).Modules
	if mw.index != nil {
		for _, m := range mw.lib.Modules {
			mw.index.PutModule(m)
		}
	}
	if mw.lib.Module(mw.st.Module) == nil && len(mw.lib.Modules) > 0 {
		mw.st.Module = mw.lib.Modules[0].Number
	}
	mw.modulesChanged()
	return nil
}

// packErrorKey is the plain message for a pack that cannot be read.
func packErrorKey(err error) string {
	switch {
	case errors.Is(err, pack.ErrNotPack):
		return "packs_error_not_pack"
	case errors.Is(err, pack.ErrVersion):
		return "packs_error_version"
	case errors.Is(err, pack.ErrTooBig):
		return "packs_error_too_big"
	case errors.Is(err, pack.ErrUnsafePath):
		return "packs_error_unsafe"
	case errors.Is(err, pack.ErrBroken):
		return "packs_error_broken"
	}
	return ""
}

// showPackReadError explains why a pack was refused; nothing was changed.
func (mw *MainWindow) showPackReadError(err error) {
	if key := packErrorKey(err); key != "" {
		dialog.ShowError(errors.New(mw.tr.T(key)+"\n\n"+mw.tr.T("packs_nothing_changed")), mw.win)
		return
	}
	mw.showError("packs_error_read", err)
}

// packFileName is the name offered for a new pack: pack-2026-11-23.stkpack.
func packFileName(now time.Time) string {
	return "pack-" + now.Format("2006-01-02") + pack.Extension
}

// packChoice is one thing the export dialog offers, with its check.
type packChoice struct {
	key   string
	check *widget.Check
}

// exportForm holds the export dialog's checks.
type exportForm struct {
	overlays, modules, sessions []packChoice
	participants                *widget.Check
	warning                     fyne.CanvasObject
}

// selection is what the trainer ticked.
func (f *exportForm) selection() storage.PackSelection {
	keys := func(cs []packChoice) []string {
		var out []string
		for _, c := range cs {
			if c.check.Checked {
				out = append(out, c.key)
			}
		}
		return out
	}
	return storage.PackSelection{Overlays: keys(f.overlays), Modules: keys(f.modules),
		Sessions: keys(f.sessions), Participants: f.participants.Checked}
}

// empty reports whether nothing was ticked.
func (f *exportForm) empty() bool {
	s := f.selection()
	return len(s.Overlays)+len(s.Modules)+len(s.Sessions) == 0
}

// newExportForm lists the customisations, own modules and sessions of the
// data file, each with a check, and the participants' option.
func (mw *MainWindow) newExportForm() (*exportForm, fyne.CanvasObject, error) {
	tr := mw.tr
	ps := mw.packs()
	if ps == nil {
		return nil, nil, errors.New("export pack: no data file")
	}
	ovs, err := ps.Overlays()
	if err != nil {
		return nil, nil, err
	}
	own, err := ps.OwnModules()
	if err != nil {
		return nil, nil, err
	}
	sessions, err := mw.store.Sessions()
	if err != nil {
		return nil, nil, err
	}
	f := &exportForm{}
	box := container.NewVBox(widget.NewLabel(tr.T("packs_export_intro")))
	var rows []fyne.CanvasObject
	sort.Slice(ovs, func(i, j int) bool { return mw.overlayOrder(ovs[i]) < mw.overlayOrder(ovs[j]) })
	for _, o := range ovs {
		c := widget.NewCheck(mw.moduleName(o.Module), nil)
		f.overlays = append(f.overlays, packChoice{o.Key(), c})
		rows = append(rows, container.NewHBox(c, newBadge(strings.ToUpper(o.Lang)), widget.NewLabel(partLabel(tr, o.Part))))
	}
	box.Add(packSection(tr.T("packs_customisations"), tr.T("packs_none"), f.overlays, rows))
	rows = nil
	for _, m := range own {
		c := widget.NewCheck(fmt.Sprintf("%02d %s", m.Number, m.TitleIn(mw.st.Lang)), nil)
		f.modules = append(f.modules, packChoice{m.UID, c})
		rows = append(rows, c)
	}
	box.Add(packSection(tr.T("packs_modules"), tr.T("packs_none"), f.modules, rows))
	rows = nil
	for _, s := range sessions {
		c := widget.NewCheck(s.Title+" · "+s.Start, nil)
		f.sessions = append(f.sessions, packChoice{s.ID, c})
		rows = append(rows, c)
	}
	box.Add(packSection(tr.T("packs_sessions"), tr.T("packs_none"), f.sessions, rows))
	f.warning = warningBox(tr.T("packs_participants_warning"))
	f.warning.Hide()
	f.participants = widget.NewCheck(tr.T("packs_participants"), func(on bool) {
		showIf(f.warning, on)
		box.Refresh() // lay the warning out: a hidden object had no size
	})
	box.Add(widget.NewSeparator())
	box.Add(f.participants)
	box.Add(f.warning)
	return f, box, nil
}

// packSection is a heading with a check that ticks the whole section, then
// the rows; none says there is nothing of the kind.
func packSection(title, none string, choices []packChoice, rows []fyne.CanvasObject) fyne.CanvasObject {
	head := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	box := container.NewVBox(widget.NewSeparator())
	if len(choices) == 0 {
		box.Add(head)
		box.Add(widget.NewLabelWithStyle("    "+none, fyne.TextAlignLeading, fyne.TextStyle{Italic: true}))
		return box
	}
	all := widget.NewCheck("", func(on bool) {
		for _, c := range choices {
			c.check.SetChecked(on)
		}
	})
	// The heading's check follows the rows: ticked when every row is. It is
	// set without its callback, which would tick or untick them all.
	for _, c := range choices {
		c.check.OnChanged = func(bool) {
			every := true
			for _, x := range choices {
				every = every && x.check.Checked
			}
			if all.Checked != every {
				all.Checked = every
				all.Refresh()
			}
		}
	}
	box.Add(container.NewHBox(all, head))
	for _, r := range rows {
		box.Add(container.NewPadded(container.NewHBox(widget.NewLabel("  "), r)))
	}
	return box
}

// warningBox is a message the trainer must not miss, in the warning colour.
func warningBox(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.WarningImportance
	l.TextStyle.Bold = true
	return container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, l)
}

// moduleName is "NN title" of a module key, or the key of a module the kit
// does not have.
func (mw *MainWindow) moduleName(key string) string {
	if m := mw.lib.ByKey(key); m != nil {
		return fmt.Sprintf("%02d %s", m.Number, m.TitleIn(mw.st.Lang))
	}
	return key
}

// overlayOrder sorts customisations by module number, language, part.
func (mw *MainWindow) overlayOrder(o course.Overlay) string {
	n := 9999
	if m := mw.lib.ByKey(o.Module); m != nil {
		n = m.Number
	}
	return fmt.Sprintf("%04d/%s/%d", n, langIndex(o.Lang), partIndex(o.Part))
}

func langIndex(l string) string {
	for i, x := range course.Languages {
		if x == l {
			return fmt.Sprint(i)
		}
	}
	return l
}

func partIndex(p string) int {
	for i, x := range course.Parts {
		if x == p {
			return i
		}
	}
	return len(course.Parts)
}

// showExportPack lets the trainer choose what goes into a pack, then where
// to save it.
func (mw *MainWindow) showExportPack() (dialog.Dialog, *exportForm) {
	tr := mw.tr
	f, content, err := mw.newExportForm()
	if err != nil {
		mw.showError("packs_error_export", err)
		return nil, nil
	}
	scroll := container.NewVScroll(content)
	d := dialog.NewCustomConfirm(tr.T("packs_export_title"), tr.T("export_choose_file"), tr.T("dialog_cancel"), scroll, func(ok bool) {
		if !ok {
			return
		}
		if f.empty() {
			dialog.ShowInformation(tr.T("packs_export_title"), tr.T("packs_nothing_chosen"), mw.win)
			return
		}
		sel := f.selection()
		mw.saveFile(packFileName(time.Now()), []string{pack.Extension}, "packs_error_export",
			func(path string) error { return mw.ExportPack(path, sel) },
			func(path string) {
				dialog.ShowInformation(tr.T("packs_exported_title"), tr.Tf("packs_exported", map[string]any{"Path": path}), mw.win)
			})
	}, mw.win)
	d.Resize(fyne.NewSize(760, 620))
	d.Show()
	return d, f
}

// chooseImportPack asks for a pack file, reads it and shows what it would
// change.
func (mw *MainWindow) chooseImportPack() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			mw.showError("packs_error_read", err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		pi, err := mw.ReadPack(path)
		if err != nil {
			mw.showPackReadError(err)
			return
		}
		mw.showImportPreview(pi)
	}, mw.win)
	d.SetFilter(fstorage.NewExtensionFileFilter([]string{pack.Extension}))
	d.Show()
}

// importButtonText says "Import", or how many items importing replaces.
func (mw *MainWindow) importButtonText(pi *PackImport) string {
	if n := pi.Replaced(); n > 0 {
		return mw.tr.Tn("packs_import_replace", n, nil)
	}
	return mw.tr.T("packs_import_button")
}

// showImportPreview lists what the pack adds and, highlighted, what it
// replaces; Import writes it all in one transaction.
func (mw *MainWindow) showImportPreview(pi *PackImport) dialog.Dialog {
	tr := mw.tr
	if len(pi.Items) == 0 {
		dialog.ShowInformation(tr.T("packs_import_title"), tr.T("packs_empty"), mw.win)
		return nil
	}
	content := mw.previewContent(pi)
	d := dialog.NewCustomConfirm(tr.T("packs_import_title"), mw.importButtonText(pi), tr.T("dialog_cancel"),
		container.NewVScroll(content), func(ok bool) {
			if !ok {
				return
			}
			if err := mw.ApplyPack(pi); err != nil {
				mw.showError("packs_error_import", err)
				return
			}
			dialog.ShowInformation(tr.T("packs_import_title"), tr.Tn("packs_imported", len(pi.Items), nil), mw.win)
		}, mw.win)
	d.Resize(fyne.NewSize(760, 560))
	d.Show()
	return d
}

// previewContent lists the items to replace first, each highlighted, then
// those to add.
func (mw *MainWindow) previewContent(pi *PackImport) fyne.CanvasObject {
	tr := mw.tr
	box := container.NewVBox()
	if n := pi.Replaced(); n > 0 {
		box.Add(warningBox(tr.Tn("packs_will_replace", n, nil)))
		for _, it := range pi.Items {
			if it.Overwrite {
				box.Add(replaceRow(mw.itemLabel(pi, it)))
			}
		}
	}
	if n := len(pi.Items) - pi.Replaced(); n > 0 {
		box.Add(widget.NewLabelWithStyle(tr.Tn("packs_will_add", n, nil), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, it := range pi.Items {
			if !it.Overwrite {
				box.Add(container.NewHBox(widget.NewIcon(theme.ContentAddIcon()), widget.NewLabel(mw.itemLabel(pi, it))))
			}
		}
	}
	return box
}

// replaceRow is an item that replaces the trainer's own: on a warning-tinted
// background so that it stands out from the additions.
func replaceRow(text string) fyne.CanvasObject {
	bg := canvasRect(theme.ColorNameWarning)
	l := widget.NewLabel(text)
	l.TextStyle.Bold = true
	return container.NewStack(bg, container.NewHBox(widget.NewIcon(theme.ViewRefreshIcon()), l))
}

// canvasRect is a rounded background tinted with a theme colour.
func canvasRect(name fyne.ThemeColorName) fyne.CanvasObject {
	r, g, b, _ := theme.Color(name).RGBA()
	rect := canvas.NewRectangle(color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x38})
	rect.CornerRadius = 4
	return rect
}

// itemLabel describes an import item in the interface language.
func (mw *MainWindow) itemLabel(pi *PackImport, it storage.ImportItem) string {
	tr := mw.tr
	switch it.Kind {
	case "customisation":
		parts := strings.Split(it.Key, "/")
		if len(parts) == 3 {
			name := mw.moduleName(parts[0])
			for _, m := range pi.Contents.Modules {
				if m.UID == parts[0] && mw.lib.ByKey(m.UID) == nil {
					name = m.TitleIn(mw.st.Lang)
				}
			}
			return tr.Tf("packs_item_customisation", map[string]any{"Module": name,
				"Lang": strings.ToUpper(parts[1]), "Part": partLabel(tr, parts[2])})
		}
	case "module":
		for _, m := range pi.Contents.Modules {
			if m.UID == it.Key {
				return tr.Tf("packs_item_module", map[string]any{"Title": m.TitleIn(mw.st.Lang)})
			}
		}
	case "session":
		return tr.Tf("packs_item_session", map[string]any{"Title": it.Title})
	case "participants":
		title, n := it.Title, len(pi.Contents.Participants[it.Key])
		for _, s := range pi.Contents.Sessions {
			if s.ID == it.Key {
				title = s.Title
			}
		}
		return tr.Tn("packs_item_participants", n, map[string]any{"Title": title})
	}
	return it.Title
}

// ScreenshotDialogs are the dialogs a screenshot may show (--dialog).
var ScreenshotDialogs = []string{"new-module", "module-settings", "export-pack", "import-pack"}

// screenshotDialog opens a dialog as the trainer would see it: the export
// with everything ticked and participants included (their warning shows),
// the import on the pack at file.
func (mw *MainWindow) screenshotDialog(name, file string) {
	switch name {
	case "new-module":
		mw.showNewOwnModule()
	case "module-settings":
		mw.showOwnModuleSettings()
	case "export-pack":
		_, f := mw.showExportPack()
		if f == nil {
			return
		}
		for _, c := range append(append(f.overlays, f.modules...), f.sessions...) {
			c.check.SetChecked(true)
		}
		f.participants.SetChecked(true)
	case "import-pack":
		pi, err := mw.ReadPack(file)
		if err != nil {
			mw.showPackReadError(err)
			return
		}
		mw.showImportPreview(pi)
	}
}
