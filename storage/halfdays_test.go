package storage

import (
	"errors"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/socialtech/trainerkit/course/session"
)

// A file of schema 3 holds a session and a template saved before
// half-days: migration 5 puts each block in the half-day it started in,
// with the day's own times, and loses nothing.
func TestMigrationAnchorsHalfDays(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	// Day 1 starts at 08:00 (morning to 12:00, afternoon from 13:00): the
	// third block, starting at 12:10 by the old flow, went after lunch.
	oldSession := `{"id":"old00001","title":"Avant","body":{"name":"","address":""},"place":"","start":"2026-03-02",` +
		`"days":[{"am_start":480,"am_end":720,"pm_start":780,"pm_end":1020}],"lang":"fr","trainers":null,"notes":"",` +
		`"agenda":[[{"kind":"custom","title":"Accueil","minutes":10},{"kind":"part","module":4,"part":"theory","minutes":230},` +
		`{"kind":"part","module":4,"part":"case","minutes":60},{"kind":"break","minutes":15}]],` +
		`"created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z"}`
	oldTemplate := `{"name":"Journée","agenda":[[{"kind":"custom","title":"A","minutes":200},{"kind":"custom","title":"B","minutes":20},{"kind":"custom","title":"C","minutes":60}]]}`
	err = db.bolt.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bucketSessions).Put([]byte("old00001"), []byte(oldSession)); err != nil {
			return err
		}
		if err := tx.Bucket(bucketTemplates).Put([]byte("Journée"), []byte(oldTemplate)); err != nil {
			return err
		}
		return writeVersion(tx, 3)
	})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err = Open(dir); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, _ := db.Version(); v < 5 || v != SchemaVersion() {
		t.Errorf("version %d", v)
	}
	s, err := db.Session("old00001")
	if err != nil {
		t.Fatal(err)
	}
	halves := []session.Half{session.AM, session.AM, session.PM, session.PM}
	if len(s.Agenda[0]) != 4 {
		t.Fatalf("%d blocks after migration", len(s.Agenda[0]))
	}
	for i, h := range halves {
		if s.Agenda[0][i].Half != h {
			t.Errorf("block %d in %q, want %q", i, s.Agenda[0][i].Half, h)
		}
	}
	sched := session.ComputeDay(s.Agenda[0], s.Days[0])
	if sched.PM.Blocks[0].Start.String() != "13:00" || sched.AM.Overflow() != 0 || sched.PM.Total != 75 {
		t.Errorf("afternoon %+v", sched.PM)
	}
	tpls, _ := db.Templates()
	// 09:00 + 200 = 12:20, still the morning; B ends 12:40; C at 13:30.
	if len(tpls) != 1 || tpls[0].Agenda[0][1].Half != session.AM || tpls[0].Agenda[0][2].Half != session.PM {
		t.Errorf("template %+v", tpls)
	}
}

// A session saved with blocks that have no half-day (an old pack, a
// caller that forgot) is stored with them anchored.
func TestSaveSessionAnchors(t *testing.T) {
	db := openTemp(t)
	s, _ := session.New("x", "2027-01-11", 1, "fr")
	s.Agenda[0] = []session.Block{{Kind: session.BlockBreak, Minutes: 15}}
	if err := db.SaveSession(s); err != nil {
		t.Fatal(err)
	}
	got, _ := db.Session(s.ID)
	if got.Agenda[0][0].Half != session.AM {
		t.Errorf("%+v", got.Agenda[0])
	}
}

func TestDefaultDayTimesSetting(t *testing.T) {
	db := openTemp(t)
	if db.DefaultDayTimes() != session.DefaultDayTimes {
		t.Error("unset default is not 09:00–12:30, 13:30–17:00")
	}
	want := session.DayTimes{AMStart: 510, AMEnd: 720, PMStart: 780, PMEnd: 990}
	if err := db.SetDefaultDayTimes(want); err != nil {
		t.Fatal(err)
	}
	if db.DefaultDayTimes() != want {
		t.Errorf("%v", db.DefaultDayTimes())
	}
	if err := db.SetDefaultDayTimes(session.DayTimes{AMStart: 600, AMEnd: 500, PMStart: 700, PMEnd: 800}); err == nil {
		t.Error("times out of order saved")
	}
	_ = db.SetSetting(SettingDayTimes, "garbage")
	if db.DefaultDayTimes() != session.DefaultDayTimes {
		t.Error("an unreadable setting is not the built-in default")
	}
}

func TestRenameTemplate(t *testing.T) {
	db := openTemp(t)
	for _, n := range []string{"A", "B"} {
		if err := db.SaveTemplate(Template{Name: n, Agenda: [][]session.Block{{{Kind: session.BlockBreak, Minutes: 15, Half: session.AM}}}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.RenameTemplate("A", " C "); err != nil {
		t.Fatal(err)
	}
	if err := db.RenameTemplate("C", "B"); !errors.Is(err, ErrTemplateExists) {
		t.Errorf("rename over another: %v", err)
	}
	if err := db.RenameTemplate("nope", "D"); !errors.Is(err, ErrNotFound) {
		t.Errorf("rename a missing one: %v", err)
	}
	tpls, _ := db.Templates()
	if len(tpls) != 2 || tpls[0].Name != "B" || tpls[1].Name != "C" || len(tpls[1].Agenda[0]) != 1 {
		t.Errorf("%+v", tpls)
	}
	if err := db.DeleteTemplate("C"); err != nil {
		t.Fatal(err)
	}
	if tpls, _ = db.Templates(); len(tpls) != 1 {
		t.Errorf("%+v", tpls)
	}
}

// The purge prompt lists the expired sessions by end date, the oldest first.
func TestExpiredByEndDate(t *testing.T) {
	db := openTemp(t)
	for _, start := range []string{"2020-05-04", "2019-02-04", "2020-01-06"} {
		s := newSession(t, db, "S "+start, start)
		if err := db.SaveParticipants(s.ID, []session.Participant{{LastName: "X"}}); err != nil {
			t.Fatal(err)
		}
	}
	exp, err := db.ExpiredSessions(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || len(exp) != 3 {
		t.Fatalf("%v %d", err, len(exp))
	}
	if exp[0].Start != "2019-02-04" || exp[1].Start != "2020-01-06" || exp[2].Start != "2020-05-04" {
		t.Errorf("order %s %s %s", exp[0].Start, exp[1].Start, exp[2].Start)
	}
}
