package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/session"
)

func TestMarkAttendance(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("Présences", "2026-12-07", 2, "fr", "")
	if err := db.SaveParticipants(s.ID, []session.Participant{{FirstName: "Léa", LastName: "Rémy"}, {LastName: "Côté"}}); err != nil {
		t.Fatal(err)
	}
	mw.win.Resize(fyne.NewSize(1400, 800))
	ed := mw.sessions.Editor()
	ed.tabs.SelectIndex(3) // the attendance tab reads the participants again
	att := ed.Attendance()
	if len(att.ps) != 2 {
		t.Fatalf("%d participants in the grid", len(att.ps))
	}
	// One tap on a cell of the grid marks present.
	cells := gridCells(att)
	if len(cells) == 0 {
		t.Fatal("no cells drawn")
	}
	test.Tap(cells[0])
	marks, _ := db.Marks(s.ID)
	if len(marks) != 1 || marks[0].Status != session.Present {
		t.Fatalf("one tap stored %+v", marks)
	}
	// A second tap takes it back.
	test.Tap(cells[0])
	if marks, _ = db.Marks(s.ID); len(marks) != 0 {
		t.Errorf("second tap left %+v", marks)
	}
	lea := att.ps[1].ID // Rémy, Léa
	att.Tap(lea, 0, session.AM)
	if att.Status(lea, 0, session.AM) != session.Present {
		t.Errorf("one tap: %q", att.Status(lea, 0, session.AM))
	}
	// Late by 30 minutes, through the menu (a right-click on the cell).
	att.SetMark(session.Mark{Participant: lea, Day: 0, Half: session.AM, Status: session.Late, LateMinutes: 30})
	att.MarkAll(0, session.PM, session.Present)
	if h := att.Hours(lea); h.AttendedMinutes != 390 || h.PlannedMinutes != 840 || h.Rate() != 46 {
		t.Errorf("hours %+v", h)
	}
	if r := att.HalfRate(0, session.PM); r != 100 {
		t.Errorf("afternoon rate %d", r)
	}
	if marks, _ = db.Marks(s.ID); len(marks) != 3 {
		t.Errorf("%d marks stored, want 3", len(marks))
	}
	// Forgetting Léa removes her marks.
	ed.Participants().Forget(lea)
	ed.Participants().busy.Wait()
	if marks, _ = db.Marks(s.ID); len(marks) != 1 {
		t.Errorf("%d marks after forgetting, want 1", len(marks))
	}
}

// The menu sets late with the minutes and a remark; the column heads carry
// the date, the times and the half-day's rate, and their ✓ marks everyone.
func TestAttendanceMenuAndHeaders(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("Présences", "2026-12-07", 1, "fr", "")
	if err := db.SaveParticipants(s.ID, []session.Participant{{FirstName: "Léa", LastName: "Rémy"}, {LastName: "Côté"}}); err != nil {
		t.Fatal(err)
	}
	mw.win.Resize(fyne.NewSize(1400, 800))
	ed := mw.sessions.Editor()
	ed.tabs.SelectIndex(3)
	att := ed.Attendance()
	cells := gridCells(att)
	cells[0].TappedSecondary(&fyne.PointEvent{})
	top := mw.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no menu on a right-click")
	}
	radio := deepCollect[*widget.RadioGroup](top)[0]
	radio.SetSelected("En retard")
	entries := deepCollect[*field](top)
	entries[0].SetText("20")
	entries[1].SetText("train en retard")
	tapInTopOverlay(t, mw.win, "Enregistrer")
	marks, _ := db.Marks(s.ID)
	if len(marks) != 1 || marks[0].Status != session.Late || marks[0].LateMinutes != 20 || marks[0].Remark != "train en retard" {
		t.Fatalf("menu stored %+v", marks)
	}
	heads := strings.Join(labelsText(att.Content()), "\n")
	for _, want := range []string{"07/12/2026", "J1 matin", "09:00–12:30", "J1 après-midi", "13:30–17:00 · 0\u202f%", "Retard 20 min *"} {
		if !strings.Contains(heads, want) {
			t.Errorf("%q not shown in\n%s", want, heads)
		}
	}
	// ✓ of the afternoon's head: everyone present.
	var checks []*widget.Button
	for _, b := range deepButtons(att.Content()) {
		if b.Icon != nil && strings.Contains(b.Icon.Name(), "check") && b.Visible() {
			checks = append(checks, b)
		}
	}
	if len(checks) != 2 {
		t.Fatalf("%d ✓ in the heads, want 2", len(checks))
	}
	test.Tap(checks[1])
	if marks, _ = db.Marks(s.ID); len(marks) != 3 || att.HalfRate(0, session.PM) != 100 {
		t.Errorf("after ✓: %+v", marks)
	}
}

