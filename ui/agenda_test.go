package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
)

// newTestAgenda shows an agenda view of s alone in a window, in French;
// saves counts the saves.
var presented int

func newTestAgenda(t *testing.T, s *session.Session, size fyne.Size) (*AgendaView, fyne.Window, *int) {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("agenda")
	saves := 0
	ag := newAgendaView(env{app: a, win: w, tr: locales.New("fr")}, s, testLib(t), &memTemplates{},
		func() bool { saves++; return true }, func() { presented++ })
	w.SetContent(ag.Content())
	w.Resize(size)
	w.Canvas().Capture() // renders every widget, so that the focus finds the fields
	return ag, w, &saves
}

func twoHalves(t *testing.T) *session.Session {
	t.Helper()
	s, _ := session.New("Atelier", "2026-12-07", 1, "fr")
	s.Append(0, session.AM, session.Block{Kind: session.BlockCustom, Title: "Tour de table", Minutes: 30})
	s.Append(0, session.AM, session.Block{Kind: session.BlockPart, Module: 1, Part: course.Theory, Minutes: 150})
	s.Append(0, session.PM, session.Block{Kind: session.BlockPart, Module: 2, Part: course.Case, Minutes: 45})
	s.Append(0, session.PM, session.Block{Kind: session.BlockBreak, Minutes: 15})
	return s
}

// The afternoon keeps its start when the morning grows; the morning's
// header shows its overrun, the afternoon's its free minutes.
func TestAgendaAnchoring(t *testing.T) {
	s := twoHalves(t)
	ag, _, saves := newTestAgenda(t, s, fyne.NewSize(1100, 700))
	rows := ag.rows()
	if len(rows) != 4 || rows[2].times.Text != "13:30–14:15" || rows[2].num.Text != "3" {
		t.Fatalf("rows %d, third at %q numbered %q", len(rows), rows[2].times.Text, rows[2].num.Text)
	}
	ag.SetMinutes(session.Pos{Day: 0, Half: session.AM, Index: 0}, "60")
	if *saves != 1 || rows[1].times.Text != "10:00–12:30" || rows[2].times.Text != "13:30–14:15" {
		t.Errorf("after 30 more minutes in the morning: %q, %q", rows[1].times.Text, rows[2].times.Text)
	}
	ag.SetMinutes(session.Pos{Day: 0, Half: session.AM, Index: 0}, "80")
	text := allText(ag.Content())
	for _, want := range []string{"20 min de dépassement", "150 min libres", "Matin  09:00–12:30", "Après-midi  13:30–17:00"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not shown:\n%s", want, text)
		}
	}
	if rows[2].times.Text != "13:30–14:15" || rows[1].times.Text != "10:20–12:50" {
		t.Errorf("a morning 20 min over moved the afternoon: %q, %q", rows[1].times.Text, rows[2].times.Text)
	}
}

// A duration typed then left with Tab counts, without Enter; the row is
// not rebuilt, so the focus goes where Tab sent it.
func TestAgendaCommitOnFocusLoss(t *testing.T) {
	s := twoHalves(t)
	ag, w, saves := newTestAgenda(t, s, fyne.NewSize(1100, 700))
	r := ag.rows()[0]
	w.Canvas().Focus(r.mins)
	r.mins.SetText("")
	test.Type(r.mins, "45")
	if *saves != 0 {
		t.Fatal("saved while typing")
	}
	test.FocusNext(w.Canvas())
	if s.Agenda[0][0].Minutes != 45 || *saves != 1 {
		t.Errorf("after Tab: %d min, %d saves", s.Agenda[0][0].Minutes, *saves)
	}
	if ag.rows()[0] != r || ag.rows()[1].times.Text != "09:45–12:15" {
		t.Errorf("times after the commit: %q", ag.rows()[1].times.Text)
	}
	if w.Canvas().Focused() == nil {
		t.Error("the focus was lost with the commit")
	}
	// Notes and titles too; a bad duration is refused and shown again.
	w.Canvas().Focus(r.notes)
	test.Type(r.notes, "Apporter les post-it")
	w.Canvas().Focus(r.title)
	if s.Agenda[0][0].Description != "Apporter les post-it" {
		t.Errorf("notes %q", s.Agenda[0][0].Description)
	}
	w.Canvas().Focus(r.mins)
	r.mins.SetText("beaucoup")
	w.Canvas().Unfocus()
	if s.Agenda[0][0].Minutes != 45 || r.mins.Text != "45" {
		t.Errorf("a duration in words: %d, field %q", s.Agenda[0][0].Minutes, r.mins.Text)
	}
}

