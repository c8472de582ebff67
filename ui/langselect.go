package ui

import (
	"github.com/socialtech/trainerkit/course"
)

// langSelect is a select of the four content languages by their names; in
// a dialog, Escape and Enter on it cancel or confirm (a choice).
type langSelect struct {
	*choice
}

func newLangSelect(lang string) *langSelect {
	var names []string
	for _, l := range course.Languages {
		names = append(names, languageNames[l])
	}
	s := &langSelect{newChoice(names, nil)}
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
