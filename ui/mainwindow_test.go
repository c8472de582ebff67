package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
)

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

func TestInterfaceLanguage(t *testing.T) {
	st := defaultState()
	st.UILang = "it"
	mw, _, prefs := newTestWindow(t, st)
	if got := mw.reader.tabs.label(2); got != "Cassetta degli attrezzi" {
		t.Errorf("Italian toolbox tab %q", got)
	}
	mw.SetUILang("es")
	if got := mw.reader.tabs.label(4); got != "Guía de facilitación" {
		t.Errorf("Spanish guide tab %q", got)
	}
	if prefs.Setting(prefUILang) != "es" || mw.State().Lang != "en" {
		t.Error("interface language changed the content language or was not saved")
	}
}

// The main window wires the screens and switches views; the screens do the
// work. It keeps to 40 methods, counting those of the env it embeds.
func TestMainWindowStaysSmall(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	methods := map[string][]string{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv == nil {
				continue
			}
			typ := fn.Recv.List[0].Type
			if star, ok := typ.(*ast.StarExpr); ok {
				typ = star.X
			}
			if id, ok := typ.(*ast.Ident); ok {
				methods[id.Name] = append(methods[id.Name], fn.Name.Name)
			}
		}
	}
	if n := len(methods["MainWindow"]) + len(methods["env"]); n > 40 || n < 10 {
		t.Errorf("MainWindow has %d methods (%d of its own, %d of env): %v", n,
			len(methods["MainWindow"]), len(methods["env"]), methods["MainWindow"])
	}
}

// The window on the real course: the twenty modules listed, the first one
// shown in the language asked, its toolbox tab named in the interface's.
// (The other tests use the small test library: laying out the real one is
// what made them slow.)
func TestRealCourseOpens(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	st := defaultState()
	st.Lang, st.UILang = "fr", "it"
	lib := realLib(t)
	mw := NewMainWindow(a, w, lib, NewMemPrefs(), nil, st)
	w.Resize(fyne.NewSize(1280, 800))
	if len(mw.list.shown) != len(course.Catalogue) {
		t.Errorf("%d modules listed", len(mw.list.shown))
	}
	if got, want := firstHeading(mw), firstLine(lib.Module(1).Text("fr", course.Theory)); got != want {
		t.Errorf("module 1 shows %q, want %q", got, want)
	}
	if got := mw.reader.tabs.label(2); got != "Cassetta degli attrezzi" {
		t.Errorf("the toolbox tab reads %q", got)
	}
}

// Quitting (Ctrl+Q, the window's close button) with work not saved asks
// once for all of it: the part being edited and the session's details.
// Keep editing (Escape) stays; Save and quit (Enter) saves both, then
// closes.
func TestQuitAsksAboutEverythingNotSaved(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("Atelier coopératives", "2026-12-07", 1, "fr", "")
	f := mw.sessions.Editor().details
	test.Type(f.notes, "Apporter le vidéoprojecteur")
	mw.ShowView(viewModules)
	ed := mw.EditPart()
	typeText(ed, "Brouillon ")
	closed := 0
	mw.RequestClose(func() { closed++ })
	ask := topText(mw.win)
	if closed != 0 {
		t.Fatal("the kit closed with work not saved")
	}
	for _, want := range []string{"Quitter sans enregistrer\u202f?", "Des modifications ne sont pas encore enregistrées",
		"• la partie Théorie du module 1", "• la session «\u00a0Atelier coopératives\u00a0»"} {
		if !strings.Contains(ask, want) {
			t.Errorf("the question lacks %q: %q", want, ask)
		}
	}
	// Asked again while it shows: still one question.
	mw.RequestClose(func() { closed++ })
	if n := len(mw.win.Canvas().Overlays().List()); n != 1 {
		t.Errorf("%d dialogs open", n)
	}
	mw.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if closed != 0 || mw.win.Canvas().Overlays().Top() != nil || mw.OpenEditor() != ed {
		t.Fatal("Escape did not leave the trainer editing")
	}
	mw.RequestClose(func() { closed++ })
	mw.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if closed != 1 {
		t.Fatalf("Enter (save and quit) closed %d times", closed)
	}
	if stored, _ := db.Session(s.ID); stored.Notes != "Apporter le vidéoprojecteur" {
		t.Errorf("the note stored is %q", stored.Notes)
	}
	ovs, _ := db.Overlays()
	if len(ovs) != 1 || !strings.Contains(ovs[0].Text, "Brouillon") {
		t.Errorf("the part stored: %+v", ovs)
	}
}

// Quit without saving closes and keeps nothing; with nothing to save the
// kit closes at once.
func TestQuitWithoutSaving(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("Atelier", "2026-12-07", 1, "fr", "")
	test.Type(mw.sessions.Editor().details.notes, "Clés USB")
	closed := 0
	mw.RequestClose(func() { closed++ })
	for _, b := range deepButtons(mw.win.Canvas().Overlays().Top()) {
		if b.Text == "Quitter sans enregistrer" && b.Importance != widget.DangerImportance {
			t.Error("quitting without saving is not marked as dangerous")
		}
	}
	tapInTopOverlay(t, mw.win, "Quitter sans enregistrer")
	if closed != 1 {
		t.Fatal("Quit without saving did not close")
	}
	if stored, _ := db.Session(s.ID); stored.Notes != "" {
		t.Errorf("quitting without saving stored %q", stored.Notes)
	}
	mw, _ = newSessionWindow(t)
	mw.RequestClose(func() { closed++ })
	if closed != 2 || mw.win.Canvas().Overlays().Top() != nil {
		t.Error("with nothing to save the kit asked before closing")
	}
}
