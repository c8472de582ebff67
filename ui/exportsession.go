package ui

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/session"
)

// exportSessionForm asks which of a session's documents to print, and on
// which paper.
type exportSessionForm struct {
	docs  []string // in the order of kit.Docs
	which *widget.RadioGroup
	paper *widget.RadioGroup
	// all prints a certificate for everyone, even those who attended
	// nothing; offered with the certificates only.
	all *widget.Check
}

func newExportSessionForm(e env) *exportSessionForm {
	tr := e.tr
	f := &exportSessionForm{paper: paperSelect(), docs: []string{tr.T("export_doc_handout"), tr.T("export_doc_guide"),
		tr.T("export_doc_attendance"), tr.T("export_doc_certificates"), tr.T("export_doc_agenda"), tr.T("export_doc_agenda_wall"),
		tr.T("export_doc_report"), tr.T("export_doc_report_csv")}}
	f.all = widget.NewCheck(tr.T("org_all_participants"), nil)
	f.which = widget.NewRadioGroup(f.docs, func(string) {
		if f.doc() == kit.Certificates {
			f.all.Enable()
		} else {
			f.all.Disable()
		}
	})
	f.which.SetSelected(f.docs[0])
	return f
}

// print is how the chosen document prints (the caller adds the profile).
func (f *exportSessionForm) print() kit.Print {
	return kit.Print{Paper: paperOf(f.paper), AllParticipants: f.doc() == kit.Certificates && f.all.Checked}
}

// doc is the document chosen.
func (f *exportSessionForm) doc() kit.Doc {
	for i, d := range f.docs {
		if d == f.which.Selected {
			return kit.Docs[i]
		}
	}
	return kit.Handout
}

// showExportSession asks which document of s to print, then where; write
// prints it (kit.ExportSession).
func showExportSession(e env, s *session.Session, write func(path string, doc kit.Doc, p kit.Print) (kit.ExportReport, error)) *exportSessionForm {
	tr := e.tr
	f := newExportSessionForm(e)
	items := []*widget.FormItem{
		widget.NewFormItem(tr.T("export_document"), container.NewVBox(f.which, f.all)),
		widget.NewFormItem(tr.T("export_paper"), f.paper),
	}
	showForm(tr.T("export_session_title"), tr.T("export_choose_file"), tr.T("dialog_cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		doc := f.doc()
		name := safeFileName(s.Title+" - "+f.which.Selected) + doc.Ext()
		p := f.print()
		savePDF(e, name, func(path string) (kit.ExportReport, error) { return write(path, doc, p) })
	}, e.win)
	return f
}
