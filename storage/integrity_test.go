package storage

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/socialtech/trainerkit/course/session"
)

// fillDB writes a session with participants and a mark, closes the file and
// returns the session id.
func fillDB(t testing.TB, dir string) string {
	t.Helper()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := session.New("Atelier données", "2026-03-02", 2, "fr")
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SaveSession(s); err != nil {
		t.Fatal(err)
	}
	ps := make([]session.Participant, 50)
	for i := range ps {
		ps[i] = session.Participant{FirstName: "Léa", LastName: fmt.Sprintf("Rémy %d", i), Email: fmt.Sprintf("lea%d@example.org", i)}
	}
	if err := db.SaveParticipants(s.ID, ps); err != nil {
		t.Fatal(err)
	}
	if err := db.SetMark(s.ID, session.Mark{Participant: ps[0].ID, Day: 1, Half: session.AM, Status: session.Present}); err != nil {
		t.Fatal(err)
	}
	return s.ID
}

// asideFiles lists the files kept aside in dir with that kind.
func asideFiles(t *testing.T, dir, kind string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, FileName+"."+kind+"-*"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// wantCorrupt checks that opening dir is refused with a *CorruptError, that
// the bad file was moved aside unchanged, and that nothing is left in place.
func wantCorrupt(t *testing.T, dir string, content []byte, reason string) *CorruptError {
	t.Helper()
	db, err := Open(dir)
	if err == nil {
		db.Close()
		t.Fatal("opened a bad file")
	}
	var ce *CorruptError
	if !errors.Is(err, ErrCorrupt) || !errors.As(err, &ce) {
		t.Fatalf("error %v (%T), want a *CorruptError", err, err)
	}
	if !strings.Contains(ce.Reason, reason) {
		t.Errorf("reason %q, want it to mention %q", ce.Reason, reason)
	}
	if ce.Path != filepath.Join(dir, FileName) || !strings.Contains(err.Error(), ce.Aside) {
		t.Errorf("error does not say where the file is: %v", err)
	}
	if _, err := os.Stat(ce.Path); !os.IsNotExist(err) {
		t.Errorf("the bad file is still in place: %v", err)
	}
	got, err := os.ReadFile(ce.Aside)
	if err != nil {
		t.Fatalf("kept file: %v", err)
	}
	if !bytes.Equal(got, content) {
		t.Error("the kept file differs from the bad file")
	}
	if !strings.HasPrefix(filepath.Base(ce.Aside), FileName+".corrupt-") {
		t.Errorf("kept as %s", ce.Aside)
	}
	// It stays a decision: every Open says the same until restore or
	// start fresh, and opens nothing.
	for i := 0; i < 2; i++ {
		_, err := Open(dir)
		var again *CorruptError
		if !errors.Is(err, ErrPending) || !errors.As(err, &again) || again.Aside != ce.Aside || again.Reason != ce.Reason {
			t.Fatalf("open again: %v", err)
		}
		if _, err := os.Stat(ce.Path); !os.IsNotExist(err) {
			t.Errorf("an Open while the decision is awaited made a new file")
		}
	}
	return ce
}

// decided forgets the decision awaited in dir, as if the trainer had made
// it, so that a test can go on with another file.
func decided(t *testing.T, dir string) {
	t.Helper()
	if err := clearPending(dir); err != nil {
		t.Fatal(err)
	}
}

func TestOpenRefusesGarbage(t *testing.T) {
	dir := t.TempDir()
	garbage := bytes.Repeat([]byte("Nom;Prénom;Courriel\nRémy;Léa;lea@example.org\n"), 400)
	os.WriteFile(filepath.Join(dir, FileName), garbage, 0o600)
	wantCorrupt(t, dir, garbage, "not a bbolt database")
	// Start fresh: the next Open makes an empty file, the bad one stays aside.
	aside, err := StartFresh(dir)
	if err != nil || aside != "" {
		t.Fatalf("start fresh: %q %v", aside, err)
	}
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if n := len(asideFiles(t, dir, "corrupt")); n != 1 {
		t.Errorf("%d corrupt files kept, want 1", n)
	}
}

func TestOpenRefusesShortGarbage(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, FileName), []byte("hello"), 0o600)
	wantCorrupt(t, dir, []byte("hello"), "too short")
}