// labelsText is the text of every label drawn under o.
func labelsText(o fyne.CanvasObject) []string {
	var out []string
	for _, l := range deepCollect[*widget.Label](o) {
		out = append(out, l.Text)
	}
	for _, b := range deepCollect[*statusButton](o) {
		out = append(out, b.Text)
	}
	return out
}

// gridCells are the status buttons of the grid's drawn cells (the table
// keeps a template cell too, bound to nothing).
func gridCells(att *AttendanceView) []*statusButton {
	var out []*statusButton
	for _, b := range deepCollect[*statusButton](att.Content()) {
		if b.onMenu != nil {
			out = append(out, b)
		}
	}
	return out
}

// Minutes late that are not a number, or more than the half-day lasts, are
// not saved: the dialog stays open with what was typed and says why in the
// trainer's language; a number within the half-day is saved.
func TestAttendanceLateMinutesChecked(t *testing.T) {
	mw, db := newSessionWindow(t)
	s, _ := mw.sessions.Create("Présences", "2026-12-07", 1, "fr", "")
	if err := db.SaveParticipants(s.ID, []session.Participant{{FirstName: "Léa", LastName: "Rémy"}}); err != nil {
		t.Fatal(err)
	}
	mw.win.Resize(fyne.NewSize(1400, 800))
	ed := mw.sessions.Editor()
	ed.tabs.SelectIndex(3)
	att := ed.Attendance()
	gridCells(att)[0].TappedSecondary(&fyne.PointEvent{})
	top := mw.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no menu on a right-click")
	}
	deepCollect[*widget.RadioGroup](top)[0].SetSelected("En retard")
	minutes := deepCollect[*field](top)[0]
	shown := func() string {
		var out []string
		for _, l := range deepCollect[*widget.Label](top) {
			if l.Visible() && l.Importance == widget.DangerImportance {
				out = append(out, l.Text)
				// Drawn whole inside the dialog, not squeezed to nothing.
				if l.Size().Height < l.MinSize().Height || l.Size().Width < 100 {
					t.Errorf("the message %q is drawn at %v, needs %v", l.Text, l.Size(), l.MinSize())
				}
			}
		}
		return strings.Join(out, "\n")
	}
	for _, c := range []struct{ typed, says string }{
		{"300", "Cette demi-journée dure 210\u00a0minutes ici\u00a0: écrivez au plus 210\u00a0minutes de retard, ou marquez la personne absente."},
		{"dix", "Écrivez les minutes de retard en chiffres, par exemple 15."},
		{"-5", "Écrivez les minutes de retard en chiffres, par exemple 15."},
	} {
		minutes.SetText("")
		test.Type(minutes, c.typed)
		tapInTopOverlay(t, mw.win, "Enregistrer")
		if marks, _ := db.Marks(s.ID); len(marks) != 0 {
			t.Errorf("%q saved %+v", c.typed, marks)
		}
		if mw.win.Canvas().Overlays().Top() != top {
			t.Fatalf("%q closed the dialog", c.typed)
		}
		if minutes.Text != c.typed {
			t.Errorf("%q became %q in the field", c.typed, minutes.Text)
		}
		if got := shown(); got != c.says {
			t.Errorf("%q: the dialog says %q, want %q", c.typed, got, c.says)
		}
	}
	// Another status hides the message; the minutes do not matter then.
	deepCollect[*widget.RadioGroup](top)[0].SetSelected("Absent")
	if got := shown(); got != "" {
		t.Errorf("after choosing Absent the dialog still says %q", got)
	}
	deepCollect[*widget.RadioGroup](top)[0].SetSelected("En retard")
	minutes.SetText("")
	test.Type(minutes, "210")
	tapInTopOverlay(t, mw.win, "Enregistrer")
	marks, _ := db.Marks(s.ID)
	if len(marks) != 1 || marks[0].Status != session.Late || marks[0].LateMinutes != 210 {
		t.Fatalf("210 minutes stored %+v", marks)
	}
	if mw.win.Canvas().Overlays().Top() == top {
		t.Error("the dialog stayed open after a valid save")
	}
}

