package ui

import (
	"io"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/pdf"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/storage"
)

// render writes one PDF document.
type render func(w io.Writer, o pdf.Options) error

// Session documents, in the order the export dialog offers them.
const (
	docHandout = iota
	docGuide
	docAttendance
	docCertificates
)

// ExportModule writes a module handout: the parts chosen, in lang.
func (mw *MainWindow) ExportModule(path string, module int, lang string, parts []string, paper pdf.Paper) error {
	return exportTo(path, func(w io.Writer, o pdf.Options) error {
		return pdf.ModuleHandout(w, mw.lib, module, lang, parts, o)
	}, pdf.Options{Paper: paper})
}

// ExportSession writes one of a session's documents.
func (mw *MainWindow) ExportSession(path string, s *session.Session, doc int, paper pdf.Paper) error {
	var r render
	switch doc {
	case docHandout:
		r = func(w io.Writer, o pdf.Options) error { return pdf.SessionHandout(w, mw.lib, s, o) }
	case docGuide:
		r = func(w io.Writer, o pdf.Options) error { return pdf.TrainerGuide(w, mw.lib, s, o) }
	default:
		ps, err := mw.store.Participants(s.ID)
		if err != nil {
			return err
		}
		if doc == docAttendance {
			r = func(w io.Writer, o pdf.Options) error { return pdf.AttendanceSheet(w, s, ps, o) }
		} else {
			marks, err := mw.store.Marks(s.ID)
			if err != nil {
				return err
			}
			r = func(w io.Writer, o pdf.Options) error { return pdf.Certificates(w, mw.lib, s, ps, marks, o) }
		}
	}
	return exportTo(path, r, pdf.Options{Paper: paper})
}

// exportTo renders through a temporary file renamed into place: a failure
// leaves no half PDF.
func exportTo(path string, r render, o pdf.Options) error {
	return storage.WriteFileAtomic(path, func(w io.Writer) error { return r(w, o) })
}

// paperSelect offers A4 and US Letter.
func (mw *MainWindow) paperSelect() *widget.RadioGroup {
	g := widget.NewRadioGroup([]string{"A4", "US Letter"}, nil)
	g.Horizontal = true
	g.SetSelected("A4")
	return g
}

func paperOf(g *widget.RadioGroup) pdf.Paper {
	if g.Selected == "US Letter" {
		return pdf.Letter
	}
	return pdf.A4
}

// showExportModule asks which parts to print, then where.
func (mw *MainWindow) showExportModule() {
	tr := mw.tr
	m := mw.lib.Module(mw.st.Module)
	if m == nil {
		return
	}
	var labels []string
	for _, p := range course.Parts {
		labels = append(labels, partLabel(tr, p))
	}
	parts := widget.NewCheckGroup(labels, nil)
	for _, p := range course.HandoutParts {
		parts.SetSelected(append(parts.Selected, partLabel(tr, p)))
	}
	paper := mw.paperSelect()
	items := []*widget.FormItem{
		widget.NewFormItem(tr.T("export_parts"), parts),
		widget.NewFormItem(tr.T("export_paper"), paper),
	}
	lang := mw.st.Lang
	dialog.ShowForm(tr.T("export_module_title"), tr.T("export_choose_file"), tr.T("dialog_cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		var chosen []string
		for i, l := range labels {
			for _, s := range parts.Selected {
				if s == l {
					chosen = append(chosen, course.Parts[i])
				}
			}
		}
		if len(chosen) == 0 {
			return
		}
		name := safeFileName(m.ID()+"-"+lang) + ".pdf"
		mw.saveAs(name, func(path string) error { return mw.ExportModule(path, m.Number, lang, chosen, paperOf(paper)) })
	}, mw.win)
}

// showExportSession asks which document to print, then where.
func (mw *MainWindow) showExportSession(s *session.Session) {
	tr := mw.tr
	docs := []string{tr.T("export_doc_handout"), tr.T("export_doc_guide"), tr.T("export_doc_attendance"), tr.T("export_doc_certificates")}
	which := widget.NewRadioGroup(docs, nil)
	which.SetSelected(docs[0])
	paper := mw.paperSelect()
	items := []*widget.FormItem{
		widget.NewFormItem(tr.T("export_document"), which),
		widget.NewFormItem(tr.T("export_paper"), paper),
	}
	dialog.ShowForm(tr.T("export_session_title"), tr.T("export_choose_file"), tr.T("dialog_cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		doc := 0
		for i, d := range docs {
			if d == which.Selected {
				doc = i
			}
		}
		name := safeFileName(s.Title+" - "+which.Selected) + ".pdf"
		mw.saveAs(name, func(path string) error { return mw.ExportSession(path, s, doc, paperOf(paper)) })
	}, mw.win)
}

// saveAs asks where to save, writes, then offers to open the PDF.
func (mw *MainWindow) saveAs(name string, write func(path string) error) {
	tr := mw.tr
	mw.saveFile(name, nil, "error_export_pdf", write, func(path string) {
		msg := tr.Tf("export_done", map[string]any{"File": filepath.Base(path)})
		dialog.ShowConfirm(tr.T("export_done_title"), msg, func(open bool) {
			if open {
				if err := openFile(path); err != nil {
					mw.showError("error_open_file", err)
				}
			}
		}, mw.win)
	})
}

// saveFile asks where to save (exts filters the folder's files when set),
// writes, then calls done with the path; a failure shows the message errKey.
func (mw *MainWindow) saveFile(name string, exts []string, errKey string, write func(path string) error, done func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			mw.showError(errKey, err)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		if err := write(path); err != nil {
			discardEmpty(path) // the dialog created it empty
			mw.showError(errKey, err)
			return
		}
		done(path)
	}, mw.win)
	if len(exts) > 0 {
		d.SetFilter(fstorage.NewExtensionFileFilter(exts))
	}
	d.SetFileName(name)
	d.Show()
}
