package storage

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/pack"
	"github.com/socialtech/trainerkit/course/session"
)

// dump lists every key and value of the data file, nested buckets
// included, to compare the file before and after.
func dump(t *testing.T, db *DB) string {
	t.Helper()
	var sb strings.Builder
	err := db.bolt.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error { return dumpBucket(&sb, string(name), b) })
	})
	if err != nil {
		t.Fatal(err)
	}
	return sb.String()
}

func dumpBucket(sb *strings.Builder, prefix string, b *bolt.Bucket) error {
	return b.ForEach(func(k, v []byte) error {
		if v == nil {
			return dumpBucket(sb, prefix+"/"+string(k), b.Bucket(k))
		}
		fmt.Fprintf(sb, "%s/%q = %q\n", prefix, k, v)
		return nil
	})
}

// packFixture fills db with what a trainer shares: an edit of module 3 made
// on an original that has changed since, a hidden part of module 1, an own
// module with notes, a session using modules 3 and the own one, its
// participants and a mark; and what should not travel with that session:
// a customisation of module 5 and another own module.
type packFixture struct {
	own, other *course.Module
	sess       *session.Session
}

func fillPackFixture(t *testing.T, db *DB) packFixture {
	t.Helper()
	var f packFixture
	old := "# Théorie\n\nUn ancien texte d'origine.\n"
	must(t, db.SaveOverlay(course.Overlay{Module: "03-skills-frameworks", Lang: "fr", Part: course.Theory, Edited: true,
		Text: "# Théorie\n\nMon texte.\n", BaseHash: course.Hash(old), BaseText: old, Notes: "Commencer par un tour de table."}))
	must(t, db.SaveOverlay(course.Overlay{Module: "05-data-culture", Lang: "en", Part: course.Case, Hidden: true}))
	f.own = course.NewOwnModule(101, "fr", "Atelier coopératif")
	f.own.Source["fr"][course.Theory] = "# Atelier\n\nTexte.\n"
	must(t, db.SaveOwnModule(f.own))
	must(t, db.SaveOverlay(course.Overlay{Module: f.own.UID, Lang: "fr", Part: course.Theory, Notes: "Post-it."}))
	f.other = course.NewOwnModule(102, "en", "Another one")
	must(t, db.SaveOwnModule(f.other))
	f.sess = newSession(t, db, "Atelier ESS", "2026-11-23")
	f.sess.Agenda[0] = []session.Block{
		{Kind: session.BlockPart, Module: 3, Part: course.Theory, Minutes: 60},
		{Kind: session.BlockBreak, Title: "Pause", Minutes: 15},
		{Kind: session.BlockPart, Module: 101, Part: course.Theory, Minutes: 90},
	}
	must(t, db.SaveSession(f.sess))
	ps := []session.Participant{{FirstName: "Léa", LastName: "Rémy"}, {LastName: "Núñez", Email: "n@example.org"}}
	must(t, db.SaveParticipants(f.sess.ID, ps))
	must(t, db.SetMark(f.sess.ID, session.Mark{Participant: ps[0].ID, Day: 0, Half: session.AM, Status: session.Present}))
	must(t, db.SaveResult(f.sess.ID, session.Result{Participant: ps[0].ID, Module: 3, When: session.Post, Score: 7, Of: 10}))
	_, err := db.SaveAppreciation(f.sess.ID, session.Appreciation{Ratings: map[string]int{session.RateOverall: 4}, Liked: "Les exemples"})
	must(t, err)
	return f
}

// bundledLib is the bundled library, loaded once.
var bundledLib = sync.OnceValues(func() (*course.Library, error) { return course.Load(assets.Course()) })

