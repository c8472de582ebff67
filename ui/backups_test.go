package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/locales"
	"github.com/socialtech/trainerkit/storage"
)

func TestBackupsScreen(t *testing.T) {
	mw, db := newSessionWindow(t) // French interface, real data file
	var restored []string
	mw.OnRestore = func(name string) (string, error) {
		restored = append(restored, name)
		return db.Dir() + "/trainerkit.db.before-restore-x", nil
	}
	// Reached from the settings.
	mw.showSettings()
	tapInTopOverlay(t, mw.win, "Sauvegardes…")
	if !strings.Contains(topText(mw.win), "Pas encore de sauvegarde") {
		t.Error("an empty backups folder does not say so")
	}
	// Back up now adds an entry, listed at the top.
	tapInTopOverlay(t, mw.win, "Sauvegarder maintenant")
	list, err := db.Backups()
	if err != nil || len(list) != 1 {
		t.Fatalf("after Back up now: %d backups, %v", len(list), err)
	}
	text := topText(mw.win)
	if !strings.Contains(text, "Aujourd'hui, ") || !strings.Contains(text, "Sauvegarde faite aujourd'hui à") {
		t.Errorf("the new backup is not shown as today's:\n%s", text)
	}
	if !strings.Contains(text, storage.BackupDir(db.Dir())) {
		t.Error("the backups folder is not shown")
	}
	// Restore this backup asks first, then calls the app with its name.
	tapInTopOverlay(t, mw.win, "Restaurer cette sauvegarde")
	if len(restored) != 0 {
		t.Fatal("restored without asking")
	}
	tapInTopOverlay(t, mw.win, "Restaurer")
	if len(restored) != 1 || restored[0] != list[0].Name {
		t.Fatalf("OnRestore called with %q, want [%s]", restored, list[0].Name)
	}
	if !strings.Contains(topText(mw.win), "before-restore") {
		t.Error("where the replaced data are kept is not said")
	}
}

func TestBackupsListNewestFirst(t *testing.T) {
	mw, db := newSessionWindow(t)
	v := newBackupsView(mw.env, db, mw.OnRestore)
	for range 2 {
		if err := v.BackUpNow(); err != nil {
			t.Fatal(err)
		}
	}
	bs := v.Backups()
	if len(bs) != 2 || bs[0].Name == bs[1].Name || bs[0].Time.Before(bs[1].Time) {
		t.Fatalf("listed %v", v.Backups())
	}
	// Without OnRestore (no app to reopen the file) no restore is offered.
	for _, b := range deepButtons(v.Content()) {
		if b.Text == "Restaurer cette sauvegarde" {
			t.Fatal("restore offered without a way to restore")
		}
	}
}

// fullDisk is a system error wrapped as storage wraps it.
type fullDisk struct{}

func (fullDisk) Error() string { return "no space left on device" }

func TestBackupWhenAndSize(t *testing.T) {
	fr := locales.New("fr")
	now := time.Date(2026, 12, 7, 15, 0, 0, 0, time.Local)
	for _, c := range []struct {
		t    time.Time
		want string
	}{
		{time.Date(2026, 12, 7, 9, 5, 0, 0, time.Local), "aujourd'hui à 09:05"},
		{time.Date(2026, 12, 6, 23, 59, 0, 0, time.Local), "hier à 23:59"},
		{time.Date(2026, 11, 30, 10, 0, 0, 0, time.Local), "le 30/11/2026 à 10:00"},
	} {
		if got := BackupWhen(fr, c.t.UTC(), now); got != c.want {
			t.Errorf("BackupWhen(%v) = %q, want %q", c.t, got, c.want)
		}
	}
	if got := HumanSize(fr, 1_500_000); got != "1,5 Mo" {
		t.Errorf("fr 1.5 MB = %q", got)
	}
	if got := HumanSize(locales.New("en"), 32_768); got != "33 kB" {
		t.Errorf("en 32768 bytes = %q", got)
	}
}

func TestBackupFailedNotice(t *testing.T) {
	mw, _ := newSessionWindow(t)
	mw.ShowBackupFailed(fmt.Errorf("back up: %w", fmt.Errorf("%w (%w)", storage.ErrDiskFull, fullDisk{})))
	msg := topText(mw.win)
	if !strings.Contains(msg, "Le disque est plein") || !strings.Contains(msg, "Vos données ne risquent rien") {
		t.Errorf("the notice says:\n%s", msg)
	}
}

// markedBackups is a backups folder holding a sound backup, one with
// records that cannot be read and one that cannot be restored.
type markedBackups struct{ list []datafile.Backup }

func (m markedBackups) Dir() string                            { return "/data" }
func (m markedBackups) Backups() ([]datafile.Backup, error)    { return m.list, nil }
func (m markedBackups) CreateBackup() (datafile.Backup, error) { return datafile.Backup{}, nil }

func TestBackupsListMarksDamagedBackups(t *testing.T) {
	mw, _ := newSessionWindow(t)
	now := time.Now().UTC()
	store := markedBackups{list: []datafile.Backup{
		{Name: "trainerkit-3.db", Time: now, Size: 4000, Problem: "page 7: bad checksum", Usable: false},
		{Name: "trainerkit-2.db", Time: now.Add(-time.Hour), Size: 4000, Problem: "1 session record", Usable: true},
		{Name: "trainerkit-1.db", Time: now.Add(-2 * time.Hour), Size: 4000, Usable: true},
	}}
	v := newBackupsView(mw.env, store, func(string) (string, error) { return "", nil })
	text := allText(v.Content())
	for _, want := range []string{"endommagée\u00a0: ne peut pas être restaurée", "certains éléments ne peuvent pas être lus"} {
		if strings.Count(text, want) != 1 {
			t.Errorf("%q is not shown once:\n%s", want, text)
		}
	}
	// Only the two usable backups offer a restore.
	n := 0
	for _, b := range deepButtons(v.Content()) {
		if b.Text == "Restaurer cette sauvegarde" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d restore buttons, want 2 (not the unusable backup)", n)
	}
}