func TestOpenRefusesTruncatedFile(t *testing.T) {
	dir := t.TempDir()
	fillDB(t, dir)
	p := filepath.Join(dir, FileName)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{len(b) / 2, 3 * 4096, 4096 + 100} {
		decided(t, dir)
		os.WriteFile(p, b[:n], 0o600)
		ce := wantCorrupt(t, dir, b[:n], "")
		if !strings.Contains(ce.Reason, "truncated") && !strings.Contains(ce.Reason, "not a bbolt") {
			t.Errorf("%d bytes: reason %q", n, ce.Reason)
		}
	}
	if n := len(asideFiles(t, dir, "corrupt")); n != 3 {
		t.Errorf("%d files kept aside, want 3 (never overwritten)", n)
	}
}

func TestOpenDamagedHeaderPages(t *testing.T) {
	dir := t.TempDir()
	fillDB(t, dir)
	p := filepath.Join(dir, FileName)
	b, _ := os.ReadFile(p)
	// Flip a byte in each meta page: both checksums fail.
	bad := append([]byte(nil), b...)
	bad[pageHeaderSize+20] ^= 0xff
	bad[4096+pageHeaderSize+20] ^= 0xff
	os.WriteFile(p, bad, 0o600)
	wantCorrupt(t, dir, bad, "header pages are damaged")
	// One damaged meta page is what an interrupted commit leaves: bbolt uses
	// the other one and the file opens.
	one := append([]byte(nil), b...)
	one[pageHeaderSize+20] ^= 0xff
	decided(t, dir)
	os.WriteFile(p, one, 0o600)
	db, err := Open(dir)
	if err != nil {
		t.Fatalf("one damaged meta page: %v", err)
	}
	db.Close()
}

func TestOpenDamagedPages(t *testing.T) {
	dir := t.TempDir()
	fillDB(t, dir)
	p := filepath.Join(dir, FileName)
	b, _ := os.ReadFile(p)
	// Overwrite every page after the two meta pages with noise: the meta
	// pages are fine, the tree is not.
	bad := append([]byte(nil), b...)
	for i := 2 * 4096; i < len(bad); i++ {
		bad[i] = byte(i*7 + 3)
	}
	os.WriteFile(p, bad, 0o600)
	ce := wantCorrupt(t, dir, bad, "")
	t.Log(ce.Reason)
}

func TestOpenZeroLengthFile(t *testing.T) {
	// Without backups, an empty file is a first start interrupted: it opens.
	dir := t.TempDir()
	p := filepath.Join(dir, FileName)
	os.WriteFile(p, nil, 0o600)
	db, err := Open(dir)
	if err != nil {
		t.Fatalf("empty file, no backups: %v", err)
	}
	if v, _ := db.Version(); v != SchemaVersion() {
		t.Errorf("version %d", v)
	}
	// With backups, the data vanished: refuse, keep it, offer the backup.
	b, err := db.CreateBackup()
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	os.WriteFile(p, nil, 0o600)
	wantCorrupt(t, dir, nil, "empty")
	got, aside, err := RestoreLatest(dir)
	if err != nil || got.Name != b.Name || aside != "" {
		t.Fatalf("restore latest: %v %q %v", got, aside, err)
	}
	db, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
}

func TestOpenForeignBoltFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, FileName)
	b, err := bolt.Open(p, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	b.Update(func(tx *bolt.Tx) error {
		bk, _ := tx.CreateBucket([]byte("wallet"))
		return bk.Put([]byte("k"), []byte("v"))
	})
	b.Close()
	content, _ := os.ReadFile(p)
	wantCorrupt(t, dir, content, `another program (buckets "wallet")`)
	// Files of this kit from before versioning (only known buckets) still open.
	decided(t, dir)
	copyFile(t, "testdata/v0.db", p)
	db, err := Open(dir)
	if err != nil {
		t.Fatalf("v0 file: %v", err)
	}
	db.Close()
}

