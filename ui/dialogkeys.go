package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// The kit's dialogs answer the keyboard alike: the first field takes the
// focus as the dialog opens (so that typed text is not lost), Enter submits
// and Escape cancels. Fyne does none of this by itself, so every dialog is
// shown through showDialog.

// showDialog shows d over win and gives it the kit's keyboard. content is
// what the dialog holds (its form items for a form dialog: formContent),
// searched for the first field to focus and for the entries where Enter
// submits and Escape cancels; nil for a dialog without fields.
//
// Enter submits (FormDialog.Submit, which validates first; Confirm for a
// confirmation; closing for a message). Escape closes it as Cancel does.
// With the focus on no field, the window's key handler is replaced by the
// dialog's until it closes, so that the arrows do not move the module
// list behind it either.
func showDialog(win fyne.Window, d dialog.Dialog, content fyne.CanvasObject) {
	showDialogKeyed(win, d, content, submitOf(d), d.Hide)
}

// showDialogKeyed is showDialog for a dialog whose own buttons say what
// Enter and Escape mean (a dialog without Fyne's two buttons).
func showDialogKeyed(win fyne.Window, d dialog.Dialog, content fyne.CanvasObject, submit, cancel func()) {
	var first fyne.Focusable
	// The first field shown: not one inside a part hidden for now (the
	// score's field while the answers are ticked), where typing is lost.
	walkShownFields(content, func(o fyne.CanvasObject) {
		if f, ok := o.(fyne.Focusable); ok && first == nil {
			if dis, ok := o.(fyne.Disableable); !ok || !dis.Disabled() {
				first = f
			}
		}
	})
	walkFields(content, func(o fyne.CanvasObject) {
		switch e := o.(type) {
		case *field:
			e.escape = cancel
			if !e.MultiLine && e.OnSubmitted == nil {
				e.OnSubmitted = func(string) { submit() }
			}
		case *widget.Entry:
			if !e.MultiLine && e.OnSubmitted == nil {
				e.OnSubmitted = func(string) { submit() }
			}
		case *formEntry:
			e.escape = cancel
			if !e.MultiLine && e.OnSubmitted == nil {
				e.OnSubmitted = func(string) { submit() }
			}
		case *choice:
			e.escape, e.submit = cancel, submit
		}
	})
	c := win.Canvas()
	k := &keyedDialog{submit: submit, cancel: cancel}
	openDialogs.push(c, k)
	d.SetOnClosed(func() { openDialogs.remove(c, k) })
	d.Show()
	if first != nil {
		c.Focus(first)
	} else {
		c.Unfocus() // the keys go to the dialog, not a field behind it
	}
}

// keyedDialog is a dialog open with the kit's keyboard.
type keyedDialog struct{ submit, cancel func() }

// dialogStacks are the keyed dialogs open over each canvas, the last on
// top, and the canvas's own key handler to restore when none is left. Only
// the interface thread uses them.
type dialogStacks map[fyne.Canvas]*dialogStack

type dialogStack struct {
	open []*keyedDialog
	base func(*fyne.KeyEvent)
}

var openDialogs = dialogStacks{}

// push puts k on top of c's dialogs; the first one takes c's key handler,
// which then always serves the top dialog.
func (ds dialogStacks) push(c fyne.Canvas, k *keyedDialog) {
	st := ds[c]
	if st == nil {
		st = &dialogStack{base: c.OnTypedKey()}
		ds[c] = st
		c.SetOnTypedKey(func(e *fyne.KeyEvent) {
			top := st.open[len(st.open)-1]
			switch e.Name {
			case fyne.KeyEscape:
				top.cancel()
			case fyne.KeyReturn, fyne.KeyEnter:
				top.submit()
			}
		})
	}
	st.open = append(st.open, k)
}

// remove takes k off c's dialogs, wherever it is (a dialog may close under
// another); with none left, c has its own key handler back.
func (ds dialogStacks) remove(c fyne.Canvas, k *keyedDialog) {
	st := ds[c]
	if st == nil {
		return
	}
	for i, x := range st.open {
		if x == k {
			st.open = append(st.open[:i], st.open[i+1:]...)
			break
		}
	}
	if len(st.open) == 0 {
		c.SetOnTypedKey(st.base)
		delete(ds, c)
	}
}

