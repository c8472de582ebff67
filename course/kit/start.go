package kit

import (
	"errors"

	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/locales"
)

// StartOffer is what the start window says and offers after the data file
// failed to open.
type StartOffer struct {
	Problem Problem
	Corrupt *datafile.CorruptError // for Corrupt
	Latest  *datafile.Backup       // restoring is offered: the newest sound backup
	Fresh   bool                   // starting with an empty file is offered
}

// DecideStart chooses what to offer, given the error of opening the data
// file and the backups of the data folder (newest first). A damaged file
// can be replaced by the latest backup or by an empty file; every other
// problem needs the trainer (or whoever looks after the computer) to act
// first: quit only.
func DecideStart(openErr error, backups []datafile.Backup) StartOffer {
	o := StartOffer{Problem: ProblemOf(openErr)}
	switch o.Problem {
	case Corrupt:
		errors.As(openErr, &o.Corrupt)
		o.Fresh = true
		// The newest backup that verified in full: the one RestoreLatest
		// takes, not merely the newest.
		if b, ok := datafile.NewestSound(backups); ok {
			o.Latest = &b
		}
	case AlreadyOpen, DiskFull, NoPermission, NewerFile:
	default:
		o.Problem = Unknown
	}
	return o
}

// Message is the start window's text for the offer, in tr's language.
func (o StartOffer) Message(tr *locales.Localizer, openErr error, dir string) string {
	folder := tr.Tf("safety_data_folder", map[string]any{"Dir": dir})
	switch o.Problem {
	case Corrupt:
		next := tr.T("safety_start_choice_none")
		if o.Latest != nil {
			next = tr.T("safety_start_choice")
		}
		return CorruptMessage(tr, o.Corrupt) + "\n\n" + next
	case AlreadyOpen:
		return tr.T("error_already_open")
	case NewerFile:
		return tr.T("safety_newer") + "\n\n" + folder
	case NoPermission, DiskFull:
		return tr.T("error_open_data") + "\n\n" + PlainError(tr, openErr) + "\n\n" + folder
	}
	return tr.T("error_open_data") + "\n\n" + folder + "\n\n" + ErrorText(tr, openErr)
}
