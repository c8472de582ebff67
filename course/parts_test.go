package course

import (
	"testing"
	"testing/fstest"
)

const testDeck = "# Title\n\nNote:\nWelcome them.\n\n---\n\nStep: 2\n\n## Why\n\n- Money\n\nNote:\nAsk the group.\n"

const testQuiz = "# Quiz\n\n## Is it true?\n\nType: truefalse\nCompetence: 5.2\n\n- [x] True\n- [ ] False\n\nExplanation: Because.\n"

func TestLoadReadsDeckAndQuiz(t *testing.T) {
	fsys := fstest.MapFS{
		"01-digital-transition/module.toml":   {Data: []byte("number = 1\nslug = \"digital-transition\"\n")},
		"01-digital-transition/en/theory.md":  {Data: []byte("# Theory\n")},
		"01-digital-transition/en/slides.md":  {Data: []byte(testDeck)},
		"01-digital-transition/en/quiz.md":    {Data: []byte(testQuiz)},
		"01-digital-transition/fr/slides.md":  {Data: []byte(testDeck)},
		"01-digital-transition/en/unknown.md": {Data: []byte("# Not a part\n")},
	}
	lib, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	m := lib.Module(1)
	if m.Text("en", SlidesPart) != testDeck || m.Text("en", QuizPart) != testQuiz || m.Text("fr", SlidesPart) != testDeck {
		t.Fatalf("deck or quiz not loaded: %v", m.Source)
	}
	if _, ok := m.Source["en"]["unknown"]; ok {
		t.Error("a file that is no part was loaded")
	}
	if d := m.DeckIn("en"); len(d) != 2 || d[1].Step != 2 || d[1].Title != "Why" || d[1].Notes == "" {
		t.Errorf("deck %+v", d)
	}
	if q := m.QuizIn("en"); len(q.Questions) != 1 || q.Questions[0].Answers() != "A" {
		t.Errorf("quiz %+v", q)
	}
	if m.DeckIn("it") != nil || len(m.QuizIn("fr").Questions) != 0 {
		t.Error("a language without deck or quiz should have none")
	}
}

func TestDeckAndQuizAreNotWrittenParts(t *testing.T) {
	for _, p := range []string{SlidesPart, QuizPart} {
		if !ValidPart(p) || WrittenPart(p) {
			t.Errorf("%s: valid %v, written %v", p, ValidPart(p), WrittenPart(p))
		}
		if _, ok := MinWords[p]; ok {
			t.Errorf("%s has a minimum word count", p)
		}
		for _, h := range HandoutParts {
			if h == p {
				t.Errorf("%s is a handout part", p)
			}
		}
	}
	if len(AllParts) != len(Parts)+2 || !WrittenPart(Guide) || ValidPart("notes") {
		t.Errorf("parts %v / %v", Parts, AllParts)
	}
}

func TestDeckOverlayEditsComparesAndResets(t *testing.T) {
	base := testModule()
	base.Source["en"][SlidesPart] = testDeck
	mine := testDeck + "\n---\n\n## One more\n\nNote:\nMine.\n"
	o := base.EditOverlay("en", SlidesPart)
	o.SetText(base.Text("en", SlidesPart), mine)
	if err := o.Check(); err != nil {
		t.Fatal(err)
	}
	m := base.WithOverlay(o)
	if m.Text("en", SlidesPart) != mine || m.OriginalText("en", SlidesPart) != testDeck || !m.Edited("en", SlidesPart) {
		t.Fatal("the edited deck or its original is lost")
	}
	if len(m.DeckIn("en")) != 3 {
		t.Errorf("edited deck has %d slides, want 3", len(m.DeckIn("en")))
	}
	if len(m.Overlays()) != 1 || m.Overlays()[0].Part != SlidesPart {
		t.Errorf("overlays %+v", m.Overlays())
	}
	// Compare: the diff between the original and the edit shows the new slide.
	added := false
	for _, l := range Diff(m.OriginalText("en", SlidesPart), m.Text("en", SlidesPart)) {
		added = added || (l.Op == Added && l.Text == "## One more")
	}
	if !added {
		t.Error("the compare view would not show the added slide")
	}
	// Reset: the quiz overlay alone stays.
	q := m.EditOverlay("en", QuizPart)
	q.SetText("", testQuiz)
	m = m.WithOverlay(q)
	o.ClearEdit()
	m = m.WithOverlay(o)
	if m.Text("en", SlidesPart) != testDeck || m.Edited("en", SlidesPart) || m.Text("en", QuizPart) != testQuiz {
		t.Errorf("reset: deck %q, quiz %q", m.Text("en", SlidesPart), m.Text("en", QuizPart))
	}
}

func TestOwnModuleHasEveryPart(t *testing.T) {
	m := NewOwnModule(101, "fr", "Atelier")
	m = m.WithOwnText("fr", SlidesPart, testDeck)
	if err := CheckOwn(m); err != nil {
		t.Fatal(err)
	}
	if len(m.Source["fr"]) != len(AllParts) || len(m.DeckIn("fr")) != 2 {
		t.Errorf("own module parts %v", m.Source["fr"])
	}
}
