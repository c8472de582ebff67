package ui

import (
	"strconv"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/search"
	"github.com/socialtech/trainerkit/course/slides"
	"github.com/socialtech/trainerkit/locales"
)

// MainWindow is the kit's main window. It builds the screens (toolbar,
// module list, reader, search results, sessions) and the parts that act on
// the library (customisations, own modules, packs), hands each the
// environment, store and callbacks it needs, and switches between the
// modules and the sessions views. The screens know nothing of it.
type MainWindow struct {
	env
	lib   *course.Library
	prefs Prefs
	store Store // nil without a data file (screenshots of modules): modules only
	st    State
	view  string // viewModules or viewSessions

	toolbar     *Toolbar
	list        *ModuleList
	filter      *widget.Select
	reader      *Reader
	search      *SearchView
	hitQuery    string          // the search whose result open opens next, highlighted there
	readerStack *fyne.Container // the reader, or the search results over it
	center      *fyne.Container // the modules view, or the sessions view over it
	sessions    *SessionsView   // nil without a data file
	marks       *Marks
	custom      *Customiser
	own         *OwnModules
	packs       *Packs        // nil when the store cannot do packs
	index       *searchIndex  // built off the interface thread at start
	searchSoon  debouncer     // the toolbar's search box waits for a pause
	purgeAsked  bool          // the retention prompt shows once per run
	closeAsk    dialog.Dialog // the question before quitting, while it shows

	// OnRestore, set by the app, puts the backup name in place of the data
	// file and rebuilds the window on it; it returns where the replaced data
	// were kept. Without it the backups screen offers no restore.
	OnRestore func(name string) (aside string, err error)
}

// The two views of the main window.
const (
	viewModules  = "modules"
	viewSessions = "sessions"
)

// NewMainWindow fills win with the kit's main screen in the remembered state.
// store may be nil: the sessions, customisations and packs are then not
// offered.
func NewMainWindow(a fyne.App, win fyne.Window, lib *course.Library, prefs Prefs, store Store, st State) *MainWindow {
	mw := &MainWindow{env: env{app: a, win: win, busy: new(sync.WaitGroup)}, lib: lib, prefs: prefs, store: store, st: st, view: viewModules}
	if lib.Module(mw.st.Module) == nil && len(lib.Modules) > 0 {
		mw.st.Module = lib.Modules[0].Number
	}
	applyTheme(mw.app, mw.st)
	shortenFyneCaches()
	mw.index = newSearchIndex(lib)
	mw.build()
	windowCommands{mw}.addShortcuts()
	windowCommands{mw}.addKeys()
	return mw
}

