package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
)

// sectionsDialog lists a part's sections with a check each: the ticked ones
// are left out of handouts (the screen still shows them).
type sectionsDialog struct {
	heads  []course.Heading
	checks []*widget.Check
}

// sectionChoices are the headings a trainer may hide: levels 2 and 3.
func sectionChoices(text string) []course.Heading {
	var out []course.Heading
	for _, h := range course.Headings(text) {
		if h.Level == 2 || h.Level == 3 {
			out = append(out, h)
		}
	}
	return out
}

// showSectionsDialog opens the dialog on a part's text with the sections
// already hidden ticked; save gets the headings ticked on Save. A part
// without sections says so instead.
func showSectionsDialog(e env, text string, hidden []string, save func(sections []string)) *sectionsDialog {
	d := &sectionsDialog{heads: sectionChoices(text)}
	if len(d.heads) == 0 {
		showInformation(e.tr.T("custom_hide_sections_title"), e.tr.T("custom_no_sections"), e.win)
		return d
	}
	o := course.Overlay{HiddenSections: hidden}
	rows := container.NewVBox()
	for _, h := range d.heads {
		c := widget.NewCheck(h.Plain(), nil)
		c.Checked = o.SectionHidden(h.Text)
		d.checks = append(d.checks, c)
		var row fyne.CanvasObject = c
		if h.Level == 3 {
			row = container.NewBorder(nil, nil, indent(), nil, c)
		}
		rows.Add(row)
	}
	dlg := dialog.NewCustomConfirm(e.tr.T("custom_hide_sections_title"), e.tr.T("custom_save"), e.tr.T("custom_cancel"),
		container.NewBorder(wrapped(e.tr.T("custom_hide_sections_help")), nil, nil, nil, container.NewVScroll(rows)),
		func(ok bool) {
			if ok {
				save(d.ticked())
			}
		}, e.win)
	dlg.Resize(fyne.NewSize(640, 520))
	showDialog(e.win, dlg, rows)
	return d
}

// ticked are the headings of the ticked sections.
func (d *sectionsDialog) ticked() []string {
	var out []string
	for i, c := range d.checks {
		if c.Checked {
			out = append(out, d.heads[i].Text)
		}
	}
	return out
}
