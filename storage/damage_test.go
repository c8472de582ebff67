package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// richFixture fills a data file with every kind of record, in shapes that
// give bbolt every kind of page: many sessions (a branch page), a session
// with many participants (a bucket of its own pages) and small ones
// (buckets stored inline), attendance, customisations and an own module
// with texts longer than a page (overflow pages), templates and settings.
// It returns the ids of the sessions.
func richFixture(t testing.TB, dir string) []string {
	t.Helper()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var ids []string
	for i := 0; i < 24; i++ {
		s, err := session.New(fmt.Sprintf("Atelier numérique n°%d", i), fmt.Sprintf("2026-%02d-%02d", 1+i%12, 1+i%28), 1+i%3, "fr")
		if err != nil {
			t.Fatal(err)
		}
		s.Notes = strings.Repeat("Notes de la session. ", i%7)
		s.Agenda[0] = []session.Block{{Kind: session.BlockPart, Module: 1 + i%20, Part: course.Theory, Minutes: 60}}
		if err := db.SaveSession(s); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, s.ID)
		n := 2 + i%3
		if i == 0 {
			n = 100
		}
		ps := make([]session.Participant, n)
		for j := range ps {
			ps[j] = session.Participant{FirstName: "Léa", LastName: fmt.Sprintf("Rémy-%d-%d", i, j),
				Email: fmt.Sprintf("lea.%d.%d@example.org", i, j), Organisation: "Coopérative", Role: "Médiatrice"}
		}
		if err := db.SaveParticipants(s.ID, ps); err != nil {
			t.Fatal(err)
		}
		for j := 0; j < min(n, 6); j++ {
			m := session.Mark{Participant: ps[j].ID, Day: 0, Half: session.AM, Status: session.Present, Remark: "à l'heure"}
			if err := db.SetMark(s.ID, m); err != nil {
				t.Fatal(err)
			}
		}
	}
	long := strings.Repeat("Un long paragraphe de théorie, pour passer d'une page. ", 200)
	for i, key := range []string{"03-skills-frameworks", "05-data-culture", "07-online-safety"} {
		o := course.Overlay{Module: key, Lang: "fr", Part: course.Theory, Edited: true, Text: long, BaseHash: course.Hash("x"), BaseText: "x",
			Notes: fmt.Sprintf("Note %d", i)}
		if err := db.SaveOverlay(o); err != nil {
			t.Fatal(err)
		}
	}
	own := course.NewOwnModule(101, "fr", "Atelier coopératif")
	own.Source["fr"][course.Theory] = long
	if err := db.SaveOwnModule(own); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveTemplate(Template{Name: "Deux jours", Agenda: [][]session.Block{{{Kind: session.BlockBreak, Title: "Pause", Minutes: 15}}}}); err != nil {
		t.Fatal(err)
	}
	for _, kv := range [][2]string{{"ui.content_lang", "it"}, {SettingRetention, "6"}} {
		if err := db.SetSetting(kv[0], kv[1]); err != nil {
			t.Fatal(err)
		}
	}
	return ids
}

// record is one record as the kit reads it back.
type record struct{ kind, session, key string }

// snapshot reads every record through the kit's own functions.
func snapshot(t testing.TB, db *DB, ids []string) map[record]string {
	t.Helper()
	out := map[record]string{}
	js := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	ss, err := db.Sessions()
	if err != nil {
		t.Fatalf("sessions: %v", err)
	}
	for _, s := range ss {
		out[record{RecordSession, "", s.ID}] = js(s.Session)
	}
	for _, id := range ids {
		if s, err := db.Session(id); err == nil {
			if js(s) != out[record{RecordSession, "", id}] {
				t.Errorf("session %s reads differently alone and in the list", id)
			}
		}
		ps, err := db.Participants(id)
		if err != nil && !errors.Is(err, ErrNotFound) {
			t.Fatalf("participants: %v", err)
		}
		for _, p := range ps {
			out[record{RecordParticipant, id, p.ID}] = js(p)
		}
		ms, err := db.Marks(id)
		if err != nil {
			t.Fatalf("marks: %v", err)
		}
		for _, m := range ms {
			out[record{RecordAttendance, id, string(markKey(m))}] = js(m)
		}
	}
	ovs, err := db.Overlays()
	if err != nil {
		t.Fatalf("overlays: %v", err)
	}
	for _, o := range ovs {
		out[record{RecordCustomisation, "", o.Key()}] = js(o)
	}
	own, err := db.OwnModules()
	if err != nil {
		t.Fatalf("own modules: %v", err)
	}
	for _, m := range own {
		out[record{RecordOwnModule, "", m.UID}] = js(m)
	}
	ts, err := db.Templates()
	if err != nil {
		t.Fatalf("templates: %v", err)
	}
	for _, tp := range ts {
		out[record{RecordTemplate, "", tp.Name}] = js(tp)
	}
	for _, k := range []string{"ui.content_lang", SettingRetention} {
		if v := db.Setting(k); v != "" {
			out[record{RecordSetting, "", k}] = v
		}
	}
	return out
}

