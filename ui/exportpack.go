package ui

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/pack"
)

// The export dialog of Packs: what to put in the pack, then where.

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
func (f *exportForm) selection() pack.Selection {
	keys := func(cs []packChoice) []string {
		var out []string
		for _, c := range cs {
			if c.check.Checked {
				out = append(out, c.key)
			}
		}
		return out
	}
	return pack.Selection{Overlays: keys(f.overlays), Modules: keys(f.modules),
		Sessions: keys(f.sessions), Participants: f.participants.Checked}
}

// empty reports whether nothing was ticked.
func (f *exportForm) empty() bool {
	s := f.selection()
	return len(s.Overlays)+len(s.Modules)+len(s.Sessions) == 0
}

// newExportForm lists the customisations, own modules and sessions of the
// data file, each with a check, and the participants' option.
func (p *Packs) newExportForm() (*exportForm, fyne.CanvasObject, error) {
	tr := p.tr
	ps := p.store
	ovs, err := ps.Overlays()
	if err != nil {
		return nil, nil, err
	}
	own, err := ps.OwnModules()
	if err != nil {
		return nil, nil, err
	}
	sessions, err := ps.Sessions()
	if err != nil {
		return nil, nil, err
	}
	f := &exportForm{}
	box := container.NewVBox(widget.NewLabel(tr.T("packs_export_intro")))
	var rows []fyne.CanvasObject
	sort.Slice(ovs, func(i, j int) bool { return p.overlayOrder(ovs[i]) < p.overlayOrder(ovs[j]) })
	for _, o := range ovs {
		c := widget.NewCheck(p.moduleName(o.Module), nil)
		f.overlays = append(f.overlays, packChoice{o.Key(), c})
		rows = append(rows, container.NewHBox(c, newBadge(strings.ToUpper(o.Lang)), widget.NewLabel(partLabel(tr, o.Part))))
	}
	box.Add(packSection(tr.T("packs_customisations"), tr.T("packs_none"), f.overlays, rows))
	rows = nil
	for _, m := range own {
		c := widget.NewCheck(fmt.Sprintf("%02d %s", m.Number, m.TitleIn(p.lang())), nil)
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

// overlayOrder sorts customisations by module number, language, part.
func (p *Packs) overlayOrder(o course.Overlay) string {
	n := 9999
	if m := p.lib.ByKey(o.Module); m != nil {
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
	for i, x := range course.AllParts {
		if x == p {
			return i
		}
	}
	return len(course.AllParts)
}

// showExportPack lets the trainer choose what goes into a pack, then where
// to save it.
func (p *Packs) showExport() (dialog.Dialog, *exportForm) {
	tr := p.tr
	f, content, err := p.newExportForm()
	if err != nil {
		p.showError("packs_error_export", err)
		return nil, nil
	}
	scroll := container.NewVScroll(content)
	d := dialog.NewCustomConfirm(tr.T("packs_export_title"), tr.T("export_choose_file"), tr.T("dialog_cancel"), scroll, func(ok bool) {
		if !ok {
			return
		}
		if f.empty() {
			showInformation(tr.T("packs_export_title"), tr.T("packs_nothing_chosen"), p.win)
			return
		}
		sel := f.selection()
		saveFile(p.env, kit.PackFileName(time.Now()), []string{pack.Extension}, "packs_error_export",
			func(path string) error { return p.Export(path, sel) },
			func(path string) {
				showInformation(tr.T("packs_exported_title"), tr.Tf("packs_exported", map[string]any{"Path": path}), p.win)
			})
	}, p.win)
	d.Resize(fyne.NewSize(760, 620))
	showDialog(p.win, d, content)
	return d, f
}
