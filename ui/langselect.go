package ui

import (
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
)

// langSelect is a select of the four content languages by their names.
type langSelect struct {
	*widget.Select
}

func newLangSelect(lang string) *langSelect {
	var names []string
	for _, l := range course.Languages {
		names = append(names, languageNames[l])
	}
	s := &langSelect{widget.NewSelect(names, nil)}
	s.SetSelected(languageNames[lang])
	return s
}

// Value is the language code chosen.
func (s *langSelect) Value() string {
	for l, n := range languageNames {
		if n == s.Selected {
			return l
		}
	}
	return "fr"
}
