package ui

import (
	"fmt"
	"sort"

	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

// newModuleFilter lists "all", the five areas and the 21 competences used by
// the modules, for the module list's filter.
func newModuleFilter(tr *locales.Localizer, lib *course.Library, onFilter func(code string)) *widget.Select {
	opts := []string{tr.T("filter_all")}
	codes := []string{""}
	used := map[string]bool{}
	for _, m := range lib.Modules {
		for _, c := range m.DigComp {
			used[c] = true
		}
	}
	var list []string
	for c := range used {
		list = append(list, c)
	}
	sort.Strings(list)
	for a := 1; a <= 5; a++ {
		area := fmt.Sprint(a)
		opts = append(opts, tr.Tf("filter_area", map[string]any{"N": a, "Name": tr.T(areaKeys[a-1])}))
		codes = append(codes, "area:"+area)
		for _, c := range list {
			if course.DigCompArea(c) == area {
				opts = append(opts, "    "+c+" "+digCompName(tr, c))
				codes = append(codes, c)
			}
		}
	}
	sel := widget.NewSelect(opts, nil)
	sel.OnChanged = func(string) {
		if i := sel.SelectedIndex(); i >= 0 {
			onFilter(codes[i])
		}
	}
	sel.SetSelectedIndex(0)
	return sel
}

// areaKeys name the five DigComp areas.
var areaKeys = []string{"digcomp_area_1", "digcomp_area_2", "digcomp_area_3", "digcomp_area_4", "digcomp_area_5"}