func bundled(t testing.TB) *course.Library {
	t.Helper()
	lib, err := bundledLib()
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// throughFile writes c as a pack and reads it back, as two kits would.
func throughFile(t *testing.T, c *pack.Contents) *pack.Contents {
	t.Helper()
	p := filepath.Join(t.TempDir(), "shared"+pack.Extension)
	must(t, pack.WriteFile(p, c))
	got, err := pack.ReadFile(p)
	must(t, err)
	return got
}

func TestPackRoundTripBetweenDataFiles(t *testing.T) {
	a, b := openTemp(t), openTemp(t)
	fillPackFixture(t, a)
	c, err := a.PackContents(PackSelection{AllCustomisations: true, Participants: true, Sessions: sessionIDs(t, a)})
	must(t, err)
	must(t, b.Import(throughFile(t, c), bundled(t)))

	for _, check := range []struct {
		name string
		get  func(db *DB) (any, error)
	}{
		{"customisations", func(db *DB) (any, error) { return db.Overlays() }},
		{"own modules", func(db *DB) (any, error) { return db.OwnModules() }},
		{"sessions", func(db *DB) (any, error) { return db.Sessions() }},
		{"participants", func(db *DB) (any, error) { return db.Participants(c.Sessions[0].ID) }},
	} {
		wa, errA := check.get(a)
		wb, errB := check.get(b)
		if errA != nil || errB != nil || !reflect.DeepEqual(wa, wb) {
			t.Errorf("%s differ (%v, %v):\n%+v\n%+v", check.name, errA, errB, wa, wb)
		}
	}
	if marks, _ := b.Marks(c.Sessions[0].ID); len(marks) != 0 {
		t.Errorf("attendance travelled: %v", marks)
	}
	// The original changed since the edit: the other kit flags it too.
	bundled, err := course.Load(assets.Course())
	must(t, err)
	lib, err := b.Library(bundled)
	must(t, err)
	m := lib.Module(3)
	if !m.Edited("fr", course.Theory) || !m.Stale("fr", course.Theory) || m.Notes("fr", course.Theory) == "" {
		t.Errorf("module 3 fr theory: edited %v, stale %v", m.Edited("fr", course.Theory), m.Stale("fr", course.Theory))
	}
	if own := lib.Module(101); own == nil || !own.Own() || own.Notes("fr", course.Theory) != "Post-it." {
		t.Errorf("own module 101: %+v", own)
	}
}

func sessionIDs(t *testing.T, db *DB) []string {
	t.Helper()
	list, err := db.Sessions()
	must(t, err)
	var ids []string
	for _, s := range list {
		ids = append(ids, s.ID)
	}
	return ids
}

// A session alone brings the modules and customisations its agenda uses,
// and nothing else.
func TestPackContentsOfASession(t *testing.T) {
	db := openTemp(t)
	f := fillPackFixture(t, db)
	c, err := db.PackContents(PackSelection{Sessions: []string{f.sess.ID, f.sess.ID}})
	must(t, err)
	if len(c.Sessions) != 1 || c.Participants != nil {
		t.Errorf("%d sessions, participants %v", len(c.Sessions), c.Participants)
	}
	if len(c.Modules) != 1 || c.Modules[0].UID != f.own.UID {
		t.Errorf("modules %v, want only %s", c.Modules, f.own.UID)
	}
	var keys []string
	for _, o := range c.Overlays {
		keys = append(keys, o.Key())
	}
	want := []string{"03-skills-frameworks/fr/theory", f.own.UID + "/fr/theory"}
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("customisations %v, want %v", keys, want)
	}
	if _, err := db.PackContents(PackSelection{Sessions: []string{"nosuchid"}}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown session: %v", err)
	}
	if _, err := db.PackContents(PackSelection{Overlays: []string{"01-digital-transition/fr/case"}}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown customisation: %v", err)
	}
	if _, err := db.PackContents(PackSelection{Modules: []string{"own-nosuchmodule"}}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown module: %v", err)
	}
}

func TestPackContentsPicked(t *testing.T) {
	db := openTemp(t)
	f := fillPackFixture(t, db)
	c, err := db.PackContents(PackSelection{Overlays: []string{"05-data-culture/en/case"}, Modules: []string{f.other.UID}})
	must(t, err)
	if len(c.Overlays) != 1 || len(c.Modules) != 1 || c.Modules[0].UID != f.other.UID || len(c.Sessions) != 0 {
		t.Errorf("%+v", c)
	}
}

func TestParticipantsTravelOnlyWhenAsked(t *testing.T) {
	a, b := openTemp(t), openTemp(t)
	f := fillPackFixture(t, a)
	c, err := a.PackContents(PackSelection{Sessions: []string{f.sess.ID}})
	must(t, err)
	must(t, b.Import(throughFile(t, c), bundled(t)))
	if ps, err := b.Participants(f.sess.ID); err != nil || len(ps) != 0 {
		t.Errorf("participants %v, %v", ps, err)
	}
	c, err = a.PackContents(PackSelection{Sessions: []string{f.sess.ID}, Participants: true})
	must(t, err)
	must(t, b.Import(throughFile(t, c), bundled(t)))
	if ps, _ := b.Participants(f.sess.ID); len(ps) != 2 {
		t.Errorf("%d participants, want 2", len(ps))
	}
}

