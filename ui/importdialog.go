package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/roster"
)

// Import is a participant import in progress: the file read, the column
// mapping the trainer checks, then the preview they confirm. Nothing is
// written before Confirm, and Confirm writes everything in one transaction.
type Import struct {
	*kit.ParticipantImport
	v       *ParticipantsView
	selects []*widget.Select
	dlg     dialog.Dialog
}

// fieldKeys are the message IDs of the mapping choices.
var fieldKeys = map[roster.Field]string{
	roster.FirstName: "participant_first_name", roster.LastName: "participant_last_name",
	roster.FullName: "import_field_full_name", roster.Email: "participant_email",
	roster.Organisation: "participant_organisation", roster.Role: "participant_role",
	roster.Ignore: "import_field_ignore",
}

// StartImport reads a file's bytes and shows the mapping step.
func (v *ParticipantsView) StartImport(name string, data []byte) *Import {
	pi, err := kit.ReadParticipants(name, data)
	if err != nil {
		v.showError("error_import_read", err)
		return nil
	}
	im := &Import{ParticipantImport: pi, v: v}
	im.showMapping()
	return im
}

// showMapping lists each column with its header, a sample and the field it
// maps to; unknown headers start as "do not import".
func (im *Import) showMapping() {
	tr := im.v.tr
	var choices []string
	for _, f := range roster.Fields {
		choices = append(choices, tr.T(fieldKeys[f]))
	}
	grid := container.New(&tableLayout{cols: 3, weights: []float32{20, 25, 22}},
		boldLabel(tr.T("import_column")), boldLabel(tr.T("import_sample")), boldLabel(tr.T("import_field")))
	im.selects = nil
	for c, h := range im.Table.Header {
		sample := ""
		if len(im.Table.Rows) > 0 && c < len(im.Table.Rows[0].Fields) {
			sample = im.Table.Rows[0].Fields[c]
		}
		sel := widget.NewSelect(choices, nil)
		sel.PlaceHolder = tr.T("select_placeholder")
		for i, f := range roster.Fields {
			if f == im.Mapping[c] {
				sel.SetSelectedIndex(i)
			}
		}
		c := c
		sel.OnChanged = func(string) { im.Mapping[c] = roster.Fields[sel.SelectedIndex()] }
		im.selects = append(im.selects, sel)
		hl, sl := widget.NewLabel(h), widget.NewLabel(sample)
		hl.Truncation, sl.Truncation = fyne.TextTruncateEllipsis, fyne.TextTruncateEllipsis
		grid.Add(hl)
		grid.Add(sl)
		grid.Add(sel)
	}
	intro := widget.NewLabel(tr.Tf("import_intro", map[string]any{"File": im.Name, "Rows": len(im.Table.Rows),
		"Encoding": im.Table.Encoding}))
	intro.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(intro, nil, nil, nil, container.NewVScroll(grid))
	im.dlg = dialog.NewCustomConfirm(tr.T("import_title"), tr.T("import_next"), tr.T("dialog_cancel"), content, func(ok bool) {
		if ok {
			im.showPreview()
		}
	}, im.v.win)
	im.dlg.Resize(fyne.NewSize(720, 520))
	showDialog(im.v.win, im.dlg, content)
}

// Plan computes the preview with the current mapping.
func (im *Import) Plan() error {
	return im.ParticipantImport.Plan(im.v.store, im.v.s.ID)
}

// showPreview says what will be imported and what skipped, and why.
func (im *Import) showPreview() {
	tr := im.v.tr
	if err := im.Plan(); err != nil {
		if errors.Is(err, roster.ErrNoLastNameColumn) {
			showInformation(tr.T("import_title"), tr.T("import_need_last_name"), im.v.win)
			im.showMapping()
			return
		}
		im.v.showError("error_import_read", err)
		return
	}
	pv := im.Preview
	summary := widget.NewLabel(tr.Tn("import_to_import", len(pv.Import), nil) + ", " + tr.Tn("import_skipped", len(pv.Skipped), nil))
	summary.TextStyle.Bold = true
	var lines []string
	for _, is := range pv.Skipped {
		lines = append(lines, im.issueText(is))
	}
	for _, is := range pv.Notes {
		lines = append(lines, im.issueText(is))
	}
	details := widget.NewLabel(strings.Join(lines, "\n"))
	details.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(summary, nil, nil, nil, container.NewVScroll(details))
	im.dlg = dialog.NewCustomConfirm(tr.T("import_title"), tr.T("import_confirm"), tr.T("dialog_cancel"), content, func(ok bool) {
		if !ok {
			return
		}
		if err := im.Confirm(); err != nil {
			im.v.showError("error_participants", err)
		}
	}, im.v.win)
	im.dlg.Resize(fyne.NewSize(640, 440))
	showDialog(im.v.win, im.dlg, nil)
}

// issueText is a row's reason in the interface language.
func (im *Import) issueText(is roster.Issue) string {
	tr := im.v.tr
	data := map[string]any{"Line": is.Line, "Detail": is.Detail}
	switch is.Reason {
	case roster.NoLastName:
		return tr.Tf("import_skip_no_last_name", data)
	case roster.DuplicateInFile:
		return tr.Tf("import_skip_duplicate_file", data)
	case roster.DuplicateExisting:
		return tr.Tf("import_skip_duplicate_existing", data)
	}
	return tr.Tf("import_note_extra", data)
}

// Confirm writes the participants of the preview in one transaction.
func (im *Import) Confirm() error {
	if err := im.Save(im.v.store, im.v.s.ID); err != nil {
		return err
	}
	im.v.reload()
	im.v.changed()
	return nil
}
