package storage

import (
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
)

func TestOverlaySaveResetAndEmptyDeletes(t *testing.T) {
	db := openTemp(t)
	o := course.Overlay{Module: "02-digital-mediation", Lang: "it", Part: course.Toolbox, Edited: true, Text: "# Mio\n",
		BaseHash: course.Hash("# Originale\n"), BaseText: "# Originale\n"}
	must(t, db.SaveOverlay(o))
	ovs, err := db.Overlays()
	must(t, err)
	if len(ovs) != 1 || ovs[0].Text != "# Mio\n" || ovs[0].BaseText != "# Originale\n" || ovs[0].Updated.IsZero() {
		t.Fatalf("saved %+v", ovs)
	}
	// Saving again replaces: now only notes.
	o.Edited, o.Text, o.Notes = false, "", "Una nota."
	must(t, db.SaveOverlay(o))
	if ovs, _ = db.Overlays(); len(ovs) != 1 || ovs[0].Edited || ovs[0].Notes != "Una nota." {
		t.Fatalf("replaced %+v", ovs)
	}
	// An overlay that changes nothing is deleted.
	o.Notes = "  "
	must(t, db.SaveOverlay(o))
	if ovs, _ = db.Overlays(); len(ovs) != 0 {
		t.Fatalf("empty overlay kept: %+v", ovs)
	}
	// Reset to original.
	o.Hidden = true
	must(t, db.SaveOverlay(o))
	must(t, db.DeleteOverlay(o.Module, o.Lang, o.Part))
	if ovs, _ = db.Overlays(); len(ovs) != 0 {
		t.Fatalf("reset kept %+v", ovs)
	}
	if err := db.SaveOverlay(course.Overlay{Module: "02-digital-mediation", Lang: "de", Part: course.Theory, Hidden: true}); err == nil {
		t.Error("saved an overlay in an unknown language")
	}
}

func TestOwnModuleDeleteRemovesItsOverlays(t *testing.T) {
	db := openTemp(t)
	m := course.NewOwnModule(101, "es", "Mi taller")
	keep := course.NewOwnModule(102, "es", "Otro taller")
	must(t, db.SaveOwnModule(m))
	must(t, db.SaveOwnModule(keep))
	for _, uid := range []string{m.UID, keep.UID} {
		must(t, db.SaveOverlay(course.Overlay{Module: uid, Lang: "es", Part: course.Guide, Notes: "Nota."}))
	}
	must(t, db.SaveOverlay(course.Overlay{Module: "04-personal-data", Lang: "es", Part: course.Case, Hidden: true}))
	own, err := db.OwnModules()
	must(t, err)
	if len(own) != 2 || own[0].UID != m.UID || own[0].TitleIn("es") != "Mi taller" {
		t.Fatalf("own modules %+v", own)
	}
	must(t, db.DeleteOwnModule(m.UID))
	if own, _ = db.OwnModules(); len(own) != 1 || own[0].UID != keep.UID {
		t.Errorf("after delete %+v", own)
	}
	ovs, _ := db.Overlays()
	if len(ovs) != 2 {
		t.Fatalf("overlays %+v", ovs)
	}
	for _, o := range ovs {
		if o.Module == m.UID {
			t.Errorf("overlay of the deleted module kept: %+v", o)
		}
	}
	bad := course.NewOwnModule(5, "es", "Número malo")
	if err := db.SaveOwnModule(bad); err == nil {
		t.Error("saved an own module numbered among the bundled ones")
	}
}