// A file from a newer kit is refused but left in place: it is not damaged.
func TestNewerFileNotMovedAside(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	db.bolt.Update(func(tx *bolt.Tx) error {
		tx.CreateBucket([]byte("packs"))
		return writeVersion(tx, SchemaVersion()+1)
	})
	db.Close()
	if _, err := Open(dir); err == nil || errors.Is(err, ErrCorrupt) || !errors.Is(err, ErrNewerFile) {
		t.Fatalf("newer file: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, FileName)); err != nil {
		t.Error("a newer file was moved")
	}
}

func TestCorruptErrorWithoutAside(t *testing.T) {
	e := &CorruptError{Path: "/x/trainerkit.db", Reason: "it is odd", Err: errors.New("rename failed")}
	if msg := e.Error(); !strings.Contains(msg, "could not be moved aside") || !strings.Contains(msg, "rename failed") {
		t.Error(msg)
	}
	if !errors.Is(fmt.Errorf("wrapped: %w", e), ErrCorrupt) {
		t.Error("not ErrCorrupt")
	}
}

func TestMoveAsideNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, FileName)
	now := time.Date(2026, 5, 4, 3, 2, 1, 0, time.UTC)
	var kept []string
	for i := 0; i < 3; i++ {
		os.WriteFile(p, []byte{byte(i)}, 0o600)
		to, err := moveAside(p, "corrupt", now)
		if err != nil {
			t.Fatal(err)
		}
		kept = append(kept, to)
	}
	want := []string{p + ".corrupt-20260504-030201", p + ".corrupt-20260504-030201-2", p + ".corrupt-20260504-030201-3"}
	for i, k := range kept {
		if k != want[i] {
			t.Errorf("kept %s, want %s", k, want[i])
		}
		if b, _ := os.ReadFile(k); len(b) != 1 || b[0] != byte(i) {
			t.Errorf("%s holds %v", k, b)
		}
	}
}

// Opening checks the whole file; its cost on a large data file is measured.
func BenchmarkOpenLargeFile(b *testing.B) {
	dir := b.TempDir()
	db, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < 500; i++ {
		s, _ := session.New(fmt.Sprintf("Session %d", i), "2026-01-01", 2, "fr")
		db.SaveSession(s)
		ps := make([]session.Participant, 20)
		for j := range ps {
			ps[j] = session.Participant{FirstName: "Léa", LastName: fmt.Sprintf("Rémy %d", j), Email: fmt.Sprintf("p%d.%d@example.org", i, j)}
		}
		db.SaveParticipants(s.ID, ps)
	}
	db.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		db, err := Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
}

// Each page damaged in turn: Open either refuses the file with ErrCorrupt or
// opens it (a free page), and an opened file reads without error or panic.
func TestOpenEachPageDamaged(t *testing.T) {
	src := t.TempDir()
	id := fillDB(t, src)
	orig, err := os.ReadFile(filepath.Join(src, FileName))
	if err != nil {
		t.Fatal(err)
	}
	refused := 0
	for pg := 2; pg*4096 < len(orig); pg++ {
		dir := t.TempDir()
		bad := append([]byte(nil), orig...)
		for i := pg*4096 + 8; i < pg*4096+4096; i += 3 {
			bad[i] ^= 0x5a
		}
		os.WriteFile(filepath.Join(dir, FileName), bad, 0o600)
		db, err := Open(dir)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Errorf("page %d: %v", pg, err)
			}
			refused++
			continue
		}
		if _, err := db.Participants(id); err != nil {
			t.Errorf("page %d: opened but unreadable: %v", pg, err)
		}
		db.Close()
	}
	t.Logf("%d of %d pages refused when damaged", refused, len(orig)/4096-2)
}
