package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/unicode/norm"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// outlineEntry is an entry of a PDF's outline as the test reader finds it.
type outlineEntry struct {
	title string
	level int
	page  int // from 1
}

// pdfNav is what readNav finds in a PDF: its language, outline, and the
// links of each page (page number from 1 → pages they go to).
type pdfNav struct {
	lang    string
	outline []outlineEntry
	links   map[int][]int
}

// readNav reads a PDF's catalogue, outline and link annotations back,
// following the cross-reference chain to the newest version of each
// object, as a PDF reader does.
func readNav(t *testing.T, path string) pdfNav {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := newPDFReader(b)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	pages, err := r.pages()
	if err != nil {
		t.Fatal(err)
	}
	pageOf := map[int]int{}
	for i, p := range pages {
		pageOf[p.num] = i + 1
	}
	rootV, _ := r.trailer.get("Root")
	cat, err := r.dict(rootV)
	if err != nil {
		t.Fatal(err)
	}
	var nav pdfNav
	if l, ok := cat.get("Lang"); ok {
		nav.lang = decodeText(l)
	}
	destPage := func(d *pdfDict) int {
		v, _ := d.get("Dest")
		arr, _ := v.([]pv)
		if len(arr) == 0 {
			return 0
		}
		ref, _ := arr[0].(pdfRef)
		return pageOf[ref.num]
	}
	var walk func(v pv, level int)
	walk = func(v pv, level int) {
		for n := 0; v != nil && n < 10000; n++ {
			d, err := r.dict(v)
			if err != nil {
				t.Fatalf("outline: %v", err)
			}
			title, _ := d.get("Title")
			nav.outline = append(nav.outline, outlineEntry{decodeText(title), level, destPage(d)})
			if first, ok := d.get("First"); ok {
				walk(first, level+1)
			}
			v, _ = d.get("Next")
		}
	}
	if o, ok := cat.get("Outlines"); ok {
		root, err := r.dict(o)
		if err != nil {
			t.Fatal(err)
		}
		first, _ := root.get("First")
		walk(first, 0)
	}
	nav.links = map[int][]int{}
	for i, p := range pages {
		d, err := r.dict(p)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := d.get("Annots")
		arr, _ := a.([]pv)
		for _, x := range arr {
			if ad, ok := x.(*pdfDict); ok {
				if _, internal := ad.get("Dest"); internal {
					nav.links[i+1] = append(nav.links[i+1], destPage(ad))
				}
			}
		}
	}
	return nav
}

// decodeText reads a PDF text string: UTF-16 with a byte-order mark, or
// plain bytes.
func decodeText(v pv) string {
	s, _ := v.(pdfString)
	if len(s) >= 2 && s[0] == 0xFE && s[1] == 0xFF {
		u := make([]uint16, 0, len(s)/2)
		for i := 2; i+1 < len(s); i += 2 {
			u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
		}
		return string(utf16.Decode(u))
	}
	return string(s)
}

// popplerOutline is the outline as poppler's pdftohtml reads it: an
// independent reader.
func popplerOutline(t *testing.T, path string) []outlineEntry {
	t.Helper()
	out, err := exec.Command("pdftohtml", "-xml", "-i", "-stdout", "-f", "1", "-l", "1", path).Output()
	if err != nil {
		t.Fatalf("pdftohtml %s: %v", path, err)
	}
	var entries []outlineEntry
	level := -1
	item := regexp.MustCompile(`^<item page="(\d+)">(.*)</item>$|^<item>(.*)</item>$`)
	for _, l := range strings.Split(string(out), "\n") {
		l = strings.TrimSpace(l)
		switch {
		case l == "<outline>":
			level++
		case l == "</outline>":
			level--
		default:
			if m := item.FindStringSubmatch(l); m != nil {
				p, _ := strconv.Atoi(m[1])
				entries = append(entries, outlineEntry{unescape(m[2] + m[3]), level, p})
			}
		}
	}
	return entries
}

func unescape(s string) string {
	return strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&#39;", "'", "&apos;", "'").Replace(s)
}

