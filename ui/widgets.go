package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
)

// Small widgets the screens share.

// boldLabel is a label in bold: table headers, section titles.
func boldLabel(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// wrapped is a label that wraps at word boundaries.
func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// link is a tappable text in the accent colour.
func link(text string, tapped func()) *widget.Hyperlink {
	h := widget.NewHyperlink(text, nil)
	h.OnTapped = tapped
	return h
}

// tint is a colour made faint enough to sit behind text, in light and dark
// themes alike.
func tint(c color.Color) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x26}
}

// banner puts content on a tinted band with a coloured bar on the left.
func banner(c fyne.ThemeColorName, content fyne.CanvasObject) fyne.CanvasObject {
	bg := canvas.NewRectangle(tint(theme.Color(c)))
	bg.CornerRadius = theme.InputRadiusSize()
	bar := canvas.NewRectangle(theme.Color(c))
	bar.SetMinSize(fyne.NewSize(4, 4))
	return container.NewStack(bg, container.NewBorder(nil, nil, bar, nil, container.NewPadded(content)))
}

// notesBox shows the trainer's notes above a part, marked as seen by the
// trainer only.
func notesBox(label, notes string) fyne.CanvasObject {
	return notesDocBox(label, course.ParseString(notes))
}

// notesDocBox is notesBox of notes already parsed (a search's hits marked).
func notesDocBox(label string, notes *course.Document) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true, Italic: true})
	title.Wrapping = fyne.TextWrapWord
	body := container.New(&stackLayout{}, title, NewDocView(notes))
	return banner(theme.ColorNamePrimary, body)
}

// warningBox is a message the trainer must not miss, in the warning colour.
func warningBox(text string) fyne.CanvasObject {
	l := wrapped(text)
	l.Importance = widget.WarningImportance
	l.TextStyle.Bold = true
	return container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, l)
}

// indent is the blank space before an indented row.
func indent() fyne.CanvasObject {
	s := canvas.NewRectangle(nil)
	s.SetMinSize(fyne.NewSize(24, 1))
	return s
}

// showIf shows or hides o.
func showIf(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}

// setEnabled enables or disables w.
func setEnabled(w fyne.Disableable, on bool) {
	if on {
		w.Enable()
	} else {
		w.Disable()
	}
}