// The grid writes its rates as the PDFs do: the same rate (rounded down,
// session.Hours.Rate), the same typography in each language, and the
// group's rate of the session report in the hours column's head.
func TestAttendanceRatesAsPrinted(t *testing.T) {
	for _, c := range []struct {
		lang string
		want []string
	}{
		{"fr", []string{"13:30–17:00 · 17\u202f%", "09:00–12:30 · 100\u202f%", "Groupe\u00a0: 58\u202f%", "3 h 30 / 7 h · 50\u202f%", "6 h 35 / 7 h · 94\u202f%"}},
		{"en", []string{"13:30–17:00 · 17%", "09:00–12:30 · 100%", "Group: 58%", "6 h 35 / 7 h · 94%"}},
		{"es", []string{"13:30–17:00 · 17\u00a0%", "Grupo: 58\u00a0%"}},
	} {
		t.Run(c.lang, func(t *testing.T) {
			var ps []session.Participant
			for _, n := range []string{"Caffè", "D'Amico", "López", "Müller", "Rossi"} {
				ps = append(ps, session.Participant{LastName: n})
			}
			att, _ := openAttendance(t, c.lang, 1, ps, fyne.NewSize(1400, 800))
			att.MarkAll(0, session.AM, session.Present)
			// One participant of five came in the afternoon, 25 minutes late:
			// 185 of 1050 minutes, 17.6 %.
			att.SetMark(session.Mark{Participant: att.ps[0].ID, Day: 0, Half: session.PM, Status: session.Late, LateMinutes: 25})
			shown := strings.Join(labelsText(att.Content()), "\n")
			for _, want := range c.want {
				if !strings.Contains(shown, want) {
					t.Errorf("%q not shown in\n%s", want, shown)
				}
			}
		})
	}
}

// At a larger text size, every column is as wide as its content: the
// heads whole beside their ✓, the marks whole beside their ⋯ (late by the
// whole half-day with a remark too), the names whole or cut with an
// ellipsis at the name column's widest.
func TestAttendanceColumnsFitTheirContent(t *testing.T) {
	ps := []session.Participant{{FirstName: "Zoë", LastName: "Müller-Lüdenscheidt"}, {FirstName: "Nicolò", LastName: "D'Amico"},
		{FirstName: "Maria Guadalupe Esperanza", LastName: "de la Santísima Trinidad Fernández-Villaverde"}}
	att, mw := openAttendance(t, "es", 2, ps, fyne.NewSize(1600, 1000))
	att.MarkAll(0, session.AM, session.Present)
	att.SetMark(session.Mark{Participant: att.ps[0].ID, Day: 0, Half: session.PM, Status: session.Late, LateMinutes: 210, Remark: "tren"})
	att.SetMark(session.Mark{Participant: att.ps[1].ID, Day: 0, Half: session.PM, Status: session.Late, LateMinutes: 25})
	for _, zoom := range []float32{1, 1.3, 1.6} {
		mw.SetZoom(zoom)
		att.table.ScrollToLeading()
		var cut []string
		for _, b := range gridCells(att) {
			if b.Visible() && b.Size().Width < b.MinSize().Width {
				cut = append(cut, fmt.Sprintf("cell %q %.0f < %.0f", b.Text, b.Size().Width, b.MinSize().Width))
			}
		}
		heads, names := 0, 0
		for _, l := range deepCollect[*widget.Label](att.Content()) {
			if !l.Visible() || l.Text == "" || l.Importance == widget.LowImportance {
				continue
			}
			if l.Truncation == fyne.TextTruncateOff { // a head
				heads++
				if l.Size().Width < l.MinSize().Width {
					cut = append(cut, fmt.Sprintf("head %q %.0f < %.0f", l.Text, l.Size().Width, l.MinSize().Width))
				}
				continue
			}
			whole := widget.NewLabel(l.Text)
			atMost := maxNameEms*theme.TextSize() + theme.Padding()
			if l.Size().Width < whole.MinSize().Width && l.Size().Width < atMost-1 {
				cut = append(cut, fmt.Sprintf("name %q %.0f < %.0f", l.Text, l.Size().Width, whole.MinSize().Width))
			}
			names++
		}
		if heads < 3 || names < 3 {
			t.Fatalf("zoom %.1f: %d heads and %d names drawn", zoom, heads, names)
		}
		for _, c := range cut {
			t.Errorf("zoom %.1f: %s", zoom, c)
		}
	}
}

// openAttendance opens the Attendance tab of a new session of days days,
// holding ps, in a window of size with the interface in lang.
func openAttendance(t *testing.T, lang string, days int, ps []session.Participant, size fyne.Size) (*AttendanceView, *MainWindow) {
	t.Helper()
	mw, db := newTestMainWindow(t, func(st *State) { st.UILang = lang })
	test.Tap(mw.toolbar.viewButtons[viewSessions])
	s, err := mw.sessions.Create("Présences", "2027-01-12", days, lang, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SaveParticipants(s.ID, ps); err != nil {
		t.Fatal(err)
	}
	mw.win.Resize(size)
	ed := mw.sessions.Editor()
	ed.tabs.SelectIndex(3)
	return ed.Attendance(), mw
}
