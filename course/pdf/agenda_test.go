package pdf

import (
	"bytes"
	"fmt"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// A two-day session of four modules prints alone for the participants, in
// type no smaller than the floor, and on a page per day for the wall, on
// A4 and Letter; its half-days print with their numbered blocks and times.
func TestAgendaPages(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib := library(t)
	s := testSession(t, "fr", 1, 4, 7, 10)
	for _, paper := range []Paper{A4, Letter} {
		part := render(t, "agenda-participants-"+string(paper)+".pdf", func(w *bytes.Buffer) error {
			return Agenda(w, lib, s, AgendaOptions{Options: Options{Paper: paper}, Layout: AgendaParticipants})
		})
		if n := info(t, part).pages; n < 1 || n > 3 {
			t.Errorf("%s participants' agenda: %d pages, want one to three", paper, n)
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
	// A day of two modules takes two pages rather than type under 8 pt,
	// in the largest type that keeps to two.
	short := testSession(t, "fr", 1, 4)
	p := render(t, "agenda-one-day.pdf", func(w *bytes.Buffer) error {
		return Agenda(w, lib, short, AgendaOptions{Layout: AgendaParticipants})
	})
	if n := info(t, p).pages; n != 2 {
		t.Errorf("one day of two modules: %d pages, want 2", n)
	}
	if _, scale, err := fitAgenda(lib, short, []int{0}, AgendaOptions{Layout: AgendaParticipants}, A4); err != nil || scale != 1 {
		t.Errorf("one day of two modules on two pages: scale %v (%v), want 1", scale, err)
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
	// Participants see the afternoon as it runs, without the free minutes.
	for _, want := range []string{"20 min de dépassement", "09:00–12:50", "13:30–14:00 Après-midi", "13:30–14:00 Bilan 30 min"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in %s", want, text)
		}
	}
	for _, not := range []string{"libres", "Temps non programmé", "complet"} {
		if strings.Contains(text, not) {
			t.Errorf("%q on the participants' agenda: %s", not, text)
		}
	}
	if !hasRed(t, p) {
		t.Error("the overrun is not printed in red")
	}
	// The trainer's guide has them.
	g := render(t, "agenda-overrun-guide.pdf", func(w *bytes.Buffer) error { return TrainerGuide(w, lib, s, Options{}) })
	text = flat(pdfText(t, g))
	for _, want := range []string{"20 min de dépassement", "13:30–17:00 Après-midi 180 min libres", "14:00–17:00 Temps non programmé 180 min"} {
		if !strings.Contains(text, want) {
			t.Errorf("guide: %q not in %s", want, text)
		}
	}
}

// The agenda of a long session in each language, on A4 and Letter, for
// participants and for the wall: its type never under 8 pt, on the fewest
// pages that allows; each page that a day goes on to starts with the day's
// heading, "(continued)"; no page ends with a day's heading; every table on
// one grid (the times of every table at one x, the minutes ending at one
// x); no "25 min" broken between lines; no free minutes.
func TestAgendaLongSessions(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib := library(t)
	cases := []struct {
		lang      string
		modules   []int
		cont, day string
	}{
		{"fr", []int{1, 4, 8, 17, 5, 6}, "(suite)", "Jour"},
		{"it", []int{10, 11, 9}, "(seguito)", "Giorno"},
		{"es", []int{7, 15, 14, 16, 20}, "(continuación)", "Día"},
		{"en", []int{12, 13}, "(continued)", "Day"},
	}
	for _, c := range cases {
		s := testSession(t, c.lang, c.modules...)
		for _, paper := range []Paper{A4, Letter} {
			for _, layout := range []AgendaLayout{AgendaParticipants, AgendaWall} {
				name := fmt.Sprintf("agenda-long-%s-%s-%d.pdf", c.lang, paper, layout)
				o := AgendaOptions{Options: Options{Paper: paper}, Layout: layout}
				p := render(t, name, func(w *bytes.Buffer) error { return Agenda(w, lib, s, o) })
				days := []int{}
				for d := range s.Days {
					days = append(days, d)
				}
				d, scale, err := fitAgenda(lib, s, days, o, paper)
				if err != nil {
					t.Fatal(err)
				}
				base := fontCell.size
				if layout == AgendaWall {
					base = wallFont.size
				}
				if base*scale < agendaFloor-1e-9 {
					t.Errorf("%s: type %.2f pt, under the floor", name, base*scale)
				}
				if floor, _ := layoutAgenda(lib, s, days, o, paper, agendaFloor/base); len(floor.pages) < len(d.pages) {
					t.Errorf("%s: %d pages at %.2f pt, %d would do at the floor", name, len(d.pages), base*scale, len(floor.pages))
				}
				checkAgendaPages(t, p, c.day, c.cont, layout == AgendaWall)
				checkAgendaGrid(t, p)
				text := pdfText(t, p)
				for _, not := range []string{"min libres", "min liberi", "min free", "non programm", "sin programar", "Unscheduled"} {
					if strings.Contains(text, not) {
						t.Errorf("%s: %q on a participants' copy", name, not)
					}
				}
				checkInside(t, p)
			}
		}
		// The trainer's guide repeats the day's heading too, and keeps its
		// free minutes.
		g := render(t, "agenda-long-guide-"+c.lang+".pdf", func(w *bytes.Buffer) error { return TrainerGuide(w, lib, s, Options{}) })
		nav := readNav(t, g)
		pages := pageTexts(t, g)
		conts := 0
		for pg := nav.outline[0].page + 1; pg < nav.outline[1].page; pg++ {
			lines := contentLines(pages[pg-1])
			// The running header, then the day's heading.
			if len(lines) < 2 || !strings.HasPrefix(lines[1], c.day+" ") {
				t.Errorf("guide %s page %d starts with %q, not a day's heading", c.lang, pg, lines[:min(2, len(lines))])
			}
			if len(lines) > 1 && strings.HasSuffix(lines[1], c.cont) {
				conts++
			}
		}
		if conts == 0 {
			t.Errorf("guide %s: no day goes on to another page (%d agenda pages)", c.lang, nav.outline[1].page-nav.outline[0].page)
		}
		checkAgendaGrid(t, g)
	}
}

// contentLines are a page's lines of text, trimmed, without empty ones.
func contentLines(page string) []string {
	var out []string
	for _, l := range strings.Split(page, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// checkAgendaPages checks that every page of an agenda after the first
// starts with a day's heading, the day's heading "(continued)" when the
// page goes on with the day of the page before, and that no page ends with
// a day's heading (its last line before the footer; bare pages have none).
func checkAgendaPages(t *testing.T, path, day, cont string, bare bool) {
	t.Helper()
	heading := regexp.MustCompile(`^` + day + ` \d+ — `)
	pages := pageTexts(t, path)
	for i, pg := range pages {
		lines := contentLines(pg)
		if !bare {
			lines = lines[:len(lines)-1] // the footer
		}
		if len(lines) == 0 {
			t.Errorf("%s page %d is empty", filepath.Base(path), i+1)
			continue
		}
		if last := lines[len(lines)-1]; heading.MatchString(last) {
			t.Errorf("%s page %d ends with the heading %q", filepath.Base(path), i+1, last)
		}
		if i == 0 {
			continue
		}
		first := lines[0]
		if bare && !strings.HasSuffix(first, cont) {
			// A wall page starts with the session's title, then its day.
			for _, l := range lines[:min(4, len(lines))] {
				if heading.MatchString(l) {
					first = l
					break
				}
			}
		}
		if !heading.MatchString(first) {
			t.Errorf("%s page %d starts with %q, not a day's heading", filepath.Base(path), i+1, first)
		}
		// A page that starts inside a day, with a block after its first
		// ("12 10:40–10:55 …" under its table's header), says it goes on.
		if len(lines) > 2 && regexp.MustCompile(`^([2-9]|\d\d+) \d\d:\d\d–`).MatchString(lines[2]) && !strings.HasSuffix(first, cont) {
			t.Errorf("%s page %d goes on with a table under %q, not %q", filepath.Base(path), i+1, first, cont)
		}
	}
}

// checkAgendaGrid checks that the agenda's tables share their columns: the
// times ("09:00–09:10", a half-day's "09:00–12:30") start at one x and the
// minutes ("25 min") end at one x, on every page; and that no "25 min" is
// broken: every "min" follows its number on its line.
func checkAgendaGrid(t *testing.T, path string) {
	t.Helper()
	if n := agendaGrid(t, path); n == 0 {
		t.Errorf("%s: no table found", filepath.Base(path))
	}
}

// agendaGrid is checkAgendaGrid without a table required: it returns the
// number of block times and half-day times found.
func agendaGrid(t *testing.T, path string) int {
	t.Helper()
	times := regexp.MustCompile(`^\d\d:\d\d–\d\d:\d\d$`)
	number := regexp.MustCompile(`^\d+$`)
	out := pdfText(t, path, "-bbox")
	timeX, minX := map[int]bool{}, map[int]bool{}
	found := 0
	for pi, pg := range strings.Split(out, "<page ")[1:] {
		ws := placedWords(pg)
		sameLine := func(i, j int) bool { return j >= 0 && j < len(ws) && math.Abs(ws[i].y0-ws[j].y0) < 1 }
		for i, w := range ws {
			switch {
			case !times.MatchString(w.text):
			case sameLine(i, i-1) && number.MatchString(ws[i-1].text):
				// A block's times, after its number.
				timeX[int(math.Round(w.x0))] = true
				found++
			case !sameLine(i, i-1) && sameLine(i, i+1) && halfNames[ws[i+1].text]:
				// A half-day's, heading its table.
				timeX[int(math.Round(w.x0))] = true
				found++
			}
			switch {
			case w.text == "min":
				if i == 0 || !number.MatchString(ws[i-1].text) || math.Abs(ws[i-1].y0-w.y0) > 0.5 {
					t.Errorf("%s page %d: %q has no number before it on its line", filepath.Base(path), pi+1, "min")
					continue
				}
				if !sameLine(i, i+1) { // a block's minutes, not a header's "20 min over"
					minX[int(math.Round(w.x1))] = true
				}
			}
		}
	}
	if len(timeX) > 1 || len(minX) > 1 {
		t.Errorf("%s: the tables do not share their columns: times start at %v, minutes end at %v", filepath.Base(path), keysOf(timeX), keysOf(minX))
	}
	return found
}

// halfNames are the half-days' names in the four languages.
var halfNames = map[string]bool{"Matin": true, "Après-midi": true, "Mattina": true, "Pomeriggio": true, "Mañana": true, "Tarde": true, "Morning": true, "Afternoon": true}

func keysOf(m map[int]bool) []int {
	var out []int
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
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

// A day too full for one wall page at the floor goes on to a second page
// under its heading "(suite)", the other days keeping a page each.
func TestAgendaWallDayOverflow(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib := library(t)
	s := testSession(t, "fr", 1, 4, 7)
	for _, n := range []int{10, 13} {
		blocks, err := session.ModulePlan(lib.Module(n), "fr")
		if err != nil {
			t.Fatal(err)
		}
		for i := range blocks {
			blocks[i].Description = "Apporter le support imprimé, les feutres et le minuteur ; prévoir une salle voisine pour les sous-groupes."
		}
		s.Agenda[0] = append(s.Agenda[0], blocks...)
	}
	p := render(t, "agenda-wall-overflow.pdf", func(w *bytes.Buffer) error {
		return Agenda(w, lib, s, AgendaOptions{Layout: AgendaWall})
	})
	pages := pageTexts(t, p)
	if len(pages) != 3 {
		t.Fatalf("%d pages, want day 1 on two and day 2 on one", len(pages))
	}
	if lines := contentLines(pages[1]); !slices.Contains(lines[:3], "Jour 1 — lundi 30 novembre 2026 (suite)") {
		t.Errorf("page 2 starts with %q", lines[:3])
	}
	if !strings.Contains(flat(pages[2]), "Jour 2 — mardi 1er décembre 2026") {
		t.Errorf("page 3 is not day 2: %s", flat(pages[2]))
	}
	checkAgendaPages(t, p, "Jour", "(suite)", true)
	checkAgendaGrid(t, p)
	checkInside(t, p)
}