// build (re)creates every screen in the interface language; it runs again
// when the trainer changes that language.
func (mw *MainWindow) build() {
	mw.tr = locales.New(mw.st.UILang)
	useFyneLanguage(mw.tr.Lang())
	e := mw.env
	lang := func() string { return mw.st.Lang }
	mw.win.SetTitle(mw.tr.T("app_name"))
	mw.marks = loadMarks(mw.prefs)
	var custom CustomStore // a nil interface, not a nil Store, without a data file
	if mw.store != nil {
		custom = mw.store
	}
	mw.custom = &Customiser{env: e, lib: mw.lib, store: custom, put: mw.putModule,
		shown: func() (*course.Module, string, string) { return mw.current(), mw.st.Lang, mw.st.Part }}
	mw.own = &OwnModules{env: e, lib: mw.lib, store: custom, lang: lang, put: mw.putModule,
		removed: mw.removeModule, created: func(m *course.Module, lang string) {
			if mw.filter.SelectedIndex() > 0 {
				mw.filter.SetSelectedIndex(0) // a filter could hide the new module
			}
			mw.SetLang(lang)
			mw.SelectModule(m.Number)
		}}
	mw.packs = nil
	if ps, ok := mw.store.(packStore); ok {
		mw.packs = &Packs{env: e, lib: mw.lib, store: ps, lang: lang, imported: mw.reloadLibrary}
	}
	mw.toolbar = newToolbar(mw.tr, mw.st.Lang, toolbarActions{
		setLang:  mw.SetLang,
		zoomIn:   func() { mw.SetZoom(mw.st.Zoom + zoomStep) },
		zoomOut:  func() { mw.SetZoom(mw.st.Zoom - zoomStep) },
		settings: mw.showSettings,
		showView: mw.ShowView,
		// The query runs once the typing pauses, so that a key never
		// waits for the results of the one before.
		search: func(q string) { mw.searchSoon.run(func() { mw.showSearch(q) }) },
		marks: func(from fyne.CanvasObject) {
			showMarksMenu(e, mw.lib, mw.marks, from, func(r partRef) { mw.open(r.Module, r.Part, r.Lang) })
		},
		packs: func(from fyne.CanvasObject) {
			if mw.packs != nil {
				mw.packs.showMenu(from)
			}
		},
	}, mw.store != nil)
	mw.reader = newReader(mw.tr, readerActions{
		part:    mw.setPart,
		present: func() { mw.PresentPart(mw.st.Module, mw.st.Part, mw.st.Lang) },
		export: func() {
			if m := mw.current(); m != nil {
				showPrintModule(e, mw.lib, mw.store, m, mw.st.Lang, mw.st.Part)
			}
		},
		bookmark: mw.toggleBookmark,
		own:      func() { mw.own.showSettings(mw.current()) },
		edit:     func() { mw.EditPart() },
		menu:     mw.custom.showMenu,
		compare:  mw.custom.showCompareOriginal,
		reset:    mw.custom.confirmReset,
		seeStale: mw.custom.showStaleChanges,
		keepMine: func() { mw.custom.report(mw.custom.KeepMine(mw.st.Lang, mw.st.Part)) },
	}, mw.store != nil)
	mw.list = newModuleList(mw.lib, mw.st.Lang, mw.tr.T("own_badge"), mw.SelectModule)
	mw.filter = newModuleFilter(mw.tr, mw.lib, mw.list.setFilter)
	mw.search = newSearchView(e, mw.lib, searchActions{index: mw.searchIndex, lang: lang, close: mw.closeSearch,
		open: func(r search.Result) {
			mw.hitQuery = mw.search.query // highlighted in the part opened
			mw.open(r.Module, r.Part, r.Lang, r.Block)
		}})
	mw.search.Content().Hide()
	mw.readerStack = container.NewStack(mw.reader.Content(), mw.search.Content())
	left := container.NewBorder(container.NewPadded(mw.filter), mw.own.newModuleButton(), nil, nil, mw.list.List)
	split := container.NewHSplit(left, mw.readerStack)
	split.Offset = 0.27
	mw.center = container.NewStack(split)
	mw.sessions = nil
	if mw.store != nil {
		mw.sessions = newSessionsView(e, mw.store, mw.lib, sessionActions{lang: lang, present: func(d *slides.Deck) { mw.present(d) },
			firstShow: func() bool { first := !mw.purgeAsked; mw.purgeAsked = true; return first }})
		mw.center.Add(mw.sessions.Content())
	}
	mw.win.SetContent(container.NewBorder(container.NewThemeOverride(mw.toolbar.Content(), toolbarTheme{}), nil, nil, nil, mw.center))
	mw.list.selectNumber(mw.st.Module)
	mw.show()
	mw.ShowView(mw.view)
}

// ShowView switches between the modules and the sessions views.
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

// State returns what the window shows now.
func (mw *MainWindow) State() State { return mw.st }

// current is the module shown.
func (mw *MainWindow) current() *course.Module { return mw.lib.Module(mw.st.Module) }