// Undo takes back the last changes, one at a time: a delete, a move.
func TestAgendaUndo(t *testing.T) {
	s := twoHalves(t)
	ag, _, _ := newTestAgenda(t, s, fyne.NewSize(1100, 700))
	ag.Remove(session.Pos{Day: 0, Half: session.AM, Index: 1})
	ag.Step(session.Pos{Day: 0, Half: session.AM, Index: 0}, 1) // into the afternoon
	if am := s.HalfBlocks(0, session.AM); len(am) != 0 {
		t.Fatalf("morning %+v", am)
	}
	if pm := s.HalfBlocks(0, session.PM); len(pm) != 3 || pm[0].Title != "Tour de table" {
		t.Fatalf("afternoon %+v", pm)
	}
	test.Tap(buttonWithText(t, ag.Content(), "Annuler"))
	if am := s.HalfBlocks(0, session.AM); len(am) != 1 || am[0].Title != "Tour de table" {
		t.Errorf("after one undo: morning %+v", am)
	}
	ag.Undo()
	if am := s.HalfBlocks(0, session.AM); len(am) != 2 || am[1].Part != course.Theory {
		t.Errorf("after two undos: morning %+v", am)
	}
	if ag.CanUndo() {
		t.Error("more to undo than was done")
	}
	// Duplicate, then undo it.
	ag.Duplicate(session.Pos{Day: 0, Half: session.PM, Index: 0})
	if len(s.HalfBlocks(0, session.PM)) != 3 {
		t.Error("duplicate")
	}
	ag.Undo()
	if len(s.HalfBlocks(0, session.PM)) != 2 {
		t.Error("undo of a duplicate")
	}
}

// Dragging a morning row by its grip onto the afternoon moves it there.
func TestAgendaDragBetweenHalfDays(t *testing.T) {
	s := twoHalves(t)
	ag, w, _ := newTestAgenda(t, s, fyne.NewSize(1100, 900))
	drv := fyne.CurrentApp().Driver()
	from := ag.rows()[0].grip
	start := drv.AbsolutePositionForObject(from).Add(fyne.NewPos(4, 4))
	// Onto the lower half of the afternoon's first row: after it.
	pmFirst := ag.days[0].halves[1].blocks[0].root
	y := drv.AbsolutePositionForObject(pmFirst).Y + pmFirst.Size().Height*0.75
	test.Drag(w.Canvas(), start, 0, y-start.Y)
	am, pm := s.HalfBlocks(0, session.AM), s.HalfBlocks(0, session.PM)
	if len(am) != 1 || len(pm) != 3 || pm[1].Title != "Tour de table" {
		t.Fatalf("after the drag: morning %+v, afternoon %+v", am, pm)
	}
	if rows := ag.rows(); rows[2].times.Text != "14:15–14:45" || rows[0].times.Text != "09:00–11:30" {
		t.Errorf("times after the drag: %q %q", rows[0].times.Text, rows[2].times.Text)
	}
}

// The ↑ ↓ buttons move a row, across the half-days too.
func TestAgendaArrows(t *testing.T) {
	s := twoHalves(t)
	ag, _, _ := newTestAgenda(t, s, fyne.NewSize(1100, 700))
	ups := buttonsWithIcon(ag.Content(), "arrow-up")
	if len(ups) != 4 || !ups[0].Disabled() {
		t.Fatalf("%d up buttons, first disabled %v", len(ups), len(ups) > 0 && ups[0].Disabled())
	}
	test.Tap(ups[2]) // the afternoon's first goes to the end of the morning
	if am := s.HalfBlocks(0, session.AM); len(am) != 3 || am[2].Part != course.Case {
		t.Errorf("morning %+v", am)
	}
}

// memTemplates keeps templates in memory.
type memTemplates struct{ ts []session.Template }

