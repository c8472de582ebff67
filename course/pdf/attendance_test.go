package pdf

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course/session"
)

// rawPages is the text of each page in the order it was drawn: a cell's
// lines follow each other, whatever sits beside them.
func rawPages(t *testing.T, path string) []string {
	pages := strings.Split(pdfText(t, path, "-raw"), "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	return pages
}

// longOrg is an organisation whose name wraps over several lines.
const longOrg = "Association Régionale pour l'Insertion par l'Activité Économique et la Solidarité Numérique des Hauts-de-France"

// qaSession is the session a tester found spilling each day onto a second
// page: three days, two trainers, seven participants, one of them with a
// long organisation.
func qaSession(t *testing.T) (*session.Session, []session.Participant, []session.Mark) {
	s := testSession(t, "fr", 1, 4, 8, 17, 5, 6)
	s.Funder, s.Reference = "OPCO Uniformation", "UNIF-2025-00412"
	s.Trainers = []string{"Éloïse Garnier", "Jean-Baptiste Lefèvre"}
	people := []session.Participant{
		{ID: "a", LastName: "Çelik", FirstName: "Zoé", Organisation: "Ressourcerie « Le Grenier »"},
		{ID: "b", LastName: "Dubois-Lefèvre", FirstName: "Éloïse", Organisation: longOrg},
		{ID: "c", LastName: "Ibáñez", FirstName: "Nuño", Organisation: "Red Solidaria"},
		{ID: "d", LastName: "Lê", FirstName: "Thị Hương", Organisation: "ADIE"},
		{ID: "e", LastName: "Müller-Østergaard", FirstName: "François-Xavier", Organisation: "SCIC Énergies Citoyennes"},
		{ID: "f", LastName: "N'Diaye", FirstName: "Aïssatou", Organisation: "Emmaüs Connect"},
		{ID: "g", LastName: "Œuvray", FirstName: "Gaëlle", Organisation: "Les Jardins de Cocagne"},
	}
	marks := []session.Mark{
		{Participant: "d", Day: 0, Half: session.PM, Status: session.Absent},
		{Participant: "e", Day: 0, Half: session.AM, Status: session.Late, LateMinutes: 45},
	}
	return s, people, marks
}

// One sheet a day: the spare rows that do not fit are left out rather
// than printed on a page of their own, and the trainers sign once a day,
// each on a row of their own.
func TestAttendanceSheetOnePagePerDay(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	s, people, marks := qaSession(t)
	if len(s.Days) != 3 {
		t.Fatalf("%d days", len(s.Days))
	}
	for _, paper := range []Paper{A4, Letter} {
		p := render(t, "attendance-qa-"+string(paper)+".pdf", func(w *bytes.Buffer) error {
			return AttendanceSheet(w, s, people, Options{Paper: paper, Marks: marks})
		})
		pages := rawPages(t, p)
		if len(pages) != len(s.Days) {
			t.Fatalf("%s: %d pages for %d days", paper, len(pages), len(s.Days))
		}
		for i, pg := range pages {
			f := flat(pg)
			for _, want := range []string{fmt.Sprintf("Jour %d sur 3", i+1), "Hauts-de-France",
				"Signatures des formatrices et formateurs",
				"Éloïse Garnier Matin 09:00–12:30 Après-midi 13:30–17:00",
				"Jean-Baptiste Lefèvre Matin 09:00–12:30 Après-midi 13:30–17:00"} {
				if !strings.Contains(f, want) {
					t.Errorf("%s page %d: %q not found in %s", paper, i+1, want, f)
				}
			}
			for _, p := range people {
				if !strings.Contains(f, p.LastName) {
					t.Errorf("%s page %d: %s not found", paper, i+1, p.LastName)
				}
			}
			if n := strings.Count(f, "Nombre de signatures : …… sur 7"); n != 2 {
				t.Errorf("%s page %d: the count of signatures %d times, want once a half-day", paper, i+1, n)
			}
			if strings.Contains(f, "formatrice ou du formateur") || strings.Contains(f, "Garnier, Jean-Baptiste Lefèvre Matin") {
				t.Errorf("%s page %d: the trainers share one box: %s", paper, i+1, f)
			}
		}
		checkInside(t, p)
	}
}

// A day longer than a page goes on under the day's line; the trainers'
// box closes the day, once, with participants above it; spare rows follow
// the last participant, never alone.
func TestAttendanceSheetContinued(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	s := testSession(t, "fr", 1, 4, 7)
	people := crowd(30)
	for i := range people {
		if i%4 == 1 {
			people[i].Organisation = longOrg
		}
	}
	p := render(t, "attendance-30.pdf", func(w *bytes.Buffer) error { return AttendanceSheet(w, s, people, Options{}) })
	pages := rawPages(t, p)
	days := make([][]string, len(s.Days))
	for _, pg := range pages {
		m := regexp.MustCompile(`Jour (\d) sur 2`).FindStringSubmatch(pg)
		if m == nil {
			t.Fatalf("a page without its day: %s", pg)
		}
		var day int
		fmt.Sscan(m[1], &day)
		days[day-1] = append(days[day-1], flat(pg))
	}
	for d, pgs := range days {
		if len(pgs) < 2 {
			t.Fatalf("day %d: %d pages for 30 participants", d+1, len(pgs))
		}
		all := strings.Join(pgs, " ")
		for _, p := range people {
			if n := strings.Count(all, p.LastName); n != 1 {
				t.Errorf("day %d: %s %d times", d+1, p.LastName, n)
			}
		}
		for i, f := range pgs {
			last := i == len(pgs)-1
			if whole := strings.Contains(f, "Organisme de formation"); whole != (i == 0) {
				t.Errorf("day %d page %d: the whole heading %v", d+1, i+1, whole)
			}
			if i > 0 && !strings.Contains(f, "Feuille d'émargement · "+flat(s.Title)) {
				t.Errorf("day %d page %d: the heading of a next page missing: %s", d+1, i+1, f)
			}
			if n := strings.Count(f, "Signatures des formatrices et formateurs"); n != map[bool]int{true: 1, false: 0}[last] {
				t.Errorf("day %d page %d: the trainers' box %d times", d+1, i+1, n)
			}
			if n := strings.Count(f, "Nombre de signatures : …… sur 30"); n != map[bool]int{true: 2, false: 0}[last] {
				t.Errorf("day %d page %d: the count %d times", d+1, i+1, n)
			}
			if last && !strings.Contains(f, people[29].LastName) {
				t.Errorf("day %d: the last page holds no participant: %s", d+1, f)
			}
			if !last && regexp.MustCompile(`\b31\b`).MatchString(f) {
				t.Errorf("day %d page %d: a spare row before the last page", d+1, i+1)
			}
		}
	}
	checkInside(t, p)
}

// Spare rows take what room is left on a day's last page: they never add
// a page, whatever the number of participants.
func TestAttendanceSheetSpareRowsAddNoPage(t *testing.T) {
	t.Parallel()
	s := testSession(t, "fr", 1)
	people := crowd(40)
	for i := range people {
		if i%3 == 0 {
			people[i].Organisation = longOrg
		}
	}
	pages := func(n, spare int, paper Paper) int {
		var rep Report
		if err := AttendanceSheet(io.Discard, s, people[:n], Options{SpareRows: spare, Paper: paper, Report: &rep}); err != nil {
			t.Fatal(err)
		}
		return rep.Pages
	}
	for _, paper := range []Paper{A4, Letter} {
		for n := 1; n <= 40; n++ {
			if with, without := pages(n, 3, paper), pages(n, -1, paper); with != without {
				t.Errorf("%s, %d participants: %d pages with spare rows, %d without", paper, n, with, without)
			}
		}
	}
}

// A row per trainer, under a label in the plural when there are several,
// in each language; one row to fill in by hand when the session names
// none.
func TestAttendanceSheetTrainers(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	labels := map[string][2]string{
		"fr": {"Signature de la formatrice ou du formateur", "Signatures des formatrices et formateurs"},
		"en": {"Trainer's signature", "Trainers' signatures"},
		"it": {"Firma della formatrice o del formatore", "Firme delle formatrici e dei formatori"},
		"es": {"Firma de la formadora o del formador", "Firmas de las formadoras y los formadores"},
	}
	morning := map[string]string{"fr": "Matin", "en": "Morning", "it": "Mattina", "es": "Mañana"}
	for lang, label := range labels {
		for _, trainers := range [][]string{nil, {"Ana Ruiz"}, {"Ana Ruiz", "Bo Lind", "Chloé Ŝtefan"}} {
			s := testSession(t, lang, 1)
			s.Trainers = trainers
			name := fmt.Sprintf("attendance-trainers-%s-%d.pdf", lang, len(trainers))
			p := render(t, name, func(w *bytes.Buffer) error { return AttendanceSheet(w, s, names, Options{}) })
			pages := rawPages(t, p)
			if len(pages) != 1 {
				t.Fatalf("%s: %d pages", name, len(pages))
			}
			f := flat(pages[0])
			want, other := label[0], label[1]
			if len(trainers) > 1 {
				want, other = other, want
			}
			if !strings.Contains(f, want) || strings.Contains(f, other) {
				t.Errorf("%s: %q wanted, not %q: %s", name, want, other, f)
			}
			// (And once in the heading's times.)
			if n := strings.Count(f, morning[lang]+" 09:00–12:30"); n != max(len(trainers), 1)+1 {
				t.Errorf("%s: %d rows for %d trainers", name, n, len(trainers))
			}
			for _, tr := range trainers {
				if !strings.Contains(f, tr+" "+morning[lang]+" 09:00–12:30") {
					t.Errorf("%s: no row for %s: %s", name, tr, f)
				}
			}
		}
	}
}

// Names wrap whole; an organisation stops at three lines, with an
// ellipsis.
func TestAttendanceCells(t *testing.T) {
	d, err := newDoc(A4, true, "fr")
	if err != nil {
		t.Fatal(err)
	}
	last := "Venkataraghavanarasimhaswamy-Oyelaran de la Tour d'Auvergne-Lauraguais"
	first := "Marie-Christine-Éléonore-Bérénice"
	org := strings.Repeat("Union des associations familiales et des centres sociaux du Nord ", 4)
	tb := attendanceGrid(d, [][3]string{{last, first, org}})
	cells := tb.cells(d, "1", last, first, org)
	join := func(ls []line) string {
		var b strings.Builder
		for _, l := range ls {
			b.WriteString(l.text())
		}
		return strings.ReplaceAll(b.String(), " ", "")
	}
	if got := join(cells[1]); got != strings.ReplaceAll(last, " ", "") {
		t.Errorf("last name printed %q", got)
	}
	if got := join(cells[2]); got != first {
		t.Errorf("first name printed %q", got)
	}
	if n := len(cells[3]); n != maxOrgLines {
		t.Errorf("organisation on %d lines", n)
	}
	if got := cells[3][len(cells[3])-1].text(); !strings.HasSuffix(got, "…") {
		t.Errorf("organisation's last line %q, no ellipsis", got)
	}
	for _, ls := range cells[1:3] {
		for _, l := range ls[:len(ls)-1] {
			if s := l.text(); strings.HasSuffix(s, "-") && !strings.Contains(last+first, strings.TrimSpace(s)) {
				t.Errorf("a name broken between syllables: %q", s)
			}
		}
	}
}

// Without participants, numbered rows to fill by hand: a page of them by
// default, more when asked, the trainers' box on the day's last page.
func TestAttendanceSheetBlankRows(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	s := testSession(t, "en", 1)
	p := render(t, "attendance-blank-40.pdf", func(w *bytes.Buffer) error { return AttendanceSheet(w, s, nil, Options{BlankRows: 40}) })
	pages := rawPages(t, p)
	if len(pages) < 2 {
		t.Fatalf("%d pages for 40 rows", len(pages))
	}
	all := strings.Join(pages, "\n")
	for i := 1; i <= 40; i++ {
		if !regexp.MustCompile(fmt.Sprintf(`(?m)^%d$`, i)).MatchString(all) {
			t.Errorf("row %d missing", i)
		}
	}
	for i, pg := range pages {
		if n, want := strings.Count(pg, "Trainers' signatures"), map[bool]int{true: 1, false: 0}[i == len(pages)-1]; n != want {
			t.Errorf("page %d: the trainers' box %d times", i+1, n)
		}
	}
	checkInside(t, p)
}

// More trainers than a page holds still print, every one, without a page
// that overflows.
func TestAttendanceSheetManyTrainers(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	s := testSession(t, "en", 1)
	s.Trainers = nil
	for i := range 16 {
		s.Trainers = append(s.Trainers, fmt.Sprintf("Trainer %02d", i+1))
	}
	p := render(t, "attendance-16-trainers.pdf", func(w *bytes.Buffer) error { return AttendanceSheet(w, s, names, Options{}) })
	all := flat(strings.Join(rawPages(t, p), " "))
	for _, tr := range s.Trainers {
		if !strings.Contains(all, tr+" Morning") {
			t.Errorf("%s has no row", tr)
		}
	}
	checkInside(t, p)
}
