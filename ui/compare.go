package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

// compareContext is how many unchanged lines stay around each change when
// the unchanged stretches are folded.
const compareContext = 3

// compareLegend names the two sides: what "−" and "+" lines are.
type compareLegend struct{ removed, added string }

// newCompareView lists a line-by-line comparison: lines only in the first
// text in red with "−", lines only in the second in green with "+", common
// lines plain. Long unchanged stretches are folded until the trainer asks
// for every line. Text sizes come from the theme, so it follows the zoom.
func newCompareView(tr *locales.Localizer, lines []course.DiffLine, legend compareLegend) fyne.CanvasObject {
	removed, added := 0, 0
	for _, l := range lines {
		switch l.Op {
		case course.Removed:
			removed++
		case course.Added:
			added++
		}
	}
	summary := widget.NewLabel(tr.T("custom_compare_same"))
	if removed+added > 0 {
		summary.SetText(tr.Tf("custom_compare_counts", map[string]any{"Removed": removed, "Added": added}))
	}
	summary.TextStyle.Bold = true
	key := widget.NewRichText(
		&widget.TextSegment{Text: "−", Style: diffMarkStyle(theme.ColorNameError)},
		&widget.TextSegment{Text: "  " + legend.removed + "     ", Style: widget.RichTextStyleInline},
		&widget.TextSegment{Text: "+", Style: diffMarkStyle(theme.ColorNameSuccess)},
		&widget.TextSegment{Text: "  " + legend.added, Style: widget.RichTextStyleInline},
	)
	rows := container.New(&stackLayout{tight: true}, diffRows(tr, lines, false)...)
	body := container.NewVScroll(container.NewPadded(rows))
	all := widget.NewCheck(tr.T("custom_compare_all"), func(on bool) {
		rows.Objects = diffRows(tr, lines, on)
		rows.Refresh()
		body.Refresh()
	})
	head := container.NewVBox(summary, container.NewBorder(nil, nil, nil, all, key), widget.NewSeparator())
	return container.NewBorder(head, nil, nil, nil, body)
}

// diffRows makes a row per line; unless all, unchanged stretches longer
// than twice the context become one "… N unchanged lines" row.
func diffRows(tr *locales.Localizer, lines []course.DiffLine, all bool) []fyne.CanvasObject {
	keep := make([]bool, len(lines))
	for i, l := range lines {
		if all || l.Op != course.Same {
			for j := max(0, i-compareContext); j <= min(len(lines)-1, i+compareContext); j++ {
				keep[j] = true
			}
		}
	}
	var rows []fyne.CanvasObject
	for i := 0; i < len(lines); {
		if keep[i] {
			rows = append(rows, newDiffRow(lines[i]))
			i++
			continue
		}
		start := i
		for i < len(lines) && !keep[i] {
			i++
		}
		if i-start < 2 { // folding one line saves nothing
			rows = append(rows, newDiffRow(lines[start]))
			continue
		}
		fold := widget.NewLabel(tr.Tn("custom_compare_folded", i-start, nil))
		fold.TextStyle.Italic = true
		rows = append(rows, fold)
	}
	return rows
}

// diffMarkStyle draws − and + in monospace: the kit's text font has no
// minus sign (U+2212), Fyne's monospace font has, and every marker gets
// the same width.
func diffMarkStyle(c fyne.ThemeColorName) widget.RichTextStyle {
	return widget.RichTextStyle{Inline: true, ColorName: c, TextStyle: fyne.TextStyle{Bold: true, Monospace: true}}
}

// newDiffRow is one line: a tinted band, the marker and the wrapped text.
func newDiffRow(l course.DiffLine) fyne.CanvasObject {
	if l.Op == course.Same && l.Text == "" {
		gap := canvas.NewRectangle(color.Transparent)
		gap.SetMinSize(fyne.NewSize(1, theme.Padding()*2))
		return gap
	}
	mark, name := " ", theme.ColorNameForeground
	switch l.Op {
	case course.Removed:
		mark, name = "−", theme.ColorNameError
	case course.Added:
		mark, name = "+", theme.ColorNameSuccess
	}
	marker := widget.NewRichText(&widget.TextSegment{Text: mark, Style: diffMarkStyle(name)})
	// The text keeps the body colour, readable on the tint; the marker and
	// the band say what happened to the line.
	text := widget.NewRichText(&widget.TextSegment{Text: l.Text + " ", Style: widget.RichTextStyleInline})
	text.Wrapping = fyne.TextWrapWord
	row := container.NewBorder(nil, nil, marker, nil, text)
	if l.Op == course.Same {
		return row
	}
	return container.NewStack(canvas.NewRectangle(tint(theme.Color(name))), row)
}

// showCompare opens a comparison in a large dialog.
func showCompare(e env, title string, lines []course.DiffLine, legend compareLegend) dialog.Dialog {
	d := dialog.NewCustom(title, e.tr.T("custom_close"), newCompareView(e.tr, lines, legend), e.win)
	d.Resize(bigDialogSize(e.win))
	showDialog(e.win, d, nil)
	return d
}

// bigDialogSize is most of the window, for dialogs that show a whole part.
func bigDialogSize(w fyne.Window) fyne.Size {
	s := w.Canvas().Size()
	return fyne.NewSize(max(s.Width*0.85, 480), max(s.Height*0.85, 360))
}