// The long handouts, in four languages and both papers: every page shows
// its true number out of the true total; the outline has every module and
// part (read by poppler and by the test's reader) and goes to the page
// where each starts; the contents page right after the cover links to
// them; the language and title are in the file; no heading ends a page.
func TestLongHandoutsNumbersOutlineLinks(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	if testing.Short() {
		t.Skip("prints about 2,400 pages")
	}
	lib := library(t)
	for _, lang := range course.Languages {
		for _, paper := range []Paper{A4, Letter} {
			t.Run(lang+"-"+string(paper), func(t *testing.T) {
				t.Parallel()
				s := allModulesSession(t, lang)
				p := render(t, fmt.Sprintf("long-%s-%s.pdf", lang, paper), func(w *bytes.Buffer) error {
					return SessionHandout(w, lib, s, Options{Paper: paper, Org: testOrg(t)})
				})
				in := info(t, p)
				pages := pageTexts(t, p)
				if len(pages) != in.pages {
					t.Fatalf("%d page texts, pdfinfo says %d pages", len(pages), in.pages)
				}
				for i, pg := range pages {
					want := fmt.Sprintf("%d / %d", i+1, in.pages)
					if i > 0 && !strings.Contains(pg, want) {
						t.Errorf("page %d: no %q", i+1, want)
					}
				}
				checkNavigation(t, p, lib, s, lang, pages)
				// The parts start after the agenda, with the first module.
				first := readNav(t, p).outline[1].page
				checkKeepWithNext(t, lib, s, lang, pages[first-1:])
			})
		}
	}
}

// checkNavigation compares the outline with the agenda's modules and
// parts and with the pages they start on, and the contents' links.
func checkNavigation(t *testing.T, p string, lib *course.Library, s *session.Session, lang string, pages []string) {
	t.Helper()
	nav := readNav(t, p)
	if nav.lang != lang {
		t.Errorf("language %q, want %q", nav.lang, lang)
	}
	poppler := popplerOutline(t, p)
	if len(poppler) != len(nav.outline) {
		t.Fatalf("poppler reads %d outline entries, the test's reader %d", len(poppler), len(nav.outline))
	}
	for i, e := range nav.outline {
		if poppler[i] != e {
			t.Errorf("outline entry %d: poppler %+v, reader %+v", i, poppler[i], e)
		}
	}
	var want []outlineEntry
	prev := -1
	for _, e := range handoutEntries(lib, s, lang) {
		if e.module != prev {
			d, _ := newDoc(A4, false, lang)
			want = append(want, outlineEntry{title: moduleLabel(d.l, e.module) + " · " + lib.Module(e.module).TitleIn(lang), level: 0})
			prev = e.module
		}
		want = append(want, outlineEntry{title: partName(lang, e.part), level: 1})
	}
	got := nav.outline[1:] // the agenda first, after the contents
	if len(got) != len(want) || nav.outline[0].level != 0 || nav.outline[0].page < 3 {
		t.Fatalf("outline: %d entries after the agenda %+v, want %d", len(got), nav.outline[0], len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.title != w.title || g.level != w.level {
			t.Errorf("outline %d: %q level %d, want %q level %d", i, g.title, g.level, w.title, w.level)
			continue
		}
		// The page it goes to shows the part's kicker line.
		if w.level == 1 && (g.page < 1 || !strings.Contains(flat(pages[g.page-1]), "· "+w.title)) {
			t.Errorf("outline %q goes to page %d, which does not start it", w.title, g.page)
		}
	}
	// The contents, right after the cover, link to where the entries go.
	if !strings.Contains(pages[1], pdfLabel(lang, "pdf_toc")) {
		t.Errorf("page 2 is not the contents")
	}
	var links []int
	for pg := 2; pg < nav.outline[0].page; pg++ { // the contents end where the agenda starts
		links = append(links, nav.links[pg]...)
	}
	// A title on two lines is two links to one place: compare the pages
	// the links and the outline go to, in order, each run of one page once.
	collapse := func(xs []int) []int {
		var out []int
		for _, x := range xs {
			if len(out) == 0 || out[len(out)-1] != x {
				out = append(out, x)
			}
		}
		return out
	}
	var outlinePages []int
	for _, e := range nav.outline {
		outlinePages = append(outlinePages, e.page)
	}
	if got, want := collapse(links), collapse(outlinePages); !slices.Equal(got, want) {
		t.Errorf("the contents link to pages %v, the outline to %v", got, want)
	}
}

// pdfLabel is a label of the documents in lang.
func pdfLabel(lang, key string) string {
	d, _ := newDoc(A4, false, lang)
	return d.l.T(key)
}

// checkKeepWithNext fails for a heading of the parts printed among the
// last two lines of a page's text (above its footer).
func checkKeepWithNext(t *testing.T, lib *course.Library, s *session.Session, lang string, pages []string) {
	t.Helper()
	headings := map[string]bool{}
	for _, e := range handoutEntries(lib, s, lang) {
		for _, h := range course.ParseString(lib.Module(e.module).HandoutText(lang, e.part)).Headings() {
			if txt := flat(course.PlainText(h.Inlines)); len([]rune(txt)) > 12 {
				headings[txt] = true
			}
		}
	}
	found := 0
	for i, pg := range pages {
		var lines []string
		for _, l := range strings.Split(pg, "\n") {
			if l = flat(l); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) < 4 {
			continue
		}
		body := lines[:len(lines)-1] // the footer last
		for j, l := range body {
			if headings[l] {
				found++
				if j >= len(body)-2 && i+1 < len(pages) {
					t.Errorf("page %d: heading %q among the page's last two lines", i+1, l)
				}
			}
		}
	}
	if found < 100 {
		t.Errorf("only %d headings found on their own line: the check is broken", found)
	}
}

// frenchBreaks fails for a line of French text that starts with ; : ! ?
// or » or ends with «.
func frenchBreaks(t *testing.T, what string, lines []string) {
	t.Helper()
	n := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		n++
		if strings.ContainsAny(l[:1], ";:!?") || strings.HasPrefix(l, "»") || strings.HasSuffix(l, "«") {
			t.Errorf("%s: line %q breaks French punctuation from its word", what, l)
		}
	}
	if n == 0 {
		t.Errorf("%s: no lines", what)
	}
}