// Quiz results are personal data: they travel only with the participants;
// the anonymous questionnaires travel with their session.
func TestResultsTravelWithParticipants(t *testing.T) {
	a, b := openTemp(t), openTemp(t)
	f := fillPackFixture(t, a)
	c, err := a.PackContents(PackSelection{Sessions: []string{f.sess.ID}})
	must(t, err)
	if len(c.Results) != 0 {
		t.Fatalf("results without participants: %v", c.Results)
	}
	must(t, b.Import(throughFile(t, c), bundled(t)))
	if as, _ := b.Appreciations(f.sess.ID); len(as) != 1 || as[0].Liked != "Les exemples" {
		t.Errorf("questionnaires %+v", as)
	}
	c, err = a.PackContents(PackSelection{Sessions: []string{f.sess.ID}, Participants: true})
	must(t, err)
	must(t, b.Import(throughFile(t, c), bundled(t)))
	want, _ := a.Results(f.sess.ID)
	if got, err := b.Results(f.sess.ID); err != nil || len(got) != 1 || !reflect.DeepEqual(got, want) {
		t.Errorf("results %+v, %v; want %+v", got, err, want)
	}
	// A result of someone the pack does not carry is refused.
	c.Results[f.sess.ID] = append(c.Results[f.sess.ID], session.Result{Participant: "stranger", Module: 3, When: session.Pre, Score: 1, Of: 10})
	if err := c.Check(); !errors.Is(err, pack.ErrBroken) {
		t.Errorf("a stranger's result: %v", err)
	}
}

func TestPreviewImport(t *testing.T) {
	a, b := openTemp(t), openTemp(t)
	f := fillPackFixture(t, a)
	c, err := a.PackContents(PackSelection{Sessions: []string{f.sess.ID}, Participants: true})
	must(t, err)
	c = throughFile(t, c)
	// b already has module 3's edit and the session, not the rest.
	must(t, b.SaveOverlay(c.Overlays[0]))
	s := *f.sess
	must(t, b.SaveSession(&s))
	before := dump(t, b)
	items, err := b.PreviewImport(c, bundled(t))
	must(t, err)
	if after := dump(t, b); after != before {
		t.Error("the preview changed the data file")
	}
	var got []string
	for _, it := range items {
		got = append(got, fmt.Sprintf("%s %s %v", it.Kind, it.Title, it.Overwrite))
	}
	want := []string{
		"customisation Module 3 · fr · Theory true",
		"customisation Atelier coopératif · fr · Theory false",
		"module Module 101 · Atelier coopératif false",
		"session Atelier ESS (2026-11-23) true",
		"participants 2 participant(s) of Atelier ESS false",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("preview:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// An own module new to this kit whose number is taken gets the next free
// one; one already here keeps its number; the pack's agendas follow both.
func TestImportRenumbersOwnModules(t *testing.T) {
	a, b := openTemp(t), openTemp(t)
	f := fillPackFixture(t, a)
	// b: its own module 101, and the fixture's "other" module under number 110.
	mine := course.NewOwnModule(101, "fr", "Le mien")
	must(t, b.SaveOwnModule(mine))
	other := *f.other
	other.Number = 110
	must(t, b.SaveOwnModule(&other))
	// The session now uses both of a's own modules.
	f.sess.Agenda[0] = append(f.sess.Agenda[0], session.Block{Kind: session.BlockPart, Module: 102, Part: course.Case, Minutes: 30})
	must(t, a.SaveSession(f.sess))
	c, err := a.PackContents(PackSelection{Sessions: []string{f.sess.ID}})
	must(t, err)
	items, err := b.PreviewImport(throughFile(t, c), bundled(t))
	must(t, err)
	if items[len(items)-3].Title != "Module 111 · Atelier coopératif" {
		t.Errorf("preview %+v", items)
	}
	must(t, b.Import(throughFile(t, c), bundled(t)))
	own, err := b.OwnModules()
	must(t, err)
	numbers := map[string]int{}
	for _, m := range own {
		numbers[m.UID] = m.Number
	}
	want := map[string]int{mine.UID: 101, f.other.UID: 110, f.own.UID: 111}
	if !reflect.DeepEqual(numbers, want) {
		t.Errorf("numbers %v, want %v", numbers, want)
	}
	s, err := b.Session(f.sess.ID)
	must(t, err)
	var used []int
	for _, bl := range s.Agenda[0] {
		used = append(used, bl.Module)
	}
	if !reflect.DeepEqual(used, []int{3, 0, 111, 110}) {
		t.Errorf("agenda modules %v, want [3 0 111 110]", used)
	}
	// a's own data is untouched by the export.
	if s, _ := a.Session(f.sess.ID); s.Agenda[0][2].Module != 101 {
		t.Error("export changed the exporting kit's session")
	}
}

// Import is one transaction: a failure on the last item leaves the file
// as it was.
func TestImportAllOrNothing(t *testing.T) {
	a, b := openTemp(t), openTemp(t)
	f := fillPackFixture(t, a)
	c, err := a.PackContents(PackSelection{AllCustomisations: true, Sessions: []string{f.sess.ID}, Participants: true})
	must(t, err)
	c = throughFile(t, c)
	// A value where the session's participants bucket would go makes the
	// participants, written last, fail.
	must(t, b.bolt.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketParticipants).Put([]byte(f.sess.ID), []byte("in the way"))
	}))
	before := dump(t, b)
	if err := b.Import(c, bundled(t)); err == nil {
		t.Fatal("import succeeded")
	}
	if after := dump(t, b); after != before {
		t.Errorf("a failed import changed the data file:\n%s", after)
	}
}

