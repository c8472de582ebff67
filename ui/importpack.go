package ui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/pack"
)

// The import dialogs of Packs: choose a pack, see what it adds and
// replaces, import it all or nothing.

// chooseImportPack asks for a pack file, reads it and shows what it would
// change.
func (p *Packs) chooseImport() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			p.showError("packs_error_read", err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		p.open(path)
	}, p.win)
	d.SetFilter(fstorage.NewExtensionFileFilter([]string{pack.Extension}))
	showFileDialog(p.env, d)
}

// importButtonText says "Import", or how many items importing replaces.
func (p *Packs) importButtonText(pi *kit.PackImport) string {
	if n := pi.Replaced(); n > 0 {
		return p.tr.Tn("packs_import_replace", n, nil)
	}
	return p.tr.T("packs_import_button")
}

// showImportPreview lists what the pack adds, highlighted what it replaces
// and the attendance it drops, then what it leaves out; Import writes it
// all in one transaction. A pack with nothing the kit can take is only
// shown.
func (p *Packs) showImportPreview(pi *kit.PackImport) dialog.Dialog {
	tr := p.tr
	pv := pi.Preview(tr)
	if len(pv.Apply) == 0 && len(pv.Skip) == 0 {
		showInformation(tr.T("packs_import_title"), tr.T("packs_empty"), p.win)
		return nil
	}
	content := container.NewVScroll(p.previewContent(pi, pv))
	var d dialog.Dialog
	if len(pv.Apply) == 0 {
		d = dialog.NewCustom(tr.T("packs_import_title"), tr.T("safety_close"), content, p.win)
	} else {
		d = dialog.NewCustomConfirm(tr.T("packs_import_title"), p.importButtonText(pi), tr.T("dialog_cancel"), content, func(ok bool) {
			if ok {
				p.applyImport(pi, len(pv.Apply))
			}
		}, p.win)
	}
	d.Resize(fyne.NewSize(760, 560))
	showDialog(p.win, d, nil)
	return d
}

// applyImport imports the pack and says how many items it brought.
func (p *Packs) applyImport(pi *kit.PackImport, n int) {
	if err := roomToWork(func() error { return p.Apply(pi) }); err != nil {
		if kit.PackErrorKey(err) != "" {
			p.showReadError(err)
			return
		}
		p.showError("packs_error_import", err)
		return
	}
	showInformation(p.tr.T("packs_import_title"), p.tr.Tn("packs_imported", n, nil), p.win)
}

// previewContent lists the items to replace first, each highlighted, with
// the warnings of sessions that lose attendance marks, then those to add,
// then those left out.
func (p *Packs) previewContent(pi *kit.PackImport, pv kit.PackPreview) fyne.CanvasObject {
	tr := p.tr
	box := container.NewVBox()
	if n := pi.Replaced(); n > 0 {
		box.Add(warningBox(tr.Tn("packs_will_replace", n, nil)))
		for _, it := range pv.Apply {
			if it.Overwrite {
				box.Add(replaceRow(p.itemLabel(pi, it)))
			}
		}
	}
	for _, w := range pv.Drops {
		box.Add(warningBox(w))
	}
	if n := len(pv.Apply) - pi.Replaced(); n > 0 {
		box.Add(widget.NewLabelWithStyle(tr.Tn("packs_will_add", n, nil), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, it := range pv.Apply {
			if !it.Overwrite {
				box.Add(container.NewHBox(widget.NewIcon(theme.ContentAddIcon()), widget.NewLabel(p.itemLabel(pi, it))))
			}
		}
	}
	if len(pv.Skip) > 0 {
		head := widget.NewLabel(pv.SkipHeading(tr))
		head.TextStyle.Bold = true
		head.Wrapping = fyne.TextWrapWord
		box.Add(head)
		for _, it := range pv.Skip {
			l := widget.NewLabel(kit.SkipLine(tr, it, func(part string) string { return partLabel(tr, part) }))
			l.Importance = widget.LowImportance
			box.Add(container.NewHBox(widget.NewIcon(theme.CancelIcon()), l))
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
func (p *Packs) itemLabel(pi *kit.PackImport, it pack.ImportItem) string {
	tr := p.tr
	switch it.Kind {
	case "customisation":
		parts := strings.Split(it.Key, "/")
		if len(parts) == 3 {
			name := p.moduleName(parts[0])
			for _, m := range pi.Contents.Modules {
				if m.UID == parts[0] && p.lib.ByKey(m.UID) == nil {
					name = m.TitleIn(p.lang())
				}
			}
			return tr.Tf("packs_item_customisation", map[string]any{"Module": name,
				"Lang": strings.ToUpper(parts[1]), "Part": partLabel(tr, parts[2])})
		}
	case "module":
		for _, m := range pi.Contents.Modules {
			if m.UID == it.Key {
				return tr.Tf("packs_item_module", map[string]any{"Title": m.TitleIn(p.lang())})
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
