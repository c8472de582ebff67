package course

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/socialtech/trainerkit/assets"
)

// words makes n words of filler for a fixture.
func words(n int) string { return strings.Repeat("mot ", n) }

// goodModule builds a complete module 1 that passes every check.
func goodModule() fstest.MapFS {
	fsys := fstest.MapFS{}
	fsys["01-digital-transition/module.toml"] = &fstest.MapFile{Data: []byte(`number = 1
slug = "digital-transition"
digcomp = ["5.2", "5.4", "2.4"]
duration = 200
[title]
fr = "Piloter"
en = "Leading"
it = "Guidare"
es = "Liderar"
[summary]
fr = "Résumé."
en = "Summary."
it = "Sintesi."
es = "Resumen."
`)}
	for _, lang := range Languages {
		names := PartNames[lang]
		for _, part := range Parts {
			body := fmt.Sprintf("# %s\n\n## A\n\n%s\n\n## B\n\n%s\n", part, words(MinWords[part]), words(10))
			switch part {
			case Toolbox:
				body += "\n- [ ] check\n"
			case Guide:
				body += fmt.Sprintf("\n| min | activity | part |\n|---|---|---|\n| 20 | welcome | — |\n| 100 | talk | %s |\n| 80 | case | %s |\n", names[0], names[1])
			}
			fsys[fmt.Sprintf("01-digital-transition/%s/%s.md", lang, part)] = &fstest.MapFile{Data: []byte(body)}
		}
		fsys["01-digital-transition/"+lang+"/slides.md"] = &fstest.MapFile{Data: []byte(deckFor(2, 3))}
		fsys["01-digital-transition/"+lang+"/quiz.md"] = &fstest.MapFile{Data: []byte(quizFor(lang))}
	}
	return fsys
}

func TestValidateGoodModule(t *testing.T) {
	if p := Validate(goodModule(), []int{1}); len(p) != 0 {
		t.Fatalf("problems in a good module: %v", p)
	}
}

func TestValidateAllReportsMissingModules(t *testing.T) {
	p := Validate(goodModule(), nil)
	if len(p) != 19 {
		t.Fatalf("want 19 missing modules, got %d: %v", len(p), p)
	}
	for _, x := range p {
		if x.Message != "module is missing" {
			t.Errorf("unexpected %v", x)
		}
	}
}

// TestValidateBroken breaks a good module one way at a time and checks that
// the validator names the problem.
func TestValidateBroken(t *testing.T) {
	const dir = "01-digital-transition/"
	cases := []struct {
		name   string
		mutate func(fstest.MapFS)
		want   string
	}{
		{"missing part", func(f fstest.MapFS) { delete(f, dir+"it/case.md") }, "it/case.md: part is missing"},
		{"too short", func(f fstest.MapFS) {
			f[dir+"es/theory.md"] = &fstest.MapFile{Data: []byte("# T\n\n## A\n\n## B\n\nshort\n")}
		}, "words, the catalogue asks for at least 700"},
		{"heading mismatch", func(f fstest.MapFS) {
			f[dir+"fr/reference.md"] = &fstest.MapFile{Data: []byte("# R\n\n## A\n\n" + words(200))}
		}, "fr/reference.md: headings per level"},
		{"no title heading", func(f fstest.MapFS) {
			f[dir+"en/case.md"] = &fstest.MapFile{Data: []byte("Intro\n\n# Case\n\n## A\n\n" + words(420) + "\n\n## B\n")}
		}, "must start with a level-1 heading"},
		{"bad toml", func(f fstest.MapFS) { f[dir+"module.toml"] = &fstest.MapFile{Data: []byte("number = = 1")} }, "parse 01-digital-transition/module.toml"},
		{"wrong number", func(f fstest.MapFS) {
			f[dir+"module.toml"].Data = []byte(strings.Replace(string(f[dir+"module.toml"].Data), "number = 1", "number = 2", 1))
		}, "number is 2, want 1"},
		{"missing title", func(f fstest.MapFS) {
			f[dir+"module.toml"].Data = []byte(strings.Replace(string(f[dir+"module.toml"].Data), `it = "Guidare"`, "", 1))
		}, "title in it is missing"},
		{"unknown digcomp", func(f fstest.MapFS) {
			f[dir+"module.toml"].Data = []byte(strings.Replace(string(f[dir+"module.toml"].Data), `"2.4"`, `"9.9"`, 1))
		}, `digcomp "9.9"`},
		{"plan too short", func(f fstest.MapFS) {
			f[dir+"en/guide.md"].Data = []byte(strings.Replace(string(f[dir+"en/guide.md"].Data), "| 100 |", "| 10 |", 1))
		}, "half-day plan lasts 110 minutes"},
		{"plan differs from duration", func(f fstest.MapFS) {
			f[dir+"module.toml"].Data = []byte(strings.Replace(string(f[dir+"module.toml"].Data), "duration = 200", "duration = 190", 1))
		}, "module.toml says 190"},
		{"no checklist", func(f fstest.MapFS) {
			f[dir+"fr/toolbox.md"].Data = []byte(strings.Replace(string(f[dir+"fr/toolbox.md"].Data), "- [ ] check", "- check", 1))
		}, "has no checklist"},
		{"unknown folder", func(f fstest.MapFS) { f["21-extra/module.toml"] = &fstest.MapFile{Data: []byte("")} }, "21-extra: folder is not a module"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := goodModule()
			// Copy the files a case edits in place so cases stay independent.
			for k, v := range f {
				f[k] = &fstest.MapFile{Data: append([]byte(nil), v.Data...)}
			}
			c.mutate(f)
			probs := Validate(f, []int{1})
			for _, p := range probs {
				if strings.Contains(p.String(), c.want) {
					return
				}
			}
			t.Errorf("want a problem containing %q, got %v", c.want, probs)
		})
	}
}

