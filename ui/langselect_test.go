package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestLangSelect(t *testing.T) {
	test.NewTempApp(t)
	s := newLangSelect("it")
	if s.Selected != "Italiano" || s.Value() != "it" || len(s.Options) != 4 {
		t.Errorf("selected %q (%s) of %v", s.Selected, s.Value(), s.Options)
	}
	s.SetSelected("Español")
	if s.Value() != "es" {
		t.Errorf("Español is %q", s.Value())
	}
}
