package ui

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/kit"
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
		if err := roomToWork(func() error { return write(path) }); err != nil {
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

// savePDF asks where to save a PDF, writes it, then offers to open it,
// with what the export found worth checking (showSaved).
func savePDF(e env, name string, write func(path string) (kit.ExportReport, error)) {
	var rep kit.ExportReport
	saveFile(e, name, nil, "error_export_pdf", func(path string) (err error) {
		rep, err = write(path)
		return err
	}, func(path string) { showSaved(e, path, rep) })
}

// showSaved says the PDF is saved and offers to open it; when the export
// printed a name otherwise than typed, or left someone without a
// certificate, it lists that first so that the trainer checks before
// printing.
func showSaved(e env, path string, rep kit.ExportReport) dialog.Dialog {
	msg := e.tr.Tf("export_done", map[string]any{"File": filepath.Base(path)})
	open := func(ok bool) {
		if ok {
			e.openFile(path)
		}
	}
	lines := rep.Lines(e.tr)
	if len(lines) == 0 {
		d := dialog.NewConfirm(e.tr.T("export_done_title"), msg, open, e.win)
		showDialog(e.win, d, nil)
		return d
	}
	list := widget.NewLabel("• " + strings.Join(lines, "\n• "))
	list.Wrapping = fyne.TextWrapWord
	intro := widget.NewLabel(e.tr.T("org_export_checks"))
	intro.Wrapping = fyne.TextWrapWord
	ask := widget.NewLabel(msg)
	ask.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(520, 160))
	d := dialog.NewCustomConfirm(e.tr.T("org_export_saved_title"), e.tr.T("org_open"), e.tr.T("org_not_now"),
		container.NewBorder(intro, ask, nil, nil, scroll), open, e.win)
	d.Resize(fyne.NewSize(640, 380))
	showDialog(e.win, d, nil)
	return d
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
