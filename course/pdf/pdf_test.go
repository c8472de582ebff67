package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

var (
	libOnce sync.Once
	theLib  *course.Library
	libErr  error
)

func library(t testing.TB) *course.Library {
	t.Helper()
	libOnce.Do(func() { theLib, libErr = course.Load(assets.Course()) })
	if libErr != nil {
		t.Fatal(libErr)
	}
	return theLib
}

// names covers the letters a Latin-1 font would lose.
var names = []session.Participant{
	{ID: "p1", FirstName: "Zoë", LastName: "Œuvray-Ñúñez", Organisation: "Coopérative Élan"},
	{ID: "p2", FirstName: "Łukasz", LastName: "Wałęsa", Organisation: "Fundacja Ŝpółdzielnia"},
	{ID: "p3", FirstName: "Ödön", LastName: "Erdős", Organisation: "Ωmega Egyesület"},
	{ID: "p4", FirstName: "Chiara", LastName: "Dell'Acqua à Niccolò", Organisation: "Cooperativa sociale Girasole"},
	{ID: "p5", FirstName: "José María", LastName: "García Peña"},
}

// testSession is a two-day French session over modules 1, 4 and 7: their
// guide plans fill the half-days.
func testSession(t testing.TB, lang string, modules ...int) *session.Session {
	t.Helper()
	lib := library(t)
	s, err := session.New("Atelier « numérique & ESS » à Besançon — Œuvre commune", "2026-11-30", max(1, (len(modules)+1)/2), lang)
	if err != nil {
		t.Fatal(err)
	}
	s.Place = "Maison de l'économie sociale, 12 rue Ŝtefan, Besançon"
	s.Body = session.Body{Name: "Coop'Formation Ñandú", Address: "3 place Ōmura, 25000 Besançon"}
	s.Trainers = []string{"Agnès Łodzińska", "Jürgen Ørsted"}
	s.Notes = "Penser aux **clés USB** et à la salle Ω.\n\n- Appeler l'accueil la veille\n- Imprimer les feuilles d'émargement"
	for i, n := range modules {
		m := lib.Module(n)
		if m == nil {
			t.Fatalf("module %d missing", n)
		}
		blocks, err := session.ModulePlan(m, lang)
		if err != nil {
			t.Fatal(err)
		}
		day := min(i/2, len(s.Days)-1)
		s.Agenda[day] = append(s.Agenda[day], blocks...)
	}
	return s
}

// outDir keeps the PDFs for a look when PDF_OUT is set.
func outDir(t testing.TB) string {
	if d := os.Getenv("PDF_OUT"); d != "" {
		os.MkdirAll(d, 0o755)
		return d
	}
	return t.TempDir()
}

func needPoppler(t testing.TB) {
	t.Helper()
	for _, tool := range []string{"pdftotext", "pdfinfo"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (poppler-utils): scripts/setup-debian.sh installs it", tool)
		}
	}
}

