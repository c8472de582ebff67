package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/search"
	"github.com/socialtech/trainerkit/course/slides"
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

// MainWindow is the kit's main window: toolbar, module list and reader.
type MainWindow struct {
	app   fyne.App
	win   fyne.Window
	lib   *course.Library
	prefs Prefs
	st    State
	tr    *locales.Localizer

	toolbar *Toolbar
	list    *ModuleList
	reader  *Reader

	// Sessions need the data file; without one (screenshots of modules)
	// the toolbar offers modules only.
	store    Store
	view     string // viewModules or viewSessions
	center   *fyne.Container
	sessions *SessionsView
	// purgeAsked: the retention prompt shows once per run.
	purgeAsked bool

	recent, bookmarks []partRef
	index             *search.Index // built on the first search
	searchView        *SearchView
	readerStack       *fyne.Container // the reader, or the search results over it
	filter            *widget.Select

	// OnRestore, set by the app, puts the backup name in place of the data
	// file and rebuilds the window on it; it returns where the replaced data
	// were kept. Without it the backups screen offers no restore.
	OnRestore func(name string) (aside string, err error)
}

// The two screens of the main window.
const (
	viewModules  = "modules"
	viewSessions = "sessions"
)

// NewMainWindow fills win with the kit's main screen in the remembered state.
// store may be nil: the sessions screen is then not offered.
func NewMainWindow(a fyne.App, win fyne.Window, lib *course.Library, prefs Prefs, store Store, st State) *MainWindow {
	mw := &MainWindow{app: a, win: win, lib: lib, prefs: prefs, store: store, st: st, view: viewModules}
	if lib.Module(mw.st.Module) == nil && len(lib.Modules) > 0 {
		mw.st.Module = lib.Modules[0].Number
	}
	mw.applyTheme()
	mw.build()
	mw.addShortcuts()
	return mw
}

// build (re)creates every widget in the interface language; it runs again
// when the trainer changes that language.
func (mw *MainWindow) build() {
	mw.tr = locales.New(mw.st.UILang)
	mw.recent = decodeRefs(mw.prefs.Setting(prefRecent))
	mw.bookmarks = decodeRefs(mw.prefs.Setting(prefBookmarks))
	mw.win.SetTitle(mw.tr.T("app_name"))
	mw.toolbar = newToolbar(mw.tr, mw.st.Lang, toolbarActions{
		setLang:  mw.SetLang,
		zoomIn:   func() { mw.SetZoom(mw.st.Zoom + zoomStep) },
		zoomOut:  func() { mw.SetZoom(mw.st.Zoom - zoomStep) },
		settings: mw.showSettings,
		showView: mw.ShowView,
		search:   mw.showSearch,
		marks:    mw.showMarksMenu,
		packs:    mw.showPacksMenu,
	}, mw.store != nil)
	mw.reader = newReader(mw.tr, mw.setPart)
	mw.reader.present.OnTapped = func() { mw.PresentPart(mw.st.Module, mw.st.Part, mw.st.Lang) }
	mw.reader.export.OnTapped = mw.showExportModule
	mw.reader.bookmark.OnTapped = mw.toggleBookmark
	mw.reader.ownSettings.OnTapped = func() { mw.showOwnModuleSettings() }
	mw.reader.compare.OnChanged = func(string) { mw.reader.setCompare(mw.reader.compareLang()) }
	mw.wireCustomise() // edit, notes, handouts: ui/customise.go
	mw.list = newModuleList(mw.lib, mw.st.Lang, mw.tr.T("own_badge"), mw.SelectModule)
	mw.filter = mw.digCompFilter()
	mw.searchView = newSearchView(mw)
	mw.searchView.Content().Hide()
	mw.readerStack = container.NewStack(mw.reader.Content(), mw.searchView.Content())
	left := container.NewBorder(container.NewPadded(mw.filter), mw.newModuleButton(), nil, nil, mw.list.List)
	split := container.NewHSplit(left, mw.readerStack)
	split.Offset = 0.27
	mw.center = container.NewStack(split)
	mw.sessions = nil
	if mw.store != nil {
		mw.sessions = newSessionsView(mw)
		mw.center.Add(mw.sessions.Content())
	}
	mw.win.SetContent(container.NewBorder(mw.toolbar.Content(), nil, nil, nil, mw.center))
	mw.list.selectNumber(mw.st.Module)
	mw.show()
	mw.ShowView(mw.view)
}

// ShowView switches between the modules and the sessions screens.
func (mw *MainWindow) ShowView(v string) {
	if v == viewSessions && mw.sessions == nil {
		v = viewModules
	}
	mw.view = v
	mw.center.Objects[0].Hide()
	if mw.sessions != nil {
		mw.sessions.Content().Hide()
	}
	if v == viewSessions {
		mw.sessions.Content().Show()
		mw.sessions.reload()
	} else {
		mw.center.Objects[0].Show()
	}
	mw.toolbar.setView(v)
	mw.center.Refresh()
}