func TestFrenchPunctuationBinds(t *testing.T) {
	t.Parallel()
	f, err := loadFaces()
	if err != nil {
		t.Fatal(err)
	}
	m := measurer{f: f, lang: "fr", hy: hyphenatorFor("fr")}
	spans := []span{
		{text: "Les trois questions à se poser "},
		{text: "avant", st: bold},
		{text: " : qui décide ? pour quoi faire ! et « comment » ; ensuite viennent les outils, les données, les personnes ; enfin: la feuille de route. Le lien https://example.org/a?b=c:d reste entier, et 10:30 aussi."},
	}
	for w := 40.0; w <= 120; w += 0.7 {
		var lines []string
		for _, ln := range m.wrap(spans, fontBody, w) {
			lines = append(lines, ln.text())
		}
		frenchBreaks(t, fmt.Sprintf("width %.1f", w), lines)
		all := strings.Join(lines, " ")
		if !strings.Contains(all, "enfin\u00a0:") || !strings.Contains(all, "«\u202fcomment\u202f»") || !strings.Contains(all, "10:30") || strings.Contains(all, "a\u202f?") || strings.Contains(all, "c\u00a0:") {
			t.Fatalf("width %.1f: %q", w, all)
		}
	}
	// The whole French handout, as pdftotext reads it.
	if testing.Short() {
		return
	}
	needPoppler(t)
	lib := library(t)
	p := render(t, "punctuation-fr.pdf", func(w *bytes.Buffer) error {
		return SessionHandout(w, lib, allModulesSession(t, "fr"), Options{})
	})
	frenchBreaks(t, "French handout", strings.Split(pdfText(t, p, "-layout"), "\n"))
}

