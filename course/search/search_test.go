package search

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
)

// fixture indexes testdata/LANG.md as the theory of module 1 in the four
// languages, with a title and summary.
func fixture(t *testing.T) *Index {
	t.Helper()
	ix := New()
	titles := map[string]string{
		"fr": "Piloter la transition numérique", "en": "Leading the digital transition",
		"it": "Guidare la transizione digitale", "es": "Liderar la transición digital",
	}
	for _, lang := range course.Languages {
		b, err := os.ReadFile("testdata/" + lang + ".md")
		if err != nil {
			t.Fatal(err)
		}
		ix.Put(DocRef{1, course.Theory, lang}, string(b))
		ix.PutInfo(1, lang, titles[lang], "Summary of the module in "+lang+".")
	}
	return ix
}

// hitTexts returns the highlighted texts of a result, heading then snippet.
func hitTexts(r Result) []string {
	var out []string
	h := []rune(r.Heading)
	for _, x := range r.HeadingHits {
		out = append(out, string(h[x.Start:x.End]))
	}
	s := []rune(r.Snippet)
	for _, x := range r.Hits {
		out = append(out, string(s[x.Start:x.End]))
	}
	return out
}

// allHits joins the highlighted texts of all results.
func allHits(rs []Result) string {
	var out []string
	for _, r := range rs {
		out = append(out, hitTexts(r)...)
	}
	return strings.Join(out, "|")
}

func TestFoldingFourLanguages(t *testing.T) {
	ix := fixture(t)
	cases := []struct {
		q, lang string
		want    []string // highlighted texts that must be among the hits
	}{
		// French: e finds é, è, ê; case; œ.
		{"ete", "fr", []string{"été"}},
		{"fete", "fr", []string{"fête"}},
		{"creme", "fr", []string{"crème"}},
		{"elan", "fr", []string{"Élan"}},
		{"ECONOMIE", "fr", []string{"Économie", "économie"}},
		{"oeuvre", "fr", []string{"œuvre", "Œuvre"}},
		{"Œuvres", "fr", []string{"Œuvres"}},
		{"donnees personnelles", "fr", []string{"données", "personnelles"}},
		// English: diaeresis, acute, case.
		{"naive", "en", []string{"naïve"}},
		{"cafe", "en", []string{"café"}},
		{"data", "en", []string{"data", "DATA"}},
		// Italian: grave accents, an accented query finds the same.
		{"citta", "it", []string{"città", "Città", "CITTÀ"}},
		{"città", "it", []string{"città"}},
		{"perche", "it", []string{"Perché"}},
		{"solidarieta", "it", []string{"solidarietà"}},
		// Spanish: ñ, acute accents, case.
		{"nino", "es", []string{"niño"}},
		{"espana ano", "es", []string{"España", "año"}},
		{"economia", "es", []string{"Economía", "economía"}},
		{"nunez", "es", []string{"Núñez"}},
		{"accesibilidad", "es", []string{"ACCESIBILIDAD"}},
	}
	for _, c := range cases {
		rs := ix.Search(c.q, Options{Lang: c.lang})
		if len(rs) == 0 {
			t.Errorf("%q in %s: no result", c.q, c.lang)
			continue
		}
		got := "|" + allHits(rs) + "|"
		for _, w := range c.want {
			if !strings.Contains(got, "|"+w+"|") {
				t.Errorf("%q in %s: hits %s, want %q among them", c.q, c.lang, got, w)
			}
		}
	}
}

