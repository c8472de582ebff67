package storage

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/socialtech/trainerkit/course/session"
)

// grepFolder lists the files under dir (data file, backups, index, every
// copy, any temporary file) that hold needle, in any case.
func grepFolder(t *testing.T, dir string, needles ...string) []string {
	t.Helper()
	var hits []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		low := bytes.ToLower(b)
		for _, n := range needles {
			if bytes.Contains(low, []byte(strings.ToLower(n))) {
				hits = append(hits, fmt.Sprintf("%s holds %q", strings.TrimPrefix(p, dir), n))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return hits
}

// erasureFolder builds a data folder where a participant, Zébulon
// Quixotique, is everywhere: in the data file (and, after an edit, in its
// free pages), in backups made before and after the edit, in the copy a
// restore kept, in a copy a fresh start kept, and in two damaged copies set
// aside, one of them damaged in the very page that holds him.
func erasureFolder(t *testing.T) (dir, sid, zid string, others []string) {
	t.Helper()
	dir = t.TempDir()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s := newSession(t, db, "Atelier données personnelles", "2026-03-02")
	ps := []session.Participant{
		{FirstName: "Zébulon", LastName: "Quixotique", Email: "zebulon.quixotique@example.org", Organisation: "Les Amis de Quixotique"},
		{FirstName: "Léa", LastName: "Rémy", Email: "lea@example.org"},
		{FirstName: "Ada", LastName: "Okafor", Email: "ada@example.org"},
	}
	must(t, db.SaveParticipants(s.ID, ps))
	for _, p := range ps {
		must(t, db.SetMark(s.ID, session.Mark{Participant: p.ID, Day: 0, Half: session.AM, Status: session.Late, Remark: "retard : " + p.LastName}))
	}
	day := time.Date(2026, 3, 2, 18, 0, 0, 0, time.UTC)
	if _, err := db.createBackup(day, nil); err != nil {
		t.Fatal(err)
	}
	ps[0].Email = "z.quixotique@example.net"
	must(t, db.SaveParticipants(s.ID, ps[:1]))
	if _, err := db.createBackup(day.Add(24*time.Hour), nil); err != nil {
		t.Fatal(err)
	}
	db.Close()
	p := filepath.Join(dir, FileName)
	copyFile(t, p, p+".replaced-20260301-120000")
	// Two damaged copies: one with its root page damaged, one with the page
	// holding the participants damaged.
	b, _ := os.ReadFile(p)
	root := bytes.Clone(b)
	hdr, _, _ := inspect(mustOpen(t, p))
	root[int(hdr.meta.root)*4096+10] ^= 0xff
	os.WriteFile(p+".corrupt-20260301-130000", root, 0o600)
	own := bytes.Clone(b)
	if i := bytes.LastIndex(own, []byte("zebulon.quixotique")); i >= 0 {
		pg := i / 4096 * 4096
		own[pg+8] ^= 0xff // its page header: the page no longer reads as a leaf
	}
	os.WriteFile(p+".corrupt-20260301-140000", own, 0o600)
	// A restore keeps the file it replaces.
	list, _ := ListBackups(dir)
	if _, err := Restore(dir, list[0].Name); err != nil {
		t.Fatal(err)
	}
	if hits := grepFolder(t, dir, "Quixotique"); len(hits) < 7 {
		t.Fatalf("the fixture does not spread him enough: %v", hits)
	}
	return dir, s.ID, ps[0].ID, []string{ps[1].ID, ps[2].ID}
}

func mustOpen(t *testing.T, p string) *os.File {
	t.Helper()
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// The participant's name is nowhere in the data folder after Forget: not in
// the data file, not in a backup, not in any copy kept aside. The others
// are still in every backup, which still verifies.
func TestForgetErasesEverywhere(t *testing.T) {
	dir, sid, zid, others := erasureFolder(t)
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.ForgetParticipant(sid, zid); err != nil {
		t.Fatal(err)
	}
	if hits := grepFolder(t, dir, "Quixotique", "zebulon", "retard : Quixotique"); len(hits) > 0 {
		t.Errorf("still there after forget:\n%s", strings.Join(hits, "\n"))
	}
	if ps, _ := db.Participants(sid); len(ps) != 2 {
		t.Errorf("%d participants left", len(ps))
	}
	if es, _ := db.erasures(); len(es) != 0 {
		t.Errorf("erasures left: %v", es)
	}
	db.Close()
	list, err := ListBackups(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range list {
		if !b.Sound() {
			t.Errorf("%s: %s", b.Name, b.Problem)
		}
		held := participantIDs(t, b.Path, sid)
		for _, o := range others {
			if !held[o] {
				t.Errorf("%s lost participant %s", b.Name, o)
			}
		}
		if held[zid] {
			t.Errorf("%s still holds him", b.Name)
		}
	}
}

// participantIDs lists the participants of a session in a data file copy.
func participantIDs(t *testing.T, path, sid string) map[string]bool {
	t.Helper()
	b, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	out := map[string]bool{}
	b.View(func(tx *bolt.Tx) error {
		if pb := tx.Bucket(bucketParticipants).Bucket([]byte(sid)); pb != nil {
			pb.ForEach(func(k, _ []byte) error { out[string(k)] = true; return nil })
		}
		return nil
	})
	return out
}

func TestPurgeAndDeleteEraseEverywhere(t *testing.T) {
	for _, how := range []string{"purge", "delete"} {
		t.Run(how, func(t *testing.T) {
			dir, sid, _, _ := erasureFolder(t)
			db, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if how == "purge" {
				err = db.PurgeParticipants(sid)
			} else {
				err = db.DeleteSession(sid)
			}
			if err != nil {
				t.Fatal(err)
			}
			if hits := grepFolder(t, dir, "Quixotique", "okafor", "lea@example.org", "retard"); len(hits) > 0 {
				t.Errorf("still there after %s:\n%s", how, strings.Join(hits, "\n"))
			}
		})
	}
}

// An erasure that could not finish is finished at the next start.
func TestErasureResumesAtOpen(t *testing.T) {
	dir, sid, zid, _ := erasureFolder(t)
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	// The deletion committed, and the process died before erasing.
	must(t, db.update(func(tx *bolt.Tx) error {
		r, _ := db.nested(tx, bucketParticipants, sid, false)
		if err := r.del(zid); err != nil {
			return err
		}
		if err := deleteMarksOf(tx, sid, zid); err != nil {
			return err
		}
		return addErasures(tx, []erasure{{Session: sid, Participant: zid}})
	}))
	db.Close()
	if hits := grepFolder(t, dir, "Quixotique"); len(hits) == 0 {
		t.Fatal("the deletion alone erased him: the test proves nothing")
	}
	db, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if hits := grepFolder(t, dir, "Quixotique"); len(hits) > 0 {
		t.Errorf("still there after the next start:\n%s", strings.Join(hits, "\n"))
	}
}

// Copies kept aside follow the retention period; a copy dated ahead waits.
func TestCopiesFollowRetention(t *testing.T) {
	dir := t.TempDir()
	fillDB(t, dir)
	p := filepath.Join(dir, FileName)
	now := time.Now().UTC()
	old := now.AddDate(0, -13, 0).Format(stampLayout)
	recent := now.AddDate(0, -11, 0).Format(stampLayout)
	ahead := now.AddDate(1, 0, 0).Format(stampLayout)
	for _, name := range []string{".corrupt-" + old, ".before-restore-" + old + "-2", ".replaced-" + old, ".before-repair-" + old,
		".corrupt-" + recent, ".before-restore-" + ahead} {
		copyFile(t, p, p+name)
	}
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	left, _ := filepath.Glob(p + ".*-*")
	var got []string
	for _, l := range left {
		got = append(got, strings.TrimPrefix(filepath.Base(l), FileName))
	}
	want := []string{".before-restore-" + ahead, ".corrupt-" + recent}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("left %v, want %v", got, want)
	}
	// A shorter retention setting prunes sooner.
	db, _ = Open(dir)
	must(t, db.SetSetting(SettingRetention, "6"))
	db.Close()
	db, _ = Open(dir)
	db.Close()
	if _, err := os.Stat(p + ".corrupt-" + recent); !errors.Is(err, fs.ErrNotExist) {
		t.Error("a copy older than the retention setting was kept")
	}
}

// Compaction keeps every record, and the file stays usable and locked.
func TestCompactionKeepsEverything(t *testing.T) {
	dir := t.TempDir()
	ids := richFixture(t, dir)
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	before := snapshot(t, db, ids)
	if _, err := db.rewrite(nil, ""); err != nil {
		t.Fatal(err)
	}
	after := snapshot(t, db, ids)
	if len(after) != len(before) {
		t.Fatalf("%d records after, %d before", len(after), len(before))
	}
	for r, v := range before {
		if after[r] != v {
			t.Errorf("%v changed", r)
		}
	}
	if _, err := Open(dir); !errors.Is(err, ErrAlreadyOpen) {
		t.Errorf("a second open after compaction: %v", err)
	}
	s := newSession(t, db, "Après le compactage", "2026-09-01")
	if got, err := db.Session(s.ID); err != nil || got.Title != s.Title {
		t.Errorf("write after compaction: %v", err)
	}
	if entries, _ := filepath.Glob(filepath.Join(dir, ".*")); len(entries) != 0 {
		t.Errorf("left %v", entries)
	}
}

// largeFile fills db with 500 sessions of 20 participants (10,000) and
// returns them as session and participant ids.
func largeFile(b *testing.B, db *DB) []erasure {
	b.Helper()
	var out []erasure
	for i := 0; i < 500; i++ {
		s, _ := session.New(fmt.Sprintf("Session %d", i), "2026-01-01", 2, "fr")
		db.SaveSession(s)
		ps := make([]session.Participant, 20)
		for j := range ps {
			ps[j] = session.Participant{FirstName: "Léa", LastName: fmt.Sprintf("Rémy %d", j), Email: fmt.Sprintf("p%d.%d@example.org", i, j)}
		}
		if err := db.SaveParticipants(s.ID, ps); err != nil {
			b.Fatal(err)
		}
		for _, p := range ps {
			out = append(out, erasure{Session: s.ID, Participant: p.ID})
		}
	}
	return out
}

// The cost of forgetting a participant in a large data file (500 sessions,
// 10,000 participants) with seven backups that hold them: the deletion,
// the compaction of the data file and a rewrite of each backup.
func BenchmarkForgetLargeFile(b *testing.B) {
	db, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	people := largeFile(b, db)
	for i := 0; i < KeepBackups; i++ {
		if _, err := db.createBackup(time.Date(2026, 1, 1+i, 0, 0, 0, 0, time.UTC), nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := people[i%len(people)]
		if err := db.ForgetParticipant(p.Session, p.Participant); err != nil {
			b.Fatal(err)
		}
	}
}

// ListBackups reads each of seven backups of the large data file in full.
func BenchmarkListBackupsLargeFile(b *testing.B) {
	db, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	largeFile(b, db)
	for i := 0; i < KeepBackups; i++ {
		if _, err := db.createBackup(time.Date(2026, 1, 1+i, 0, 0, 0, 0, time.UTC), nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if list, err := ListBackups(db.Dir()); err != nil || len(list) != KeepBackups || !list[0].Sound() {
			b.Fatal(list, err)
		}
	}
}

// Compaction alone, on the same large data file.
func BenchmarkCompactLargeFile(b *testing.B) {
	dir := b.TempDir()
	db, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	largeFile(b, db)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := db.rewrite(nil, ""); err != nil {
			b.Fatal(err)
		}
	}
}
