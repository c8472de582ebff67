package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
)

// notesDialog edits the trainer's notes on a part: Markdown shown above the
// part and in the presenter view, printed only in the trainer's guide.
type notesDialog struct {
	entry *field
	dlg   *dialog.ConfirmDialog
}

// showNotesDialog opens the dialog on notes; save gets the text on Save.
func showNotesDialog(e env, notes string, save func(notes string)) *notesDialog {
	d := &notesDialog{entry: newMultiLineField()}
	d.entry.SetText(notes)
	d.entry.SetMinRowsVisible(8)
	d.dlg = dialog.NewCustomConfirm(e.tr.T("custom_notes_title"), e.tr.T("custom_save"), e.tr.T("custom_cancel"),
		container.NewBorder(wrapped(e.tr.T("custom_notes_help")), nil, nil, nil, d.entry), func(ok bool) {
			if ok {
				save(d.entry.Text)
			}
		}, e.win)
	d.dlg.Resize(fyne.NewSize(640, 440))
	showDialog(e.win, d.dlg, d.entry)
	return d
}
