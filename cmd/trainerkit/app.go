package main

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

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
}

// runApp opens the desktop app on the data folder dir ("" for the default).
func runApp(dir string) int { return runAppWith(dir, nil) }

// runAppWith opens the app, and projector mode on a part when asked.
func runAppWith(dir string, present *presentRequest) int {
	a := app.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	if dir == "" {
		d, err := storage.DefaultDir()
		if err != nil {
			return fatal(a, err)
		}
		dir = d
	}
	db, err := storage.Open(dir)
	if err != nil {
		return fatal(a, err)
	}
	defer db.Close()
	autoBackup(db)
	lib, err := loadCustomised(db)
	if err != nil {
		return fatal(a, err)
	}
	w := a.NewWindow("Social Tech Trainer Kit")
	st := ui.LoadState(db)
	mw := ui.NewMainWindow(a, w, lib, db, db, st)
	w.Resize(fyne.NewSize(st.Width, st.Height))
	w.SetCloseIntercept(func() {
		mw.SaveSize()
		w.Close()
	})
	w.SetMaster()
	if present != nil {
		w.Show()
		if mw.PresentPart(present.module, present.part, present.lang) == nil {
			fmt.Fprintf(stderr, "trainerkit present: module %d has no %s part in %s\n", present.module, present.part, present.lang)
		}
		a.Run()
		return 0
	}
	w.ShowAndRun()
	return 0
}

// fatal shows an error that stops the kit from opening, in a window in the
// system's language (the trainer may never see a terminal), and on stderr.
func fatal(a fyne.App, err error) int {
	fmt.Fprintln(stderr, "trainerkit:", err)
	tr := locales.New(lang.SystemLocale().String())
	msg := tr.T("error_open_data")
	if errors.Is(err, storage.ErrAlreadyOpen) {
		msg = tr.T("error_already_open")
	}
	w := a.NewWindow(tr.T("app_name"))
	w.Resize(fyne.NewSize(520, 240))
	d := dialog.NewError(fmt.Errorf("%s\n\n%v", msg, err), w)
	d.SetOnClosed(a.Quit)
	w.SetOnClosed(a.Quit)
	d.Show()
	w.ShowAndRun()
	return 1
}
