package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/pack"
)

// A pack the kit was started on shows the import preview at once, and
// imports only when the trainer says so; a file that is no pack is
// explained and changes nothing.
func TestOpenPackShowsThePreview(t *testing.T) {
	a := test.NewTempApp(t)
	anne, annedb := newPackWindow(t, a)
	key := mw1Key(anne)
	customise(t, anne, annedb, key, "# Ma théorie\n\nVersion d'Anne.")
	// A folder and a name as Windows users have them.
	dir := filepath.Join(t.TempDir(), "Téléchargements", "Pièces jointes")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "Formation d'Anne – Besançon.stkpack")
	if err := anne.packs.Export(path, pack.Selection{Overlays: []string{course.OverlayKey(key, "fr", course.Theory)}}); err != nil {
		t.Fatal(err)
	}

	bruno, brunodb := newPackWindow(t, a)
	bruno.OpenPack(path)
	if shown := topText(bruno.win); !strings.Contains(shown, "Cet élément sera ajouté") || !strings.Contains(shown, "Théorie") {
		t.Fatalf("the preview shows:\n%s", shown)
	}
	if ovs, _ := brunodb.Overlays(); len(ovs) != 0 {
		t.Fatal("opening the pack imported it before the trainer said so")
	}
	tapInTopOverlay(t, bruno.win, "Importer")
	if ovs, _ := brunodb.Overlays(); len(ovs) != 1 || !strings.Contains(ovs[0].Text, "Anne") {
		t.Errorf("after Import: %+v", ovs)
	}

	notPack := filepath.Join(dir, "notes.stkpack")
	if err := os.WriteFile(notPack, []byte("just some notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	carl, carldb := newPackWindow(t, a)
	carl.OpenPack(notPack)
	if msg := topText(carl.win); !strings.Contains(msg, "pas un pack") {
		t.Errorf("a file that is no pack: %q", msg)
	}
	if ovs, _ := carldb.Overlays(); len(ovs) != 0 {
		t.Error("a refused pack changed the data file")
	}
}