// Narrow columns break words between syllables with a hyphen, compound
// names at their own hyphens, and never inside a word without a hyphen.
func TestNarrowColumnsHyphenate(t *testing.T) {
	t.Parallel()
	f, err := loadFaces()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"l'équipe", "financement", "accompagnement", "Œuvray-Ñúñez-Lefèvre-Dubois", "https://example.org/un/chemin/assez/long", "Coopérative", "numérique"}
	for _, lang := range course.Languages {
		m := measurer{f: f, lang: lang, hy: hyphenatorFor(lang)}.forCells()
		for _, word := range words {
			for w := 8.0; w < 40; w += 1.3 {
				lines := m.wrap(plain(word, regular, nil), fontCell, w)
				var joined strings.Builder
				for i, ln := range lines {
					txt := ln.text()
					if ln.w > w+0.01 && len([]rune(txt)) > 1 {
						t.Errorf("%s %q at %.1f mm: line %q is %.1f mm wide", lang, word, w, txt, ln.w)
					}
					if i < len(lines)-1 {
						last, _ := lastRune(txt)
						next, _ := firstRune(lines[i+1].text())
						// A cut inside letters always shows a hyphen; other
						// cuts come after a hyphen or an address's separator.
						if !strings.ContainsRune("-/._?&=,;:@'’)", last) {
							t.Errorf("%s %q at %.1f mm: %q then %q: cut without a hyphen", lang, word, w, txt, lines[i+1].text())
						}
						if last == '-' && !strings.Contains(word, txt) && next != 0 {
							txt = strings.TrimSuffix(txt, "-") // an added hyphen
						}
					}
					joined.WriteString(txt)
				}
				if joined.String() != word {
					t.Errorf("%s %q at %.1f mm: lines join to %q", lang, word, w, joined.String())
				}
			}
		}
	}
	// The compound name breaks at its own hyphens where they fit.
	m := measurer{f: f, lang: "fr", hy: hyphenatorFor("fr")}.forCells()
	name := "Œuvray-Ñúñez-Lefèvre-Dubois"
	w := m.width("Œuvray-Ñúñez-", regular, fontCell.size) + 1
	var got []string
	for _, ln := range m.wrap(plain(name, regular, nil), fontCell, w) {
		got = append(got, ln.text())
	}
	if strings.Join(got, "|") != "Œuvray-Ñúñez-|Lefèvre-Dubois" {
		t.Errorf("name broken as %q", got)
	}
	// In a table of the document, the same: "financement" in a narrow column.
	needPoppler(t)
	md := "| N° | Poste | Détail |\n|---|---|---|\n| 1 | financement | l'équipe d'accompagnement numérique |\n"
	mod := &course.Module{Number: 18, Slug: "narrow", Title: map[string]string{"fr": "Colonnes étroites"}, Duration: 60,
		Source: map[string]map[string]string{"fr": {course.Theory: md}}}
	p := render(t, "narrow-fr.pdf", func(w *bytes.Buffer) error {
		return ModuleHandout(w, &course.Library{Modules: []*course.Module{mod}}, 18, "fr", []string{course.Theory}, Options{})
	})
	checkInside(t, p)
}

func lastRune(s string) (rune, int) {
	rs := []rune(s)
	if len(rs) == 0 {
		return 0, 0
	}
	return rs[len(rs)-1], 1
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, 1
	}
	return 0, 0
}

// scripts are names in eight scripts the bundled fonts draw, and the
// words pdftotext must give back.
var scripts = []struct {
	script string
	p      session.Participant
}{
	{"Latin", session.Participant{ID: "s1", FirstName: "Łucja", LastName: "Ðorđević-Ñúñez", Organisation: "Spółdzielnia Ærø"}},
	{"Greek", session.Participant{ID: "s2", FirstName: "Αλέξανδρος", LastName: "Παπαδόπουλος", Organisation: "Συνεταιρισμός Αθηνών"}},
	{"Cyrillic", session.Participant{ID: "s3", FirstName: "Олександра", LastName: "Шевченко", Organisation: "Громада Київ"}},
	{"Vietnamese", session.Participant{ID: "s4", FirstName: norm.NFD.String("Thị Hương"), LastName: norm.NFD.String("Nguyễn"), Organisation: "Hợp tác xã Đà Nẵng"}},
	{"Arabic", session.Participant{ID: "s5", FirstName: "فاطمة", LastName: "الزهراء", Organisation: "جمعية الأمل"}},
	{"Hebrew", session.Participant{ID: "s6", FirstName: "יעל", LastName: "כהן", Organisation: "קואופרטיב"}},
	{"Ethiopic", session.Participant{ID: "s7", FirstName: "ሳምራዊት", LastName: "ተክለ", Organisation: "ማኅበር"}},
	{"Armenian", session.Participant{ID: "s8", FirstName: "Անահիտ", LastName: "Պետրոսյան", Organisation: "Համայնք"}},
}

// nfkc folds presentation forms back to letters, as a reader of the PDF's
// text would compare them.
func nfkc(s string) string { return norm.NFKC.String(s) }

