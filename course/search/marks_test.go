package search

import (
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course"
)

func TestMarks(t *testing.T) {
	text := "Les Données personnelles, et les données numériques du NUMÉRO 3."
	var got []string
	for _, r := range Marks("donnees numer", text) {
		got = append(got, text[r.Start:r.End])
	}
	want := []string{"Données", "données", "numér", "NUMÉR"}
	if len(got) != len(want) {
		t.Fatalf("marks %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("mark %d is %q, want %q", i, got[i], want[i])
		}
	}
	if m := Marks("", text); m != nil {
		t.Errorf("an empty query marks %v", m)
	}
	if m := Marks("xyz", text); m != nil {
		t.Errorf("a query found nowhere marks %v", m)
	}
}

// In the deck and the quiz, the format keys are not indexed: a query
// matching them does not mark them, as it does not find them.
func TestPartMarksLeaveTheFormatKeys(t *testing.T) {
	text := "Type: single\nNote: a single note, Step: 2 of the type"
	words := func(part string) []string {
		var got []string
		for _, r := range PartMarks(part, "single note type step", text) {
			got = append(got, text[r.Start:r.End])
		}
		return got
	}
	for _, part := range []string{course.QuizPart, course.SlidesPart} {
		if got, want := strings.Join(words(part), ","), "single,note,type"; got != want {
			t.Errorf("%s: marks %q, want %q", part, got, want)
		}
	}
	if got, want := strings.Join(words(course.Theory), ","), "Type,single,Note,single,note,Step,type"; got != want {
		t.Errorf("theory: marks %q, want %q", got, want)
	}
	// And the index agrees: the key alone is not found in the quiz.
	ix := New()
	ix.Put(DocRef{Module: 1, Part: course.QuizPart, Lang: "en"}, "## Which one?\n\nType: single\n\n- [x] Yes\n- [ ] No\n")
	if r := ix.Search("single", Options{}); len(r) != 0 {
		t.Errorf("« single » finds the quiz's Type key: %+v", r)
	}
}