func TestPrefix(t *testing.T) {
	ix := fixture(t)
	rs := ix.Search("numer", Options{Lang: "fr"})
	got := allHits(rs)
	// The hit is the matched prefix, in the text's own spelling.
	for _, w := range []string{"numér", "Numér"} {
		if !strings.Contains("|"+got+"|", "|"+w+"|") {
			t.Errorf("numer: hits %s, want %q", got, w)
		}
	}
	// numérique, numériques, Numérique and numéros are all found: the title,
	// the first two sections, the section with a table and the party.
	var where []string
	for _, r := range rs {
		where = append(where, fmt.Sprintf("%s/%d", r.Part, r.Section))
	}
	if want := []string{"info/0", "theory/0", "theory/1", "theory/2", "theory/3"}; !sameSet(where, want) {
		t.Errorf("numer found in %v, want %v", where, want)
	}
	// An exact word is highlighted whole, and a full word is still a prefix.
	rs = ix.Search("numeriques", Options{Lang: "fr"})
	if got := allHits(rs); got != "numériques|numériques" {
		t.Errorf("numeriques: hits %q", got)
	}
	if rs := ix.Search("numeriquesx", Options{}); len(rs) != 0 {
		t.Errorf("numeriquesx found %d results", len(rs))
	}
}

func sameSet(a, b []string) bool {
	m := map[string]int{}
	for _, x := range a {
		m[x]++
	}
	for _, x := range b {
		m[x]--
	}
	for _, v := range m {
		if v != 0 {
			return false
		}
	}
	return true
}

func TestAndOfWords(t *testing.T) {
	ix := fixture(t)
	rs := ix.Search("données fête", Options{})
	if len(rs) != 0 {
		t.Errorf("données fête: %d results, want none (no section holds both)", len(rs))
	}
	rs = ix.Search("données personnelles", Options{})
	if len(rs) != 1 || rs[0].Heading != "Les données personnelles" {
		t.Errorf("données personnelles: %+v", rs)
	}
}

// rankIndex builds an index from module → Markdown of its theory in French,
// plus optional titles.
func rankIndex(parts map[int]string, titles map[int]string) *Index {
	ix := New()
	for m, src := range parts {
		ix.Put(DocRef{m, course.Theory, "fr"}, src)
	}
	for m, title := range titles {
		ix.PutInfo(m, "fr", title, "")
	}
	return ix
}

func order(rs []Result) []string {
	var out []string
	for _, r := range rs {
		out = append(out, fmt.Sprintf("%d/%s/%s/%d", r.Module, r.Part, r.Lang, r.Section))
	}
	return out
}

