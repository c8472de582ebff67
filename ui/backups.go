package ui

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/locales"
)

// BackupStore is what the backups screen needs from the data file;
// storage.DB implements it.
type BackupStore interface {
	Dir() string
	Backups() ([]datafile.Backup, error)
	CreateBackup() (datafile.Backup, error)
}

// BackupsView lists the backups of the data file, takes one on demand and
// restores one (through restore, which the app provides as
// MainWindow.OnRestore: the data file must be closed for that).
type BackupsView struct {
	env
	store   BackupStore
	restore func(name string) (aside string, err error) // nil: no restore offered
	now     func() time.Time
	backups []datafile.Backup

	rows   *fyne.Container
	status *widget.Label
	root   fyne.CanvasObject
	dlg    dialog.Dialog
}

func newBackupsView(e env, store BackupStore, restore func(name string) (string, error)) *BackupsView {
	tr := e.tr
	v := &BackupsView{env: e, store: store, restore: restore, now: time.Now}
	intro := wrapped(tr.Tf("safety_backups_intro", map[string]any{"Keep": datafile.KeepBackups}))
	folder := widget.NewLabel(datafile.BackupDir(store.Dir()))
	folder.Selectable = true
	folder.Wrapping = fyne.TextWrapBreak
	openFolder := widget.NewButtonWithIcon(tr.T("safety_open_folder"), theme.FolderOpenIcon(), func() {
		e.openFile(datafile.BackupDir(store.Dir()))
	})
	now := widget.NewButtonWithIcon(tr.T("safety_backup_now"), theme.DocumentSaveIcon(), func() { _ = v.BackUpNow() })
	now.Importance = widget.HighImportance
	v.status = widget.NewLabel("")
	v.status.Wrapping = fyne.TextWrapWord
	v.rows = container.NewVBox()
	top := container.NewVBox(
		intro,
		wrapped(tr.T("safety_backups_folder")),
		container.NewBorder(nil, nil, nil, openFolder, folder),
		container.NewBorder(nil, nil, now, nil, v.status),
		widget.NewSeparator(),
	)
	v.root = container.NewBorder(top, nil, nil, nil, container.NewVScroll(v.rows))
	v.reload()
	return v
}

// Content is the screen's canvas object.
func (v *BackupsView) Content() fyne.CanvasObject { return v.root }

// Backups are the backups listed, newest first.
func (v *BackupsView) Backups() []datafile.Backup { return v.backups }

// reload lists the backups again, one row each: when, size, restore.
func (v *BackupsView) reload() {
	list, err := v.store.Backups()
	if err != nil {
		v.status.SetText(kit.ErrorText(v.tr, err))
	}
	v.backups = list
	v.rows.RemoveAll()
	if err == nil && len(list) == 0 {
		v.rows.Add(wrapped(v.tr.T("safety_backups_none")))
	}
	for _, b := range list {
		v.rows.Add(v.row(b))
	}
	v.rows.Refresh()
}