// covered reports whether a damage report accounts for a record missing:
// one of its kind is reported (the damage may have hit its key, or its
// session's, which then names another), or its session is missing and
// reported: a session's participants and attendance are read through it.
func covered(r record, damaged []DamagedRecord, got map[record]string) bool {
	for _, d := range damaged {
		if d.Kind == RecordHeader || d.Kind == r.kind {
			return true
		}
	}
	if r.session != "" {
		s := record{RecordSession, "", r.session}
		if _, ok := got[s]; !ok {
			return covered(s, damaged, got)
		}
	}
	return false
}

// The page-by-page damage scan: bytes are flipped at many offsets of every
// page of a data file holding every kind of record. No flip may make the kit
// panic, and none may change a record without the kit saying so: Open
// refuses the file (ErrCorrupt, or ErrNewerFile when the schema number was
// hit), or every record it reads is the one written, and every record it
// does not read is listed by Damaged.
func TestDamageScanEveryPage(t *testing.T) {
	src := t.TempDir()
	ids := richFixture(t, src)
	db, err := Open(src)
	if err != nil {
		t.Fatal(err)
	}
	want := snapshot(t, db, ids)
	db.Close()
	orig, err := os.ReadFile(filepath.Join(src, FileName))
	if err != nil {
		t.Fatal(err)
	}
	const ps = 4096
	f, err := os.Open(filepath.Join(src, FileName))
	if err != nil {
		t.Fatal(err)
	}
	hdr, _, err := inspect(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	pages := int(hdr.meta.pgid) // the file grows ahead of the pages in use
	// Every byte of the page header and of the first two elements' table
	// entries (the links and sizes bbolt trusts), then every stride-th byte
	// (keys, values, free space), alternately one bit and a whole byte.
	stride, table := 197, 2*elementSize
	if testing.Short() {
		stride, table = 1021, 0
	}
	dir := t.TempDir()
	var refused, opened, reported, cases int
	for pg := 0; pg < pages; pg++ {
		var offsets []int
		for o := 0; o < pageHeaderSize+table; o++ {
			offsets = append(offsets, o)
		}
		for o := pageHeaderSize + table + pg%7; o < ps; o += stride {
			offsets = append(offsets, o)
		}
		for i, o := range offsets {
			flip := []byte{0x01, 0xff}[(i+pg)%2]
			{
				cases++
				at := pg*ps + o
				bad := bytes.Clone(orig)
				bad[at] ^= flip
				entries, _ := os.ReadDir(dir)
				for _, e := range entries {
					os.RemoveAll(filepath.Join(dir, e.Name()))
				}
				if err := os.WriteFile(filepath.Join(dir, FileName), bad, 0o600); err != nil {
					t.Fatal(err)
				}
				where := fmt.Sprintf("page %d offset %d ^%#x", pg, o, flip)
				db, err := Open(dir)
				if err != nil {
					if !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrNewerFile) {
						t.Fatalf("%s: %v", where, err)
					}
					refused++
					continue
				}
				opened++
				got := snapshot(t, db, ids)
				damaged := db.Damaged()
				if len(damaged) > 0 {
					reported++
				}
				for r, v := range got {
					if w, ok := want[r]; !ok || w != v {
						t.Errorf("%s: %v reads %s, written %s, and the kit says nothing", where, r, v, w)
					}
				}
				for r := range want {
					if _, ok := got[r]; !ok && !covered(r, damaged, got) {
						t.Errorf("%s: %v is missing and the kit says nothing (damaged: %v)", where, r, damaged)
					}
				}
				db.Close()
			}
		}
		if t.Failed() {
			break
		}
	}
	t.Logf("%d pages, %d flips: %d refused, %d opened (%d with damaged records reported)", pages, cases, refused, opened, reported)
}