// reversedRunes reverses a string, for right-to-left words that a text
// extractor gives in visual order.
func reversedRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func TestNamesInEightScripts(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib := library(t)
	s := testSession(t, "fr", 1)
	var people []session.Participant
	var marks []session.Mark
	for _, sc := range scripts {
		people = append(people, sc.p)
		marks = append(marks, session.Mark{Participant: sc.p.ID, Day: 0, Half: session.AM, Status: session.Present})
	}
	var rep Report
	att := render(t, "scripts-attendance.pdf", func(w *bytes.Buffer) error {
		return AttendanceSheet(w, s, people, Options{Report: &rep})
	})
	cert := render(t, "scripts-certificates.pdf", func(w *bytes.Buffer) error {
		return Certificates(w, lib, s, people, marks, Options{Report: &rep})
	})
	if len(rep.Warnings) != 0 {
		t.Errorf("warnings for names the fonts draw: %+v", rep.Warnings)
	}
	for _, p := range []string{att, cert} {
		text := nfkc(pdfText(t, p))
		for _, sc := range scripts {
			for _, w := range []string{sc.p.FirstName, sc.p.LastName, sc.p.Organisation} {
				for _, word := range strings.Fields(nfkc(norm.NFC.String(w))) {
					if !strings.Contains(text, word) && !strings.Contains(text, reversedRunes(word)) {
						t.Errorf("%s, %s: %q not found", p, sc.script, word)
					}
				}
			}
		}
		if strings.Contains(text, "?") || strings.Contains(text, missingGlyph) {
			t.Errorf("%s: a name printed with ? or □", p)
		}
		checkInside(t, p)
	}
}

// Arabic takes its joining forms and right-to-left order; Hebrew its order.
func TestShapingAndOrder(t *testing.T) {
	f, err := loadFaces()
	if err != nil {
		t.Fatal(err)
	}
	m := measurer{f: f, lang: "fr"}
	// فاطمة: feh initial, alef final, tah initial, meem medial, teh marbuta final.
	if got := m.clean("فاطمة"); got != "\uFED3\uFE8E\uFEC3\uFEE4\uFE94" {
		t.Errorf("shaped %U", []rune(got))
	}
	// Lam and alef make a ligature.
	if got := m.clean("سلام"); got != "\uFEB3\uFEFC\uFEE1" {
		t.Errorf("lam-alef %U", []rune(got))
	}
	// In a French line, a Hebrew name reads right to left, the rest left to right.
	lines := m.wrap(plain("Nom : יעל כהן (Haïfa) 2026", regular, nil), fontBody, 200)
	if got := lines[0].text(); got != "Nom\u00a0: ןהכ לעי (Haïfa) 2026" {
		t.Errorf("visual order %q", got)
	}
	// Digits inside Arabic stay left to right.
	lines = m.wrap(plain("غرفة 12", regular, nil), fontBody, 200)
	if got := nfkc(lines[0].text()); got != "12 "+reversedRunes("غرفة") {
		t.Errorf("visual order %q", got)
	}
}

// What no font draws: Korean and Japanese kana in Latin letters, Chinese
// and emoji as boxes; each reported with participant and field.
func TestUndrawableNamesReported(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	s := testSession(t, "en", 1)
	people := []session.Participant{
		{ID: "k1", FirstName: "민준", LastName: "김"},
		{ID: "j1", FirstName: "さくら", LastName: "タナカ"},
		{ID: "c1", FirstName: "伟", LastName: "王", Organisation: "Coop 🌻 Lyon"},
		{ID: "l1", FirstName: "Zoë", LastName: "Œuvray"},
	}
	var rep Report
	p := render(t, "undrawable-attendance.pdf", func(w *bytes.Buffer) error {
		return AttendanceSheet(w, s, people, Options{Report: &rep})
	})
	text := flat(pdfText(t, p))
	for _, want := range []string{"Gim", "Minjun", "Sakura", "Tanaka", "□", "Coop □ Lyon", "Œuvray"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not found in %s", want, text)
		}
	}
	if strings.Contains(text, "?") {
		t.Errorf("a ? printed: %s", text)
	}
	type key struct{ who, field string }
	got := map[key]Warning{}
	for _, w := range rep.Warnings {
		got[key{w.Participant, w.Field}] = w
	}
	for _, c := range []struct {
		id, field, printed string
		translit           bool
	}{
		{"k1", FieldFirstName, "Minjun", true}, {"k1", FieldLastName, "Gim", true},
		{"j1", FieldFirstName, "Sakura", true}, {"j1", FieldLastName, "Tanaka", true},
		{"c1", FieldFirstName, "□", false}, {"c1", FieldLastName, "□", false}, {"c1", FieldOrganisation, "Coop □ Lyon", false},
	} {
		w, ok := got[key{c.id, c.field}]
		if !ok || w.Printed != c.printed || w.Transliterated != c.translit {
			t.Errorf("%s %s: warning %+v", c.id, c.field, w)
		}
	}
	if len(rep.Warnings) != 7 {
		t.Errorf("%d warnings, want 7: %+v", len(rep.Warnings), rep.Warnings)
	}
	if msg := got[key{"c1", FieldLastName}].Message("fr"); !strings.Contains(msg, "王") || !strings.Contains(msg, "Nom") || !strings.Contains(msg, "à la main") {
		t.Errorf("message %q", msg)
	}
	if msg := got[key{"k1", FieldLastName}].Message("en"); msg != "민준 김 — Last name “김”: printed in Latin letters as “Gim”." {
		t.Errorf("message %q", msg)
	}
}

