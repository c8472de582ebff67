package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// A dialog's answer that the kit refuses (a field left empty, a date that
// does not exist, a number out of bounds, a save that failed) does not
// throw away what the trainer typed: the dialog comes back as it was, the
// reason shows over it in a plain sentence, and once the trainer closes the
// message the field to correct has the focus. Fyne closes a dialog before
// it calls back, so every form dialog of the kit that checks its answer is
// made with newCheckedForm or newCheckedConfirm.

// fieldError is a refusal of what a dialog holds: a plain sentence in the
// trainer's language, and the field to correct (nil: none in particular).
type fieldError struct {
	field fyne.Focusable
	msg   string
}

func (e *fieldError) Error() string { return e.msg }

// refuse is the refusal of what field holds, told by msg.
func refuse(field fyne.Focusable, msg string) error { return &fieldError{field: field, msg: msg} }

// newCheckedForm is dialog.NewForm, with the kit's Cancel, whose
// confirmation runs submit; a refusal brings the form back (answerChecked).
// Show it with showDialog(e.win, d, formContent(items)).
func newCheckedForm(e env, title, confirm string, items []*widget.FormItem, submit func() error, failKey string) *dialog.FormDialog {
	var d *dialog.FormDialog
	d = dialog.NewForm(title, confirm, e.tr.T("dialog_cancel"), items, func(ok bool) {
		if ok {
			answerChecked(e, d, formContent(items), submit, failKey)
		}
	}, e.win)
	return d
}

// newCheckedConfirm is dialog.NewCustomConfirm showing content whose
// confirmation runs submit; a refusal brings it back (answerChecked).
// fields is the part of content with its fields, as for showDialog; show
// it with showDialog(e.win, d, fields).
func newCheckedConfirm(e env, title, confirm, dismiss string, content, fields fyne.CanvasObject, submit func() error, failKey string) *dialog.ConfirmDialog {
	var d *dialog.ConfirmDialog
	d = dialog.NewCustomConfirm(title, confirm, dismiss, content, func(ok bool) {
		if ok {
			answerChecked(e, d, fields, submit, failKey)
		}
	}, e.win)
	return d
}

// answerChecked runs submit for d, just closed on its confirmation. When
// submit refuses, d shows again with what it holds (content: its fields,
// as for showDialog) and the reason over it: a fieldError's sentence, and
// its field focused once the message is closed; any other error is a
// failure told with failKey and its plain reason (env.explain).
func answerChecked(e env, d dialog.Dialog, content fyne.CanvasObject, submit func() error, failKey string) {
	err := submit()
	if err == nil {
		return
	}
	showDialog(e.win, d, content)
	var fe *fieldError
	if !errors.As(err, &fe) {
		showErrorDialog(e.explain(failKey, err), e.win)
		return
	}
	msg := dialog.NewError(errors.New(fe.msg), e.win)
	showDialog(e.win, msg, nil)
	if fe.field != nil {
		// After showDialog's own closing: the form is the top dialog again.
		msg.SetOnClosed(func() { e.win.Canvas().Focus(fe.field) })
	}
}
