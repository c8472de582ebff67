package ui

import (
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course/datafile"
)

// fakeDamage is a data file with some records that cannot be read.
type fakeDamage struct {
	damaged  []datafile.DamagedRecord
	repaired int
}

func (f *fakeDamage) Damaged() []datafile.DamagedRecord { return f.damaged }
func (f *fakeDamage) Repair() ([]datafile.DamagedRecord, string, error) {
	f.repaired++
	removed := f.damaged
	f.damaged = nil
	return removed, "/d/trainerkit.db.before-repair-20261207-120000", nil
}

// After opening, the window says what could not be read, by kind, that the
// rest is intact, and removes it when asked.
func TestDamagedRecordsAreSaidAndRepaired(t *testing.T) {
	mw, _ := newSessionWindow(t)
	f := &fakeDamage{damaged: []datafile.DamagedRecord{
		{Kind: datafile.RecordSession, Key: "s1"},
		{Kind: datafile.RecordParticipant, Session: "s2", Key: "p1"},
		{Kind: datafile.RecordParticipant, Session: "s2", Key: "p2"},
	}}
	ShowDamaged(mw, f)
	text := topText(mw.win)
	for _, want := range []string{"1 session n'a pas pu être lue", "2 participants n'ont pas pu être lus", "Tout le reste est intact"} {
		if !strings.Contains(text, want) {
			t.Errorf("the notice does not say %q:\n%s", want, text)
		}
	}
	tapInTopOverlay(t, mw.win, "Supprimer ce qui ne peut pas être lu")
	mw.busy.Wait()
	if f.repaired != 1 {
		t.Fatal("not repaired")
	}
	if text := topText(mw.win); !strings.Contains(text, "3 éléments illisibles ont été supprimés") || !strings.Contains(text, "before-repair-20261207-120000") {
		t.Errorf("after the repair: %q", text)
	}
	// Nothing damaged: nothing said.
	n := len(mw.win.Canvas().Overlays().List())
	ShowDamaged(mw, &fakeDamage{})
	if len(mw.win.Canvas().Overlays().List()) != n {
		t.Error("a notice with nothing damaged")
	}
}
