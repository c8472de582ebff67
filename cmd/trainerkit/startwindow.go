package main

import (
	"errors"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/storage"
	"github.com/socialtech/trainerkit/ui"
)

// askAtStart opens the start window on the error of storage.Open.
func (s *starter) askAtStart(openErr error) {
	s.code = 1
	w := s.a.NewWindow(s.tr.T("app_name"))
	// Closing it by hand quits; closing it to go on (w.Close) does not.
	w.SetCloseIntercept(s.a.Quit)
	s.offer(w, openErr, "")
	w.Resize(fyne.NewSize(640, 320))
	w.CenterOnScreen()
	w.Show()
}

// offer fills the start window: what happened (after lead, the outcome of
// the last attempt, if any) and one button per way on.
func (s *starter) offer(w fyne.Window, openErr error, lead string) {
	tr := s.tr
	backups, _ := storage.ListBackups(s.dir)
	o := kit.DecideStart(openErr, backups)
	text := o.Message(tr, openErr, s.dir)
	if lead != "" {
		text = lead + "\n\n" + text
	}
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	buttons := container.NewVBox()
	if o.Latest != nil {
		when := ui.BackupWhen(tr, o.Latest.Time, time.Now())
		b := widget.NewButtonWithIcon(tr.Tf("safety_restore_latest", map[string]any{"When": when}), theme.HistoryIcon(), func() { s.restoreLatest(w, o) })
		b.Importance = widget.HighImportance
		buttons.Add(b)
	}
	if o.Fresh {
		buttons.Add(widget.NewButtonWithIcon(tr.T("safety_start_fresh"), theme.DocumentCreateIcon(), func() { s.startFresh(w) }))
	}
	buttons.Add(widget.NewButtonWithIcon(tr.T("safety_quit"), theme.LogoutIcon(), s.a.Quit))
	icon := widget.NewIcon(theme.WarningIcon())
	body := container.NewBorder(nil, nil, container.NewVBox(icon), nil, msg)
	w.SetContent(container.NewPadded(container.NewBorder(nil, container.NewHBox(buttons), nil, nil, body)))
}

// restoreLatest puts the newest usable backup in place and goes on. When
// every backup is damaged too it says so and offers an empty file; other
// failures (permission, full disk) are explained as at start.
func (s *starter) restoreLatest(w fyne.Window, o kit.StartOffer) {
	b, _, err := storage.RestoreLatest(s.dir)
	switch {
	case errors.Is(err, storage.ErrCorrupt):
		fmt.Fprintln(stderr, "trainerkit:", err)
		s.offerFresh(w, kit.CorruptMessage(s.tr, o.Corrupt)+"\n\n"+s.tr.T("safety_restore_latest_failed"))
	case err != nil:
		fmt.Fprintln(stderr, "trainerkit:", err)
		s.offer(w, err, s.tr.T("safety_restore_failed"))
	default:
		s.openAndGo(w, &b)
	}
}

// startFresh moves whatever is left aside and opens an empty data file.
func (s *starter) startFresh(w fyne.Window) {
	if _, err := storage.StartFresh(s.dir); err != nil {
		fmt.Fprintln(stderr, "trainerkit:", err)
		s.offer(w, err, s.tr.T("safety_fresh_failed"))
		return
	}
	s.openAndGo(w, nil)
}

// offerFresh shows lead with only "start with an empty file" and "quit".
func (s *starter) offerFresh(w fyne.Window, lead string) {
	msg := widget.NewLabel(lead)
	msg.Wrapping = fyne.TextWrapWord
	fresh := widget.NewButtonWithIcon(s.tr.T("safety_start_fresh"), theme.DocumentCreateIcon(), func() { s.startFresh(w) })
	fresh.Importance = widget.HighImportance
	quit := widget.NewButtonWithIcon(s.tr.T("safety_quit"), theme.LogoutIcon(), s.a.Quit)
	body := container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(theme.WarningIcon())), nil, msg)
	w.SetContent(container.NewPadded(container.NewBorder(nil, container.NewHBox(container.NewVBox(fresh, quit)), nil, nil, body)))
}

// openAndGo opens the data file and replaces the start window with the main
// window; if it still does not open, the start window says why.
func (s *starter) openAndGo(w fyne.Window, restored *storage.Backup) {
	db, err := storage.Open(s.dir)
	if err == nil {
		err = s.start(db)
	}
	if err != nil {
		fmt.Fprintln(stderr, "trainerkit:", err)
		s.offer(w, err, "")
		return
	}
	// The main window is shown: closing this one no longer ends the app.
	w.Close()
	if restored != nil {
		s.mw.ShowRestoredAtStart(*restored)
	}
}
