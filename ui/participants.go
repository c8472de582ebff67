package ui

import (
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/roster"
	"github.com/socialtech/trainerkit/course/session"
)

// ParticipantsView lists a session's participants in a table, with add,
// edit, forget, CSV import and CSV export.
type ParticipantsView struct {
	env
	store   participantStore
	s       *session.Session
	changed func() // the participants changed: the sessions list's counts
	ps      []session.Participant
	count   *widget.Label
	list    *widget.List
	root    fyne.CanvasObject
}

// participantColumns share a row's width: last name, first name, email,
// organisation, role.
var participantColumns = []float32{16, 14, 22, 22, 14}

// participantStore keeps a session's participants.
type participantStore interface {
	kit.ParticipantStore
	ForgetParticipant(sessionID, participantID string) error
}

func newParticipantsView(e env, store participantStore, s *session.Session, changed func()) *ParticipantsView {
	v := &ParticipantsView{env: e, store: store, s: s, changed: changed, count: widget.NewLabel("")}
	tr := e.tr
	v.list = widget.NewList(func() int { return len(v.ps) }, v.newRow, v.updateRow)
	add := widget.NewButtonWithIcon(tr.T("participants_add"), theme.ContentAddIcon(), func() { v.showEdit(nil) })
	add.Importance = widget.HighImportance
	imp := widget.NewButtonWithIcon(tr.T("participants_import"), theme.UploadIcon(), v.chooseImport)
	exp := widget.NewButtonWithIcon(tr.T("participants_export"), theme.DownloadIcon(), v.chooseExport)
	bar := container.NewBorder(nil, nil, container.NewHBox(add, imp, exp), v.count)
	header := container.New(&tableLayout{cols: 6, weights: append(append([]float32{}, participantColumns...), 8)},
		boldLabel(tr.T("participant_last_name")), boldLabel(tr.T("participant_first_name")), boldLabel(tr.T("participant_email")),
		boldLabel(tr.T("participant_organisation")), boldLabel(tr.T("participant_role")), widget.NewLabel(""))
	privacy := widget.NewLabel(tr.T("participants_privacy"))
	privacy.Wrapping = fyne.TextWrapWord
	privacy.Importance = widget.LowImportance
	top := container.NewVBox(container.NewPadded(bar), header, widget.NewSeparator())
	v.root = container.NewBorder(top, privacy, nil, nil, v.list)
	v.reload()
	return v
}

// Content is the view's canvas object.
func (v *ParticipantsView) Content() fyne.CanvasObject { return v.root }

// Participants is what the table shows.
func (v *ParticipantsView) Participants() []session.Participant { return v.ps }

func (v *ParticipantsView) reload() {
	ps, err := v.store.Participants(v.s.ID)
	if err != nil {
		v.showError("error_participants", err)
		return
	}
	v.ps = ps
	v.count.SetText(v.tr.Tn("sessions_participant_count", len(ps), nil))
	v.list.Refresh()
}

func (v *ParticipantsView) newRow() fyne.CanvasObject {
	cells := make([]fyne.CanvasObject, 0, 6)
	for range participantColumns {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		cells = append(cells, l)
	}
	edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), nil)
	forget := widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
	cells = append(cells, container.NewHBox(edit, forget))
	return container.New(&tableLayout{cols: 6, weights: append(append([]float32{}, participantColumns...), 8)}, cells...)
}

func (v *ParticipantsView) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	p := v.ps[id]
	row := o.(*fyne.Container)
	for i, text := range []string{p.LastName, p.FirstName, p.Email, p.Organisation, p.Role} {
		row.Objects[i].(*widget.Label).SetText(text)
	}
	btns := row.Objects[5].(*fyne.Container)
	btns.Objects[0].(*widget.Button).OnTapped = func() { v.showEdit(&p) }
	btns.Objects[1].(*widget.Button).OnTapped = func() { v.confirmForget(p) }
}

// Save adds or updates one participant.
func (v *ParticipantsView) Save(p session.Participant) error {
	if err := v.store.SaveParticipants(v.s.ID, []session.Participant{p}); err != nil {
		return err
	}
	v.reload()
	v.changed()
	return nil
}

