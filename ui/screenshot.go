//go:build !release

package ui

import (
	"fmt"
	"image"
	"io/fs"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/slides"
)

// ScreenshotOptions say what the screenshot shows.
type ScreenshotOptions struct {
	Module int
	Part   string
	Lang   string // content language
	UILang string // interface language
	Theme  string // ThemeLight or ThemeDark
	Size   fyne.Size
	// View "sessions" shows the sessions screen from Store, with Session
	// open on its Tab (details, agenda, participants, attendance).
	View    string
	Store   Store
	Session string
	Tab     string
	// Slide > 0 draws that slide of the part as the projector shows it.
	Slide int
	// Quiz draws slide Slide of the module's quiz on the projector instead.
	Quiz bool
	// Dialog opens one of the own-module or pack dialogs over the window
	// (ScreenshotDialogs); File is the pack "import-pack" previews.
	Dialog string
	File   string
	// Search opens the best result of that query in Module's Part, as a
	// tap on it does: its words highlighted there. Compare shows a second
	// language beside the first.
	Search  string
	Compare string
}

// ScreenshotDialogs are the dialogs and views a screenshot may open over
// the window (--dialog), in the order the help lists them.
var ScreenshotDialogs = []string{"new-module", "module-settings", "export-pack", "import-pack",
	"editor", "compare", "stale", "notes", "hide-sections", "reset", "keys", "error", "file-save", "print", "org-profile"}

// openForScreenshot opens a dialog as the trainer would see it: the pack
// export with everything ticked and participants included (their warning
// shows), the import on the pack at file, the customisation views on the
// part shown. Packs and customisations need a data file.
func openForScreenshot(mw *MainWindow, name, file string) {
	switch name {
	case "new-module":
		mw.own.showNew()
	case "module-settings":
		mw.own.showSettings(mw.current())
	case "export-pack", "import-pack":
		if mw.packs != nil {
			packsForScreenshot(mw.packs, name, file)
		}
	case "editor":
		mw.EditPart()
	case "compare":
		mw.custom.showCompareOriginal()
	case "stale":
		mw.custom.showStaleChanges()
	case "notes":
		mw.custom.showNotes()
	case "hide-sections":
		mw.custom.showHideSections()
	case "reset":
		mw.custom.confirmReset()
	case "keys":
		windowCommands{mw}.showKeys()
	case "error": // one of Fyne's dialogs, its title and button translated
		mw.showError("error_save_settings", &fs.PathError{Op: "write", Path: "trainerkit.db", Err: syscall.ENOSPC})
	case "file-save": // Fyne's file dialog, translated
		saveFile(mw.env, "module-01.pdf", []string{".pdf"}, "error_save_settings", nil, nil)
	case "print":
		// A nil Store is a nil OrgStore: no profile on the pages.
		if f := showPrintModule(mw.env, mw.lib, mw.store, mw.current(), mw.st.Lang, mw.st.Part); len(f.headings) > 1 {
			f.section.SetSelectedIndex(2) // a section chosen, as to print an activity's cards
		}
	case "org-profile":
		if mw.store != nil {
			showOrgProfile(mw.env, mw.store)
		}
	}
}

func packsForScreenshot(p *Packs, name, file string) {
	if name == "import-pack" {
		pi, err := p.Read(file)
		if err != nil {
			p.showReadError(err)
			return
		}
		p.showImportPreview(pi)
		return
	}
	_, f := p.showExport()
	if f == nil {
		return
	}
	for _, c := range append(append(f.overlays, f.modules...), f.sessions...) {
		c.check.SetChecked(true)
	}
	f.participants.SetChecked(true)
}

// Screenshot draws the main window with Fyne's software renderer (no
// display, no GL) and returns the image. It uses in-memory preferences, so
// it never touches the trainer's data file.
func Screenshot(lib *course.Library, o ScreenshotOptions) (image.Image, error) {
	if lib.Module(o.Module) == nil {
		return nil, fmt.Errorf("screenshot: no module %d in the content", o.Module)
	}
	// Fyne's test driver expects to be driven off the main goroutine, as a
	// test is; a command runs on main, so draw from a goroutine.
	done := make(chan image.Image)
	var err error
	go func() {
		a := test.NewApp()
		defer a.Quit()
		w := a.NewWindow("")
		st := State{Module: o.Module, Part: o.Part, Lang: o.Lang, UILang: o.UILang,
			Zoom: 1, Theme: o.Theme, Width: o.Size.Width, Height: o.Size.Height}
		mw := NewMainWindow(a, w, lib, NewMemPrefs(), o.Store, st)
		w.Resize(o.Size)
		if o.Slide > 0 {
			deck := slides.ModuleDeck(lib.Module(o.Module), o.Part, o.Lang)
			if o.Quiz {
				deck = slides.QuizDeck(lib.Module(o.Module), o.Lang, mw.tr)
			}
			p := newPresentation(mw.tr, deck, o.Theme == ThemeDark)
			p.fit.inline = true
			w.SetContent(p.stage)
			w.Resize(o.Size)
			p.Go(o.Slide - 1)
		}
		if o.Compare != "" { // chosen before the result opens, which scrolls to it
			mw.reader.compare.SetSelected(languageNames[o.Compare])
		}
		if o.Search != "" {
			err = openSearchHit(mw, o.Search, o.Module, o.Part)
		}
		if o.View == viewSessions && o.Store != nil {
			mw.purgeAsked = true // a screenshot shows the screen, not the prompt
			mw.ShowView(viewSessions)
			mw.sessions.openTab(o.Session, o.Tab)
		}
		if o.Dialog != "" {
			openForScreenshot(mw, o.Dialog, o.File)
		}
		settle(w)
		done <- w.Canvas().Capture()
	}()
	img := <-done
	return img, err
}

// openSearchHit searches query in the language shown and opens its best
// result in module's part.
func openSearchHit(mw *MainWindow, query string, module int, part string) error {
	v := mw.Search(query)
	for i, r := range v.Results() {
		if r.Module == module && r.Part == part {
			v.list.Select(i)
			return nil
		}
	}
	return fmt.Errorf("screenshot: « %s » finds nothing in part %s of module %d", query, part, module)
}

// settle lays the window out until wrapped text has found its height: a
// real window does this frame after frame, the software canvas only when
// asked.
func settle(w fyne.Window) {
	for i := 0; i < 3; i++ {
		c := w.Content()
		c.Resize(c.Size().Subtract(fyne.NewSize(1, 0)))
		c.Resize(c.Size().Add(fyne.NewSize(1, 0)))
		c.Refresh()
	}
}

// openTab selects a session in the list and one of its tabs.
func (v *SessionsView) openTab(id, tab string) {
	for i, it := range v.items {
		if it.ID == id || id == "" && i == 0 {
			v.list.Select(i)
		}
	}
	if v.editor == nil {
		return
	}
	for i, name := range []string{"details", "agenda", "participants", "attendance"} {
		if name == tab {
			v.editor.tabs.SelectIndex(i)
		}
	}
	if ev := v.editor.evaluation; ev != nil && (tab == "evaluation" || tab == "appreciation") {
		for _, it := range v.editor.tabs.Items {
			if it.Content == ev.Content() {
				v.editor.tabs.Select(it)
			}
		}
		if tab == "appreciation" {
			ev.tabs.SelectIndex(1)
		}
	}
}
