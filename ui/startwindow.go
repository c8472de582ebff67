package ui

import (
	"errors"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/locales"
)

// DataFolder is the data folder as the start window sees it when its data
// file did not open: its backups, and the two ways on from a damaged file.
// storage.Folder implements it.
type DataFolder interface {
	Dir() string
	Backups() ([]datafile.Backup, error)
	RestoreLatest() (datafile.Backup, error)
	StartFresh() error
}

// StartActions are what the start window asks of the app.
type StartActions struct {
	// Open opens the data file again and shows the main window on it.
	Open func() (*MainWindow, error)
	// Log records a failure (the app prints it for whoever looks after
	// the computer); nil records nothing.
	Log func(err error)
}

// StartWindow explains, in the system's language, why the data file did
// not open (kit.DecideStart) and offers what can be done: restore the
// latest backup, start with an empty file, or quit. It closes when the
// main window opens.
type StartWindow struct {
	env
	folder DataFolder
	act    StartActions
}

// SystemLocalizer speaks the system's language (English when it is not one
// of the four): the start window's, before any preference can be read.
func SystemLocalizer() *locales.Localizer { return locales.New(lang.SystemLocale().String()) }

// ShowStartWindow opens the start window in tr's language on openErr, the
// error of opening the data file. Closing it by hand quits the app.
func ShowStartWindow(a fyne.App, tr *locales.Localizer, folder DataFolder, openErr error, act StartActions) *StartWindow {
	useFyneLanguage(tr.Lang())
	w := a.NewWindow(tr.T("app_name"))
	s := &StartWindow{env: env{app: a, win: w, tr: tr}, folder: folder, act: act}
	// Closing it by hand quits; closing it to go on (w.Close) does not.
	w.SetCloseIntercept(a.Quit)
	s.offer(openErr, "")
	w.Resize(fyne.NewSize(640, 320))
	w.CenterOnScreen()
	w.Show()
	return s
}

// Window is the start window's window.
func (s *StartWindow) Window() fyne.Window { return s.win }

// offer fills the window: what happened (after lead, the outcome of the
// last attempt, if any) and one button per way on.
func (s *StartWindow) offer(openErr error, lead string) {
	tr := s.tr
	backups, _ := s.folder.Backups()
	o := kit.DecideStart(openErr, backups)
	text := o.Message(tr, openErr, s.folder.Dir())
	if lead != "" {
		text = lead + "\n\n" + text
	}
	buttons := container.NewVBox()
	if o.Latest != nil {
		when := BackupWhen(tr, o.Latest.Time, time.Now())
		b := widget.NewButtonWithIcon(tr.Tf("safety_restore_latest", map[string]any{"When": when}), theme.HistoryIcon(), func() { s.restoreLatest(o) })
		b.Importance = widget.HighImportance
		buttons.Add(b)
	}
	if o.Fresh {
		buttons.Add(widget.NewButtonWithIcon(tr.T("safety_start_fresh"), theme.DocumentCreateIcon(), s.startFresh))
	}
	buttons.Add(widget.NewButtonWithIcon(tr.T("safety_quit"), theme.LogoutIcon(), s.app.Quit))
	s.fill(text, buttons)
}

// fill shows text beside a warning sign, the buttons under it.
func (s *StartWindow) fill(text string, buttons *fyne.Container) {
	body := container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(theme.WarningIcon())), nil, wrapped(text))
	s.win.SetContent(container.NewPadded(container.NewBorder(nil, container.NewHBox(buttons), nil, nil, body)))
}

// restoreLatest puts the newest usable backup in place and goes on. When
// every backup is damaged too it says so and offers an empty file; other
// failures (permission, full disk) are explained as at start.
func (s *StartWindow) restoreLatest(o kit.StartOffer) {
	b, err := s.folder.RestoreLatest()
	switch {
	case errors.Is(err, datafile.ErrCorrupt):
		s.log(err)
		s.offerFresh(kit.CorruptMessage(s.tr, o.Corrupt) + "\n\n" + s.tr.T("safety_restore_latest_failed"))
	case err != nil:
		s.log(err)
		s.offer(err, s.tr.T("safety_restore_failed"))
	default:
		s.openAndGo(&b)
	}
}

// startFresh moves whatever is left aside and opens an empty data file.
func (s *StartWindow) startFresh() {
	if err := s.folder.StartFresh(); err != nil {
		s.log(err)
		s.offer(err, s.tr.T("safety_fresh_failed"))
		return
	}
	s.openAndGo(nil)
}

// offerFresh shows lead with only "start with an empty file" and "quit".
func (s *StartWindow) offerFresh(lead string) {
	fresh := widget.NewButtonWithIcon(s.tr.T("safety_start_fresh"), theme.DocumentCreateIcon(), s.startFresh)
	fresh.Importance = widget.HighImportance
	quit := widget.NewButtonWithIcon(s.tr.T("safety_quit"), theme.LogoutIcon(), s.app.Quit)
	s.fill(lead, container.NewVBox(fresh, quit))
}

// openAndGo opens the data file and replaces the start window with the main
// window; if it still does not open, the start window says why.
func (s *StartWindow) openAndGo(restored *datafile.Backup) {
	mw, err := s.act.Open()
	if err != nil {
		s.log(err)
		s.offer(err, "")
		return
	}
	// The main window is shown: closing this one no longer ends the app.
	s.win.Close()
	if restored != nil {
		mw.ShowRestoredAtStart(*restored)
	}
}

func (s *StartWindow) log(err error) {
	if s.act.Log != nil {
		s.act.Log(err)
	}
}

// ShowFatal shows an error that stops the kit from opening, in a window in
// the system's language (the trainer may never see a terminal); closing it
// quits the app.
func ShowFatal(a fyne.App, err error) {
	tr := SystemLocalizer()
	w := a.NewWindow(tr.T("app_name"))
	w.Resize(fyne.NewSize(520, 240))
	d := dialog.NewError(fmt.Errorf("%s\n\n%s", tr.T("error_open_data"), kit.ErrorText(tr, err)), w)
	d.SetOnClosed(a.Quit)
	w.SetOnClosed(a.Quit)
	showDialog(w, d, nil)
	w.Show()
}
