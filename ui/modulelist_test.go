package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
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

func TestModuleListFiltersAndKeepsItsLanguage(t *testing.T) {
	// The kit's theme: the test theme lacks the bold monospace face of the numbers.
	applyTheme(test.NewTempApp(t), defaultState())
	lib := testLib(t)
	var chosen []int
	ml := newModuleList(lib, "es", "Tu módulo", func(n int) { chosen = append(chosen, n) })
	test.NewTempWindow(t, ml.List)
	if row := rowText(ml, 1); !strings.Contains(row, "Proteger los datos personales") || !strings.Contains(row, "4.4") {
		t.Errorf("row 2 reads %q", row)
	}
	ml.setFilter("area:4")
	if len(ml.shown) != 1 || ml.shown[0].Number != 2 {
		t.Fatalf("area 4 shows %d modules", len(ml.shown))
	}
	ml.Select(0)
	if len(chosen) != 1 || chosen[0] != 2 {
		t.Errorf("selecting the row chose %v", chosen)
	}
	ml.setLang("fr")
	ml.reload() // the same filter after the library changed
	if len(ml.shown) != 1 || !strings.Contains(rowText(ml, 0), "Protéger les données personnelles") {
		t.Errorf("after reload: %d shown, %q", len(ml.shown), rowText(ml, 0))
	}
}
