package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/storage"
)

// deepCollect finds the objects of type T under o, inside widgets too
// (dialogs are widgets whose content is in their renderer).
func deepCollect[T any](o fyne.CanvasObject) []T {
	var out []T
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if x, ok := o.(T); ok {
			out = append(out, x)
		}
		switch c := o.(type) {
		case *widget.Button, *widget.Label:
			return
		case *fyne.Container:
			for _, ch := range c.Objects {
				walk(ch)
			}
			return
		case *container.Scroll:
			walk(c.Content)
			return
		}
		if wid, ok := o.(fyne.Widget); ok {
			for _, ch := range test.WidgetRenderer(wid).Objects() {
				walk(ch)
			}
		}
	}
	walk(o)
	return out
}

func deepButtons(o fyne.CanvasObject) []*widget.Button { return deepCollect[*widget.Button](o) }

// deepLabels gathers the labels under o, inside widgets too, in a
// container allText can read.
func deepLabels(o fyne.CanvasObject) fyne.CanvasObject {
	c := container.NewVBox()
	for _, l := range deepCollect[*widget.Label](o) {
		c.Add(widget.NewLabel(l.Text))
	}
	return c
}

// confirmTopDialog taps the confirming button of the dialog on top (Fyne
// labels its Yes in the system's language, so it is found by importance).
func confirmTopDialog(t *testing.T, w fyne.Window) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog to confirm")
	}
	for _, b := range deepButtons(top) {
		if b.Importance == widget.HighImportance {
			test.Tap(b)
			return
		}
	}
	t.Fatal("the dialog on top has no confirming button")
}

// topText is the text of the labels of the dialog on top.
func topText(w fyne.Window) string {
	var b strings.Builder
	if top := w.Canvas().Overlays().Top(); top != nil {
		for _, l := range deepCollect[*widget.Label](top) {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}

// tapInTopOverlay taps the button labelled text in the dialog on top.
func tapInTopOverlay(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog open to tap %q in", text)
	}
	var seen []string
	for _, b := range deepButtons(top) {
		if b.Text == text {
			test.Tap(b)
			return
		}
		seen = append(seen, b.Text)
	}
	t.Fatalf("no button %q in the dialog on top; buttons: %q", text, seen)
}

// collect returns every object of type T in the tree under o.
func collect[T any](o fyne.CanvasObject) []T {
	var out []T
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if x, ok := o.(T); ok {
			out = append(out, x)
		}
		switch c := o.(type) {
		case *fyne.Container:
			for _, ch := range c.Objects {
				walk(ch)
			}
		case *container.Scroll:
			walk(c.Content)
		}
	}
	walk(o)
	return out
}

// allText joins the text of labels and rich texts under o.
func allText(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, l := range collect[*widget.Label](o) {
		b.WriteString(l.Text + "\n")
	}
	for _, r := range collect[*widget.RichText](o) {
		b.WriteString(r.String() + "\n")
	}
	for _, p := range collect[*wrapText](o) {
		b.WriteString(p.String() + "\n")
	}
	return b.String()
}

// buttonsWithIcon finds the buttons whose icon has that name.
func buttonsWithIcon(o fyne.CanvasObject, icon string) []*widget.Button {
	var out []*widget.Button
	for _, b := range collect[*widget.Button](o) {
		if b.Icon != nil && strings.Contains(b.Icon.Name(), icon) {
			out = append(out, b)
		}
	}
	return out
}

