package ui

import (
	"strings"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// rowText is the text of a module list row as drawn (labels and badges).
func rowText(ml *ModuleList, i int) string {
	row := newModuleRow()
	updateModuleRow(row, ml.shown[i], ml.lang, ml.ownLabel)
	var b strings.Builder
	for _, l := range collect[*widget.Label](row) {
		b.WriteString(l.Text + "|")
	}
	for _, c := range collect[*canvas.Text](row) {
		b.WriteString(c.Text + "|")
	}
	return b.String()
}