// render writes a document into a file and returns its path.
func render(t *testing.T, name string, fn func(w *bytes.Buffer) error) string {
	t.Helper()
	var buf bytes.Buffer
	if err := fn(&buf); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	p := filepath.Join(outDir(t), name)
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func pdfText(t *testing.T, path string, args ...string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", append(append([]string{"-enc", "UTF-8"}, args...), path, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// pageTexts is the text of each page.
func pageTexts(t *testing.T, path string) []string {
	pages := strings.Split(pdfText(t, path, "-layout"), "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	return pages
}

type pdfInfo struct {
	pages         int
	width, height float64 // points
}

func info(t *testing.T, path string) pdfInfo {
	t.Helper()
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", path, err)
	}
	var in pdfInfo
	for _, l := range strings.Split(string(out), "\n") {
		k, v, _ := strings.Cut(l, ":")
		v = strings.TrimSpace(v)
		switch k {
		case "Pages":
			in.pages, _ = strconv.Atoi(v)
		case "Page size":
			fmt.Sscanf(v, "%f x %f", &in.width, &in.height)
		}
	}
	if in.pages == 0 {
		t.Fatalf("pdfinfo %s: no page count in %q", path, out)
	}
	return in
}

// placed is a word of pdftotext -bbox's output and its box, in points.
type placed struct {
	x0, y0, x1, y1 float64
	text           string
}

// placedWords are the words of one page of pdftotext -bbox's output, in
// its order.
func placedWords(page string) []placed {
	var ws []placed
	for _, m := range wordBox.FindAllStringSubmatch(page, -1) {
		var w placed
		w.x0, _ = strconv.ParseFloat(m[1], 64)
		w.y0, _ = strconv.ParseFloat(m[2], 64)
		w.x1, _ = strconv.ParseFloat(m[3], 64)
		w.y1, _ = strconv.ParseFloat(m[4], 64)
		w.text = html.UnescapeString(m[5])
		ws = append(ws, w)
	}
	return ws
}

var wordBox = regexp.MustCompile(`<word xMin="([0-9.-]+)" yMin="([0-9.-]+)" xMax="([0-9.-]+)" yMax="([0-9.-]+)">([^<]*)</word>`)
var pageBox = regexp.MustCompile(`<page width="([0-9.]+)" height="([0-9.]+)">`)

// checkInside fails for any word drawn outside its page or inside the
// margins' last few points, and for words drawn over each other. It
// returns the document's words joined by spaces.
func checkInside(t *testing.T, path string) string {
	t.Helper()
	var all []string
	out := pdfText(t, path, "-bbox")
	pages := strings.Split(out, "<page ")
	words := 0
	for pi, p := range pages[1:] {
		pm := pageBox.FindStringSubmatch("<page " + p)
		if pm == nil {
			t.Fatalf("%s: page %d has no size", path, pi+1)
		}
		w, _ := strconv.ParseFloat(pm[1], 64)
		h, _ := strconv.ParseFloat(pm[2], 64)
		boxes := placedWords(p)
		for _, b := range boxes {
			words++
			all = append(all, b.text)
			// 5 mm is 14 points: nothing is printed closer to the edge.
			if b.x0 < 14 || b.y0 < 14 || b.x1 > w-14 || b.y1 > h-14 {
				t.Errorf("%s page %d: %q at (%.1f,%.1f)-(%.1f,%.1f) is outside the printable area of %.0fx%.0f",
					filepath.Base(path), pi+1, b.text, b.x0, b.y0, b.x1, b.y1, w, h)
			}
		}
		// Words of two lines must not overlap: a line that overflows its
		// row lands on the next one.
		for i := range boxes {
			for j := i + 1; j < len(boxes) && j < i+400; j++ {
				a, b := boxes[i], boxes[j]
				ox := min(a.x1, b.x1) - max(a.x0, b.x0)
				oy := min(a.y1, b.y1) - max(a.y0, b.y0)
				if ox > 1 && oy > 2.5 {
					t.Errorf("%s page %d: words overlap at (%.1f,%.1f) and (%.1f,%.1f)", filepath.Base(path), pi+1, a.x0, a.y0, b.x0, b.y0)
					return strings.Join(all, " ")
				}
			}
		}
	}
	if words == 0 {
		t.Errorf("%s: no text found", path)
	}
	return strings.Join(all, " ")
}

// flat joins a PDF's text into one line: titles and names may wrap.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestModuleHandout(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib := library(t)
	for _, lang := range course.Languages {
		m := lib.Modules[0]
		p := render(t, "module-"+lang+".pdf", func(w *bytes.Buffer) error {
			return ModuleHandout(w, lib, m.Number, lang, nil, Options{})
		})
		text := flat(pdfText(t, p))
		if !strings.Contains(text, flat(m.TitleIn(lang))) {
			t.Errorf("%s: module title %q not found", lang, m.TitleIn(lang))
		}
		// Every heading of every default part, accents intact; never the guide.
		for _, part := range course.HandoutParts {
			for _, h := range course.ParseString(m.Text(lang, part)).Headings() {
				if !strings.Contains(text, flat(course.PlainText(h.Inlines))) {
					t.Errorf("%s %s: heading %q not found", lang, part, course.PlainText(h.Inlines))
				}
			}
		}
		guideTitle := course.PlainText(course.ParseString(m.Text(lang, course.Guide)).Headings()[0].Inlines)
		if strings.Contains(text, flat(guideTitle)) {
			t.Errorf("%s: the guide's title %q is in a handout without it", lang, guideTitle)
		}
		in := info(t, p)
		if in.pages < 4 || int(in.width) != 595 || int(in.height) != 841 {
			t.Errorf("%s: %d pages of %.0fx%.0f, want A4 and at least one per part", lang, in.pages, in.width, in.height)
		}
		for i, pg := range pageTexts(t, p) {
			if want := fmt.Sprintf("%d / %d", i+1, in.pages); !strings.Contains(pg, want) {
				t.Errorf("%s page %d: no page number %q", lang, i+1, want)
			}
		}
		checkInside(t, p)
	}
}

func TestModuleHandoutPartsAndLetter(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib := library(t)
	m := lib.Modules[0]
	p := render(t, "module-guide-letter.pdf", func(w *bytes.Buffer) error {
		return ModuleHandout(w, lib, m.Number, "it", []string{course.Guide}, Options{Paper: Letter})
	})
	in := info(t, p)
	if int(in.width) != 612 || int(in.height) != 792 {
		t.Errorf("page %.0fx%.0f, want US Letter 612x792", in.width, in.height)
	}
	text := flat(pdfText(t, p))
	guideTitle := course.PlainText(course.ParseString(m.Text("it", course.Guide)).Headings()[0].Inlines)
	if !strings.Contains(text, flat(guideTitle)) {
		t.Errorf("guide asked for but %q not found", guideTitle)
	}
	theory := course.PlainText(course.ParseString(m.Text("it", course.Theory)).Headings()[0].Inlines)
	if strings.Contains(text, flat(theory)) {
		t.Errorf("theory printed though only the guide was asked for")
	}
	checkInside(t, p)
	var buf bytes.Buffer
	if err := ModuleHandout(&buf, lib, m.Number, "it", []string{"appendix"}, Options{}); err == nil {
		t.Error("unknown part accepted")
	}
	if err := ModuleHandout(&buf, lib, 99, "it", nil, Options{}); err == nil {
		t.Error("unknown module accepted")
	}
	if err := ModuleHandout(&buf, lib, m.Number, "de", nil, Options{}); err == nil {
		t.Error("unknown language accepted")
	}
	if err := ModuleHandout(&buf, lib, m.Number, "fr", nil, Options{Paper: "a3"}); err == nil {
		t.Error("unknown paper accepted")
	}
}

func TestSessionHandout(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib := library(t)
	s := testSession(t, "fr", 1, 4, 7)
	p := render(t, "handout-fr.pdf", func(w *bytes.Buffer) error { return SessionHandout(w, lib, s, Options{}) })
	pages := pageTexts(t, p)
	in := info(t, p)
	if len(pages) != in.pages {
		t.Fatalf("%d page texts for %d pages", len(pages), in.pages)
	}
	text := flat(strings.Join(pages, " "))
	for _, want := range []string{flat(s.Title), s.Place, s.Body.Name, "Agnès Łodzińska", "Jürgen Ørsted", "Programme", "Sommaire", "lundi 30 novembre 2026", "mardi 1er décembre 2026"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not found", want)
		}
	}
	// Cover: no running header; then every page has one, and a page number.
	if strings.Contains(pages[0], "Support de formation ") && strings.HasPrefix(strings.TrimSpace(pages[0]), flat(s.Title)) {
		t.Errorf("cover has a running header")
	}
	for i, pg := range pages {
		if want := fmt.Sprintf("%d / %d", i+1, in.pages); !strings.Contains(pg, want) {
			t.Errorf("page %d: no page number %q", i+1, want)
		}
	}
	// Each module part of the agenda, never the guide; the contents give
	// the page where each part starts.
	entries := handoutEntries(lib, s, "fr")
	if len(entries) == 0 {
		t.Fatal("no module part in the agenda")
	}
	toc := ""
	for _, pg := range pages {
		if strings.Contains(pg, "Sommaire") {
			toc = pg
			break
		}
	}
	for _, e := range entries {
		if e.part == course.Guide {
			t.Errorf("the guide is an entry")
		}
		m := lib.Module(e.module)
		if !strings.Contains(text, flat(m.TitleIn("fr"))) {
			t.Errorf("module title %q not found", m.TitleIn("fr"))
		}
		// Each part starts on a page under a line naming the module and part.
		h := flat(course.PlainText(course.ParseString(m.Text("fr", e.part)).Headings()[0].Inlines))
		kicker := fmt.Sprintf("Module %02d · %s · %s", e.module, flat(m.TitleIn("fr")), partName("fr", e.part))
		start := -1
		for i, pg := range pages {
			if f := flat(pg); strings.Contains(f, kicker+" "+h) {
				start = i + 1
				break
			}
		}
		if start < 0 {
			t.Errorf("module %d %s: heading %q not found", e.module, e.part, h)
			continue
		}
		line := regexp.MustCompile(regexp.QuoteMeta(partName("fr", e.part)) + `[ .]+` + strconv.Itoa(start) + `\b`)
		if !line.MatchString(toc) {
			t.Errorf("contents lack %s … %d", partName("fr", e.part), start)
		}
	}
	for _, n := range s.Modules() {
		guide := course.ParseString(lib.Module(n).Text("fr", course.Guide)).Headings()[0]
		if strings.Contains(text, flat(course.PlainText(guide.Inlines))) {
			t.Errorf("module %d: the trainer's guide is in the handout", n)
		}
	}
	checkInside(t, p)
}

