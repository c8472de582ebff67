package kit_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/pack"
	"github.com/socialtech/trainerkit/course/pdf"
	"github.com/socialtech/trainerkit/locales"
)

// fullDisk is a system error wrapped as storage wraps it.
type fullDisk struct{}

func (fullDisk) Error() string { return "no space left on device" }

func TestPlainErrors(t *testing.T) {
	en := locales.New("en")
	diskFull := fmt.Errorf("write /media/usb/out.pdf: %w", fmt.Errorf("%w (%w)", datafile.ErrDiskFull, fullDisk{}))
	if got := kit.PlainError(en, diskFull); got != en.T("safety_disk_full") || !strings.Contains(got, "disk is full") {
		t.Errorf("wrapped ErrDiskFull: %q", got)
	}
	// bbolt's own writes come back as the system's error.
	boltFull := &os.PathError{Op: "write", Path: "trainerkit.db", Err: syscall.ENOSPC}
	if got := kit.PlainError(en, boltFull); got != en.T("safety_disk_full") {
		t.Errorf("ENOSPC: %q", got)
	}
	readOnly := fmt.Errorf("write /srv/x.pdf: %w", &os.PathError{Op: "open", Path: "/srv", Err: os.ErrPermission})
	if got := kit.PlainError(en, readOnly); got != en.T("safety_no_permission") {
		t.Errorf("permission denied: %q", got)
	}
	if got := kit.PlainError(en, fmt.Errorf("open: %w", datafile.ErrAlreadyOpen)); got != en.T("error_already_open") {
		t.Errorf("already open: %q", got)
	}
	corrupt := &datafile.CorruptError{Path: "/d/trainerkit.db", Aside: "/d/trainerkit.db.corrupt-20260101-100000", Reason: "junk"}
	if got := kit.PlainError(en, fmt.Errorf("open: %w", corrupt)); !strings.Contains(got, "kept as /d/trainerkit.db.corrupt-20260101-100000") {
		t.Errorf("corrupt: %q", got)
	}
	inPlace := &datafile.CorruptError{Path: "/d/trainerkit.db", Reason: "junk", Err: os.ErrPermission}
	if got := kit.PlainError(en, inPlace); !strings.Contains(got, "left as it is, at /d/trainerkit.db") {
		t.Errorf("corrupt, left in place: %q", got)
	}
	for err, key := range map[error]string{
		fmt.Errorf("check: %w", datafile.ErrCorrupt):     "safety_backup_damaged",
		fmt.Errorf("restore: %w", datafile.ErrNoBackup):  "safety_no_backup",
		fmt.Errorf("open: %w", datafile.ErrNewerFile):    "safety_newer",
		fmt.Errorf("handout: %w", pdf.ErrNothingToPrint): "export_nothing_to_print",
	} {
		if got := kit.PlainError(en, err); got != en.T(key) {
			t.Errorf("%v: %q, want %s", err, got, key)
		}
	}
	// Anything else is shown behind a plain sentence, never alone.
	other := errors.New("bbolt: tx closed")
	if kit.PlainError(en, other) != "" || kit.ErrorText(en, other) != "Details: bbolt: tx closed" {
		t.Errorf("unknown error: %q", kit.ErrorText(en, other))
	}
	if kit.ProblemOf(nil) != kit.NoProblem || kit.ProblemOf(other) != kit.Unknown {
		t.Error("nil or an unknown error is taken for a known problem")
	}
}

func TestPackErrorKeys(t *testing.T) {
	for _, lang := range locales.Supported {
		tr := locales.New(lang)
		for _, e := range []error{pack.ErrNotPack, pack.ErrVersion, pack.ErrTooBig, pack.ErrUnsafePath, pack.ErrBroken} {
			key := kit.PackErrorKey(fmt.Errorf("read x.stkpack: %w", e))
			if key == "" || tr.T(key) == key {
				t.Errorf("%s: %v has no message", lang, e)
			}
		}
	}
	if kit.PackErrorKey(errors.New("disk on fire")) != "" {
		t.Error("a failure that is not the pack's has a pack message")
	}
}
