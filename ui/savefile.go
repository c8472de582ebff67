package ui

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/pdf"
)

// Saving files the trainer exports: the save dialog, the paper choice, a
// file name from a title.

// saveFile asks where to save (exts filters the folder's files when set),
// writes, then calls done with the path; a failure shows the message errKey
// and leaves no empty file behind.
func saveFile(e env, name string, exts []string, errKey string, write func(path string) error, done func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			e.showError(errKey, err)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		if err := write(path); err != nil {
			discardEmpty(path) // the dialog created it empty
			e.showError(errKey, err)
			return
		}
		done(path)
	}, e.win)
	if len(exts) > 0 {
		d.SetFilter(fstorage.NewExtensionFileFilter(exts))
	}
	d.SetFileName(name)
	showFileDialog(e, d)
}

// savePDF asks where to save a PDF, writes it, then offers to open it.
func savePDF(e env, name string, write func(path string) error) {
	saveFile(e, name, nil, "error_export_pdf", write, func(path string) {
		msg := e.tr.Tf("export_done", map[string]any{"File": filepath.Base(path)})
		showConfirm(e.tr.T("export_done_title"), msg, func(open bool) {
			if open {
				e.openFile(path)
			}
		}, e.win)
	})
}

// discardEmpty removes the empty file a save dialog created at path when
// writing it failed, so that a failure leaves no file behind. A file with
// content is never touched.
func discardEmpty(path string) {
	if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() && info.Size() == 0 {
		os.Remove(path)
	}
}

// paperSelect offers A4 and US Letter.
func paperSelect() *widget.RadioGroup {
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

// safeFileName keeps letters, digits, spaces and dashes of a title.
func safeFileName(s string) string {
	out := strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r == ':' || r == '*' || r == '?' || r == '"' || r == '<' || r == '>' || r == '|' || r < 32 {
			return '-'
		}
		return r
	}, strings.TrimSpace(s))
	if out == "" {
		return "participants"
	}
	return out
}
