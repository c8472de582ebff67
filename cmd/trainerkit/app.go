package main

import (
	"fmt"
	"maps"
	"os"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/locales"
	"github.com/socialtech/trainerkit/storage"
	"github.com/socialtech/trainerkit/ui"
)

// appID is the application identifier, as in FyneApp.toml.
const appID = "org.socialtech.trainerkit"

// presentRequest asks the app to open projector mode at start.
type presentRequest struct {
	module     int
	part, lang string
	session    string // a session's id: its agenda, block by block
}

// runAppWith opens the desktop app on the data folder dir ("" for the
// default), and projector mode on a part or the import
// preview of the pack at packPath when asked. When
// the data file cannot be opened, ui's start window explains why and offers
// what can be done (restore a backup, start with an empty file, quit); the
// main window is built once the data file is open, in the same fyne.App.
func runAppWith(dir string, present *presentRequest, packPath string) int {
	keepHeapSmall()
	a := app.NewWithID(appID)
	declareFyneDo(a)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	if dir == "" {
		d, err := storage.DefaultDir()
		if err != nil {
			return fatal(a, err)
		}
		dir = d
	}
	s := &starter{a: a, dir: dir, present: present, pack: packPath, tr: ui.SystemLocalizer()}
	db, err := storage.Open(dir)
	if err != nil {
		fmt.Fprintln(stderr, "trainerkit:", err)
		s.askAtStart(err)
	} else if err := s.start(db); err != nil {
		return fatal(a, err)
	}
	a.Run()
	if s.db != nil {
		s.db.Close()
	}
	return s.code
}

// The window's Go heap is kept small (docs/PERFORMANCE.md, issue 21): what
// is live while the trainer reads is 60 to 80 MB (the course, its search
// index, Fyne's fonts and the parts in view), but with Go's defaults the
// heap doubled between collections and kept the pages it had grown to.
const (
	// heapGrowth is how much the heap may grow, in percent of what was
	// live after a collection, before the next one (Go's default: 100).
	heapGrowth = 50
	// heapTarget is the soft limit of the Go memory the window holds: near
	// it, the collector runs sooner and gives free pages back at once. The
	// work that needs more (printing, imports) lifts it while it runs
	// (ui.roomToWork), so that the collector does not run all the time.
	// 120 MiB rather than 112: the window's peak over the 100 parts rose
	// from 286 to 294 MB, and the first visit of a part fell from 153 to
	// 142-146 ms (median), the collector running less often.
	heapTarget = 120 << 20
)

// keepHeapSmall sets the collector's pace and the soft limit, unless the
// GOGC and GOMEMLIMIT variables chose them.
func keepHeapSmall() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(heapGrowth)
	}
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(heapTarget)
	}
}

// declareFyneDo tells Fyne that the kit reaches the interface from other
// goroutines only through fyne.Do, as FyneApp.toml's [Migrations] says to
// Fyne's own build tool; a go build embeds none of that file. Fyne then
// skips the check it makes at each refresh of the goroutine calling: it
// reads a stack trace for it, 3 ms of each change of tab in the window's
// profile. It must come before the window's first refresh, when Fyne reads
// the migrations once for all.
func declareFyneDo(a fyne.App) {
	m := a.Metadata()
	m.Migrations = maps.Clone(m.Migrations)
	if m.Migrations == nil {
		m.Migrations = map[string]bool{}
	}
	m.Migrations["fyneDo"] = true
	app.SetMetadata(m)
}

// starter holds the app while it starts and, later, when a backup is
// restored: the data file open and the main window built on it.
type starter struct {
	a       fyne.App
	dir     string
	present *presentRequest
	pack    string             // a pack to show the import preview of
	tr      *locales.Localizer // the system's language, for the start window
	code    int                // exit code: 1 when the trainer quits without data

	db *storage.DB
	w  fyne.Window // the main window, once the data file is open
	mw *ui.MainWindow
}