// flipIn changes one byte of every occurrence of needle in the data file
// of dir (the record, and its older versions in free pages).
func flipIn(t *testing.T, dir, needle string) {
	t.Helper()
	p := filepath.Join(dir, FileName)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte(needle))
		if j < 0 {
			break
		}
		b[i+j+len(needle)/2] ^= 0x20
		i += j + len(needle)
		n++
	}
	if n == 0 {
		t.Fatalf("%q is not in the file", needle)
	}
	if err := os.WriteFile(p, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// One damaged record is reported and left out; the rest reads.
func TestOneBadRecordHidesNothingElse(t *testing.T) {
	dir := t.TempDir()
	ids := richFixture(t, dir)
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, db, ids)
	db.Close()
	flipIn(t, dir, "Atelier numérique n°17") // a session
	flipIn(t, dir, "lea.0.42@example.org")   // a participant of the big session
	flipIn(t, dir, "lea.3.1@example.org")    // a participant of a small one
	flipIn(t, dir, `"Note 1"`)               // a customisation
	flipIn(t, dir, `"Atelier coopératif"`)   // the own module
	db, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	after := snapshot(t, db, ids)
	damaged := db.Damaged()
	kinds := map[string]int{}
	for _, d := range damaged {
		kinds[d.Kind]++
		if d.MessageID() == "" || d.String() == "" {
			t.Errorf("%+v", d)
		}
	}
	if kinds[RecordSession] != 1 || kinds[RecordParticipant] != 2 || kinds[RecordCustomisation] != 1 || kinds[RecordOwnModule] != 1 {
		t.Errorf("damaged %v", damaged)
	}
	if missing := len(before) - len(after); missing != 5 {
		t.Errorf("%d records left out, want 5 (damaged: %v)", missing, damaged)
	}
	for r, v := range after {
		if before[r] != v {
			t.Errorf("%v changed", r)
		}
	}
	if ss, _ := db.Sessions(); len(ss) != 23 {
		t.Errorf("%d sessions listed, want 23", len(ss))
	}
	if _, err := db.Session(ids[17]); !errors.Is(err, ErrCorrupt) {
		t.Errorf("reading the damaged session: %v", err)
	}
	// A backup is kept, and says what it lacks; the newest sound one stays.
	b, err := db.CreateBackup()
	if err != nil || b.Sound() || !b.Usable || !strings.Contains(b.Problem, "cannot be read") {
		t.Fatalf("backup of a file with damaged records: %+v %v", b, err)
	}
	// Repair removes them, keeps the file as it was aside, and the kit is
	// whole again.
	removed, aside, err := db.Repair()
	if err != nil || len(removed) != 5 || !strings.Contains(aside, ".before-repair-") {
		t.Fatalf("repair: %v %q %v", removed, aside, err)
	}
	if d := db.Damaged(); len(d) != 0 {
		t.Errorf("still damaged after repair: %v", d)
	}
	// Every record read before is still there; the damaged session's
	// participants are back, under a recovered session.
	got := snapshot(t, db, ids)
	for r, v := range after {
		if got[r] != v {
			t.Errorf("repair changed %v", r)
		}
	}
	if s, err := db.Session(ids[17]); err != nil || !strings.HasPrefix(s.Title, RecoveredTitle) {
		t.Errorf("recovered session: %+v %v", s, err)
	}
	if ps, _ := db.Participants(ids[17]); len(ps) != 2+17%3 {
		t.Errorf("%d participants of the recovered session", len(ps))
	}
	if b, err := db.CreateBackup(); err != nil || !b.Sound() {
		t.Errorf("backup after repair: %+v %v", b, err)
	}
}

// Damage that happens while the file is open (the kit's pages changed under
// it) makes reads fail with ErrCorrupt, never a panic; the file is then
// set aside at the next Open and a decision awaited.
func TestDamageWhileOpen(t *testing.T) {
	dir := t.TempDir()
	ids := richFixture(t, dir)
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	// Overwrite every page but the headers with noise, as a failing disk
	// would.
	f, err := os.OpenFile(filepath.Join(dir, FileName), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	info, _ := f.Stat()
	noise := bytes.Repeat([]byte{0xA5, 0x17, 0xFF, 0x00}, 1024)
	for off := int64(2 * 4096); off < info.Size(); off += 4096 {
		f.WriteAt(noise, off)
	}
	f.Close()
	var failed error
	for _, id := range ids {
		if _, err := db.Participants(id); err != nil {
			failed = err
			break
		}
	}
	if !errors.Is(failed, ErrCorrupt) {
		t.Fatalf("reading noise: %v", failed)
	}
	if _, err := db.Sessions(); !errors.Is(err, ErrCorrupt) {
		t.Errorf("after damage was found, another read: %v", err)
	}
	if _, err := db.CreateBackup(); err == nil {
		t.Error("a backup of a damaged file was kept")
	}
	db.Close()
	_, err = Open(dir)
	var ce *CorruptError
	if !errors.As(err, &ce) || !ce.Pending || ce.Aside == "" {
		t.Fatalf("open after damage while open: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, FileName)); !os.IsNotExist(err) {
		t.Error("the damaged file is still in place")
	}
}

// A panic of the kit's own code on a sound file is an error, not damage.
func TestPanicOnSoundFileIsNotDamage(t *testing.T) {
	db := openTemp(t)
	err := db.view(func(tx *bolt.Tx) error {
		panic("a bug of the kit")
	})
	if err == nil || errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "internal error") {
		t.Fatalf("%v", err)
	}
	if _, err := db.Sessions(); err != nil {
		t.Errorf("the file was treated as damaged: %v", err)
	}
	if _, ok := readPending(db.Dir()); ok {
		t.Error("a decision is awaited for a sound file")
	}
}

// Migration 4 adds checksums, keeps every record, and is harmless twice.
func TestChecksumMigration(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, "testdata/v0.db", filepath.Join(dir, FileName))
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if d := db.Damaged(); len(d) != 0 {
		t.Errorf("damaged after migration: %v", d)
	}
	must(t, db.SetSetting("k", "v"))
	must(t, db.bolt.Update(func(tx *bolt.Tx) error { return writeVersion(tx, 3) }))
	db.Close()
	db, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if db.Setting("k") != "v" || db.Setting("ui.content_lang") != "it" || len(db.Damaged()) != 0 {
		t.Errorf("second migration: %q %q %v", db.Setting("k"), db.Setting("ui.content_lang"), db.Damaged())
	}
}