func TestLibraryAppliesCustomisationsAndOwnModules(t *testing.T) {
	db := openTemp(t)
	bundled, err := course.Load(assets.Course())
	must(t, err)
	orig := bundled.Module(1).Text("fr", course.Theory)
	must(t, db.SaveOverlay(course.Overlay{Module: bundled.Module(1).Key(), Lang: "fr", Part: course.Theory, Edited: true,
		Text: "# Ma version\n", BaseHash: course.Hash(orig), BaseText: orig}))
	must(t, db.SaveOverlay(course.Overlay{Module: bundled.Module(2).Key(), Lang: "en", Part: course.Theory, Edited: true,
		Text: "# Mine\n", BaseHash: course.Hash("an older original")}))
	own := course.NewOwnModule(101, "fr", "Atelier")
	must(t, db.SaveOwnModule(own))
	lib, err := db.Library(bundled)
	must(t, err)
	m1 := lib.Module(1)
	if m1.Text("fr", course.Theory) != "# Ma version\n" || m1.OriginalText("fr", course.Theory) != orig || m1.Stale("fr", course.Theory) {
		t.Errorf("module 1: text %q, stale %v", m1.Text("fr", course.Theory), m1.Stale("fr", course.Theory))
	}
	if !lib.Module(2).Stale("en", course.Theory) {
		t.Error("an edit of a changed original is not flagged")
	}
	if bundled.Module(1).Text("fr", course.Theory) != orig {
		t.Error("the bundled original changed")
	}
	last := lib.Modules[len(lib.Modules)-1]
	if len(lib.Modules) != len(bundled.Modules)+1 || last.UID != own.UID {
		t.Errorf("own module not listed last: %d modules, last %s", len(lib.Modules), last.Key())
	}
}

// A data file of schema 2 (before customisations) gains the two buckets
// and keeps its sessions, participants and settings.
func TestMigrationFromVersion2KeepsData(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir)
	must(t, err)
	s := newSession(t, db, "Atelier", "2026-03-02")
	must(t, db.SetSetting("ui.lang", "es"))
	must(t, db.bolt.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketOverlays, bucketOwnModules} {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		return writeVersion(tx, 2)
	}))
	db.Close()

	db, err = Open(dir)
	must(t, err)
	defer db.Close()
	if v, _ := db.Version(); v != SchemaVersion() {
		t.Errorf("version %d, want %d", v, SchemaVersion())
	}
	if got, err := db.Session(s.ID); err != nil || got.Title != "Atelier" {
		t.Errorf("session lost: %v %v", got, err)
	}
	if db.Setting("ui.lang") != "es" {
		t.Error("setting lost")
	}
	must(t, db.SaveOverlay(course.Overlay{Module: "01-digital-transition", Lang: "fr", Part: course.Case, Hidden: true}))
	must(t, db.SaveOwnModule(course.NewOwnModule(101, "fr", "Après migration")))
}

// Reload rebuilds the library in place from the bundled originals and
// what the data file holds now: customisations and own modules written
// behind the screens' back (a pack import) show, those removed go.
func TestReloadLibraryInPlace(t *testing.T) {
	db := openTemp(t)
	bundled := &course.Library{Modules: []*course.Module{
		{Number: 1, Slug: "one", Source: map[string]map[string]string{"en": {course.Theory: "original"}}},
	}}
	old := &course.Module{Number: 101, Slug: "gone", UID: "own-gone"}
	lib := course.Apply(bundled, nil, []*course.Module{old})
	held := lib // a screen holds the same *Library
	must(t, db.SaveOverlay(course.Overlay{Module: "01-one", Lang: "en", Part: course.Theory, Edited: true, Text: "mine"}))
	own := course.NewOwnModule(102, "en", "Fresh")
	must(t, db.SaveOwnModule(own))
	must(t, db.Reload(lib))
	if held.Module(1).Text("en", course.Theory) != "mine" || held.Module(1).OriginalText("en", course.Theory) != "original" {
		t.Errorf("module 1 after reload: %q (original %q)", held.Module(1).Text("en", course.Theory), held.Module(1).OriginalText("en", course.Theory))
	}
	if held.ByKey(own.UID) == nil || held.ByKey(old.UID) != nil || len(held.Modules) != 2 {
		t.Errorf("own modules after reload: %d modules", len(held.Modules))
	}
	// Reloading again starts from the originals, not from the customised text.
	must(t, db.DeleteOverlay("01-one", "en", course.Theory))
	must(t, db.Reload(lib))
	if held.Module(1).Text("en", course.Theory) != "original" || held.Module(1).Customised("en", course.Theory) {
		t.Error("a deleted customisation is still applied after reload")
	}
}
