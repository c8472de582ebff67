package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
)

func loadLib(t testing.TB) *course.Library {
	t.Helper()
	lib, err := course.Load(assets.Course())
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// newTestWindow opens the main window on the bundled content with
// in-memory preferences.
func newTestWindow(t *testing.T, st State) (*MainWindow, fyne.Window, *MemPrefs) {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	prefs := NewMemPrefs()
	mw := NewMainWindow(a, w, loadLib(t), prefs, nil, st)
	w.Resize(fyne.NewSize(1280, 800))
	return mw, w, prefs
}

func defaultState() State {
	return State{Module: 1, Part: course.Theory, Lang: "en", UILang: "en", Zoom: 1, Theme: ThemeLight}
}

// shownText gathers the text of the selected tab, as a reader sees it.
func shownText(mw *MainWindow) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.RichText:
			b.WriteString(o.String())
			b.WriteString("\n")
		case *widget.Label:
			b.WriteString(o.Text + "\n")
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		}
	}
	walk(mw.reader.scrolls[mw.reader.Part()].Content)
	return b.String()
}

func firstHeading(mw *MainWindow) string {
	return strings.SplitN(strings.TrimSpace(shownText(mw)), "\n", 2)[0]
}

func TestShowsModuleAndPart(t *testing.T) {
	mw, _, _ := newTestWindow(t, defaultState())
	m := mw.lib.Module(1)
	want := course.PlainText(course.ParseString(m.Text("en", course.Theory)).Blocks[0].Inlines)
	if got := firstHeading(mw); got != want {
		t.Errorf("theory heading %q, want %q", got, want)
	}
	if got := mw.reader.title.String(); got != m.TitleIn("en") {
		t.Errorf("header title %q", got)
	}
}

func TestSelectModuleInList(t *testing.T) {
	mw, _, prefs := newTestWindow(t, defaultState())
	before := shownText(mw)
	mw.list.Select(1) // the second row: module 2
	if mw.State().Module != 2 {
		t.Fatalf("module %d after selecting row 2", mw.State().Module)
	}
	if shownText(mw) == before {
		t.Error("text did not change with the module")
	}
	if mw.reader.title.String() != mw.lib.Module(2).TitleIn("en") {
		t.Errorf("header shows %q", mw.reader.title.String())
	}
	if prefs.Setting(prefModule) != "2" {
		t.Errorf("module not remembered: %q", prefs.Setting(prefModule))
	}
}

func TestSwitchPartWithTabsAndKeys(t *testing.T) {
	mw, w, prefs := newTestWindow(t, defaultState())
	theory := shownText(mw)
	mw.reader.tabs.SelectIndex(1) // the Case tab, as a click does
	if mw.State().Part != course.Case || prefs.Setting(prefPart) != course.Case {
		t.Fatalf("part %q after choosing the Case tab", mw.State().Part)
	}
	caseText := shownText(mw)
	if caseText == theory || !strings.Contains(caseText, firstLine(mw.lib.Module(1).Text("en", course.Case))) {
		t.Error("the Case tab does not show the case")
	}
	// Ctrl+5 shows the trainer's guide.
	w.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.Key5, Modifier: fyne.KeyModifierShortcutDefault})
	if mw.reader.Part() != course.Guide || mw.State().Part != course.Guide {
		t.Errorf("Ctrl+5 shows %q", mw.reader.Part())
	}
}

func firstLine(md string) string {
	return strings.TrimPrefix(strings.SplitN(md, "\n", 2)[0], "# ")
}

func TestSwitchContentLanguage(t *testing.T) {
	mw, w, prefs := newTestWindow(t, defaultState())
	en := firstHeading(mw)
	test.Tap(mw.toolbar.langButtons["fr"])
	if mw.State().Lang != "fr" || prefs.Setting(prefLang) != "fr" {
		t.Fatalf("lang %q after tapping FR", mw.State().Lang)
	}
	fr := firstHeading(mw)
	if fr == en || fr != firstLine(mw.lib.Module(1).Text("fr", course.Theory)) {
		t.Errorf("French heading %q (English was %q)", fr, en)
	}
	if mw.toolbar.langButtons["fr"].Importance != widget.HighImportance {
		t.Error("FR button not highlighted")
	}
	// Ctrl+L cycles fr → en → it.
	sc := &desktop.CustomShortcut{KeyName: fyne.KeyL, Modifier: fyne.KeyModifierShortcutDefault}
	w.Canvas().(fyne.Shortcutable).TypedShortcut(sc)
	w.Canvas().(fyne.Shortcutable).TypedShortcut(sc)
	if mw.State().Lang != "it" {
		t.Errorf("after two Ctrl+L: %q", mw.State().Lang)
	}
	if firstHeading(mw) != firstLine(mw.lib.Module(1).Text("it", course.Theory)) {
		t.Errorf("Italian heading %q", firstHeading(mw))
	}
}

func TestArrowKeysMoveBetweenModules(t *testing.T) {
	mw, w, _ := newTestWindow(t, defaultState())
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyDown})
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyDown})
	if mw.State().Module != 3 {
		t.Errorf("module %d after two Down", mw.State().Module)
	}
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyUp})
	if mw.State().Module != 2 {
		t.Errorf("module %d after Up", mw.State().Module)
	}
	mw.SelectModule(1)
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyUp})
	if mw.State().Module != 1 {
		t.Errorf("Up from the first module moved to %d", mw.State().Module)
	}
}

func TestZoomIsRememberedAndBounded(t *testing.T) {
	mw, w, prefs := newTestWindow(t, defaultState())
	plus := &desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault}
	w.Canvas().(fyne.Shortcutable).TypedShortcut(plus)
	if mw.State().Zoom != 1.1 || prefs.Setting(prefZoom) != "1.1" {
		t.Errorf("zoom %v / %q after Ctrl+=", mw.State().Zoom, prefs.Setting(prefZoom))
	}
	mw.SetZoom(9)
	if mw.State().Zoom != zoomMax {
		t.Errorf("zoom %v, want capped at %v", mw.State().Zoom, zoomMax)
	}
	if z := clampZoom(0.1); z != zoomMin {
		t.Errorf("clampZoom(0.1) = %v", z)
	}
}

func TestInterfaceLanguage(t *testing.T) {
	st := defaultState()
	st.UILang = "it"
	mw, _, prefs := newTestWindow(t, st)
	if got := mw.reader.tabs.Items[2].Text; got != "Cassetta degli attrezzi" {
		t.Errorf("Italian toolbox tab %q", got)
	}
	mw.SetUILang("es")
	if got := mw.reader.tabs.Items[4].Text; got != "Guía de facilitación" {
		t.Errorf("Spanish guide tab %q", got)
	}
	if prefs.Setting(prefUILang) != "es" || mw.State().Lang != "en" {
		t.Error("interface language changed the content language or was not saved")
	}
}

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
