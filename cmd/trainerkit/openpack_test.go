package main

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/locales"
	"github.com/socialtech/trainerkit/storage"
)

func TestPackArg(t *testing.T) {
	for _, c := range []struct {
		args []string
		pack bool
	}{
		{[]string{`C:\Users\Zoé\Téléchargements\Formation d'Anne – Besançon.stkpack`}, true},
		{[]string{`D:\PACKS\ATELIER.STKPACK`}, true},
		{[]string{"/home/zoe/atelier.stkpack"}, true},
		{[]string{"pack", "import", "atelier.stkpack"}, false},
		{[]string{"validate"}, false},
		{[]string{"notes.stkpack.txt"}, false},
		{nil, false},
	} {
		if got := isPackArg(c.args); got != c.pack {
			t.Errorf("isPackArg(%q) = %v; want %v", c.args, got, c.pack)
		}
	}
	// The command table sends a pack to the app, with the pack's path.
	p := `C:\Users\Zoé\atelier.stkpack`
	if c, rest, _ := find([]string{p}); c == nil || c.name != "" || len(rest) != 1 || rest[0] != p {
		t.Errorf("find(%q) = %v, %q; want the app with the pack", p, c, rest)
	}
}

// Started on a pack (a double click on it), the kit opens its main window
// with the pack's import preview on top; nothing is imported yet.
func TestAppStartsOnPackPreview(t *testing.T) {
	from := t.TempDir()
	id := newSessionWithOwnModule(t, from)
	packPath := filepath.Join(t.TempDir(), "Atelier RGPD – Zoé.stkpack")
	if code, _, errOut := runCLI(t, "--data", from, "pack", "export", "--out", packPath, "--session", id); code != 0 {
		t.Fatalf("pack export: %s", errOut)
	}

	dir := t.TempDir()
	db, err := storage.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s := &starter{a: test.NewTempApp(t), dir: dir, pack: packPath, tr: locales.New("fr")}
	if err := s.start(db); err != nil {
		t.Fatal(err)
	}
	top := s.w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no import preview over the main window")
	}
	var text strings.Builder
	for _, l := range test.LaidOutObjects(top) {
		if rt, ok := l.(*canvas.Text); ok {
			text.WriteString(rt.Text + "\n")
		}
	}
	if !strings.Contains(text.String(), "Atelier RGPD") {
		t.Errorf("the preview does not name the pack's session:\n%s", text.String())
	}
	if list, _ := db.Sessions(); len(list) != 0 {
		t.Error("the pack was imported before the trainer said so")
	}
}