func TestTrainerGuide(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib := library(t)
	s := testSession(t, "es", 2, 3)
	p := render(t, "guide-es.pdf", func(w *bytes.Buffer) error { return TrainerGuide(w, lib, s, Options{}) })
	text := flat(pdfText(t, p))
	for _, n := range s.Modules() {
		m := lib.Module(n)
		for _, h := range course.ParseString(m.Text("es", course.Guide)).Headings() {
			if !strings.Contains(text, flat(course.PlainText(h.Inlines))) {
				t.Errorf("module %d guide: heading %q not found", n, course.PlainText(h.Inlines))
			}
		}
	}
	for _, want := range []string{"Programa", "Guía de facilitación", "Notas de facilitación", "clés USB", "salle Ω", "lunes, 30 de noviembre de 2026"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not found", want)
		}
	}
	checkInside(t, p)
}

// crowd makes n participants with names from every corner of Europe.
func crowd(n int) []session.Participant {
	first := []string{"Zoë", "Łukasz", "Ödön", "Chiara", "José María", "Ñusta", "Ørjan", "Šárka", "Ἀλέξανδρος", "Œdipe"}
	last := []string{"Œuvray", "Wałęsa", "Erdős", "Dell'Acqua", "Núñez", "Ðorđević", "Ståhl", "Čapek", "Ωmega", "Lefèvre"}
	out := make([]session.Participant, n)
	for i := range out {
		out[i] = session.Participant{ID: fmt.Sprintf("p%03d", i), FirstName: first[i%len(first)],
			LastName: fmt.Sprintf("%s-%03d", last[(i/len(first))%len(last)], i), Organisation: "Coopérative n°" + strconv.Itoa(i%17)}
	}
	return out
}