func TestRanking(t *testing.T) {
	cases := []struct {
		name   string
		parts  map[int]string
		titles map[int]string
		q      string
		want   []string
	}{
		{"title before heading before body",
			map[int]string{
				2: "# Intro\n\nLe jardin partagé.\n",
				3: "# Le jardin\n\nUn texte.\n",
			},
			map[int]string{4: "Jardin et quartier"},
			"jardin", []string{"4/info/fr/0", "3/theory/fr/0", "2/theory/fr/0"}},
		{"exact before prefix",
			map[int]string{
				2: "# A\n\nLes jardiniers arrivent.\n",
				3: "# B\n\nLe jardin ouvre.\n",
			}, nil,
			"jardin", []string{"3/theory/fr/0", "2/theory/fr/0"}},
		{"more occurrences before fewer",
			map[int]string{
				2: "# A\n\nUn jardin.\n",
				3: "# B\n\nUn jardin, un autre jardin, encore un jardin.\n",
			}, nil,
			"jardin", []string{"3/theory/fr/0", "2/theory/fr/0"}},
		{"words together before words apart",
			map[int]string{
				2: "# A\n\nLe logiciel est installé sur le poste, et la licence est libre.\n",
				3: "# B\n\nUn logiciel libre est installé sur le poste.\n",
			}, nil,
			"logiciel libre", []string{"3/theory/fr/0", "2/theory/fr/0"}},
		{"more query words in the heading before fewer",
			map[int]string{
				2: "# Logiciel\n\nLe logiciel est libre.\n",
				3: "# Logiciel libre\n\nLe texte.\n",
			}, nil,
			"logiciel libre", []string{"3/theory/fr/0", "2/theory/fr/0"}},
		{"the module about the subject first",
			map[int]string{
				2: "# A\n\nUn mot sur les jardins.\n",
				3: "# B\n\nUn mot sur les jardins.\n",
			},
			map[int]string{3: "Les jardins", 2: "Autre chose"},
			"jardins", []string{"3/info/fr/0", "3/theory/fr/0", "2/theory/fr/0"}},
		{"ties by module then section",
			map[int]string{
				3: "# A\n\nLe jardin.\n\n# B\n\nLe jardin.\n",
				2: "# A\n\nLe jardin.\n",
			}, nil,
			"jardin", []string{"2/theory/fr/0", "3/theory/fr/0", "3/theory/fr/1"}},
	}
	for _, c := range cases {
		got := order(rankIndex(c.parts, c.titles).Search(c.q, Options{}))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

func TestTieBreakPartsAndLanguages(t *testing.T) {
	ix := New()
	for _, lang := range []string{"es", "it", "en", "fr"} {
		for _, part := range []string{course.Guide, course.Theory, course.Case} {
			ix.Put(DocRef{5, part, lang}, "# X\n\nzythum\n")
		}
	}
	got := order(ix.Search("zythum", Options{}))
	want := []string{
		"5/theory/fr/0", "5/theory/en/0", "5/theory/it/0", "5/theory/es/0",
		"5/case/fr/0", "5/case/en/0", "5/case/it/0", "5/case/es/0",
		"5/guide/fr/0", "5/guide/en/0", "5/guide/it/0", "5/guide/es/0",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order %v\nwant %v", got, want)
	}
}

func TestLanguageFilterAndLimit(t *testing.T) {
	ix := fixture(t)
	all := ix.Search("cooperativ", Options{})
	langs := map[string]bool{}
	for _, r := range all {
		langs[r.Lang] = true
	}
	if len(langs) != 3 || langs["fr"] {
		t.Errorf("cooperativ in all languages: found in %v, want en it es", langs)
	}
	for _, lang := range course.Languages {
		for _, r := range ix.Search("personal personnelles personali personales", Options{Lang: lang}) {
			t.Errorf("four languages ANDed found %v", r.DocRef)
		}
		rs := ix.Search("digital", Options{Lang: lang})
		for _, r := range rs {
			if r.Lang != lang {
				t.Errorf("Lang %s: result in %s", lang, r.Lang)
			}
		}
	}
	if rs := ix.Search("e", Options{Limit: 3}); len(rs) != 3 {
		t.Errorf("Limit 3: %d results", len(rs))
	}
	every := ix.Search("e", Options{})
	if rs, total := ix.SearchTotal("e", Options{Limit: 3}); len(rs) != 3 || total != len(every) || total <= 3 {
		t.Errorf("SearchTotal Limit 3: %d results of %d, want 3 of %d", len(rs), total, len(every))
	}
	if rs := ix.Search("digital", Options{Lang: "de"}); len(rs) != 0 {
		t.Errorf("unknown language: %d results", len(rs))
	}
}

func TestOnePerPart(t *testing.T) {
	ix := fixture(t)
	rs := ix.Search("numer", Options{Lang: "fr", OnePerPart: true})
	got := order(rs)
	if want := []string{"1/info/fr/0", "1/theory/fr/0"}; !sameSet(got, want) {
		t.Fatalf("one per part: %v, want %v", got, want)
	}
	for _, r := range rs {
		if r.Part == course.Theory && r.Matches != 4 {
			t.Errorf("theory Matches = %d, want 4", r.Matches)
		}
	}
}

func TestSnippet(t *testing.T) {
	long := strings.Repeat("Les bénévoles préparent l'œuvre collective du quartier. ", 6) +
		"Ici la médiation numérique commence vraiment. " +
		strings.Repeat("Après vient la fête, avec des crêpes et du café 😀 pour tous. ", 6)
	ix := New()
	ix.Put(DocRef{1, course.Case, "fr"}, "# Titre\n\n"+long+"\n")
	rs := ix.Search("mediation numer", Options{})
	if len(rs) != 1 {
		t.Fatalf("%d results", len(rs))
	}
	r := rs[0]
	if n := utf8.RuneCountInString(r.Snippet); n < 140 || n > 165 {
		t.Errorf("snippet of %d runes: %q", n, r.Snippet)
	}
	if !strings.HasPrefix(r.Snippet, "…") || !strings.HasSuffix(r.Snippet, "…") {
		t.Errorf("snippet cut inside the text without ellipses: %q", r.Snippet)
	}
	inner := strings.TrimSuffix(strings.TrimPrefix(r.Snippet, "…"), "…")
	i := strings.Index(long, inner)
	if i < 0 {
		t.Fatalf("snippet %q is not a piece of the text", inner)
	}
	// On word boundaries: a space before and after.
	if long[i-1] != ' ' || long[i+len(inner)] != ' ' {
		t.Errorf("snippet not on word boundaries: %q", r.Snippet)
	}
	if got := strings.Join(hitTexts(r), "|"); got != "médiation|numér" {
		t.Errorf("hits %q", got)
	}
	// The hit is well inside, with some text before it.
	if r.Hits[0].Start < 20 {
		t.Errorf("hit at rune %d: no context before it", r.Hits[0].Start)
	}

	// Multibyte text all around: the ranges still count runes.
	rs = ix.Search("cafe", Options{})
	for _, h := range hitTexts(rs[0]) {
		if h != "café" {
			t.Errorf("cafe: hit %q", h)
		}
	}
	rs = ix.Search("oeuvre", Options{})
	for _, h := range hitTexts(rs[0]) {
		if h != "œuvre" {
			t.Errorf("oeuvre: hit %q", h)
		}
	}
	// A prefix ending inside a ligature takes the whole letter.
	rs = ix.Search("lo", Options{})
	if len(rs) != 0 {
		t.Errorf("lo found %q", hitTexts(rs[0]))
	}
	rs = ix.Search("o", Options{})
	for _, h := range hitTexts(rs[0]) {
		if h != "œ" {
			t.Errorf("o: hit %q, want œ", h)
		}
	}
}

func TestCutSnippet(t *testing.T) {
	cases := []struct {
		name, text string
		hit        string // the word to anchor on and highlight
		prefix     bool   // the snippet starts with …
		suffix     bool   // the snippet ends with …
	}{
		{"short text whole", "Une phrase courte avec un mot.", "mot", false, false},
		{"hit at start", "Début " + strings.Repeat("suite du texte ", 20), "Début", false, true},
		{"hit at end shows what comes before", strings.Repeat("début du texte ", 20) + "fin", "fin", true, false},
		{"lines joined", "Ligne une\nligne deux\n\nligne trois avec mot", "mot", false, false},
		{"one very long word", strings.Repeat("a", 300) + " mot", "mot", true, false},
		{"multibyte", strings.Repeat("été ñandú città œuvre 😀 ", 12) + "cible " + strings.Repeat("crème ", 40), "cible", true, true},
	}
	for _, c := range cases {
		at := strings.Index(c.text, c.hit)
		s, hits := cutSnippet(c.text, at, []span{{at, at + len(c.hit)}})
		if strings.HasPrefix(s, "…") != c.prefix || strings.HasSuffix(s, "…") != c.suffix {
			t.Errorf("%s: ellipses wrong in %q", c.name, s)
		}
		if strings.Contains(s, "\n") || strings.Contains(s, "  ") {
			t.Errorf("%s: lines not joined in %q", c.name, s)
		}
		if !utf8.ValidString(s) {
			t.Errorf("%s: invalid UTF-8 %q", c.name, s)
		}
		if n := utf8.RuneCountInString(s); n > snippetRunes+2 {
			t.Errorf("%s: %d runes", c.name, n)
		}
		if len(hits) != 1 {
			t.Errorf("%s: hits %v in %q", c.name, hits, s)
			continue
		}
		if got := string([]rune(s)[hits[0].Start:hits[0].End]); got != c.hit {
			t.Errorf("%s: hit %q, want %q", c.name, got, c.hit)
		}
	}
	if s, hits := cutSnippet("", 0, nil); s != "" || hits != nil {
		t.Errorf("empty text: %q %v", s, hits)
	}
}

func TestHeadingOnlyHit(t *testing.T) {
	ix := fixture(t)
	rs := ix.Search("ete fete", Options{})
	if len(rs) != 1 {
		t.Fatalf("%d results", len(rs))
	}
	r := rs[0]
	if r.Heading != "L'été de la fête" || r.Level != 2 || r.Section != 2 {
		t.Errorf("result %+v", r)
	}
	if got := strings.Join(hitTexts(r), "|"); !strings.HasPrefix(got, "été|fête|") {
		t.Errorf("hits %q", got)
	}
}

func TestIndexFollowsEdits(t *testing.T) {
	ix := fixture(t)
	ref := DocRef{1, course.Theory, "fr"}
	if rs := ix.Search("fête", Options{}); len(rs) != 1 {
		t.Fatalf("fête before: %d results", len(rs))
	}
	// A customised part replaces the bundled one.
	ix.Put(ref, "# Ma version\n\nUne kermesse remplace la fête de quartier.\n\n## Budget\n\nLa kermesse coûte peu.\n")
	if rs := ix.Search("ete", Options{Lang: "fr"}); len(rs) != 0 {
		t.Errorf("été still found after the edit: %v", order(rs))
	}
	rs := ix.Search("kermesse", Options{})
	if got := order(rs); !reflect.DeepEqual(got, []string{"1/theory/fr/1", "1/theory/fr/0"}) &&
		!reflect.DeepEqual(got, []string{"1/theory/fr/0", "1/theory/fr/1"}) {
		t.Errorf("kermesse after the edit: %v", got)
	}
	// Other languages are untouched.
	if rs := ix.Search("citta", Options{}); len(rs) == 0 {
		t.Error("Italian lost by a French edit")
	}
	// Remove drops the part; PutInfo replaces a title.
	ix.Remove(ref)
	if rs := ix.Search("kermesse", Options{}); len(rs) != 0 {
		t.Errorf("kermesse after Remove: %v", order(rs))
	}
	ix.PutInfo(1, "fr", "Un titre neuf", "")
	if rs := ix.Search("transition", Options{Lang: "fr"}); len(rs) != 0 {
		t.Errorf("old title still found: %v", order(rs))
	}
	if rs := ix.Search("neuf", Options{}); len(rs) != 1 || rs[0].Part != ModuleInfo {
		t.Errorf("new title: %v", order(rs))
	}
	// An own module, then its removal.
	own := &course.Module{Number: 21, Title: map[string]string{"fr": "Mon module à moi"},
		Summary: map[string]string{}, Source: map[string]map[string]string{
			"fr": {course.Theory: "# Théorie\n\nLa permaculture numérique.\n", course.Guide: "# Guide\n\nAnimer la permaculture.\n"},
		}}
	ix.PutModule(own)
	if got := order(ix.Search("permaculture", Options{})); !reflect.DeepEqual(got, []string{"21/theory/fr/0", "21/guide/fr/0"}) {
		t.Errorf("own module: %v", got)
	}
	own.Source["fr"][course.Guide] = ""
	ix.PutModule(own)
	if got := order(ix.Search("permaculture", Options{})); !reflect.DeepEqual(got, []string{"21/theory/fr/0"}) {
		t.Errorf("own module after emptying its guide: %v", got)
	}
	ix.RemoveModule(21)
	if rs := ix.Search("permaculture", Options{}); len(rs) != 0 {
		t.Errorf("own module after RemoveModule: %v", order(rs))
	}
	for _, d := range ix.Docs() {
		if d.Module == 21 || d == ref {
			t.Errorf("%v still listed", d)
		}
	}
}

// TestEditedEqualsFresh checks that an index edited many times answers like
// one built from scratch: no stale postings, no lost terms.
func TestEditedEqualsFresh(t *testing.T) {
	lib := library(t)
	edited := Build(lib)
	m := lib.Module(4)
	for i := 0; i < 3; i++ {
		for _, lang := range course.Languages {
			for _, part := range course.Parts {
				edited.Put(DocRef{4, part, lang}, "# Rien\n\nremplacé "+part)
				edited.Remove(DocRef{6, part, lang})
			}
		}
		for _, lang := range course.Languages {
			for _, part := range course.Parts {
				edited.Put(DocRef{4, part, lang}, m.Text(lang, part))
				edited.Put(DocRef{6, part, lang}, lib.Module(6).Text(lang, part))
			}
		}
	}
	fresh := Build(lib)
	for _, q := range []string{"données personnelles", "rgpd", "remplace", "open data", "licen", "e", "cooperativa"} {
		a, b := edited.Search(q, Options{}), fresh.Search(q, Options{})
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%q: edited index gives %d results, fresh %d", q, len(a), len(b))
		}
	}
}

func TestOddQueries(t *testing.T) {
	ix := fixture(t)
	for _, q := range []string{
		"", "   ", "!!!", "…", "« »", "-", "'", "😀", "😀😀 🎉", "\x00", "\xff\xfe", "#", "**",
		strings.Repeat("é", 100000), strings.Repeat("numérique ", 10000), strings.Repeat("😀", 5000),
		"日本語", "مرحبا", "\u0301", "e\u0301te",
	} {
		rs := ix.Search(q, Options{})
		for _, r := range rs {
			if !utf8.ValidString(r.Snippet) {
				t.Errorf("%.20q: invalid snippet", q)
			}
		}
	}
	// An emoji beside a word is ignored; a decomposed accent is folded.
	if rs := ix.Search("😀 fête", Options{}); len(rs) != 1 {
		t.Errorf("emoji and word: %d results", len(rs))
	}
	if rs := ix.Search("fe\u0302te", Options{}); len(rs) != 1 {
		t.Errorf("decomposed fête: %d results", len(rs))
	}
	// An empty index answers nothing.
	if rs := New().Search("numérique", Options{}); rs != nil {
		t.Errorf("empty index: %v", rs)
	}
	if rs := Build(nil).Search("x", Options{}); rs != nil {
		t.Errorf("nil library: %v", rs)
	}
}

func TestConcurrentSearchAndPut(t *testing.T) {
	ix := fixture(t)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				ix.Search("numer fete", Options{})
				ix.Search("citta", Options{Lang: "it"})
			}
		}()
	}
	for i := 0; i < 100; i++ {
		ix.Put(DocRef{2, course.Case, "fr"}, fmt.Sprintf("# Cas %d\n\nUn mot%d numérique pour la fête.\n", i, i))
	}
	wg.Wait()
	if rs := ix.Search("mot99", Options{}); len(rs) != 1 {
		t.Errorf("last edit: %d results", len(rs))
	}
}