// TestBundledModulesValid checks every module bundled so far against the
// catalogue's bar; `trainerkit validate` checks that all 20 are there.
func TestBundledModulesValid(t *testing.T) {
	lib, err := Load(assets.Course())
	if err != nil {
		t.Fatal(err)
	}
	if len(lib.Modules) == 0 {
		t.Fatal("no bundled module")
	}
	var nums []int
	for _, m := range lib.Modules {
		nums = append(nums, m.Number)
	}
	for _, p := range Validate(assets.Course(), nums) {
		t.Error(p)
	}
}

func TestLoadBundled(t *testing.T) {
	lib, err := Load(assets.Course())
	if err != nil {
		t.Fatal(err)
	}
	m := lib.Module(1)
	if m == nil {
		t.Fatal("module 1 missing")
	}
	if m.Slug != "digital-transition" || m.TitleIn("fr") != "Piloter la transition numérique d'une structure de l'ESS" {
		t.Errorf("module 1: %q %q", m.Slug, m.TitleIn("fr"))
	}
	for _, l := range Languages {
		for _, p := range Parts {
			if m.Text(l, p) == "" {
				t.Errorf("module 1 %s/%s empty", l, p)
			}
		}
	}
	for i := 1; i < len(lib.Modules); i++ {
		if lib.Modules[i-1].Number >= lib.Modules[i].Number {
			t.Error("modules not in order")
		}
	}
}

func TestLoadBadTOML(t *testing.T) {
	f := goodModule()
	f["01-digital-transition/module.toml"] = &fstest.MapFile{Data: []byte("[title\n")}
	if _, err := Load(f); err == nil || !strings.Contains(err.Error(), "module.toml") {
		t.Errorf("want an error naming module.toml, got %v", err)
	}
}

func BenchmarkLoadAndParseAll(b *testing.B) {
	fsys := assets.Course()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		lib, err := Load(fsys)
		if err != nil {
			b.Fatal(err)
		}
		for _, m := range lib.Modules {
			for _, l := range Languages {
				for _, p := range Parts {
					ParseString(m.Text(l, p))
				}
			}
		}
	}
}

// deckFor writes a deck with a group of slides for rows 2 and 3 of the good
// module's plan (the rows that name a part).
func deckFor(steps ...int) string {
	var b strings.Builder
	b.WriteString("# Title\n\nNote:\nWelcome.\n")
	for _, s := range steps {
		fmt.Fprintf(&b, "\n---\n\nStep: %d\n\n## Slide %d\n\n- one point\n\nNote:\nSay it.\n", s, s)
	}
	return b.String()
}

func quizFor(lang string) string {
	tf := TrueFalse[lang]
	var b strings.Builder
	b.WriteString("# Quiz\n")
	for i := 0; i < 8; i++ {
		c := []string{"5.2", "5.4", "2.4"}[i%3]
		fmt.Fprintf(&b, "\n## Question %d?\n\nType: truefalse\nCompetence: %s\n\n- [x] %s\n- [ ] %s\n\nExplanation: Because.\n", i, c, tf[0], tf[1])
	}
	return b.String()
}

func TestValidateDecksAndQuizzes(t *testing.T) {
	fsys := goodModule()
	fsys["01-digital-transition/it/slides.md"] = &fstest.MapFile{Data: []byte(deckFor(2))}
	fsys["01-digital-transition/es/slides.md"] = &fstest.MapFile{Data: []byte(deckFor(3, 2))}
	fsys["01-digital-transition/en/slides.md"] = &fstest.MapFile{Data: []byte(deckFor(2, 3, 9) + "\n---\n\n## Long\n\n" + words(61) + "\n---\n\n## Bare\n")}
	fsys["01-digital-transition/en/quiz.md"] = &fstest.MapFile{Data: []byte("# Quiz\n\n## Q?\n\nType: single\nCompetence: 1.1\n\n- [x] a\n- [ ] b\n")}
	wants := []string{
		"it/slides.md: no slides for plan row 3",
		"it/slides.md: 2 slides, fr has 3",
		"es/slides.md: step markers [0 3 2] differ from fr [0 2 3]",
		"en/slides.md: slide 4 says Step: 9 but the plan has 3 rows",
		"en/slides.md: slide 5 \"Long\" has 62 words on screen",
		"en/slides.md: notes on 4 of 6 slides",
		"en/quiz.md: 1 questions, want 8 to 12",
		"en/quiz.md: question 1 (line 3): single choice wants",
		"en/quiz.md: no question checks competence 5.4",
		"en/quiz.md: questions differ from fr",
	}
	got := fmt.Sprint(Validate(fsys, []int{1}))
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("missing problem %q in %s", w, got)
		}
	}
	delete(fsys, "01-digital-transition/fr/quiz.md")
	if got := fmt.Sprint(Validate(fsys, []int{1})); !strings.Contains(got, "fr/quiz.md: is missing") {
		t.Errorf("a missing quiz is not reported: %s", got)
	}
	if got := fmt.Sprint(ValidateDrafts(fsys, []int{1}, []int{1})); strings.Contains(got, "is missing") {
		t.Errorf("a draft module's missing quiz is reported: %s", got)
	}
}

func TestValidateFrenchTypography(t *testing.T) {
	fsys := goodModule()
	fsys["01-digital-transition/fr/case.md"].Data = append(fsys["01-digital-transition/fr/case.md"].Data, []byte("\nUne question ? « Oui ».\n")...)
	got := fmt.Sprint(ValidateDrafts(fsys, []int{1}, []int{1}))
	for _, w := range []string{`ordinary space before "?"`, `ordinary space after "«"`, `ordinary space before "»"`} {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in %s", w, got)
		}
	}
}