func TestAttendanceSheet(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	s := testSession(t, "fr", 1, 4, 7)
	p := render(t, "attendance-fr.pdf", func(w *bytes.Buffer) error { return AttendanceSheet(w, s, names, Options{}) })
	in := info(t, p)
	if in.pages != len(s.Days) || in.width < in.height {
		t.Errorf("%d pages of %.0fx%.0f, want %d landscape pages (one a day)", in.pages, in.width, in.height, len(s.Days))
	}
	pages := rawPages(t, p)
	for i, pg := range pages {
		f := flat(pg)
		for _, p := range names {
			if !strings.Contains(f, p.LastName) || !strings.Contains(f, p.FirstName) {
				t.Errorf("page %d: %s not found", i+1, p.FullName())
			}
		}
		for _, want := range []string{"Feuille d'émargement", fmt.Sprintf("Jour %d sur %d", i+1, len(s.Days)), flat(s.Title),
			s.Body.Name, s.Body.Address, s.Place, "Agnès Łodzińska", "Jürgen Ørsted", "09:00–12:30", "13:30–17:00",
			"Signature du matin", "Signature de l'après-midi", "Signatures des formatrices et formateurs"} {
			if !strings.Contains(f, want) {
				t.Errorf("page %d: %q not found", i+1, want)
			}
		}
	}
	checkInside(t, p)
}