// buttonWithText finds the button with that label under o.
func buttonWithText(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	for _, b := range collect[*widget.Button](o) {
		if b.Text == text {
			return b
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

func hasLine(lines []course.DiffLine, op course.DiffOp, text string) bool {
	for _, l := range lines {
		if l.Op == op && l.Text == text {
			return true
		}
	}
	return false
}

// testLib is the small test library of ui/testdata/course: two short
// modules in four languages (module 1 with sections at three levels and a
// plan, module 2 with a toolbox too long for one slide). Tests that do not
// need the real course use it: laying out the twenty real modules is most
// of what the interface tests would otherwise spend their time on.
func testLib(t testing.TB) *course.Library {
	t.Helper()
	lib, err := course.Load(os.DirFS(filepath.Join("testdata", "course")))
	if err != nil || len(lib.Modules) != 2 {
		t.Fatalf("test library: %v", err)
	}
	return lib
}

// realLib is the bundled course.
func realLib(t testing.TB) *course.Library {
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
	mw := NewMainWindow(a, w, testLib(t), prefs, nil, st)
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
		case *wrapText:
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
	for _, o := range mw.reader.lists[mw.reader.Part()].Objects() {
		walk(o)
	}
	return b.String()
}

func firstHeading(mw *MainWindow) string {
	return strings.SplitN(strings.TrimSpace(shownText(mw)), "\n", 2)[0]
}

func firstLine(md string) string {
	return strings.TrimPrefix(strings.SplitN(md, "\n", 2)[0], "# ")
}

// newTestMainWindow opens the main window with a real data file in a
// temporary folder, in the state set changes.
func newTestMainWindow(t *testing.T, set func(st *State)) (*MainWindow, *storage.DB) {
	t.Helper()
	db, err := storage.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	st := defaultState()
	set(&st)
	mw := NewMainWindow(a, w, testLib(t), db, db, st)
	w.Resize(fyne.NewSize(1280, 800))
	return mw, db
}

// newSessionWindow opens the main window with a real data file and shows
// the sessions screen.
func newSessionWindow(t *testing.T) (*MainWindow, *storage.DB) {
	t.Helper()
	mw, db := newTestMainWindow(t, func(st *State) { st.UILang = "fr" })
	test.Tap(mw.toolbar.viewButtons[viewSessions])
	return mw, db
}

// newModulesWindow opens the main window on the modules screen with a real
// data file, in French.
func newModulesWindow(t *testing.T) (*MainWindow, *storage.DB) {
	t.Helper()
	return newTestMainWindow(t, func(st *State) { st.UILang, st.Lang = "fr", "fr" })
}

func frSpec(title string, langs ...string) course.OwnSpec {
	s := course.OwnSpec{Titles: map[string]string{}, Minutes: 120, DigComp: []string{"2.4"}}
	for _, l := range langs {
		s.Titles[l] = title
	}
	return s
}

// newCustomWindow opens the main window on module 1, theory, in English,
// with a real data file holding the given overlays.
func newCustomWindow(t *testing.T, ovs ...course.Overlay) (*MainWindow, *storage.DB) {
	t.Helper()
	db, err := storage.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, o := range ovs {
		if err := db.SaveOverlay(o); err != nil {
			t.Fatal(err)
		}
	}
	lib, err := db.Library(testLib(t))
	if err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	mw := NewMainWindow(a, w, lib, db, db, defaultState())
	w.Resize(fyne.NewSize(1280, 800))
	return mw, db
}

// storedOverlay is the overlay of module 1, English, in the data file.
func storedOverlay(t *testing.T, db *storage.DB, part string) *course.Overlay {
	t.Helper()
	ovs, err := db.Overlays()
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range ovs {
		if strings.HasPrefix(o.Module, "01-") && o.Lang == "en" && o.Part == part {
			return &o
		}
	}
	return nil
}

// newPackWindow opens a main window in French on its own data file, in
// the app a (two kits, one per trainer, in one test).
func newPackWindow(t *testing.T, a fyne.App) (*MainWindow, *storage.DB) {
	t.Helper()
	db, err := storage.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	st := defaultState()
	st.UILang, st.Lang = "fr", "fr"
	w := a.NewWindow("test")
	mw := NewMainWindow(a, w, testLib(t), db, db, st)
	w.Resize(fyne.NewSize(1280, 800))
	return mw, db
}

// customise stores an edited part and shows it, as the editor does.
func customise(t *testing.T, mw *MainWindow, db *storage.DB, module, text string) course.Overlay {
	t.Helper()
	m := mw.lib.ByKey(module)
	o := course.Overlay{Module: module, Lang: "fr", Part: course.Theory, Edited: true, Text: text,
		BaseHash: course.Hash(m.OriginalText("fr", course.Theory)), BaseText: m.OriginalText("fr", course.Theory)}
	if err := db.SaveOverlay(o); err != nil {
		t.Fatal(err)
	}
	mw.putModule(m.WithOverlay(o))
	return o
}

// mw1Key is the key of module 1.
func mw1Key(mw *MainWindow) string { return mw.lib.Module(1).Key() }