// A backup of a file damaged while open (before any read found it) is not
// kept, the good backups stay, and the damage is found: a decision is
// awaited.
func TestBackupOfDamagedFileNotKept(t *testing.T) {
	dir := t.TempDir()
	richFixture(t, dir)
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	good, err := db.createBackup(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), nil)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.OpenFile(filepath.Join(dir, FileName), os.O_RDWR, 0)
	hdr, _, _ := inspect(f)
	f.WriteAt(bytes.Repeat([]byte{0xA5}, 64), int64(hdr.meta.root)*4096) // the root page
	f.Close()
	_, err = db.createBackup(time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), nil)
	var ce *CorruptError
	if !errors.As(err, &ce) || !ce.Pending {
		t.Fatalf("backup of a damaged file: %v", err)
	}
	list, _ := ListBackups(dir)
	if len(list) != 1 || list[0].Name != good.Name || !list[0].Sound() {
		t.Errorf("backups %v", names(list))
	}
	if _, err := db.Sessions(); !errors.Is(err, ErrCorrupt) {
		t.Errorf("reads after the damage was found: %v", err)
	}
	db.Close()
	if _, err := Open(dir); !errors.Is(err, ErrPending) {
		t.Errorf("open: %v", err)
	}
}

// The crash: a session's small participants bucket, stored inline,
// damaged so that bbolt takes its page for a branch ("inline bucket
// non-zero page access" in participants list and the Sessions view).
// bbolt's own check skips inline buckets; the kit's does not.
func TestDamagedInlineBucketRefused(t *testing.T) {
	dir := t.TempDir()
	fillDB(t, dir) // one session: its 50 participants fill pages of their own
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s := newSession(t, db, "Petit atelier", "2026-05-01")
	must(t, db.SaveParticipants(s.ID, []session.Participant{{FirstName: "Ada", LastName: "Okafor"}}))
	db.Close()
	p := filepath.Join(dir, FileName)
	b, _ := os.ReadFile(p)
	// An inline bucket's value: root 0, sequence 0, then its page: id 0,
	// flags leaf (2), one element.
	inline := append(make([]byte, 24), 2, 0, 1, 0)
	i := bytes.LastIndex(b, inline)
	if i < 0 {
		t.Fatal("no inline bucket in the file")
	}
	b[i+24] = 1 // leaf becomes branch
	os.WriteFile(p, b, 0o600)
	_, err = Open(dir)
	var ce *CorruptError
	if !errors.As(err, &ce) || !strings.Contains(ce.Reason, "inline") {
		t.Fatalf("open: %v", err)
	}
	// bbolt alone opens it, passes its check, and panics reading it.
	bb, err := bolt.Open(ce.Aside, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer bb.Close()
	checked := bb.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			return err
		}
		return nil
	})
	c, _ := guard(func() error {
		return bb.View(func(tx *bolt.Tx) error {
			return tx.ForEach(func(_ []byte, b *bolt.Bucket) error { return walkAll(b) })
		})
	})
	if checked != nil || c == nil {
		t.Errorf("bbolt's check %v, reading %v: the test no longer shows the issue's crash", checked, c)
	} else {
		t.Logf("bbolt alone: check passes, reading panics: %v", c.value)
	}
}

// walkAll reads every key of b and of its nested buckets.
func walkAll(b *bolt.Bucket) error {
	return b.ForEach(func(k, v []byte) error {
		if v == nil {
			return walkAll(b.Bucket(k))
		}
		return nil
	})
}
