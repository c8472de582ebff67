package course

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// Problem is one thing wrong with the content, and where.
type Problem struct {
	Path    string
	Message string
}

func (p Problem) String() string { return p.Path + ": " + p.Message }

// CountWords counts the words of a Markdown text the way the catalogue does:
// Markdown markers (# * | > ` _ -) removed, then runs of non-space.
func CountWords(src string) int {
	clean := strings.Map(func(r rune) rune {
		if strings.ContainsRune("#*|>`_-", r) {
			return -1
		}
		return r
	}, src)
	return len(strings.Fields(clean))
}

// Validate checks the content folder fsys against the catalogue: every module
// listed in only (all 20 when only is empty) is present with a complete
// module.toml and its five parts in four languages, long enough, with the same
// headings in every language and a half-day plan that adds up.
func Validate(fsys fs.FS, only []int) []Problem { return ValidateDrafts(fsys, only, nil) }

// ValidateDrafts is Validate with some modules still being written: a draft
// module may lack its deck and quiz, and its plan may run to the old limit
// of 240 minutes; everything it has is checked.
func ValidateDrafts(fsys fs.FS, only, drafts []int) []Problem {
	v := validator{fsys: fsys, drafts: map[int]bool{}}
	for _, n := range drafts {
		v.drafts[n] = true
	}
	want := map[int]bool{}
	for _, n := range only {
		want[n] = true
	}
	for i, slug := range Catalogue {
		n := i + 1
		if len(only) > 0 && !want[n] {
			continue
		}
		v.module(n, slug)
	}
	v.unknownFolders()
	return v.problems
}

type validator struct {
	fsys     fs.FS
	drafts   map[int]bool
	draft    bool // the module being checked is a draft
	problems []Problem
}

func (v *validator) add(p, format string, args ...any) {
	v.problems = append(v.problems, Problem{Path: p, Message: fmt.Sprintf(format, args...)})
}

func (v *validator) unknownFolders() {
	entries, _ := fs.ReadDir(v.fsys, ".")
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		known := false
		for i, slug := range Catalogue {
			if e.Name() == fmt.Sprintf("%02d-%s", i+1, slug) {
				known = true
			}
		}
		if !known {
			v.add(e.Name(), "folder is not a module of the catalogue (want NN-slug, e.g. 01-%s)", Catalogue[0])
		}
	}
}

func (v *validator) module(n int, slug string) {
	dir := fmt.Sprintf("%02d-%s", n, slug)
	v.draft = v.drafts[n]
	if _, err := fs.Stat(v.fsys, dir); err != nil {
		v.add(dir, "module is missing")
		return
	}
	duration, digcomp := v.moduleTOML(dir, n, slug)
	var plans map[string]Plan
	for _, part := range Parts {
		docs := map[string]*Document{}
		for _, lang := range Languages {
			if d := v.partFile(dir, lang, part); d != nil {
				docs[lang] = d
			}
		}
		v.sameHeadings(dir, part, docs)
		if part == Guide {
			plans = v.plans(dir, docs, duration)
		}
	}
	v.decks(dir, plans)
	v.quizzes(dir, digcomp)
	v.frenchTypography(dir)
}

// moduleTOML checks module.toml and returns its duration and competences.
func (v *validator) moduleTOML(dir string, n int, slug string) (int, []string) {
	p := path.Join(dir, "module.toml")
	mf, err := ParseModuleTOML(v.fsys, p)
	if err != nil {
		v.add(p, "%v", err)
		return 0, nil
	}
	if mf.Number != n {
		v.add(p, "number is %d, want %d", mf.Number, n)
	}
	if mf.Slug != slug {
		v.add(p, "slug is %q, want %q", mf.Slug, slug)
	}
	for _, lang := range Languages {
		if strings.TrimSpace(mf.Title[lang]) == "" {
			v.add(p, "title in %s is missing", lang)
		}
		if strings.TrimSpace(mf.Summary[lang]) == "" {
			v.add(p, "summary in %s is missing", lang)
		}
	}
	if len(mf.DigComp) == 0 {
		v.add(p, "digcomp competences are missing")
	}
	for _, c := range mf.DigComp {
		if _, ok := DigCompNames[c]; !ok {
			v.add(p, "digcomp %q is not a DigComp 2.2 competence number", c)
		}
	}
	if mf.Duration <= 0 {
		v.add(p, "duration in minutes is missing")
	}
	return mf.Duration, mf.DigComp
}

// partFile checks one part in one language and returns its document.
func (v *validator) partFile(dir, lang, part string) *Document {
	p := path.Join(dir, lang, part+".md")
	b, err := fs.ReadFile(v.fsys, p)
	if err != nil {
		v.add(p, "part is missing")
		return nil
	}
	if w := CountWords(string(b)); w < MinWords[part] {
		v.add(p, "%d words, the catalogue asks for at least %d", w, MinWords[part])
	}
	doc := Parse(b)
	if len(doc.Blocks) == 0 || doc.Blocks[0].Kind != BlockHeading || doc.Blocks[0].Level != 1 {
		v.add(p, "must start with a level-1 heading (# Title)")
	}
	h1 := 0
	for _, h := range doc.Headings() {
		if h.Level == 1 {
			h1++
		}
	}
	if h1 > 1 {
		v.add(p, "has %d level-1 headings, want exactly one", h1)
	}
	if part == Toolbox && !doc.HasTaskList() {
		v.add(p, "has no checklist (a GFM task list, - [ ] item)")
	}
	return doc
}

// headingShape is the count of headings at levels 1 to 6.
func headingShape(d *Document) [6]int {
	var s [6]int
	for _, h := range d.Headings() {
		s[h.Level-1]++
	}
	return s
}

// sameHeadings checks that every language has as many headings of each level
// as the reference language (English, else the first present).
func (v *validator) sameHeadings(dir, part string, docs map[string]*Document) {
	ref := ""
	for _, l := range []string{"en", "fr", "it", "es"} {
		if docs[l] != nil {
			ref = l
			break
		}
	}
	if ref == "" {
		return
	}
	want := headingShape(docs[ref])
	for _, lang := range Languages {
		if d := docs[lang]; d != nil && lang != ref {
			if got := headingShape(d); got != want {
				v.add(path.Join(dir, lang, part+".md"), "headings per level %v differ from %s %v",
					got[:3], ref, want[:3])
			}
		}
	}
}

// plans checks the half-day plan of the guide in every language and returns
// the plans that could be read.
func (v *validator) plans(dir string, docs map[string]*Document, duration int) map[string]Plan {
	out := map[string]Plan{}
	steps := -1
	for _, lang := range Languages {
		d := docs[lang]
		if d == nil {
			continue
		}
		p := path.Join(dir, lang, Guide+".md")
		plan, err := ParsePlan(d, lang)
		if err != nil {
			v.add(p, "%v", err)
			continue
		}
		out[lang] = plan
		maxMin := MaxPlanMinutes
		if v.draft {
			maxMin = 240
		}
		if t := plan.Total(); t < MinPlanMinutes || t > maxMin {
			v.add(p, "half-day plan lasts %d minutes, want %d to %d (a half-day)", t, MinPlanMinutes, maxMin)
		} else if duration > 0 && t != duration {
			v.add(p, "half-day plan lasts %d minutes but module.toml says %d", t, duration)
		}
		if steps >= 0 && len(plan.Steps) != steps {
			v.add(p, "half-day plan has %d rows, other languages have %d", len(plan.Steps), steps)
		}
		steps = len(plan.Steps)
	}
	return out
}