func TestImportRefusesUncheckedContents(t *testing.T) {
	db := openTemp(t)
	fillPackFixture(t, db)
	before := dump(t, db)
	bad := []*pack.Contents{
		{Overlays: []course.Overlay{{Module: "03-skills-frameworks", Lang: "de", Part: course.Theory, Notes: "x"}}},
		{Modules: []*course.Module{{UID: "own-abcdefgh", Number: 7, Slug: "x", Title: map[string]string{"en": "X"}}}},
		{Sessions: []*session.Session{{ID: "abcd2345", Title: "", Start: "2026-01-01", Days: []session.DayTimes{session.DefaultDayTimes}}}},
	}
	for i, c := range bad {
		if _, err := db.PreviewImport(c, bundled(t)); !errors.Is(err, pack.ErrBroken) {
			t.Errorf("%d: preview %v", i, err)
		}
		if err := db.Import(c, bundled(t)); !errors.Is(err, pack.ErrBroken) {
			t.Errorf("%d: import %v", i, err)
		}
	}
	if after := dump(t, db); after != before {
		t.Error("a refused import changed the data file")
	}
}

func TestPackWriteFileKeepsPersonalDataPrivate(t *testing.T) {
	db := openTemp(t)
	f := fillPackFixture(t, db)
	dir := t.TempDir()
	for _, people := range []bool{false, true} {
		c, err := db.PackContents(PackSelection{Sessions: []string{f.sess.ID}, Participants: people})
		must(t, err)
		p := filepath.Join(dir, fmt.Sprintf("p-%v%s", people, pack.Extension))
		must(t, pack.WriteFile(p, c))
		st, err := os.Stat(p)
		must(t, err)
		if private := st.Mode().Perm()&0o077 == 0; private != people && permissionsEnforced(t) {
			t.Errorf("participants %v: mode %v", people, st.Mode())
		}
	}
	// A failed write leaves no file behind.
	bad := &pack.Contents{Sessions: []*session.Session{{ID: "x"}}}
	p := filepath.Join(dir, "bad"+pack.Extension)
	if err := pack.WriteFile(p, bad); err == nil {
		t.Fatal("wrote a broken pack")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("files left: %v", entries)
	}
}