func (m *memTemplates) Templates() ([]session.Template, error) { return m.ts, nil }
func (m *memTemplates) SaveTemplate(t session.Template) error {
	m.ts = append(m.ts, t)
	return nil
}
func (m *memTemplates) RenameTemplate(old, name string) error {
	for i := range m.ts {
		if m.ts[i].Name == old {
			m.ts[i].Name = name
		}
	}
	return nil
}
func (m *memTemplates) DeleteTemplate(name string) error {
	for i := range m.ts {
		if m.ts[i].Name == name {
			m.ts = append(m.ts[:i], m.ts[i+1:]...)
			return nil
		}
	}
	return nil
}

// The agenda as drawn: a day with its date and total, its half-days with
// their times and status, numbered rows (ui/testdata/agenda/*.xml).
func TestAgendaRendersToMarkup(t *testing.T) {
	s := twoHalves(t)
	s.Update(session.Pos{Day: 0, Half: session.AM, Index: 1}, func(b *session.Block) { b.Minutes = 200 })
	ag, w, _ := newTestAgenda(t, s, fyne.NewSize(1000, 800))
	test.AssertRendersToMarkup(t, "agenda/day_fr.xml", w.Canvas())
	ag.Remove(session.Pos{Day: 0, Half: session.AM, Index: 1})
	if len(s.Agenda[0]) != 3 {
		t.Errorf("after removing the theory: %+v", s.Agenda[0])
	}
	before := presented
	test.Tap(buttonWithText(t, ag.Content(), "Projeter le programme"))
	if presented != before+1 {
		t.Error("the Present button does not present the agenda")
	}
}

// In the main window: a change keeps the agenda tab and its scroll
// position (the editor is not rebuilt); Ctrl+Z undoes; leaving a session
// with text not saved asks first.
func TestAgendaInWindow(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("Agenda", "2026-12-07", 2, "fr", "")
	other, _ := mw.sessions.Create("Autre", "2026-12-14", 1, "fr", "")
	mw.sessions.open(s.ID)
	ed := mw.sessions.Editor()
	ed.SelectTab(1)
	ag := ed.Agenda()
	if err := ag.AddModuleHalfDay(0, session.AM, 1); err != nil {
		t.Fatal(err)
	}
	if err := ag.AddModuleHalfDay(1, session.PM, 2); err != nil {
		t.Fatal(err)
	}
	mw.win.Resize(fyne.NewSize(1281, 801)) // lays the grown agenda out
	ag.scroll.ScrollToOffset(fyne.NewPos(0, 300))
	ag.SetMinutes(session.Pos{Day: 1, Half: session.PM, Index: 0}, "20")
	if mw.sessions.Editor() != ed || ed.Tab() != 1 || ag.scroll.Offset.Y != 300 {
		t.Errorf("after a change: same editor %v, tab %d, scroll %v", mw.sessions.Editor() == ed, ed.Tab(), ag.scroll.Offset.Y)
	}
	stored, _ := db.Session(s.ID)
	if b, _ := stored.Block(session.Pos{Day: 1, Half: session.PM}); b.Minutes != 20 {
		t.Errorf("stored %+v", b)
	}
	// Ctrl+Z on the window takes the change back.
	mw.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault})
	stored, _ = db.Session(s.ID)
	if b, _ := stored.Block(session.Pos{Day: 1, Half: session.PM}); b.Minutes == 20 {
		t.Error("Ctrl+Z did not undo")
	}
	// Notes typed in the details and not saved: leaving asks.
	ed.SelectTab(0)
	ed.details.notes.SetText("Réserver la salle")
	mw.sessions.open(other.ID)
	if mw.sessions.Editor() != ed || mw.sessions.leave == nil {
		t.Fatal("another session opened over unsaved notes")
	}
	// Escape stays on the session, its notes still typed.
	mw.win.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if mw.sessions.Editor() != ed || ed.details.notes.Text != "Réserver la salle" || mw.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape did not stay on the session")
	}
	mw.sessions.open(other.ID)
	tapInTopOverlay(t, mw.win, "Enregistrer")
	if stored, _ = db.Session(s.ID); stored.Notes != "Réserver la salle" {
		t.Errorf("notes %q", stored.Notes)
	}
	if mw.sessions.Editor().Session().ID != other.ID {
		t.Error("the other session did not open after saving")
	}
	// Ctrl+S in an agenda field saves the details too.
	mw.sessions.open(s.ID)
	ed = mw.sessions.Editor()
	ed.details.place.SetText("Lyon")
	r := ed.Agenda().rows()[0]
	mw.win.Canvas().Focus(r.title)
	test.Type(r.title, "!")
	r.title.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault})
	stored, _ = db.Session(s.ID)
	if stored.Place != "Lyon" || !strings.Contains(stored.Agenda[0][0].Title, "!") {
		t.Errorf("Ctrl+S: place %q, title %q", stored.Place, stored.Agenda[0][0].Title)
	}
}

