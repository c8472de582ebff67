package kit_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/pack"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
)

// Every message of the safety cases, in the four languages: none is left
// as its ID (a missing translation) or with a field unfilled.
func TestSafetyMessagesInEveryLanguage(t *testing.T) {
	pending := &datafile.CorruptError{Path: "/d/trainerkit.db", Aside: "/d/trainerkit.db.corrupt-1",
		Found: time.Date(2026, 12, 7, 9, 0, 0, 0, time.Local), Pending: true}
	damaged := []datafile.DamagedRecord{{Kind: datafile.RecordSession}, {Kind: datafile.RecordAttendance},
		{Kind: datafile.RecordAttendance}, {Kind: datafile.RecordHeader}, {Kind: datafile.RecordTemplate}, {Kind: datafile.RecordOwnModule}}
	notErased := fmt.Errorf("forget: %w (%w)", datafile.ErrNotErased, errors.New("backups/x.db: input/output error"))
	for _, lang := range []string{"fr", "en", "it", "es"} {
		tr := locales.New(lang)
		texts := map[string]string{
			"pending":     kit.PendingMessage(tr, pending, false),
			"pending cli": kit.PendingMessage(tr, pending, true),
			"corrupt":     kit.CorruptMessage(tr, pending),
			"damaged":     kit.DamagedText(tr, damaged),
			"repaired":    kit.RepairedText(tr, 3, "/d/trainerkit.db.before-repair-1"),
			"unusable":    kit.BackupMark(tr, datafile.Backup{Problem: "x"}),
			"records":     kit.BackupMark(tr, datafile.Backup{Problem: "x", Usable: true}),
			"no number":   tr.T(kit.PackErrorKey(fmt.Errorf("import: %w", pack.ErrNoFreeNumber))),
			"shortened":   tr.Tn(kit.MsgShortened, 2, nil),
		}
		texts["not erased"], _ = kit.NotErased(tr, notErased)
		for name, text := range texts {
			if text == "" || strings.Contains(text, "{{") || strings.Contains(text, "<no value>") ||
				strings.HasPrefix(text, "safety_") || strings.HasPrefix(text, "packs_") {
				t.Errorf("%s %s: %q", lang, name, text)
			}
		}
		if !strings.Contains(texts["pending"], "/d/trainerkit.db.corrupt-1") || !strings.Contains(texts["pending"], kit.FormatDate(lang, pending.Found)) {
			t.Errorf("%s: the pending message lacks where or when: %q", lang, texts["pending"])
		}
		if !strings.Contains(texts["pending cli"], "trainerkit backup restore") || !strings.Contains(texts["pending cli"], "trainerkit backup start-fresh") {
			t.Errorf("%s: the command line is not told the commands: %q", lang, texts["pending cli"])
		}
		// One paragraph per kind (the header, sessions, attendance,
		// customisations, other), then the advice.
		if n := strings.Count(texts["damaged"], "\n\n") + 1; n != 6 {
			t.Errorf("%s: %d paragraphs of damage, want 6:\n%s", lang, n, texts["damaged"])
		}
		if texts["unusable"] == texts["records"] {
			t.Errorf("%s: an unusable backup reads as one with unreadable records", lang)
		}
	}
	if kit.BackupMark(locales.New("en"), datafile.Backup{Usable: true}) != "" {
		t.Error("a sound backup is marked")
	}
}

// A full disk behind an unfinished erasure is said in plain words; another
// error is no erasure notice at all.
func TestNotErased(t *testing.T) {
	en := locales.New("en")
	full := fmt.Errorf("purge: %w (%w)", datafile.ErrNotErased, fmt.Errorf("%w (%w)", datafile.ErrDiskFull, &os.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC}))
	msg, ok := kit.NotErased(en, full)
	if !ok || !strings.Contains(msg, "removed from your lists") || !strings.Contains(msg, "The disk is full") {
		t.Errorf("not erased on a full disk: %v %q", ok, msg)
	}
	if _, ok := kit.NotErased(en, errors.New("forget: not found")); ok {
		t.Error("a failed deletion is told as an unfinished erasure")
	}
}

// The preview of a pack sorts what is imported from what is left out, and
// warns of the marks a shorter session drops under the session's title.
func TestPackPreviewSorts(t *testing.T) {
	en := locales.New("en")
	s, _ := session.New("Lyon, spring", "2026-12-07", 1, "fr")
	pi := &kit.PackImport{Contents: &pack.Contents{Sessions: []*session.Session{s}}, Items: []pack.ImportItem{
		{Kind: pack.ItemCustomisation, Key: "03-skills-frameworks/fr/theory"},
		{Kind: pack.ItemUnknownModule, Key: "77-nowhere/it/case"},
		{Kind: pack.ItemSession, Key: s.ID, Title: "Lyon, spring (2026-12-07)", Overwrite: true, DropsMarks: 3},
	}}
	pv := pi.Preview(en)
	if len(pv.Apply) != 2 || len(pv.Skip) != 1 || len(pv.Drops) != 1 {
		t.Fatalf("preview %+v", pv)
	}
	if !strings.Contains(pv.Drops[0], "“Lyon, spring”") || !strings.Contains(pv.Drops[0], "3 attendance marks") {
		t.Errorf("drops: %q", pv.Drops[0])
	}
	if got := kit.SkipLine(en, pv.Skip[0], nil); got != "77-nowhere · IT · case" {
		t.Errorf("skip line %q", got)
	}
	if !strings.Contains(pv.SkipHeading(en), "This item will be left out") {
		t.Errorf("heading %q", pv.SkipHeading(en))
	}
}

// The start window offers the newest backup that verified in full.
func TestDecideStartSkipsDamagedBackups(t *testing.T) {
	err := fmt.Errorf("open: %w", &datafile.CorruptError{Aside: "/d/x", Pending: true})
	o := kit.DecideStart(err, []datafile.Backup{{Name: "new", Problem: "bad page"}, {Name: "old", Usable: true}})
	if o.Latest == nil || o.Latest.Name != "old" {
		t.Errorf("offers %+v", o.Latest)
	}
	if o = kit.DecideStart(err, []datafile.Backup{{Name: "new", Problem: "bad page"}}); o.Latest != nil || !o.Fresh {
		t.Errorf("with only a damaged backup: %+v", o)
	}
}
