package ui

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"

	"github.com/socialtech/trainerkit/course/pdf"
	"github.com/socialtech/trainerkit/locales"
	"github.com/socialtech/trainerkit/storage"
)

// PlainError is what a trainer reads about err, in tr's language, when err
// is one of the failures of the data file or of the disk that the kit knows
// (full disk, no permission, kit already open, damaged file); "" otherwise.
func PlainError(tr *locales.Localizer, err error) string {
	var corrupt *storage.CorruptError
	switch {
	case err == nil:
		return ""
	case isDiskFull(err):
		return tr.T("safety_disk_full")
	case errors.Is(err, storage.ErrNoPermission) || errors.Is(err, fs.ErrPermission):
		return tr.T("safety_no_permission")
	case errors.Is(err, storage.ErrAlreadyOpen):
		return tr.T("error_already_open")
	case errors.As(err, &corrupt):
		return CorruptMessage(tr, corrupt)
	case errors.Is(err, storage.ErrCorrupt):
		// VerifyFile's verdict on a backup: damaged, but nothing was moved.
		return tr.T("safety_backup_damaged")
	case errors.Is(err, storage.ErrNoBackup):
		return tr.T("safety_no_backup")
	case IsNewerFile(err):
		return tr.T("safety_newer")
	case errors.Is(err, pdf.ErrNothingToPrint):
		return tr.T("export_nothing_to_print")
	}
	return ""
}

// isDiskFull: storage marks the files it writes itself with ErrDiskFull;
// bbolt's own writes (saving a session) come back as the system's error.
func isDiskFull(err error) bool {
	return errors.Is(err, storage.ErrDiskFull) || errors.Is(err, syscall.ENOSPC)
}

// IsNewerFile reports whether err says the data file comes from a newer kit.
func IsNewerFile(err error) bool {
	return errors.Is(err, storage.ErrNewerFile)
}

// CorruptMessage says that the data file could not be read and where it is
// kept, so that the trainer knows nothing was deleted.
func CorruptMessage(tr *locales.Localizer, e *storage.CorruptError) string {
	if e.Aside == "" {
		return tr.Tf("safety_corrupt_in_place", map[string]any{"Path": e.Path})
	}
	return tr.Tf("safety_corrupt", map[string]any{"Aside": e.Aside})
}

// ErrorText is the plain message for err when there is one, otherwise the
// error itself behind a plain sentence: a trainer never reads a Go error
// alone.
func ErrorText(tr *locales.Localizer, err error) string {
	if msg := PlainError(tr, err); msg != "" {
		return msg
	}
	return tr.Tf("safety_details", map[string]any{"Error": err.Error()})
}

// explain is what the error dialogs show: what failed (the message key),
// then why.
func (mw *MainWindow) explain(key string, err error) error {
	return fmt.Errorf("%s\n\n%s", mw.tr.T(key), ErrorText(mw.tr, err))
}

// discardEmpty removes the empty file a save dialog created at path when
// writing it failed, so that a failure leaves no file behind. A file with
// content is never touched.
func discardEmpty(path string) {
	if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() && info.Size() == 0 {
		os.Remove(path)
	}
}
