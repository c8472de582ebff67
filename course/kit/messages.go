package kit

import (
	"errors"
	"io/fs"

	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/pack"
	"github.com/socialtech/trainerkit/course/pdf"
	"github.com/socialtech/trainerkit/locales"
)

// Problem is a failure of the data file or of the disk that the kit knows
// and can explain in plain words.
type Problem int

// The problems, from the most telling: a refused data file is reported as
// such even when moving it aside failed for lack of permission.
const (
	NoProblem      Problem = iota
	Corrupt                // the data file was refused (*datafile.CorruptError)
	AlreadyOpen            // another kit holds the data file
	DiskFull               // no space left, or the quota is used up
	NoPermission           // a read-only folder or file, or another user's
	BackupDamaged          // a backup that does not verify (datafile.ErrCorrupt alone)
	NoBackup               // no backup of that name
	NewerFile              // saved by a newer kit
	NothingToPrint         // every part asked for is hidden from handouts
	NobodyAttended         // certificates, and nobody attended a half-day
	Unknown                // anything else: shown with the error itself
)

// ProblemOf says which known problem err is.
func ProblemOf(err error) Problem {
	var corrupt *datafile.CorruptError
	switch {
	case err == nil:
		return NoProblem
	case errors.As(err, &corrupt):
		return Corrupt
	case errors.Is(err, datafile.ErrAlreadyOpen):
		return AlreadyOpen
	case datafile.IsDiskFull(err):
		return DiskFull
	case errors.Is(err, datafile.ErrNoPermission) || errors.Is(err, fs.ErrPermission):
		return NoPermission
	case errors.Is(err, datafile.ErrCorrupt):
		return BackupDamaged
	case errors.Is(err, datafile.ErrNoBackup):
		return NoBackup
	case errors.Is(err, datafile.ErrNewerFile):
		return NewerFile
	case errors.Is(err, ErrNobodyAttended):
		return NobodyAttended
	case errors.Is(err, pdf.ErrNothingToPrint):
		return NothingToPrint
	}
	return Unknown
}

// problemKeys are the messages of the problems that need no detail.
var problemKeys = map[Problem]string{
	AlreadyOpen:    "error_already_open",
	DiskFull:       "safety_disk_full",
	NoPermission:   "safety_no_permission",
	BackupDamaged:  "safety_backup_damaged",
	NoBackup:       "safety_no_backup",
	NewerFile:      "safety_newer",
	NothingToPrint: "export_nothing_to_print",
	NobodyAttended: "org_certificates_nobody",
}

// PlainError is what a trainer reads about err, in tr's language, when err
// is one of the problems the kit knows; "" otherwise.
func PlainError(tr *locales.Localizer, err error) string {
	p := ProblemOf(err)
	if p == Corrupt {
		var corrupt *datafile.CorruptError
		errors.As(err, &corrupt)
		return CorruptMessage(tr, corrupt)
	}
	if key, ok := problemKeys[p]; ok {
		return tr.T(key)
	}
	return ""
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

// CorruptMessage says that the data file could not be read and where it is
// kept, so that the trainer knows nothing was deleted.
// A file set aside that awaits the trainer's decision says so, and since
// when (a file missing or damaged while open has no copy aside: it is told
// where it is).
func CorruptMessage(tr *locales.Localizer, e *datafile.CorruptError) string {
	if e.Pending && e.Aside != "" {
		return PendingMessage(tr, e, false)
	}
	if e.Aside == "" {
		return tr.Tf("safety_corrupt_in_place", map[string]any{"Path": e.Path})
	}
	return tr.Tf("safety_corrupt", map[string]any{"Aside": e.Aside})
}

// PackErrorKey is the message key explaining why a pack was refused: the
// interface shows it in the trainer's language, the command line gives its
// own advice for the same key. "" for a failure that is not the pack's.
func PackErrorKey(err error) string {
	switch {
	case errors.Is(err, pack.ErrNotPack):
		return "packs_error_not_pack"
	case errors.Is(err, pack.ErrVersion):
		return "packs_error_version"
	case errors.Is(err, pack.ErrTooBig):
		return "packs_error_too_big"
	case errors.Is(err, pack.ErrUnsafePath):
		return "packs_error_unsafe"
	case errors.Is(err, pack.ErrBroken):
		return "packs_error_broken"
	case errors.Is(err, pack.ErrNoFreeNumber):
		return MsgNoFreeNumber
	}
	return ""
}
