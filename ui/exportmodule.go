package ui

import (
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/pdf"
)

// exportModuleForm asks which parts of a module to print, and on which
// paper.
type exportModuleForm struct {
	keys   []string // the parts offered, in the module's order
	labels []string
	parts  *widget.CheckGroup
	paper  *widget.RadioGroup
}

func newExportModuleForm(e env) *exportModuleForm {
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

// showExportModule asks which parts of m to print in lang, then where;
// write prints them (kit.ExportModule).
func showExportModule(e env, m *course.Module, lang string, write func(path string, parts []string, paper pdf.Paper) error) *exportModuleForm {
	tr := e.tr
	f := newExportModuleForm(e)
	items := []*widget.FormItem{
		widget.NewFormItem(tr.T("export_parts"), f.parts),
		widget.NewFormItem(tr.T("export_paper"), f.paper),
	}
	showForm(tr.T("export_module_title"), tr.T("export_choose_file"), tr.T("dialog_cancel"), items, func(ok bool) {
		chosen := f.chosen()
		if !ok || len(chosen) == 0 {
			return
		}
		name := safeFileName(m.ID()+"-"+lang) + ".pdf"
		savePDF(e, name, func(path string) error { return write(path, chosen, paperOf(f.paper)) })
	}, e.win)
	return f
}