func TestAttendanceSheetMany(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	s := testSession(t, "it", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	people := crowd(300)
	p := render(t, "attendance-300.pdf", func(w *bytes.Buffer) error { return AttendanceSheet(w, s, people, Options{}) })
	in := info(t, p)
	if in.pages < 2*len(s.Days) || in.pages%len(s.Days) != 0 {
		t.Fatalf("%d pages for 300 participants over %d days", in.pages, len(s.Days))
	}
	perDay := in.pages / len(s.Days)
	pages := rawPages(t, p)
	text := flat(strings.Join(pages[:perDay], " "))
	for _, p := range people {
		if !strings.Contains(text, p.LastName) {
			t.Errorf("day 1: %s not found", p.LastName)
		}
	}
	for i, pg := range pages {
		f := flat(pg)
		day := i/perDay + 1
		for _, want := range []string{"Foglio firme", fmt.Sprintf("Giorno %d di %d", day, len(s.Days)), "Cognome", "Firma mattina", "Firma pomeriggio", fmt.Sprintf("%d / %d", i+1, in.pages)} {
			if !strings.Contains(f, want) {
				t.Errorf("page %d: header %q not repeated", i+1, want)
			}
		}
		// The trainers sign once a day, on the day's last page.
		last := (i+1)%perDay == 0
		if n := strings.Count(f, "Firme delle formatrici e dei formatori"); n != map[bool]int{true: 1, false: 0}[last] {
			t.Errorf("page %d: the trainers' box %d times", i+1, n)
		}
		if n := strings.Count(f, "Firme: …… su 300"); n != map[bool]int{true: 2, false: 0}[last] {
			t.Errorf("page %d: the count of signatures %d times", i+1, n)
		}
	}
	checkInside(t, p)
}

func TestAttendanceSheetBlank(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	s := testSession(t, "en", 1)
	p := render(t, "attendance-blank.pdf", func(w *bytes.Buffer) error { return AttendanceSheet(w, s, nil, Options{Paper: Letter}) })
	in := info(t, p)
	if in.pages != 1 || int(in.width) != 792 {
		t.Errorf("%d pages of %.0f wide, want one landscape Letter page", in.pages, in.width)
	}
	// Numbered rows to fill by hand.
	text := pdfText(t, p, "-layout")
	rows := regexp.MustCompile(`(?m)^\s*(\d+)\s*$`).FindAllString(text, -1)
	if len(rows) < 8 {
		t.Errorf("%d blank rows, want a page of them:\n%s", len(rows), text)
	}
	var buf bytes.Buffer
	if err := AttendanceSheet(&buf, s, nil, Options{BlankRows: 40}); err != nil {
		t.Fatal(err)
	}
}

// testOrg is a full organisation profile.
func testOrg(t testing.TB) *course.Org {
	t.Helper()
	var b bytes.Buffer
	img := image.NewNRGBA(image.Rect(0, 0, 300, 100))
	for x := range 300 {
		for y := range 100 {
			img.Set(x, y, color.NRGBA{R: uint8(24 + x%40), G: 82, B: 120, A: 255})
		}
	}
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	logo, err := course.NormaliseLogo(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	o := &course.Org{Name: "Coop'Formation Ñandú", Address: "3 place Ōmura\n25000 Besançon", Town: "Besançon",
		NDA: "43250123425", SIRET: "73282932000074", Signatory: "Agnès Łodzińska", SignatoryRole: "directrice",
		Logo: logo, ReferenceLabel: "N° de convention"}
	if err := o.Normalise(); err != nil {
		t.Fatal(err)
	}
	return o
}

func TestCertificates(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib := library(t)
	s := testSession(t, "fr", 1, 4, 7)
	s.Funder, s.Reference, s.Mode = "OPCO Uniformation", "CONV-2026-0042", session.InPerson
	marks := []session.Mark{
		{Participant: "p1", Day: 0, Half: session.AM, Status: session.Present},
		{Participant: "p1", Day: 0, Half: session.PM, Status: session.Late, LateMinutes: 25},
		{Participant: "p1", Day: 1, Half: session.AM, Status: session.Present},
		{Participant: "p2", Day: 1, Half: session.PM, Status: session.Absent},
		{Participant: "p3", Day: 0, Half: session.AM, Status: session.Late},
		{Participant: "p4", Day: 1, Half: session.AM, Status: session.Excused},
	}
	var rep Report
	p := render(t, "certificates-fr.pdf", func(w *bytes.Buffer) error {
		return Certificates(w, lib, s, names, marks, Options{Org: testOrg(t), Report: &rep})
	})
	// Only those who attended a half-day: p1 and p3; p2 (absent), p4
	// (excused) and p5 (no mark) are reported.
	in := info(t, p)
	if in.pages != 2 {
		t.Fatalf("%d pages, want 2 (two participants attended)", in.pages)
	}
	if len(rep.Skipped) != 3 || rep.Skipped[0] != "p2" || rep.Skipped[2] != "p5" || rep.Pages != 2 {
		t.Errorf("report %+v", rep)
	}
	pages := pageTexts(t, p)
	for i, pg := range pages {
		f := flat(pg)
		// The details stand in two columns: the text of a line holds both.
		for _, want := range []string{"Certificat de réalisation", "Attestation d'assiduité", flat(s.Title),
			"du 30 novembre 2026 au", "1er décembre 2026", "Objectifs de la formation", "Signature et cachet de l'organisme de formation",
			"Agnès Łodzińska, directrice, pour l'organisme de formation Coop'Formation Ñandú, déclaré sous le numéro 43 25 01234 25, atteste que",
			"Nature de", "Action de formation (article", "6313-1 du Code du travail)", "En présentiel", "OPCO Uniformation",
			"N° de convention", "CONV-2026-0042", "Fait à Besançon, le 1er décembre 2026", "SIRET", "732 829 320 00074", "Taux d'assiduité"} {
			if !strings.Contains(f, want) {
				t.Errorf("certificate %d: %q not found in %s", i+1, want, f)
			}
		}
		// Objectives from the modules' guides.
		for _, n := range s.Modules() {
			objs := course.ParseString(lib.Module(n).Text("fr", course.Guide)).Objectives()
			if !strings.Contains(f, flat(objs[0])[:30]) {
				t.Errorf("certificate %d: module %d's first objective not found", i+1, n)
			}
		}
		// No running header, no page number.
		if regexp.MustCompile(`\b\d+ / \d+\b`).MatchString(f) || strings.Contains(f, "Certificat de réalisation Certificat") {
			t.Errorf("certificate %d has a page number or running header: %s", i+1, f)
		}
		if strings.Contains(f, "Maison de l'économie sociale") && strings.Contains(f, "Fait à Maison") {
			t.Errorf("certificate %d: Fait à uses the place field", i+1)
		}
	}
	// p1: 210 + 185 + 210 = 605 min of 840 planned, 25 late: 72 %.
	if f := flat(pages[0]); !strings.Contains(f, names[0].FullName()) || !strings.Contains(f, "10 h 05 sur 14 h prévues") ||
		!strings.Contains(f, "(25 minutes de retard déduites)") || !strings.Contains(f, "72 %") {
		t.Errorf("certificate 1: hours not found in %q", f)
	}
	// p3: late, minutes not said: the half-day counts in full.
	if f := flat(pages[1]); !strings.Contains(f, names[2].FullName()) || !strings.Contains(f, "3 h 30 sur 14 h prévues") || !strings.Contains(f, "25 %") {
		t.Errorf("certificate 2: hours not found in %q", f)
	}
	checkInside(t, p)
	// The option prints for everyone.
	all := render(t, "certificates-all-fr.pdf", func(w *bytes.Buffer) error {
		return Certificates(w, lib, s, names, marks, Options{AllParticipants: true})
	})
	if n := info(t, all).pages; n != len(names) {
		t.Errorf("all participants: %d pages", n)
	}
	var buf bytes.Buffer
	if err := Certificates(&buf, lib, s, nil, nil, Options{}); err == nil {
		t.Error("certificates without participants")
	}
	if err := Certificates(&buf, lib, s, names, nil, Options{}); !errors.Is(err, ErrNothingToPrint) {
		t.Errorf("nobody attended: %v", err)
	}
}

// stressMarkdown has every kind of block, and some that no page can hold.
func stressMarkdown() string {
	long := strings.Repeat("Une phrase assez longue pour remplir la ligne, avec des accents : Œuvre, Ñandú, Łódź, Erdős, Ω. ", 120)
	return "# Titre de niveau un, très long, qui doit passer à la ligne sans déborder de la page ni chevaucher la suite\n\n" +
		"## Niveau deux\n\n### Niveau trois\n\n#### Niveau quatre\n\n##### Niveau cinq\n\n" +
		"Un paragraphe avec du **gras**, de l'*italique*, du ***gras italique***, du `code`, du ~~barré~~ et un [lien](https://example.org/un/chemin/tres/long/qui/ne/tient/pas/sur/une/ligne/entiere/de/la/page/imprimee/et/doit/etre/coupe) ; une ligne  \nforcée.\n\n" +
		long + "\n\n" +
		"1. Premier\n2. Deuxième\n   - imbriqué\n     - encore plus\n       1. numéroté\n3. Troisième\n\n" +
		"- [ ] À cocher sur papier\n- [x] Déjà fait\n\n" +
		"> Un encadré avec **du gras**, sur plusieurs lignes pour voir l'ombrage continu. " + strings.Repeat("Texte de l'encadré. ", 30) + "\n>\n> - une liste dans l'encadré\n\n" +
		"```\nfunc main() {\n\tfmt.Println(\"Ω\")\n}\n```\n\n---\n\n" +
		"| Court | Une colonne longue | Nombre |\n|---|---|---:|\n| a | " + strings.Repeat("cellule longue ", 400) + " | 12 |\n| b | court | 3 |\n" +
		"| UneAdresseSansEspaceTrèsTrèsLongueQuiNeTientDansAucuneColonneEtDoitÊtreCoupéeEnMorceaux | x | 1 |\n"
}

func TestLongContentBreaksAcrossPages(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	m := &course.Module{Number: 19, Slug: "stress", Title: map[string]string{"fr": "Module d'essai Ω"}, Duration: 60,
		Source: map[string]map[string]string{"fr": {course.Theory: stressMarkdown()}}}
	lib := &course.Library{Modules: []*course.Module{m}}
	p := render(t, "stress.pdf", func(w *bytes.Buffer) error {
		return ModuleHandout(w, lib, 19, "fr", []string{course.Theory, course.Case}, Options{})
	})
	in := info(t, p)
	if in.pages < 5 {
		t.Errorf("%d pages: the long paragraph and table cell should take several", in.pages)
	}
	text := flat(pdfText(t, p))
	for _, want := range []string{"Titre de niveau un", "☐ À cocher sur papier", "☑ Déjà fait", "Niveau cinq", "fmt.Println", "Déjà fait",
		"Cette partie n'est pas encore disponible dans cette langue."} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not found", want)
		}
	}
	if n := strings.Count(text, "Erdős"); n != 120 {
		t.Errorf("the long paragraph lost lines: %d of 120 repeats", n)
	}
	if n := strings.Count(text, "cellule"); n != 400 {
		t.Errorf("the long cell lost lines: %d of 400 words", n)
	}
	checkInside(t, p)
}

