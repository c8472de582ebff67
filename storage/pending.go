package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/socialtech/trainerkit/course/datafile"
)

// A damaged data file stays a decision until the trainer makes it. When
// the kit sets one aside (or finds one damaged while it is open), it writes
// PendingName in the data folder; until Restore, RestoreLatest or
// StartFresh, Open refuses with the same *CorruptError every time, instead
// of starting an empty file without a word, and no backup is taken.

// PendingName is the file that records a damaged data file awaiting the
// trainer's decision.
const PendingName = FileName + ".pending"

// ErrPending is datafile.ErrPending: a damaged data file awaits the
// trainer's decision; *CorruptError with Pending set wraps it, and so does
// a backup refused meanwhile.
var ErrPending = datafile.ErrPending

// pending is the contents of PendingName.
type pending struct {
	Path   string    `json:"path"`   // the data file
	Aside  string    `json:"aside"`  // where it is kept; "" while it is still in place
	Reason string    `json:"reason"` // what is wrong
	Found  time.Time `json:"found"`
}

func pendingPath(dir string) string { return filepath.Join(dir, PendingName) }

// readPending returns the decision awaited in dir, if any. A marker that
// cannot be read still means a decision is awaited.
func readPending(dir string) (*pending, bool) {
	b, err := os.ReadFile(pendingPath(dir))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false
	}
	p := &pending{Path: filepath.Join(dir, FileName)}
	if err != nil || json.Unmarshal(b, p) != nil {
		p.Reason = "the kit found it damaged (the note of what was wrong cannot be read)"
	}
	return p, true
}

// writePending records that the data file awaits a decision.
func writePending(dir string, p pending) error {
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	return datafile.WriteFile(pendingPath(dir), 0o600, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}

// clearPending records that the trainer decided.
func clearPending(dir string) error {
	if err := os.Remove(pendingPath(dir)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("clear the note of the damaged file: %w", datafile.Classify(err))
	}
	datafile.SyncDir(dir)
	return nil
}

// err is the *CorruptError Open returns while the decision is awaited.
func (p *pending) err() *CorruptError {
	return &CorruptError{Path: p.Path, Aside: p.Aside, Reason: p.Reason, Found: p.Found, Pending: true}
}

// Pending reports the damaged data file of dir that awaits the trainer's
// decision, if any: what Open would refuse with. Commands that do not open
// the data file call it to say so too.
func Pending(dir string) (*CorruptError, bool) {
	p, ok := readPending(dir)
	if !ok {
		return nil, false
	}
	return p.err(), true
}
