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

// StartImport reads a file's bytes off the interface thread, behind a
// progress bar (a list of 100,000 rows takes a second), then shows the
// mapping step. The Import it returns is filled once the file is read.
func (v *ParticipantsView) StartImport(name string, data []byte) *Import {
	im := &Import{v: v}
	var pi *kit.ParticipantImport
	runBusy(v.env, v.tr.T(roster.MsgReading), func(progress func(int, int), _ func(string)) error {
		var err error
		pi, err = kit.ReadParticipantsWith(name, data, progress)
		return err
	}, func(err error) {
		if err != nil {
			v.showError("error_import_read", err)
			return
		}
		im.ParticipantImport = pi
		im.showMapping()
	})
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

// showPreview checks the rows off the interface thread, behind a progress
// bar, then says what will be imported and what skipped, and why.
func (im *Import) showPreview() {
	v := im.v
	runBusy(v.env, v.tr.T("import_checking"), func(progress func(int, int), _ func(string)) error {
		return im.ParticipantImport.PlanWith(v.store, v.s.ID, progress)
	}, im.planned)
}

// planned shows the preview once the rows are checked, or asks again for
// the last name's column.
func (im *Import) planned(err error) {
	tr := im.v.tr
	if err != nil {
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
		im.confirmBusy()
	}, im.v.win)
	im.dlg.Resize(fyne.NewSize(640, 440))
	showDialog(im.v.win, im.dlg, nil)
}

// issueText is a row's reason in the interface language.
func (im *Import) issueText(is roster.Issue) string {
	return im.v.tr.Tf(is.Reason.MessageID(), map[string]any{"Line": is.Line, "Detail": is.Detail})
}

// confirmBusy writes the participants of the preview off the interface
// thread (100,000 rows take a second), then lists them.
func (im *Import) confirmBusy() {
	v := im.v
	runBusy(v.env, v.tr.T("import_saving"), func(func(int, int), func(string)) error {
		return im.Save(v.store, v.s.ID)
	}, func(err error) {
		if err != nil {
			v.showError("error_participants", err)
			return
		}
		v.reload()
		v.changed()
	})
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