// Every bundled module in every language: titles intact, nothing outside
// the page, no line over another.
func TestAllModulesEveryLanguage(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	if testing.Short() {
		t.Skip("prints about 1,200 pages")
	}
	lib := library(t)
	for _, lang := range course.Languages {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			s := allModulesSession(t, lang)
			p := render(t, "all-"+lang+".pdf", func(w *bytes.Buffer) error { return SessionHandout(w, lib, s, Options{}) })
			text := checkInside(t, p)
			for _, m := range lib.Modules {
				if !strings.Contains(text, flat(m.TitleIn(lang))) {
					t.Errorf("module %d title %q not found", m.Number, m.TitleIn(lang))
				}
			}
		})
	}
}

func TestCleanKeepsWhatTheFontHas(t *testing.T) {
	f, err := loadFaces()
	if err != nil {
		t.Fatal(err)
	}
	m := measurer{f: f}
	for in, want := range map[string]string{
		"Œuvre Ñandú Łódź Erdős Ω ☐ ☑ « » — … €": "Œuvre Ñandú Łódź Erdős Ω ☐ ☑ « » — … €",
		"a\tb\u200bc\u00add": "a    bcd",
		"fait ✅ raté ❌ 🙂":    "fait ☑ raté ☒ □", // a visible box, never a silent "?"
		"ligne\nsuivante":    "ligne suivante",
		"caf\xe9 \xff":       "caf? ?", // not UTF-8: gofpdf would read past the end
	} {
		if got := m.clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
}