// Customisations of modules that exist nowhere (not bundled, not an own
// module here or in the pack) are left out, and the preview says so.
func TestImportLeavesOutUnknownModules(t *testing.T) {
	db := openTemp(t)
	c := &pack.Contents{Overlays: []course.Overlay{
		{Module: "03-skills-frameworks", Lang: "fr", Part: course.Theory, Notes: "kept"},
		{Module: "42-no-such-module", Lang: "fr", Part: course.Theory, Notes: "left out"},
		{Module: "own-abcdefghij", Lang: "fr", Part: course.Theory, Notes: "left out"},
	}}
	items, err := db.PreviewImport(c, bundled(t))
	must(t, err)
	var kinds []string
	for _, it := range items {
		kinds = append(kinds, it.Kind+" "+it.Key)
	}
	want := []string{"customisation 03-skills-frameworks/fr/theory", "unknown-module 42-no-such-module/fr/theory", "unknown-module own-abcdefghij/fr/theory"}
	if !reflect.DeepEqual(kinds, want) {
		t.Errorf("preview %v", kinds)
	}
	must(t, db.Import(c, bundled(t)))
	ovs, err := db.Overlays()
	must(t, err)
	if len(ovs) != 1 || ovs[0].Module != "03-skills-frameworks" {
		t.Errorf("stored %+v", ovs)
	}
	// Those an earlier kit stored can be found and removed.
	must(t, db.SaveOverlay(course.Overlay{Module: "42-no-such-module", Lang: "en", Part: course.Case, Notes: "orphan"}))
	keys, err := db.UnknownCustomisations(bundled(t))
	must(t, err)
	if !reflect.DeepEqual(keys, []string{"42-no-such-module/en/case"}) {
		t.Errorf("unknown %v", keys)
	}
	must(t, db.DeleteCustomisations(keys))
	if keys, _ := db.UnknownCustomisations(bundled(t)); len(keys) != 0 {
		t.Errorf("left %v", keys)
	}
}

// Two packs with own module 9999: the second gets a free number, never
// 10000, and exporting everything still works; with no number free, the
// import is refused in plain words.
func TestImportOwnModuleNumbersStayValid(t *testing.T) {
	db := openTemp(t)
	pk := func(title string) *pack.Contents {
		m := course.NewOwnModule(9999, "fr", title)
		return &pack.Contents{Modules: []*course.Module{m}}
	}
	must(t, db.Import(pk("Premier"), bundled(t)))
	must(t, db.Import(pk("Second"), bundled(t)))
	own, err := db.OwnModules()
	must(t, err)
	if len(own) != 2 || own[0].Number != course.FirstOwnNumber || own[1].Number != 9999 {
		t.Errorf("numbers %d %d", own[0].Number, own[1].Number)
	}
	c, err := db.PackContents(PackSelection{AllCustomisations: true})
	must(t, err)
	must(t, pack.WriteFile(filepath.Join(t.TempDir(), "all"+pack.Extension), c))

	used := map[int]bool{}
	for n := course.FirstOwnNumber; n <= course.LastOwnNumber; n++ {
		used[n] = true
	}
	if _, err := freeNumber(500, used); !errors.Is(err, ErrNoFreeNumber) {
		t.Errorf("no number free: %v", err)
	}
	delete(used, 4321)
	if n, err := freeNumber(9999, used); err != nil || n != 4321 {
		t.Errorf("the one free number: %d %v", n, err)
	}
}

// A pack that shortens a session warns that the attendance of the days it
// removes will go, and removes it.
func TestImportShorterSessionDropsMarks(t *testing.T) {
	a, b := openTemp(t), openTemp(t)
	f := fillPackFixture(t, a)
	c, err := a.PackContents(PackSelection{Sessions: []string{f.sess.ID}, Participants: true})
	must(t, err)
	must(t, b.Import(throughFile(t, c), bundled(t)))
	// b's copy runs two more days than the pack's, with marks on every day.
	s, err := b.Session(f.sess.ID)
	must(t, err)
	days := len(c.Sessions[0].Days)
	s.SetDays(days + 2)
	must(t, b.SaveSession(s))
	ps, _ := b.Participants(f.sess.ID)
	for day := 0; day < days+2; day++ {
		must(t, b.SetMark(s.ID, session.Mark{Participant: ps[0].ID, Day: day, Half: session.PM, Status: session.Present}))
	}
	if n, err := b.MarksAfter(s.ID, days); err != nil || n != 2 {
		t.Errorf("marks after day %d: %d %v", days, n, err)
	}
	// The pack's plan has the original days.
	items, err := b.PreviewImport(throughFile(t, c), bundled(t))
	must(t, err)
	var drops int
	for _, it := range items {
		if it.Kind == ItemSession {
			drops = it.DropsMarks
		}
	}
	if drops != 2 {
		t.Errorf("the preview warns of %d marks, want 2", drops)
	}
	must(t, b.Import(throughFile(t, c), bundled(t)))
	marks, _ := b.Marks(s.ID)
	if len(marks) != days || marks[len(marks)-1].Day != days-1 {
		t.Errorf("marks left %+v", marks)
	}
}
