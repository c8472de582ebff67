package ui

import (
	"testing"

	"github.com/socialtech/trainerkit/course"
)

func TestLoadStateDefaultsAndRestores(t *testing.T) {
	p := NewMemPrefs()
	st := LoadState(p)
	if st.Module != 1 || st.Part != course.Theory || st.Zoom != 1 || st.Width != DefaultSize.Width {
		t.Errorf("defaults %+v", st)
	}
	for k, v := range map[string]string{prefModule: "4", prefPart: "toolbox", prefLang: "es", prefUILang: "fr",
		prefZoom: "1.3", prefTheme: "dark", prefWidth: "1440", prefHeight: "900"} {
		p.SetSetting(k, v)
	}
	st = LoadState(p)
	want := State{Module: 4, Part: "toolbox", Lang: "es", UILang: "fr", Zoom: 1.3, Theme: "dark", Width: 1440, Height: 900}
	if st != want {
		t.Errorf("restored %+v, want %+v", st, want)
	}
	p.SetSetting(prefPart, "nonsense")
	p.SetSetting(prefZoom, "99")
	if st = LoadState(p); st.Part != course.Theory || st.Zoom != zoomMax {
		t.Errorf("invalid values not corrected: %+v", st)
	}
}