// Changing the interface language keeps the open session open, on its tab.
func TestUILangKeepsSession(t *testing.T) {
	mw, _ := newSessionWindow(t)
	s, _ := mw.sessions.Create("Atelier", "2026-12-07", 1, "fr", "")
	mw.sessions.Editor().SelectTab(1)
	mw.sessions.Editor().details.place.SetText("Lyon") // typed, not saved
	mw.SetUILang("en")
	ed := mw.sessions.Editor()
	if ed == nil || ed.Session().ID != s.ID || ed.Tab() != 1 || ed.Session().Place != "Lyon" {
		t.Fatalf("after the language change: editor %v", ed != nil)
	}
	if !strings.Contains(allText(ed.Agenda().Content()), "Morning") {
		t.Error("the agenda is not in English")
	}
}

// A mistake in the agenda's Add dialogs keeps them open with what was
// typed, says it in plain French and focuses the field to correct.
func TestAgendaAddMistakeKeepsTheDialog(t *testing.T) {
	mw, _ := newSessionWindow(t)
	if _, err := mw.sessions.Create("Atelier", "2026-12-07", 1, "fr", ""); err != nil {
		t.Fatal(err)
	}
	a := mw.sessions.Editor().Agenda()
	c := mw.win.Canvas()

	a.showAddCustom(0, session.AM)
	form := c.Overlays().Top()
	fields := deepCollect[*field](form) // title, minutes, description
	title, mins := fields[0], fields[1]
	mins.SetText("20")
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	checkRefused(t, mw.win, form, "Un bloc a besoin d'un intitulé et d'une durée en minutes.", title)
	typeFocused(c, "Pause café")
	mins.SetText("vingt")
	tapInTopOverlay(t, mw.win, "Ajouter")
	checkRefused(t, mw.win, form, "Un bloc a besoin d'un intitulé et d'une durée en minutes.", mins)
	if title.Text != "Pause café" {
		t.Errorf("the title typed is lost: %q", title.Text)
	}
	mins.SetText("20")
	tapInTopOverlay(t, mw.win, "Ajouter")
	if bs := a.s.HalfBlocks(0, session.AM); len(bs) != 1 || bs[0].Title != "Pause café" || bs[0].Minutes != 20 {
		t.Fatalf("blocks %+v", bs)
	}

	a.showAddPart(0, session.PM)
	form = c.Overlays().Top()
	mod := deepCollect[*choice](form)[0]
	if c.Focused() != mod {
		t.Fatalf("the focus is on %T, not the module", c.Focused())
	}
	tapInTopOverlay(t, mw.win, "Ajouter")
	checkRefused(t, mw.win, form, "Choisissez le module à ajouter.", mod)
	mod.SetSelectedIndex(0)
	mins = deepCollect[*field](form)[0]
	mins.SetText("0")
	tapInTopOverlay(t, mw.win, "Ajouter")
	checkRefused(t, mw.win, form, "La durée doit être", mins)
	mins.SetText("45")
	tapInTopOverlay(t, mw.win, "Ajouter")
	if bs := a.s.HalfBlocks(0, session.PM); len(bs) != 1 || bs[0].Minutes != 45 {
		t.Fatalf("blocks %+v", bs)
	}
	// Escape on the module's select cancels.
	a.showAddPart(0, session.PM)
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Overlays().Top() != nil {
		t.Error("Escape on the module left the dialog open")
	}
}