func library(t testing.TB) *course.Library {
	t.Helper()
	lib, err := course.Load(assets.Course())
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// TestBundledContent searches the real content and checks that each result
// points at the right section of the part as the renderer parses it.
func TestBundledContent(t *testing.T) {
	lib := library(t)
	ix := Build(lib)
	want := 0
	for _, m := range lib.Modules {
		want += len(langsOf(m))
		for _, lang := range course.Languages {
			for _, part := range course.AllParts {
				if strings.TrimSpace(m.Text(lang, part)) != "" {
					want++
				}
			}
		}
	}
	if got := len(ix.Docs()); got != want {
		t.Errorf("%d texts indexed, want %d", got, want)
	}
	top := []struct {
		q, lang string
		module  int
	}{
		{"données personnelles", "fr", 4},
		{"personal data", "en", 4},
		{"accesibilidad", "es", 17},
		{"accessibilità", "it", 17},
		{"cooperative di piattaforma", "it", 15},
		{"cybersécurité", "fr", 8},
	}
	for _, c := range top {
		rs := ix.Search(c.q, Options{Lang: c.lang, Limit: 3})
		if len(rs) == 0 || rs[0].Module != c.module || rs[0].Part != ModuleInfo {
			t.Errorf("%q: first result %v, want module %d's title", c.q, order(rs), c.module)
		}
	}
	checked := 0
	for _, q := range []string{"numer", "cooperativa", "données", "licence", "wcag", "citta"} {
		for _, r := range ix.Search(q, Options{Limit: 40}) {
			if r.Part == ModuleInfo {
				if r.Heading != lib.Module(r.Module).Title[r.Lang] {
					t.Errorf("%q: info heading %q", q, r.Heading)
				}
				continue
			}
			doc := course.ParseString(lib.Module(r.Module).Text(r.Lang, r.Part))
			secs := Sections(doc)
			s := secs[r.Section]
			if s.Block != r.Block || s.Heading != r.Heading {
				t.Errorf("%q %v: section %d is block %d %q, result says block %d %q",
					q, r.DocRef, r.Section, s.Block, s.Heading, r.Block, r.Heading)
			}
			if s.Level > 0 && doc.Blocks[r.Block].Kind != course.BlockHeading {
				t.Errorf("%q %v: block %d is not a heading", q, r.DocRef, r.Block)
			}
			inner := strings.TrimSuffix(strings.TrimPrefix(r.Snippet, "…"), "…")
			text := s.Text
			if r.Part == course.SlidesPart || r.Part == course.QuizPart {
				text = formatKeys.ReplaceAllString(text, "") // as indexed
			}
			if !strings.Contains(joinLines(text), inner) {
				t.Errorf("%q %v: snippet %q not in the section's text", q, r.DocRef, inner)
			}
			for _, h := range hitTexts(r) {
				if !strings.HasPrefix(course.Fold(h), course.Fold(q)) && !strings.HasPrefix(course.Fold(q), course.Fold(h)) {
					t.Errorf("%q %v: hit %q", q, r.DocRef, h)
				}
			}
			if strings.ContainsAny(inner, "*#|") && !strings.Contains(s.Text, "*") {
				t.Errorf("%q %v: markup in snippet %q", q, r.DocRef, inner)
			}
			checked++
		}
	}
	if checked < 100 {
		t.Errorf("only %d results checked", checked)
	}
}

// joinLines joins lines with spaces and collapses ASCII spaces, as snippets
// do (a no-break space stays).
// joinLines is text as a snippet shows it: lines joined with " · " (a
// space after punctuation), runs of spaces as one.
func joinLines(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		ws := strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == '\t' || r == '\r' })
		if l = strings.Join(ws, " "); l != "" {
			lines = append(lines, l)
		}
	}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			if last, _ := utf8.DecodeLastRuneInString(lines[i-1]); strings.ContainsRune(".:;!?…", last) {
				b.WriteString(" ")
			} else {
				b.WriteString(" · ")
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// TestWordsLikeCourse checks that the tokeniser cuts the bundled content
// into the same words as course.Words.
func TestWordsLikeCourse(t *testing.T) {
	lib := library(t)
	for _, m := range lib.Modules {
		for _, lang := range course.Languages {
			for _, part := range course.Parts {
				text := m.Text(lang, part)
				var got []string
				wordSpans(text, func(w span) { got = append(got, text[w.start:w.end]) })
				if want := course.Words(text); !reflect.DeepEqual(got, want) {
					t.Fatalf("%s %s %s: %d words, course.Words %d", m.ID(), lang, part, len(got), len(want))
				}
			}
		}
	}
}

func TestSections(t *testing.T) {
	doc := course.ParseString("Avant le titre.\n\n# Titre **gras**\n\nTexte *un*.\n\n- a\n- b\n\n## Deux\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n> cité\n\n```\ncode\n```\n")
	got := Sections(doc)
	want := []Section{
		{Block: 0, End: 1, Text: "Avant le titre."},
		{Block: 1, End: 4, Heading: "Titre gras", Level: 1, Text: "Texte un.\na\nb"},
		{Block: 4, End: 8, Heading: "Deux", Level: 2, Text: "x · y\n1 · 2\ncité\ncode"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Sections:\n%+v\nwant\n%+v", got, want)
	}
	if s := Sections(course.ParseString("")); len(s) != 0 {
		t.Errorf("empty: %+v", s)
	}
	if s := Sections(nil); s != nil {
		t.Errorf("nil: %+v", s)
	}
}
