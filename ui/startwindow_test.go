package ui

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/locales"
)

// fakeFolder is a data folder whose backups and failures a test chooses.
type fakeFolder struct {
	backups              []datafile.Backup
	restoreErr, freshErr error
	restored, fresh      int
}

func (f *fakeFolder) Dir() string                         { return "/home/anne/.config/trainerkit" }
func (f *fakeFolder) Backups() ([]datafile.Backup, error) { return f.backups, nil }
func (f *fakeFolder) RestoreLatest() (datafile.Backup, error) {
	f.restored++
	if f.restoreErr != nil {
		return datafile.Backup{}, f.restoreErr
	}
	return f.backups[0], nil
}
func (f *fakeFolder) StartFresh() error { f.fresh++; return f.freshErr }

// errCorruptOpen is Open's error on a damaged data file, moved aside.
var errCorruptOpen = fmt.Errorf("open: %w", &datafile.CorruptError{Path: "/d/trainerkit.db",
	Aside: "/d/trainerkit.db.corrupt-20261207-090000", Reason: "junk"})

// startWith opens the start window on openErr; open is what opening the data
// file again does (by default: a main window on the test library).
func startWith(t *testing.T, f *fakeFolder, openErr error, open func() (*MainWindow, error)) (*StartWindow, fyne.App, *[]error) {
	t.Helper()
	a := test.NewTempApp(t)
	if open == nil {
		open = func() (*MainWindow, error) {
			return NewMainWindow(a, a.NewWindow("main"), testLib(t), NewMemPrefs(), nil, defaultState()), nil
		}
	}
	var logged []error
	s := ShowStartWindow(a, locales.New("en"), f, openErr, StartActions{Open: open, Log: func(err error) { logged = append(logged, err) }})
	return s, a, &logged
}

// buttons lists the start window's button labels.
func buttons(w fyne.Window) []string {
	var out []string
	for _, b := range collect[*widget.Button](w.Content()) {
		out = append(out, b.Text)
	}
	return out
}

func TestStartWindowRestoresTheLatestBackup(t *testing.T) {
	// A backup made today at midnight: "today" at any hour the test runs
	// (an hour ago was yesterday when it ran just after midnight).
	now := time.Now()
	midnight := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	f := &fakeFolder{backups: []datafile.Backup{{Name: "trainerkit-20261207-080000.db", Time: midnight}}}
	s, a, _ := startWith(t, f, errCorruptOpen, nil)
	text := allText(s.win.Content())
	if !strings.Contains(text, "kept as /d/trainerkit.db.corrupt-20261207-090000") || !strings.Contains(text, "latest backup") {
		t.Errorf("the start window says:\n%s", text)
	}
	if got := strings.Join(buttons(s.win), "|"); !strings.HasPrefix(got, "Restore the latest backup (today at ") ||
		!strings.Contains(got, "Start with an empty file") || !strings.HasSuffix(got, "Quit") {
		t.Fatalf("buttons %q", got)
	}
	test.Tap(collect[*widget.Button](s.win.Content())[0])
	if f.restored != 1 {
		t.Fatal("the backup was not restored")
	}
	ws := a.Driver().AllWindows()
	for _, w := range ws {
		if w == s.win {
			t.Error("the start window is still open with the main window")
		}
	}
	main := ws[len(ws)-1]
	if !strings.Contains(topText(main), "restored from the backup made today at") {
		t.Errorf("the main window does not say where the data come from: %q", topText(main))
	}
}

func TestStartWindowWhenEveryBackupIsDamaged(t *testing.T) {
	f := &fakeFolder{backups: []datafile.Backup{{Name: "b.db", Time: time.Now()}},
		restoreErr: fmt.Errorf("restore: %w", datafile.ErrCorrupt)}
	s, _, logged := startWith(t, f, errCorruptOpen, nil)
	test.Tap(collect[*widget.Button](s.win.Content())[0])
	if got := strings.Join(buttons(s.win), "|"); got != "Start with an empty file|Quit" {
		t.Errorf("after every backup failed, the window offers %q", got)
	}
	if !strings.Contains(allText(s.win.Content()), "The backups are damaged too") || len(*logged) != 1 {
		t.Errorf("the failure is not said (%d logged):\n%s", len(*logged), allText(s.win.Content()))
	}
	test.Tap(collect[*widget.Button](s.win.Content())[0])
	if f.fresh != 1 {
		t.Error("starting with an empty file did nothing")
	}
}

func TestStartWindowOffersQuitOnlyWhenTheTrainerMustAct(t *testing.T) {
	f := &fakeFolder{}
	s, _, _ := startWith(t, f, fmt.Errorf("open: %w", datafile.ErrAlreadyOpen), nil)
	if got := strings.Join(buttons(s.win), "|"); got != "Quit" {
		t.Errorf("already open: %q", got)
	}
	// Starting fresh works but the file still does not open: the window
	// says why and stays.
	opens := 0
	s, _, logged := startWith(t, f, errCorruptOpen, func() (*MainWindow, error) {
		opens++
		return nil, errors.New("the disk vanished")
	})
	test.Tap(collect[*widget.Button](s.win.Content())[0]) // no backup: "Start with an empty file" comes first
	if opens != 1 || len(*logged) != 1 || !strings.Contains(allText(s.win.Content()), "Details: the disk vanished") {
		t.Errorf("%d opens, %d logged; the window says:\n%s", opens, len(*logged), allText(s.win.Content()))
	}
}

// A damaged file that awaits a decision: the window says since when, and
// offers the newest backup that verified in full, not merely the newest.
func TestStartWindowOffersTheNewestSoundBackup(t *testing.T) {
	now := time.Now()
	yesterday := now.AddDate(0, 0, -1)
	f := &fakeFolder{backups: []datafile.Backup{
		{Name: "trainerkit-new.db", Time: now.Add(-time.Minute), Problem: "page 4: bad checksum"},
		{Name: "trainerkit-old.db", Time: yesterday, Usable: true},
	}}
	found := time.Date(2026, 12, 7, 9, 0, 0, 0, time.Local)
	pending := fmt.Errorf("open: %w", &datafile.CorruptError{Path: "/d/trainerkit.db",
		Aside: "/d/trainerkit.db.corrupt-20261207-090000", Reason: "junk", Found: found, Pending: true})
	s, _, _ := startWith(t, f, pending, nil)
	text := allText(s.win.Content())
	if !strings.Contains(text, "could not be read on 7 Dec 2026") || !strings.Contains(text, "waiting for your decision") ||
		!strings.Contains(text, "/d/trainerkit.db.corrupt-20261207-090000") {
		t.Errorf("the start window says:\n%s", text)
	}
	want := "Restore the latest backup (yesterday at " + yesterday.Format("15:04") + ")"
	if got := buttons(s.win); len(got) == 0 || got[0] != want {
		t.Errorf("buttons %q, want first %q", got, want)
	}
}