// askAtStart opens ui's start window on the error of storage.Open; it
// opens the data file again once the trainer chose a way on.
func (s *starter) askAtStart(openErr error) *ui.StartWindow {
	s.code = 1
	return ui.ShowStartWindow(s.a, s.tr, storage.Folder(s.dir), openErr, ui.StartActions{
		Open: func() (*ui.MainWindow, error) {
			db, err := storage.Open(s.dir)
			if err == nil {
				err = s.start(db)
			}
			return s.mw, err
		},
		Log: func(err error) { fmt.Fprintln(stderr, "trainerkit:", err) },
	})
}

// start builds the main window on the open data file db (or rebuilds it,
// keeping the window, after a restore): daily backup, library, window.
func (s *starter) start(db *storage.DB) error {
	backupErr := autoBackup(db)
	lib, err := loadCustomised(db)
	if err != nil {
		db.Close()
		return err
	}
	clearUnknownCustomisations(db, lib)
	s.db, s.code = db, 0
	st := ui.LoadState(db)
	first := s.w == nil
	if first {
		s.w = s.a.NewWindow("Social Tech Trainer Kit")
		s.w.Resize(fyne.NewSize(st.Width, st.Height))
		// Closing the window asks first about work not saved, as Ctrl+Q
		// does (the main window asks its screens).
		s.w.SetCloseIntercept(func() { s.mw.RequestClose(s.w.Close) })
		s.w.SetMaster()
	}
	s.mw = ui.NewMainWindow(s.a, s.w, lib, db, db, st)
	s.mw.OnRestore = s.restore
	s.setMenu()
	s.w.Show()
	if backupErr != nil {
		s.mw.ShowBackupFailed(backupErr)
	}
	ui.ShowDamaged(s.mw, db)
	if first && s.present != nil && s.present.session != "" {
		t0 := time.Now()
		p, err := ui.PresentSession(s.mw, s.present.session)
		if err != nil {
			fmt.Fprintln(stderr, "trainerkit present:", err)
		} else if os.Getenv("TRAINERKIT_TRACE") != "" {
			// scripts/present-perf.sh reads this: the deck built, both
			// windows shown and the first slide drawn.
			fmt.Fprintf(stderr, "trace: the agenda's %d slides opened in %d ms\n", p.Count(), time.Since(t0).Milliseconds())
		}
	} else if first && s.present != nil {
		p := s.present
		if s.mw.PresentPart(p.module, p.part, p.lang) == nil {
			fmt.Fprintf(stderr, "trainerkit present: module %d has no %s part in %s\n", p.module, p.part, p.lang)
		}
	}
	if first && s.pack != "" {
		s.mw.OpenPack(s.pack)
	}
	return nil
}

// restore is MainWindow.OnRestore: it closes the data file, puts the backup
// name in its place, opens it again and rebuilds the window on it. When the
// backup could not be restored the data file is reopened as it was and the
// error returned; the window is rebuilt either way, since the old one held
// the closed file.
func (s *starter) restore(name string) (aside string, err error) {
	s.db.Close()
	s.db = nil
	aside, restoreErr := storage.Restore(s.dir, name)
	if restoreErr != nil {
		fmt.Fprintln(stderr, "trainerkit:", restoreErr)
	}
	db, err := storage.Open(s.dir)
	if err != nil {
		// Rare: the file restored (or kept) does not open. The start window
		// takes over, the main window waits hidden.
		fmt.Fprintln(stderr, "trainerkit:", err)
		s.w.Hide()
		s.askAtStart(err)
		return aside, err
	}
	if err := s.start(db); err != nil {
		return aside, err
	}
	return aside, restoreErr
}

// fatal shows an error that stops the kit from opening, in a window (ui)
// and on stderr.
func fatal(a fyne.App, err error) int {
	fmt.Fprintln(stderr, "trainerkit:", err)
	ui.ShowFatal(a, err)
	a.Run()
	return 1
}
