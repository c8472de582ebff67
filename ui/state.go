package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

// State is what the kit remembers between runs.
type State struct {
	Module int
	Part   string
	Lang   string // content language
	UILang string // interface language
	Zoom   float32
	Theme  string
	Width  float32
	Height float32
}

// DefaultSize is the window size on first start.
var DefaultSize = fyne.NewSize(1280, 800)

// LoadState reads the remembered state, with defaults for anything unset or
// invalid: module 1, theory, content and interface in the system's language
// (English when it is not one of the four).
func LoadState(p Prefs) State {
	sys := locales.Match(lang.SystemLocale().String())
	st := State{Module: 1, Part: course.Theory, Lang: sys, UILang: sys, Zoom: 1, Theme: ThemeSystem,
		Width: DefaultSize.Width, Height: DefaultSize.Height}
	if n, err := strconv.Atoi(p.Setting(prefModule)); err == nil && n > 0 {
		st.Module = n
	}
	if v := p.Setting(prefPart); course.ValidPart(v) {
		st.Part = v
	}
	if v := p.Setting(prefLang); course.ValidLanguage(v) {
		st.Lang = v
	}
	if v := p.Setting(prefUILang); v != "" {
		st.UILang = locales.Match(v)
	}
	if z, err := strconv.ParseFloat(p.Setting(prefZoom), 32); err == nil {
		st.Zoom = clampZoom(float32(z))
	}
	switch v := p.Setting(prefTheme); v {
	case ThemeLight, ThemeDark, ThemeSystem:
		st.Theme = v
	}
	w, errW := strconv.ParseFloat(p.Setting(prefWidth), 32)
	h, errH := strconv.ParseFloat(p.Setting(prefHeight), 32)
	if errW == nil && errH == nil && w >= 400 && h >= 300 {
		st.Width, st.Height = float32(w), float32(h)
	}
	return st
}