// show displays the current module, part and language, and remembers the
// part among the recent ones.
func (mw *MainWindow) show() {
	m := mw.current()
	if m == nil {
		return
	}
	mw.reader.Show(m, mw.st.Part, mw.st.Lang)
	ref := partRef{mw.st.Module, mw.st.Part, mw.st.Lang}
	mw.marks.Visit(ref)
	mw.reader.setBookmarked(mw.marks.Bookmarked(ref))
}

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
			if j := i + delta; j >= 0 && j < len(shown) {
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

// open shows a part of a module in a language: a bookmark, a recent part,
// a search result (scrolled to the block of its section when one is given).
// A search result's query (hitQuery) is highlighted in the part.
func (mw *MainWindow) open(module int, part, lang string, block ...int) {
	query := mw.hitQuery
	mw.hitQuery = ""
	mw.closeSearch()
	mw.ShowView(viewModules)
	mw.SetLang(lang)
	mw.SelectModule(module)
	if part == search.ModuleInfo {
		part, block = course.Theory, nil
	}
	mw.SelectPart(part)
	mw.reader.setHit(part, query)
	if len(block) > 0 {
		mw.reader.scrollToBlock(part, block[0])
	}
}

// toggleBookmark stars or unstars the part shown.
func (mw *MainWindow) toggleBookmark() {
	on, err := mw.marks.Toggle(partRef{mw.st.Module, mw.st.Part, mw.st.Lang})
	if err != nil {
		mw.showError("error_save_settings", err)
	}
	mw.reader.setBookmarked(on)
}

// SetUILang changes the interface language and rebuilds the window.
func (mw *MainWindow) SetUILang(l string) {
	l = locales.Match(l)
	if l == mw.st.UILang {
		return
	}
	mw.st.UILang = l
	mw.save(prefUILang, l)
	// The open session stays open, on its tab, with what was typed kept.
	open, tab := "", 0
	if ed := openSessionEditor(mw); ed != nil {
		ed.SaveAll()
		open, tab = ed.Session().ID, ed.Tab()
	}
	mw.build()
	if open != "" && mw.sessions != nil {
		mw.sessions.OpenSession(open)
		mw.sessions.Editor().SelectTab(tab)
	}
}

// SetZoom sets the text zoom factor.
func (mw *MainWindow) SetZoom(z float32) {
	mw.st.Zoom = clampZoom(z)
	mw.save(prefZoom, strconv.FormatFloat(float64(mw.st.Zoom), 'f', 1, 32))
	applyTheme(mw.app, mw.st)
}

// SetTheme chooses light, dark or the system's theme.
func (mw *MainWindow) SetTheme(choice string) {
	mw.st.Theme = choice
	mw.save(prefTheme, choice)
	applyTheme(mw.app, mw.st)
}

// applyTheme sets the kit's theme with the chosen variant and zoom.
func applyTheme(a fyne.App, st State) {
	a.Settings().SetTheme(&kitTheme{choice: st.Theme, zoom: st.Zoom})
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

// showSettings opens the settings dialog (settings.go).
func (mw *MainWindow) showSettings() {
	act := settingsActions{setUILang: mw.SetUILang, setTheme: mw.SetTheme, setZoom: mw.SetZoom, prefs: mw.prefs}
	if mw.store != nil {
		act.retention = mw.store
		act.org = func() { showOrgProfile(mw.env, mw.store) }
	}
	if dt, ok := mw.store.(dayTimesStore); ok {
		act.dayTimes = dt
	}
	if bs, ok := mw.store.(BackupStore); ok {
		act.backups = func() { showBackups(mw.env, bs, mw.OnRestore) }
	}
	showSettings(mw.env, mw.st, act)
}

// ShowBackupFailed tells the trainer, without stopping them, that the daily
// backup could not be made and why.
func (mw *MainWindow) ShowBackupFailed(err error) { showBackupFailed(mw.env, err) }

// ShowRestoredAtStart says which backup the trainer's data now come from.
func (mw *MainWindow) ShowRestoredAtStart(b datafile.Backup) { showRestoredAtStart(mw.env, b) }

// PresentPart opens projector mode on a part of a module.
func (mw *MainWindow) PresentPart(module int, part, lang string) *Presentation {
	m := mw.lib.Module(module)
	if m == nil || m.Text(lang, part) == "" {
		return nil
	}
	return mw.present(partDeck(m, part, lang, mw.tr))
}

// partDeck is what Present shows of a part: the quiz as each question then
// its answer, any other part as its slides.
func partDeck(m *course.Module, part, lang string, tr *locales.Localizer) *slides.Deck {
	if part == course.QuizPart {
		return slides.QuizDeck(m, lang, tr)
	}
	return slides.ModuleDeck(m, part, lang)
}

// present opens projector mode on a deck. The projector follows the chosen
// theme; "system" means light, which carries best in a lit room.
func (mw *MainWindow) present(deck *slides.Deck) *Presentation {
	return Present(mw.app, mw.tr, deck, mw.st.Theme == ThemeDark, mw.prefs, nil)
}

// EditPart opens the editor on the part shown (Ctrl+E). Without a data
// file there is nowhere to save, so it does nothing.
func (mw *MainWindow) EditPart() *Editor {
	m := mw.current()
	if mw.store == nil || m == nil || mw.view != viewModules {
		return nil
	}
	if ed := mw.OpenEditor(); ed != nil {
		return ed
	}
	ed := newEditor(mw.env, m, mw.st.Lang, mw.st.Part, mw.custom.SaveText)
	ed.open()
	return ed
}

// OpenEditor returns the editor open in the window, or nil.
func (mw *MainWindow) OpenEditor() *Editor { return openEditor(mw.win) }

// putModule puts a new, customised or changed module into the library, the
// search index, the list and the reader.
func (mw *MainWindow) putModule(m *course.Module) {
	mw.lib.Replace(m)
	if ix := mw.index.ready(); ix != nil {
		ix.PutModule(m)
	}
	mw.modulesChanged()
}

// removeModule follows the deletion of an own module (already out of the
// library): out of the search index, and the module before it shown in
// its place.
func (mw *MainWindow) removeModule(m *course.Module) {
	if ix := mw.index.ready(); ix != nil {
		ix.RemoveModule(m.Number)
	}
	if mw.st.Module == m.Number {
		prev := 0
		for _, x := range mw.lib.Modules {
			if x.Number < m.Number {
				prev = x.Number
			}
		}
		if prev == 0 && len(mw.lib.Modules) > 0 {
			prev = mw.lib.Modules[0].Number
		}
		mw.st.Module = prev
		mw.save(prefModule, strconv.Itoa(prev))
	}
	mw.modulesChanged()
}

// reloadLibrary shows the library as the data file holds it after a pack
// import (storage reloaded it in place): the index, the list, the reader,
// the sessions.
func (mw *MainWindow) reloadLibrary() {
	if ix := mw.index.ready(); ix != nil {
		for _, m := range mw.lib.Modules {
			ix.PutModule(m)
		}
	}
	if mw.current() == nil && len(mw.lib.Modules) > 0 {
		mw.st.Module = mw.lib.Modules[0].Number
	}
	mw.modulesChanged()
	if mw.sessions != nil {
		mw.sessions.reload()
	}
}

// modulesChanged shows the library again after modules were added, changed
// or removed: the list, and the reader, whose parts may be stale.
func (mw *MainWindow) modulesChanged() {
	mw.list.reload()
	mw.list.selectNumber(mw.st.Module)
	mw.reader.invalidate()
	mw.show()
}

// searchIndex is the search index, waiting for its builder if need be.
func (mw *MainWindow) searchIndex() *search.Index { return mw.index.get() }

// Search runs a query as the search box does, without waiting for a pause
// in the typing (for tests and shortcuts).
func (mw *MainWindow) Search(q string) *SearchView {
	mw.toolbar.search.SetText(q)
	mw.searchSoon.cancel()
	mw.showSearch(q)
	return mw.search
}

// showSearch replaces the reader with the results of the query. It shows
// and hides without refreshing the reader: the hidden reader costs nothing.
func (mw *MainWindow) showSearch(q string) {
	if strings.TrimSpace(q) == "" {
		mw.closeSearch()
		return
	}
	if mw.view != viewModules {
		mw.ShowView(viewModules)
	}
	mw.search.Search(q)
	if !mw.search.Content().Visible() {
		mw.readerStack.Objects[0].Hide()
		mw.search.Content().Show()
		mw.win.Canvas().Refresh(mw.search.Content()) // Show alone does not repaint
	}
}

// closeSearch brings the reader back.
func (mw *MainWindow) closeSearch() {
	if mw.search == nil || !mw.search.Content().Visible() {
		return
	}
	mw.search.Content().Hide()
	mw.readerStack.Objects[0].Show()
	mw.win.Canvas().Refresh(mw.readerStack.Objects[0])
}

// unsavedWork is a screen that may hold work not saved yet: the main window
// asks each of its screens before the kit closes. The screens know nothing
// of the window; it holds them and asks.
type unsavedWork interface {
	// Unsaved says in a line what is not saved yet, "" when nothing is.
	Unsaved() string
	// SaveWork saves it and reports whether it could (the screen says why
	// not).
	SaveWork() bool
}

// RequestClose closes the kit (Ctrl+Q, the window's close button) with
// close, once nothing typed would be lost: when a screen holds work not
// saved, one question lists it all and offers to save it and quit (Enter),
// to quit without saving, or to go on (Escape).
func (mw *MainWindow) RequestClose(close func()) { windowCommands{mw}.close(close) }