// showEdit opens the form for a new participant (p nil) or an existing one.
func (v *ParticipantsView) showEdit(p *session.Participant) {
	tr := v.tr
	cur := session.Participant{}
	title := tr.T("participants_add_title")
	if p != nil {
		cur, title = *p, tr.T("participants_edit")
	}
	first, last, email, org, role := newField(), newField(), newField(), newField(), newField()
	first.SetText(cur.FirstName)
	last.SetText(cur.LastName)
	email.SetText(cur.Email)
	org.SetText(cur.Organisation)
	role.SetText(cur.Role)
	items := []*widget.FormItem{
		widget.NewFormItem(tr.T("participant_last_name")+" *", last),
		widget.NewFormItem(tr.T("participant_first_name"), first),
		widget.NewFormItem(tr.T("participant_email"), email),
		widget.NewFormItem(tr.T("participant_organisation"), org),
		widget.NewFormItem(tr.T("participant_role"), role),
	}
	var d *dialog.FormDialog
	d = dialog.NewForm(title, tr.T("dialog_save"), tr.T("dialog_cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		cur.FirstName, cur.LastName, cur.Email, cur.Organisation, cur.Role = first.Text, last.Text, email.Text, org.Text, role.Text
		// On a refusal the form comes back, under the message, with what
		// was typed.
		if strings.TrimSpace(cur.LastName) == "" {
			showDialog(v.win, d, formContent(items))
			showInformation(title, tr.T("error_last_name"), v.win)
			return
		}
		if err := v.Save(cur); err != nil {
			showDialog(v.win, d, formContent(items))
			v.showError("error_participants", err)
		}
	}, v.win)
	d.Resize(fyne.NewSize(480, 360))
	showDialog(v.win, d, formContent(items))
}

// Forget deletes a participant and their attendance, and erases them from
// every copy of the data file, off the interface thread; the list reloads
// once they are deleted (a failure, or an erasure left unfinished, is said).
func (v *ParticipantsView) Forget(id string) {
	eraseBusy(v.env, func() error { return v.store.ForgetParticipant(v.s.ID, id) }, "error_participants", func() {
		v.reload()
		v.changed()
	})
}

func (v *ParticipantsView) confirmForget(p session.Participant) {
	tr := v.tr
	msg := tr.Tf("participants_forget_confirm", map[string]any{"Name": p.FullName()})
	showConfirm(tr.T("participants_forget"), msg, func(ok bool) {
		if ok {
			v.Forget(p.ID)
		}
	}, v.win)
}

func (v *ParticipantsView) chooseImport() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			v.showError("error_import_read", err)
			return
		}
		if r == nil {
			return
		}
		defer r.Close()
		data, err := io.ReadAll(io.LimitReader(r, roster.MaxFileSize+1))
		if err != nil {
			v.showError("error_import_read", err)
			return
		}
		v.StartImport(r.URI().Name(), data)
	}, v.win)
	d.SetFilter(fstorage.NewExtensionFileFilter([]string{".csv", ".txt", ".tsv"}))
	showFileDialog(v.env, d)
}

// chooseExport writes the list as CSV for Excel (roster.ExcelOptions, formulas
// neutralised) to a file the trainer chooses.
func (v *ParticipantsView) chooseExport() {
	tr := v.tr
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			v.showError("error_export", err)
			return
		}
		if w == nil {
			return
		}
		uri := w.URI()
		w.Close()
		if err := v.ExportTo(uri.Path()); err != nil {
			discardEmpty(uri.Path())
			v.showError("error_export", err)
			return
		}
		showInformation(tr.T("participants_export"), tr.Tf("participants_exported", map[string]any{"Path": uri.Path()}), v.win)
	}, v.win)
	d.SetFileName(safeFileName(v.s.Title) + ".csv")
	showFileDialog(v.env, d)
}

// ExportTo writes the participants to a CSV file, atomically.
func (v *ParticipantsView) ExportTo(path string) error {
	tr := v.tr
	header := [5]string{tr.T("participant_first_name"), tr.T("participant_last_name"), tr.T("participant_email"),
		tr.T("participant_organisation"), tr.T("participant_role")}
	return datafile.WriteFileAtomic(path, func(w io.Writer) error {
		return roster.Export(w, v.ps, roster.ExcelOptions(tr.Lang(), header))
	})
}
