package main

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/locales"
	"github.com/socialtech/trainerkit/storage"
)

// On a Mac the window gets a menu bar whose About item Fyne moves into the
// application menu.
func TestMacMenuBar(t *testing.T) {
	dir := t.TempDir()
	db, err := storage.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s := &starter{a: test.NewTempApp(t), dir: dir, tr: locales.New("en")}
	if err := s.start(db); err != nil {
		t.Fatal(err)
	}
	m := s.w.MainMenu()
	if m == nil || len(m.Items) == 0 || len(m.Items[0].Items) == 0 || m.Items[0].Items[0].Label != "About" {
		t.Fatalf("menu bar %+v", m)
	}
}