// PresentPart opens projector mode on a part of a module.
func (mw *MainWindow) PresentPart(module int, part, lang string) *Presentation {
	m := mw.lib.Module(module)
	if m == nil || m.Text(lang, part) == "" {
		return nil
	}
	return Present(mw.app, mw.tr, slides.PartDeck(m, part, lang), mw.projectorDark(), nil)
}

// projectorDark: the projector follows the chosen theme; "system" means
// light, which carries best in a lit room.
func (mw *MainWindow) projectorDark() bool { return mw.st.Theme == ThemeDark }

// Sessions gives tests access to the sessions screen.
func (mw *MainWindow) Sessions() *SessionsView { return mw.sessions }

// show displays the current module, part and language.
func (mw *MainWindow) show() {
	m := mw.lib.Module(mw.st.Module)
	if m == nil {
		return
	}
	mw.reader.Show(m, mw.st.Part, mw.st.Lang)
	mw.remember()
}

// State returns what the window shows now.
func (mw *MainWindow) State() State { return mw.st }

// Reader gives tests access to the reading pane.
func (mw *MainWindow) Reader() *Reader { return mw.reader }

// SelectModule shows module n.
func (mw *MainWindow) SelectModule(n int) {
	if mw.lib.Module(n) == nil {
		return
	}
	if n != mw.st.Module {
		mw.st.Module = n
		mw.save(prefModule, strconv.Itoa(n))
		mw.show()
	}
	mw.list.selectNumber(n)
}

// MoveModule selects the module delta places away in the list.
func (mw *MainWindow) MoveModule(delta int) {
	shown := mw.list.shown
	for i, m := range shown {
		if m.Number == mw.st.Module {
			j := i + delta
			if j >= 0 && j < len(shown) {
				mw.SelectModule(shown[j].Number)
			}
			return
		}
	}
	if len(shown) > 0 {
		mw.SelectModule(shown[0].Number)
	}
}

// SelectPart shows a part of the current module.
func (mw *MainWindow) SelectPart(part string) {
	if !course.ValidPart(part) {
		return
	}
	mw.setPart(part)
	mw.show()
}

// remember adds the part shown to the recently opened ones and updates the
// bookmark star.
func (mw *MainWindow) remember() {
	ref := partRef{mw.st.Module, mw.st.Part, mw.st.Lang}
	mw.recent = append([]partRef{ref}, removeRef(mw.recent, ref)...)
	if len(mw.recent) > 10 {
		mw.recent = mw.recent[:10]
	}
	_ = mw.prefs.SetSetting(prefRecent, encodeRefs(mw.recent))
	mw.reader.setBookmarked(containsRef(mw.bookmarks, ref))
}

// setPart records the part the trainer chose in the tabs.
func (mw *MainWindow) setPart(part string) {
	if part != mw.st.Part {
		mw.st.Part = part
		mw.save(prefPart, part)
	}
}

// SetLang changes the content language.
func (mw *MainWindow) SetLang(l string) {
	if !course.ValidLanguage(l) || l == mw.st.Lang {
		return
	}
	mw.st.Lang = l
	mw.save(prefLang, l)
	mw.toolbar.setLang(l)
	mw.list.setLang(l)
	mw.show()
}

// CycleLang moves to the next content language (Ctrl+L).
func (mw *MainWindow) CycleLang() {
	for i, l := range course.Languages {
		if l == mw.st.Lang {
			mw.SetLang(course.Languages[(i+1)%len(course.Languages)])
			return
		}
	}
}

// SetUILang changes the interface language and rebuilds the window.
func (mw *MainWindow) SetUILang(l string) {
	l = locales.Match(l)
	if l == mw.st.UILang {
		return
	}
	mw.st.UILang = l
	mw.save(prefUILang, l)
	mw.build()
}

// SetZoom sets the text zoom factor.
func (mw *MainWindow) SetZoom(z float32) {
	mw.st.Zoom = clampZoom(z)
	mw.save(prefZoom, strconv.FormatFloat(float64(mw.st.Zoom), 'f', 1, 32))
	mw.applyTheme()
}

// SetTheme chooses light, dark or the system's theme.
func (mw *MainWindow) SetTheme(choice string) {
	mw.st.Theme = choice
	mw.save(prefTheme, choice)
	mw.applyTheme()
}

func (mw *MainWindow) applyTheme() {
	mw.app.Settings().SetTheme(&kitTheme{choice: mw.st.Theme, zoom: mw.st.Zoom})
}

// SaveSize remembers the window size; called when the window closes.
func (mw *MainWindow) SaveSize() {
	s := mw.win.Canvas().Size()
	mw.save(prefWidth, strconv.FormatFloat(float64(s.Width), 'f', 0, 32))
	mw.save(prefHeight, strconv.FormatFloat(float64(s.Height), 'f', 0, 32))
}

// save stores a preference; a failure is shown, never silently dropped.
func (mw *MainWindow) save(key, value string) {
	if err := mw.prefs.SetSetting(key, value); err != nil {
		mw.showError("error_save_settings", err)
	}
}
