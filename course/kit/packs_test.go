package kit_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/pack"
	"github.com/socialtech/trainerkit/course/session"
)

func TestPackExportReadApply(t *testing.T) {
	anne, bruno := openDB(t), openDB(t)
	own := course.NewOwnModule(101, "fr", "Atelier tiers-lieux")
	must(t, anne.SaveOwnModule(own))
	theory := course.Overlay{Module: "01-digital-transition", Lang: "fr", Part: course.Theory, Edited: true, Text: "# Version d'Anne"}
	must(t, anne.SaveOverlay(theory))
	s, _ := session.New("Formation Lyon", "2026-12-07", 1, "fr")
	must(t, anne.SaveSession(s))
	must(t, anne.SaveParticipants(s.ID, []session.Participant{{LastName: "Durand"}}))

	path := filepath.Join(t.TempDir(), kit.PackFileName(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)))
	if filepath.Base(path) != "pack-2026-11-23.stkpack" {
		t.Errorf("offered name %s", filepath.Base(path))
	}
	c, err := kit.ExportPack(path, anne, pack.Selection{AllCustomisations: true, Sessions: []string{s.ID}, Participants: true})
	must(t, err)
	if len(c.Participants) != 1 || len(c.Modules) != 1 || len(c.Overlays) != 1 {
		t.Fatalf("pack holds %+v", c)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm()&0o077 != 0 {
		t.Errorf("a pack with participants is readable by others: %v", st.Mode())
	}

	// Bruno has his own version of the same theory: the import replaces it.
	mine := theory
	mine.Text = "# Version de Bruno"
	must(t, bruno.SaveOverlay(mine))
	pi, err := kit.ReadPack(path, bruno, nil)
	must(t, err)
	if pi.Replaced() != 1 || len(pi.Items) != 4 {
		t.Fatalf("preview %+v", pi.Items)
	}
	if ovs, _ := bruno.Overlays(); !strings.Contains(ovs[0].Text, "Bruno") {
		t.Fatal("reading the pack changed the data file")
	}
	must(t, pi.Apply(bruno))
	if ovs, _ := bruno.Overlays(); len(ovs) != 1 || !strings.Contains(ovs[0].Text, "Anne") {
		t.Errorf("after import: %+v", ovs)
	}
	if ps, _ := bruno.Participants(s.ID); len(ps) != 1 {
		t.Errorf("participants %+v", ps)
	}

	notPack := filepath.Join(t.TempDir(), "notes.stkpack")
	must(t, os.WriteFile(notPack, []byte("just some notes"), 0o644))
	if _, err := kit.ReadPack(notPack, bruno, nil); kit.PackErrorKey(err) != "packs_error_not_pack" {
		t.Errorf("a text file: %v", err)
	}
}
