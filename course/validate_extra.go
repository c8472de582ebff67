package course

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// Limits of the half-day plan, of a deck and of a quiz (docs/CONTENT.md).
const (
	MinPlanMinutes     = 180
	MaxPlanMinutes     = 210 // the default half-day, 09:00–12:30
	MaxSlideWords      = 60  // words on screen, heading included
	MinNotedSlides     = 0.8 // share of slides with speaker notes
	MinQuizQuestions   = 8
	MaxQuizQuestions   = 12
	deckFile, quizFile = "slides.md", "quiz.md"
)

// readOptional reads dir/lang/name; a missing file is a problem unless the
// module is a draft.
func (v *validator) readOptional(dir, lang, name string) (string, bool) {
	p := path.Join(dir, lang, name)
	b, err := fs.ReadFile(v.fsys, p)
	if err != nil {
		if !v.draft {
			v.add(p, "is missing")
		}
		return "", false
	}
	return string(b), true
}

// decks checks slides.md in every language against that language's plan,
// then that the four decks have the same slides and markers.
func (v *validator) decks(dir string, plans map[string]Plan) {
	markers := map[string][]int{}
	for _, lang := range Languages {
		src, ok := v.readOptional(dir, lang, deckFile)
		if !ok {
			continue
		}
		slides := ParseDeck(src)
		p := path.Join(dir, lang, deckFile)
		v.deck(p, slides, plans[lang])
		for _, s := range slides {
			markers[lang] = append(markers[lang], s.Step)
		}
	}
	v.sameMarkers(dir, markers)
}

func (v *validator) deck(p string, slides []DeckSlide, plan Plan) {
	if len(slides) == 0 {
		v.add(p, "has no slides")
		return
	}
	noted := 0
	for i, s := range slides {
		if s.Level == 0 {
			v.add(p, "slide %d (line %d) has no heading", i+1, s.Line)
		}
		if w := s.Words(); w > MaxSlideWords {
			v.add(p, "slide %d %q has %d words on screen, at most %d", i+1, s.Title, w, MaxSlideWords)
		}
		if s.NoteWords() > 0 {
			noted++
		}
		if s.Step > len(plan.Steps) && len(plan.Steps) > 0 {
			v.add(p, "slide %d says Step: %d but the plan has %d rows", i+1, s.Step, len(plan.Steps))
		}
	}
	if float64(noted) < MinNotedSlides*float64(len(slides)) {
		v.add(p, "notes on %d of %d slides, want at least 80 %%", noted, len(slides))
	}
	have := map[int]bool{}
	for _, s := range slides {
		have[s.Step] = true
	}
	for i, st := range plan.Steps {
		if st.Part != "" && !have[i+1] {
			v.add(p, "no slides for plan row %d (%s)", i+1, st.Activity)
		}
	}
}

// sameMarkers checks that every language has the slides of the reference
// language (French), with the same step markers.
func (v *validator) sameMarkers(dir string, markers map[string][]int) {
	ref, ok := markers["fr"]
	if !ok {
		return
	}
	for _, lang := range Languages[1:] {
		got, ok := markers[lang]
		if !ok {
			continue
		}
		if len(got) != len(ref) {
			v.add(path.Join(dir, lang, deckFile), "%d slides, fr has %d", len(got), len(ref))
		} else if fmt.Sprint(got) != fmt.Sprint(ref) {
			v.add(path.Join(dir, lang, deckFile), "step markers %v differ from fr %v", got, ref)
		}
	}
}

// quizzes checks quiz.md in every language and that the four have the same
// shape.
func (v *validator) quizzes(dir string, digcomp []string) {
	shapes := map[string]string{}
	for _, lang := range Languages {
		src, ok := v.readOptional(dir, lang, quizFile)
		if !ok {
			continue
		}
		p := path.Join(dir, lang, quizFile)
		qz := ParseQuiz(src)
		v.quiz(p, lang, qz, digcomp)
		shapes[lang] = qz.Shape()
	}
	for _, lang := range Languages[1:] {
		if s, ok := shapes[lang]; ok && shapes["fr"] != "" && s != shapes["fr"] {
			v.add(path.Join(dir, lang, quizFile), "questions differ from fr in type, competence, choices or right answers")
		}
	}
}

func (v *validator) quiz(p, lang string, qz Quiz, digcomp []string) {
	if n := len(qz.Questions); n < MinQuizQuestions || n > MaxQuizQuestions {
		v.add(p, "%d questions, want %d to %d", n, MinQuizQuestions, MaxQuizQuestions)
	}
	checked := map[string]bool{}
	for i, q := range qz.Questions {
		for _, m := range CheckQuestion(q, lang, digcomp) {
			v.add(p, "question %d (line %d): %s", i+1, q.Line, m)
		}
		checked[q.Competence] = true
	}
	for _, c := range digcomp {
		if !checked[c] {
			v.add(p, "no question checks competence %s", c)
		}
	}
}

// frenchTypography checks every French file of a module for an ordinary
// space where French wants a no-break one: before ; : ! ? » and after «.
func (v *validator) frenchTypography(dir string) {
	entries, err := fs.ReadDir(v.fsys, path.Join(dir, "fr"))
	if err != nil {
		return
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".md") {
			continue
		}
		p := path.Join(dir, "fr", e.Name())
		b, err := fs.ReadFile(v.fsys, p)
		if err != nil {
			continue
		}
		for _, f := range FrenchSpacing(string(b)) {
			v.add(p, "line %d: ordinary space %s (use a no-break space)", f.Line, f.What)
		}
	}
}

// SpacingFault is an ordinary space where French typography wants a
// no-break space.
type SpacingFault struct {
	Line int
	What string // e.g. `before ":"`
}

// FrenchSpacing finds ordinary spaces before ; : ! ? » and after «, outside
// code spans and fenced code.
func FrenchSpacing(src string) []SpacingFault {
	var out []SpacingFault
	fence := false
	for i, line := range strings.Split(src, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = !fence
			continue
		}
		if fence {
			continue
		}
		out = append(out, lineSpacing(line, i+1)...)
	}
	return out
}

func lineSpacing(line string, n int) []SpacingFault {
	var out []SpacingFault
	rs := []rune(line)
	code := false
	for j, r := range rs {
		if r == '`' {
			code = !code
		}
		if code {
			continue
		}
		switch {
		case strings.ContainsRune(";:!?»", r) && j > 0 && rs[j-1] == ' ':
			out = append(out, SpacingFault{n, fmt.Sprintf("before %q", string(r))})
		case r == '«' && j+1 < len(rs) && rs[j+1] == ' ':
			out = append(out, SpacingFault{n, `after "«"`})
		}
	}
	return out
}
