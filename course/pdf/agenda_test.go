package pdf

import (
	"bytes"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// A two-day session of four modules prints alone on one page for the
// participants and on a page per day for the wall, on A4 and Letter; its
// half-days print with their numbered blocks, times and free minutes.
func TestAgendaPages(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib := library(t)
	s := testSession(t, "fr", 1, 4, 7, 10)
	for _, paper := range []Paper{A4, Letter} {
		part := render(t, "agenda-participants-"+string(paper)+".pdf", func(w *bytes.Buffer) error {
			return Agenda(w, lib, s, AgendaOptions{Options: Options{Paper: paper}, Layout: AgendaParticipants})
		})
		if n := info(t, part).pages; n < 1 || n > 2 {
			t.Errorf("%s participants' agenda: %d pages, want one or two", paper, n)
		}
		text := flat(pdfText(t, part))
		for _, want := range []string{"Jour 1 — lundi 30 novembre 2026", "Jour 2 — mardi 1er décembre 2026",
			"09:00–12:30 Matin", "13:30–17:00 Après-midi", "12:30–13:30 Pause déjeuner", "09:00–09:10"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s participants' agenda: %q not in %s", paper, want, text)
			}
		}
		checkInside(t, part)
		wall := render(t, "agenda-wall-"+string(paper)+".pdf", func(w *bytes.Buffer) error {
			return Agenda(w, lib, s, AgendaOptions{Options: Options{Paper: paper}, Layout: AgendaWall})
		})
		pages := pageTexts(t, wall)
		if len(pages) != 2 {
			t.Fatalf("%s wall agenda: %d pages, want one per day", paper, len(pages))
		}
		if !strings.Contains(flat(pages[0]), "Jour 1") || strings.Contains(flat(pages[0]), "Jour 2") || !strings.Contains(flat(pages[1]), "Jour 2") {
			t.Errorf("%s wall agenda: a day is not on its own page: %q", paper, pages)
		}
		checkInside(t, wall)
	}
	// A day of two modules fits one page for participants.
	short := testSession(t, "fr", 1, 4)
	p := render(t, "agenda-one-day.pdf", func(w *bytes.Buffer) error {
		return Agenda(w, lib, short, AgendaOptions{Layout: AgendaParticipants})
	})
	if n := info(t, p).pages; n != 1 {
		t.Errorf("one day of two modules: %d pages, want 1", n)
	}
	// One day alone.
	one := render(t, "agenda-day2.pdf", func(w *bytes.Buffer) error {
		return Agenda(w, lib, s, AgendaOptions{Layout: AgendaWall, Day: 2})
	})
	if text := flat(pdfText(t, one)); strings.Contains(text, "Jour 1") || !strings.Contains(text, "Jour 2") {
		t.Errorf("day 2 alone: %s", text)
	}
	var buf bytes.Buffer
	if err := Agenda(&buf, lib, s, AgendaOptions{Day: 3}); err == nil {
		t.Error("a third day of a two-day session printed")
	}
}

// A half-day that runs late prints its overrun in red on its header, its
// late block's times in red, and the afternoon keeps its start.
func TestAgendaOverrunAnchored(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib := library(t)
	s, err := session.New("Atelier", "2026-11-30", 1, "fr")
	if err != nil {
		t.Fatal(err)
	}
	s.Append(0, session.AM, session.Block{Kind: session.BlockPart, Module: 1, Part: course.Theory, Minutes: 230})
	s.Append(0, session.PM, session.Block{Kind: session.BlockCustom, Title: "Bilan", Minutes: 30})
	p := render(t, "agenda-overrun.pdf", func(w *bytes.Buffer) error {
		return Agenda(w, lib, s, AgendaOptions{Layout: AgendaParticipants})
	})
	text := flat(pdfText(t, p))
	for _, want := range []string{"20 min de dépassement", "09:00–12:50", "13:30–14:00", "180 min libres", "14:00–17:00 Temps non programmé 180 min"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in %s", want, text)
		}
	}
	if !hasRed(t, p) {
		t.Error("the overrun is not printed in red")
	}
}

// The attendance report gives each participant hours planned and attended
// less the minutes late, a rate, and the half-days missed with reasons.
func TestAttendanceReportPDF(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	s := testSession(t, "fr", 1, 4)
	ps := names[:3]
	var marks []session.Mark
	for _, p := range ps {
		for _, h := range session.Halves {
			marks = append(marks, session.Mark{Participant: p.ID, Day: 0, Half: h, Status: session.Present})
		}
	}
	marks[1] = session.Mark{Participant: "p1", Day: 0, Half: session.PM, Status: session.Late, LateMinutes: 30}
	marks[3] = session.Mark{Participant: "p2", Day: 0, Half: session.PM, Status: session.Excused, Remark: "rendez-vous médical"}
	p := render(t, "attendance-report-fr.pdf", func(w *bytes.Buffer) error {
		return AttendanceReport(w, s, ps, marks, Options{})
	})
	text := flat(pdfText(t, p))
	for _, want := range []string{"Relevé d'assiduité", "Œuvray-Ñúñez Zoë", "7 h", "6 h 30", "(30 minutes de retard déduites)",
		"J1 après-midi (30/11) Absence excusée — rendez-vous médical", "J1 après-midi (30/11) Retard : 30 min", "92 %", "61 %", "Présence par demi-journée", "Ensemble du groupe"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in %s", want, text)
		}
	}
	if n := info(t, p).pages; n != 1 {
		t.Errorf("report of three participants: %d pages", n)
	}
	checkInside(t, p)
}

// hasRed reports whether the first page of a PDF, drawn by pdftoppm, has
// pixels of the warning red.
func hasRed(t *testing.T, path string) bool {
	t.Helper()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Skip("pdftoppm not installed (poppler-utils)")
	}
	base := filepath.Join(t.TempDir(), "page")
	if out, err := exec.Command("pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile", path, base).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	f, err := os.Open(base + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r>>8 > 140 && g>>8 < 90 && bl>>8 < 90 {
				return true
			}
		}
	}
	return false
}