func TestTransliterate(t *testing.T) {
	for in, want := range map[string]string{
		"김민준": "Gimminjun", "이서연": "Iseoyeon", "さくら": "Sakura", "きょうこ": "Kyouko",
		"しゃしん": "Shashin", "ちょっと": "Chotto", "コーヒー": "Kōhī", "王 Wei": "王 Wei", "Zoë": "Zoë",
	} {
		if got := transliterate(in); got != want {
			t.Errorf("transliterate(%q) = %q, want %q", in, got, want)
		}
	}
}

// The attendance sheet carries the body's and the funder's details, the
// absences already recorded in their boxes, spare rows, the count of
// signatures to fill, and rows tall enough to sign.
func TestAttendanceSheetDetails(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	s := testSession(t, "fr", 1, 4, 7)
	s.Funder, s.Reference, s.Mode = "OPCO Uniformation", "CONV-2026-0042", session.Remote
	marks := []session.Mark{
		{Participant: "p2", Day: 0, Half: session.AM, Status: session.Absent},
		{Participant: "p3", Day: 0, Half: session.PM, Status: session.Excused},
		{Participant: "p4", Day: 0, Half: session.AM, Status: session.Late, LateMinutes: 25},
		{Participant: "p5", Day: 1, Half: session.PM, Status: session.Absent},
	}
	for _, paper := range []Paper{A4, Letter} {
		p := render(t, "attendance-details-"+string(paper)+".pdf", func(w *bytes.Buffer) error {
			return AttendanceSheet(w, s, names, Options{Paper: paper, Org: testOrg(t), Marks: marks})
		})
		pages := pageTexts(t, p)
		if len(pages) != 2 {
			t.Fatalf("%s: %d pages", paper, len(pages))
		}
		for i, pg := range pages {
			f := flat(pg)
			// (pdftotext drops the spaces of a short "1 / 2" here.)
			if !regexp.MustCompile(fmt.Sprintf(`\b%d ?/ ?2\b`, i+1)).MatchString(pg) {
				t.Errorf("%s page %d: no page number %d / 2", paper, i+1, i+1)
			}
			for _, want := range []string{"Numéro de déclaration d'activité : 43 25 01234 25", "SIRET :", "732 829 320 00074",
				"Financeur : OPCO Uniformation", "N° de convention : CONV-2026-0042", "Modalité : À distance",
				"Coop'Formation Ñandú · 3 place Ōmura, 25000 Besançon", "Nombre de signatures : …… sur 5"} {
				if !strings.Contains(f, want) {
					t.Errorf("%s page %d: %q not found in %s", paper, i+1, want, f)
				}
			}
			// Five participants and three spare rows, numbered.
			if !regexp.MustCompile(`(?m)^\s*8\s*$`).MatchString(pg) || regexp.MustCompile(`(?m)^\s*9\s*$`).MatchString(pg) {
				t.Errorf("%s page %d: not 5 participants and 3 spare rows", paper, i+1)
			}
		}
		day1, day2 := flat(pages[0]), flat(pages[1])
		if strings.Count(day1, "Absence excusée") != 1 || strings.Count(day1, "Absence") != 2 || !strings.Contains(day1, "Retard : 25 min") {
			t.Errorf("%s day 1: absences not pre-marked: %s", paper, day1)
		}
		if strings.Count(day2, "Absence") != 1 || strings.Contains(day2, "Retard") {
			t.Errorf("%s day 2: %s", paper, day2)
		}
		// Rows at least 12 mm apart (34 points): the numbers' tops.
		rowTops := regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="[0-9.]+">([1-8])</word>`)
		var ys []float64
		for _, m := range rowTops.FindAllStringSubmatch(strings.Split(pdfText(t, p, "-bbox", "-f", "1", "-l", "1"), "</page>")[0], -1) {
			if x, _ := strconv.ParseFloat(m[1], 64); x > 70 {
				continue // not in the number column
			}
			y, _ := strconv.ParseFloat(m[2], 64)
			ys = append(ys, y)
		}
		if len(ys) < 8 {
			t.Fatalf("%s: %d row numbers found", paper, len(ys))
		}
		for i := 1; i < len(ys); i++ {
			if d := ys[i] - ys[i-1]; d > 0 && d < 12*k-0.5 {
				t.Errorf("%s: rows %.1f pt apart, less than 12 mm", paper, d)
			}
		}
		checkInside(t, p)
	}
}

// The agenda prints its overruns with the agenda's warning, in red, and
// the planned time no block fills.
func TestAgendaOverrunsAndGaps(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib := library(t)
	s, err := session.New("Atelier", "2026-11-30", 2, "fr")
	if err != nil {
		t.Fatal(err)
	}
	// Day 1 runs 30 min into lunch and 30 min past its end; day 2 stops
	// at 11:30.
	s.Agenda[0] = []session.Block{{Kind: session.BlockPart, Module: 1, Part: course.Theory, Minutes: 240}, {Kind: session.BlockPart, Module: 1, Part: course.Case, Minutes: 240}}
	s.Agenda[1] = []session.Block{{Kind: session.BlockPart, Module: 4, Part: course.Theory, Minutes: 150}}
	p := render(t, "agenda-warnings-fr.pdf", func(w *bytes.Buffer) error { return TrainerGuide(w, lib, s, Options{}) })
	text := flat(pdfText(t, p))
	for _, want := range []string{"⚠ Le bloc 1 déborde de 30 min sur la pause déjeuner.", "⚠ La journée dépasse l'horaire de fin de 30 min.",
		"11:30–12:30 Temps non programmé 60 min", "12:30–13:30 Pause déjeuner", "13:30–17:00 Après-midi 210 min libres Rien de prévu pour cette demi-journée."} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not found in %s", want, text)
		}
	}
	// The guide has its contents page, linked.
	nav := readNav(t, p)
	if len(nav.outline) != 3 || nav.outline[0].title != "Programme" || len(nav.links[1]) < 3 {
		t.Fatalf("guide outline %+v, links %v", nav.outline, nav.links)
	}
	for _, e := range nav.outline {
		if !slices.Contains(nav.links[1], e.page) {
			t.Errorf("no link on the contents to %q, page %d: %v", e.title, e.page, nav.links[1])
		}
	}
}

// One section of a part prints alone: the cards an activity needs.
func TestSection(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib := library(t)
	m := lib.Module(1)
	hs := course.ParseString(m.Text("fr", course.Toolbox)).Headings()
	var h2 []course.Block
	for _, h := range hs {
		if h.Level == 2 {
			h2 = append(h2, h)
		}
	}
	if len(h2) < 2 {
		t.Fatal("the toolbox has fewer than two sections")
	}
	want := course.PlainText(h2[0].Inlines)
	next := course.PlainText(h2[1].Inlines)
	p := render(t, "section-fr.pdf", func(w *bytes.Buffer) error {
		return Section(w, lib, 1, "fr", course.Toolbox, strings.ToUpper(want), Options{Paper: Letter})
	})
	text := flat(pdfText(t, p))
	if !strings.Contains(text, flat(want)) || strings.Contains(text, flat(next)) {
		t.Errorf("section %q: printed %s", want, text)
	}
	if nav := readNav(t, p); len(nav.outline) != 1 || nav.outline[0].title != want || nav.lang != "fr" {
		t.Errorf("outline %+v", nav)
	}
	var buf bytes.Buffer
	if err := Section(&buf, lib, 1, "fr", course.Toolbox, "Pas une section", Options{}); !errors.Is(err, ErrNothingToPrint) {
		t.Errorf("unknown section: %v", err)
	}
	checkInside(t, p)
}