// submitOf is what Enter does in d.
func submitOf(d dialog.Dialog) func() {
	switch d := d.(type) {
	case *dialog.FormDialog:
		return d.Submit
	case *dialog.ConfirmDialog:
		return d.Confirm
	}
	return d.Hide
}

// formContent is the content of a form dialog made of items, for showDialog.
func formContent(items []*widget.FormItem) fyne.CanvasObject {
	objs := make([]fyne.CanvasObject, 0, len(items))
	for _, it := range items {
		objs = append(objs, it.Widget)
	}
	return container.NewWithoutLayout(objs...)
}

// walkFields calls fn for o and every object inside it, in reading order,
// through the containers and the widgets that hold others in the kit's
// dialogs.
func walkFields(o fyne.CanvasObject, fn func(fyne.CanvasObject)) { walkObjects(o, false, fn) }

// walkShownFields is walkFields through the objects shown only: a hidden
// object and what it holds are passed over.
func walkShownFields(o fyne.CanvasObject, fn func(fyne.CanvasObject)) { walkObjects(o, true, fn) }

func walkObjects(o fyne.CanvasObject, shownOnly bool, fn func(fyne.CanvasObject)) {
	if o == nil || shownOnly && !o.Visible() {
		return
	}
	fn(o)
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			walkObjects(c, shownOnly, fn)
		}
	case *widget.Form:
		for _, it := range o.Items {
			walkObjects(it.Widget, shownOnly, fn)
		}
	case *container.Scroll:
		walkObjects(o.Content, shownOnly, fn)
	case *container.Split:
		walkObjects(o.Leading, shownOnly, fn)
		walkObjects(o.Trailing, shownOnly, fn)
	}
}

// field is the entry of the kit's dialogs: like Fyne's, but Escape in it
// cancels its dialog (Fyne's entry swallows the key).
type field struct {
	widget.Entry
	escape func() // set by showDialog
}

// newField is an empty one-line field.
func newField() *field {
	f := &field{}
	f.ExtendBaseWidget(f)
	return f
}

// newMultiLineField is an empty field of several lines, wrapping words.
func newMultiLineField() *field {
	f := newField()
	f.MultiLine = true
	f.Wrapping = fyne.TextWrapWord
	return f
}

// TypedKey cancels the dialog on Escape, and is the entry's otherwise.
func (f *field) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && f.escape != nil {
		f.escape()
		return
	}
	f.Entry.TypedKey(k)
}

// choice is the select of the kit's dialogs: like Fyne's, but Escape in it
// cancels its dialog and Enter submits it. Fyne's select ignores both keys,
// and a focused widget has the keys to itself: a dialog that opens on a
// select (the settings) would not hear them.
type choice struct {
	widget.Select
	escape, submit func() // set by showDialog
}

// newChoice is a select of options, changed called with the one chosen.
func newChoice(options []string, changed func(string)) *choice {
	c := &choice{}
	c.Options, c.OnChanged = options, changed
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey cancels the dialog on Escape, submits it on Enter, and is the
// select's otherwise (the arrows and space).
func (c *choice) TypedKey(k *fyne.KeyEvent) {
	switch {
	case k.Name == fyne.KeyEscape && c.escape != nil:
		c.escape()
	case (k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter) && c.submit != nil:
		c.submit()
	default:
		c.Select.TypedKey(k)
	}
}

// showInformation is dialog.ShowInformation with the kit's keyboard.
func showInformation(title, message string, win fyne.Window) {
	showDialog(win, dialog.NewInformation(title, message, win), nil)
}

// showErrorDialog is dialog.ShowError with the kit's keyboard.
func showErrorDialog(err error, win fyne.Window) {
	showDialog(win, dialog.NewError(err, win), nil)
}

// showConfirm is dialog.ShowConfirm with the kit's keyboard.
func showConfirm(title, message string, callback func(bool), win fyne.Window) {
	showDialog(win, dialog.NewConfirm(title, message, callback, win), nil)
}

// showForm is dialog.ShowForm with the kit's keyboard.
func showForm(title, confirm, dismiss string, items []*widget.FormItem, callback func(bool), win fyne.Window) {
	showDialog(win, dialog.NewForm(title, confirm, dismiss, items, callback, win), formContent(items))
}
