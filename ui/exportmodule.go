package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/pdf"
)

// exportModuleForm asks which parts of a module to print, or one section
// of the part on screen, and on which paper.
type exportModuleForm struct {
	keys   []string // the parts offered, in the module's order
	labels []string
	parts  *widget.CheckGroup
	// section offers the whole parts ticked, then each heading of the part
	// on screen: choosing one prints that section alone (the cards an
	// activity needs, say).
	section  *widget.Select
	headings []string
	paper    *widget.RadioGroup
}

func newExportModuleForm(e env, m *course.Module, lang, part string) *exportModuleForm {
	// The written parts, then the deck with its notes (for the trainer);
	// the handout parts are ticked.
	f := &exportModuleForm{paper: paperSelect(), keys: append(append([]string(nil), course.Parts...), course.SlidesPart)}
	for _, p := range f.keys {
		f.labels = append(f.labels, partLabel(e.tr, p))
	}
	f.parts = widget.NewCheckGroup(f.labels, nil)
	for _, p := range course.HandoutParts {
		f.parts.SetSelected(append(f.parts.Selected, partLabel(e.tr, p)))
	}
	if course.ValidPart(part) {
		f.headings = kit.Sections(m, lang, part)
	}
	whole := e.tr.T("org_section_whole")
	f.section = widget.NewSelect(append([]string{whole}, f.headings...), func(s string) {
		// One section is of the part on screen: the ticks do not apply.
		if s == whole {
			f.parts.Enable()
		} else {
			f.parts.Disable()
		}
	})
	f.section.SetSelected(whole)
	return f
}

// chosen are the parts ticked, in the module's order.
func (f *exportModuleForm) chosen() []string {
	var out []string
	for i, l := range f.labels {
		for _, s := range f.parts.Selected {
			if s == l {
				out = append(out, f.keys[i])
			}
		}
	}
	return out
}

// heading is the section chosen; "" for the whole parts ticked.
func (f *exportModuleForm) heading() string {
	if f.section.SelectedIndex() <= 0 {
		return ""
	}
	return f.headings[f.section.SelectedIndex()-1]
}

// showExportModule asks which parts of m to print in lang, or which
// section of the part on screen, then where; write prints them
// (kit.ExportModule, kit.ExportSection), heading "" for whole parts.
func showExportModule(e env, m *course.Module, lang, part string,
	write func(path string, parts []string, heading string, paper pdf.Paper) (kit.ExportReport, error)) *exportModuleForm {
	tr := e.tr
	f := newExportModuleForm(e, m, lang, part)
	items := []*widget.FormItem{
		widget.NewFormItem(tr.T("export_parts"), f.parts),
	}
	if len(f.headings) > 0 {
		item := widget.NewFormItem(tr.T("org_section"), f.section)
		item.HintText = tr.Tf("org_section_hint", map[string]any{"Part": partLabel(tr, part)})
		items = append(items, item)
	}
	items = append(items, widget.NewFormItem(tr.T("export_paper"), f.paper))
	showForm(tr.T("export_module_title"), tr.T("export_choose_file"), tr.T("dialog_cancel"), items, func(ok bool) {
		chosen, heading := f.chosen(), f.heading()
		if heading != "" {
			chosen = []string{part}
		}
		if !ok || len(chosen) == 0 {
			return
		}
		paper := paperOf(f.paper)
		savePDF(e, moduleFileName(m, lang, heading), func(path string) (kit.ExportReport, error) {
			return write(path, chosen, heading, paper)
		})
	}, e.win)
	return f
}

// moduleFileName is the name the save dialog proposes for module m's PDF in
// lang: its number and title as the trainer reads them, the section's
// heading when only that is printed, and the language ("10 - Comunicazione
// digitale e animazione di comunità - IT.pdf"), where it was the module's
// English folder name ("10-digital-communication-it.pdf").
func moduleFileName(m *course.Module, lang, heading string) string {
	name := fmt.Sprintf("%02d - %s", m.Number, m.TitleIn(lang))
	if heading != "" {
		name += " - " + heading
	}
	return safeFileName(name+" - "+strings.ToUpper(lang)) + ".pdf"
}

// showPrintModule is the reader's print dialog on module m and the part on
// screen: whole parts, or one section of the part. The organisation
// profile prints on them when there is a data file (org non-nil).
func showPrintModule(e env, lib *course.Library, org OrgStore, m *course.Module, lang, part string) *exportModuleForm {
	return showExportModule(e, m, lang, part, func(path string, parts []string, heading string, paper pdf.Paper) (kit.ExportReport, error) {
		p := kit.Print{Paper: paper}
		if org != nil {
			o, err := org.Org()
			if err != nil {
				return kit.ExportReport{}, err
			}
			p.Org = &o
		}
		if heading != "" {
			return kit.ExportSection(path, lib, m.Number, lang, parts[0], heading, p)
		}
		return kit.ExportModule(path, lib, m.Number, lang, parts, p)
	})
}
