package ui

import (
	"errors"
	"fmt"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/locales"
)

// env is what every screen and dialog is built with, besides the store
// interfaces and callbacks it needs: the app (to open windows and links),
// the window it draws in and the interface language. It is also the error
// reporter: showError says what failed and why, in plain words.
type env struct {
	app fyne.App
	win fyne.Window
	tr  *locales.Localizer
	// busy counts the work running off the interface thread (runBusy);
	// nil counts nothing.
	busy *sync.WaitGroup
}

// showError shows what failed (the message key) and why (kit.ErrorText).
func (e env) showError(key string, err error) {
	showErrorDialog(e.explain(key, err), e.win)
}

// explain is the error a dialog shows: what failed, then why.
func (e env) explain(key string, err error) error {
	return fmt.Errorf("%s\n\n%s", e.tr.T(key), kit.ErrorText(e.tr, err))
}

// openFile opens a file or folder with the system's application for it
// (the package's openFile: each system's own call, openfile_*.go); a
// failure is told.
//
// The system's own words (xdg-open missing, an exit status) say nothing to
// a trainer: the dialog gives the file's place instead, to open it by hand.
func (e env) openFile(path string) {
	if err := openFile(path); err != nil {
		fyne.LogError("open "+path, err)
		msg := e.tr.T("error_open_file") + "\n\n" + e.tr.Tf("open_file_where", map[string]any{"Path": path})
		showErrorDialog(errors.New(msg), e.win)
	}
}

// menuUnder opens a pop-up menu under the object that asked for it.
func (e env) menuUnder(from fyne.CanvasObject, menu *fyne.Menu) {
	pos := e.app.Driver().AbsolutePositionForObject(from).Add(fyne.NewPos(0, from.Size().Height))
	widget.ShowPopUpMenuAtPosition(menu, e.win.Canvas(), pos)
}