// row is one backup: when, size, and restore; a damaged backup is marked
// (kit.BackupMark) and one that cannot be restored offers no restore.
func (v *BackupsView) row(b datafile.Backup) fyne.CanvasObject {
	when := widget.NewLabelWithStyle(backupLabel(v.tr, b.Time, v.now()), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	size := widget.NewLabel(HumanSize(v.tr, b.Size))
	line := container.NewHBox(widget.NewIcon(theme.StorageIcon()), when, size)
	if mark := kit.BackupMark(v.tr, b); mark != "" {
		warn := widget.NewLabel(mark)
		warn.Importance = widget.WarningImportance
		if !b.Usable {
			warn.Importance = widget.DangerImportance
		}
		line.Add(widget.NewIcon(theme.WarningIcon()))
		line.Add(warn)
	}
	var restore fyne.CanvasObject
	if v.restore != nil && b.Usable {
		restore = widget.NewButtonWithIcon(v.tr.T("safety_restore_this"), theme.HistoryIcon(), func() { v.confirmRestore(b) })
	}
	return container.NewBorder(nil, nil, nil, restore, line)
}

// BackUpNow takes a backup and shows it at the top of the list.
func (v *BackupsView) BackUpNow() error {
	b, err := v.store.CreateBackup()
	if err != nil {
		v.reload()
		v.showError("safety_backup_now_failed", err)
		return err
	}
	v.reload()
	v.status.SetText(v.tr.Tf("safety_backup_made", map[string]any{"When": BackupWhen(v.tr, b.Time, v.now())}))
	return nil
}

// confirmRestore says what restoring does before doing it.
func (v *BackupsView) confirmRestore(b datafile.Backup) {
	when := BackupWhen(v.tr, b.Time, v.now())
	msg := v.tr.Tf("safety_restore_confirm", map[string]any{"When": when})
	d := dialog.NewConfirm(v.tr.T("safety_restore_title"), msg, func(ok bool) {
		if ok {
			v.restoreBackup(b)
		}
	}, v.win)
	d.SetConfirmText(v.tr.T("safety_restore"))
	d.SetDismissText(v.tr.T("dialog_cancel"))
	showDialog(v.win, d, nil)
}

// restore hands over to the app, which closes the data file, restores and
// rebuilds the window; the screen closes first since it belongs to the
// window being replaced.
func (v *BackupsView) restoreBackup(b datafile.Backup) {
	if v.dlg != nil {
		v.dlg.Hide()
	}
	tr, win := v.tr, v.win
	when := BackupWhen(tr, b.Time, v.now())
	aside, err := v.restore(b.Name)
	if err != nil {
		v.showError("safety_restore_failed", err)
		return
	}
	msg := tr.Tf("safety_restore_done", map[string]any{"When": when})
	if aside != "" {
		msg += "\n\n" + tr.Tf("safety_restore_kept", map[string]any{"Aside": aside})
	}
	showInformation(tr.T("safety_restore_done_title"), msg, win)
}

// showBackups opens the backups screen over the window.
func showBackups(e env, store BackupStore, restore func(name string) (string, error)) *BackupsView {
	v := newBackupsView(e, store, restore)
	v.dlg = dialog.NewCustom(e.tr.T("safety_backups_title"), e.tr.T("safety_close"), v.Content(), e.win)
	v.dlg.Resize(fyne.NewSize(680, 520))
	showDialog(e.win, v.dlg, nil)
	return v
}

// showBackupFailed tells the trainer, without stopping them, that the daily
// backup could not be made and why.
func showBackupFailed(e env, err error) {
	msg := e.tr.Tf("safety_backup_failed", map[string]any{"Reason": kit.ErrorText(e.tr, err)})
	showInformation(e.tr.T("safety_backup_failed_title"), msg, e.win)
}

// showRestoredAtStart says which backup the trainer's data now come from,
// after the damaged data file was replaced at start.
func showRestoredAtStart(e env, b datafile.Backup) {
	msg := e.tr.Tf("safety_restored_at_start", map[string]any{"When": BackupWhen(e.tr, b.Time, time.Now())})
	showInformation(e.tr.T("safety_restore_done_title"), msg, e.win)
}

// BackupWhen says when a backup was taken, in local time, as it reads in
// a sentence: "today at 14:32", "yesterday at 09:05", "on 7 Dec 2026 at
// 10:00".
func BackupWhen(tr *locales.Localizer, t, now time.Time) string {
	return whenText(tr, t, now, "safety_today_at", "safety_yesterday_at", "safety_date_at")
}

// backupLabel is the same for a row of the list: "Today, 14:32".
func backupLabel(tr *locales.Localizer, t, now time.Time) string {
	return whenText(tr, t, now, "safety_row_today", "safety_row_yesterday", "safety_row_date")
}

func whenText(tr *locales.Localizer, t, now time.Time, today, yesterday, other string) string {
	t, now = t.Local(), now.Local()
	data := map[string]any{"Time": t.Format("15:04"), "Date": formatDate(tr.Lang(), t)}
	day := func(x time.Time) time.Time { return time.Date(x.Year(), x.Month(), x.Day(), 12, 0, 0, 0, time.Local) }
	// Noon to noon: a change to or from summer time does not shift the day.
	switch day(now).Sub(day(t)).Round(24*time.Hour) / (24 * time.Hour) {
	case 0:
		return tr.Tf(today, data)
	case 1:
		return tr.Tf(yesterday, data)
	}
	return tr.Tf(other, data)
}

// HumanSize writes a file size in kB or MB, with the language's decimal
// separator.
func HumanSize(tr *locales.Localizer, n int64) string {
	if n < 1000*1000 {
		kb := (n + 999) / 1000
		return tr.Tf("safety_size_kb", map[string]any{"N": strconv.FormatInt(kb, 10)})
	}
	mb := strconv.FormatFloat(float64(n)/1e6, 'f', 1, 64)
	if tr.Lang() != "en" {
		mb = strings.Replace(mb, ".", ",", 1)
	}
	return tr.Tf("safety_size_mb", map[string]any{"N": mb})
}
