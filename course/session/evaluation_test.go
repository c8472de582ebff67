package session

import (
	"reflect"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course"
)

const evalQuiz = `# Quiz

## Q1

Type: single
Competence: 4.2

- [ ] a
- [x] b
- [ ] c

Explanation: b.

## Q2

Type: multiple
Competence: 1.3

- [x] a
- [ ] b
- [x] c
- [ ] d

Explanation: a, c.

## Q3

Type: truefalse
Competence: 4.2

- [x] Vrai
- [ ] Faux

Explanation: vrai.

## Q4

Type: single
Competence: 1.3

- [ ] a
- [ ] b
- [x] c

Explanation: c.
`

func TestScoreAnswers(t *testing.T) {
	qz := course.ParseQuiz(evalQuiz)
	r, err := ScoreAnswers(qz, "fr", "p1", 4, Post, "B;A,B;A;c")
	if err != nil {
		t.Fatal(err)
	}
	want := []course.CompetenceScore{{Code: "4.2", Right: 2, Of: 2}, {Code: "1.3", Right: 1, Of: 2}}
	if r.Score != 3 || r.Of != 4 || r.AnswersText() != "B;A,B;A;C" || !reflect.DeepEqual(r.Competences, want) {
		t.Errorf("got %d/%d %q %v", r.Score, r.Of, r.AnswersText(), r.Competences)
	}
	if _, err := ScoreAnswers(qz, "fr", "p1", 4, Post, "B;E"); err == nil || !strings.Contains(err.Error(), "question 2") {
		t.Errorf("a letter beyond the choices: %v", err)
	}
	if _, err := ScoreAnswers(course.Quiz{}, "fr", "p1", 4, Post, "B"); err == nil {
		t.Error("a module without quiz scored")
	}
}

func TestResultValidate(t *testing.T) {
	good := Result{Participant: "p", Module: 1, When: Pre, Score: 8, Of: 10}
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string]Result{
		"no participant": {Module: 1, When: Pre, Score: 1, Of: 2},
		"no module":      {Participant: "p", When: Pre, Score: 1, Of: 2},
		"bad moment":     {Participant: "p", Module: 1, When: "mid", Score: 1, Of: 2},
		"over":           {Participant: "p", Module: 1, When: Post, Score: 11, Of: 10},
		"negative":       {Participant: "p", Module: 1, When: Post, Score: -1, Of: 10},
		"out of nothing": {Participant: "p", Module: 1, When: Post, Score: 0, Of: 0},
		"answers short":  {Participant: "p", Module: 1, When: Post, Score: 1, Of: 3, Answers: []string{"A"}},
		"competence":     {Participant: "p", Module: 1, When: Post, Score: 1, Of: 3, Competences: []course.CompetenceScore{{Code: "1.1", Right: 3, Of: 2}}},
	} {
		if r.Validate() == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := ParseWhen("POST"); err != nil {
		t.Error(err)
	}
	if _, err := ParseWhen("during"); err == nil {
		t.Error("ParseWhen accepted during")
	}
}

func TestProgressAndSummaries(t *testing.T) {
	people := []Participant{{ID: "b", LastName: "B"}, {ID: "a", LastName: "A"}}
	qz := course.ParseQuiz(evalQuiz)
	pre, _ := ScoreAnswers(qz, "fr", "a", 4, Pre, "A;A;B;A")     // 0/4
	post, _ := ScoreAnswers(qz, "fr", "a", 4, Post, "B;A,C;A;B") // 3/4
	results := []Result{
		post, pre,
		{Participant: "b", Module: 4, When: Post, Score: 2, Of: 4},
		{Participant: "b", Module: 2, When: Pre, Score: 5, Of: 10},
		{Participant: "gone", Module: 4, When: Post, Score: 4, Of: 4}, // forgotten: not listed
	}
	ps := Progresses(results, people)
	if len(ps) != 3 || ps[0].Module != 2 || ps[1].Participant != "b" || ps[2].Participant != "a" {
		t.Fatalf("order: %+v", ps)
	}
	if g, ok := ps[2].Gain(); !ok || g != 75 {
		t.Errorf("gain of a = %d, %v; want 75", g, ok)
	}
	if _, ok := ps[1].Gain(); ok {
		t.Error("b has no positioning: no gain")
	}
	sum := Summarise(ps)
	if len(sum) != 2 {
		t.Fatalf("summaries: %+v", sum)
	}
	m4 := sum[1]
	if m4.Module != 4 || m4.Pre != 1 || m4.Post != 2 || m4.PostPct != 62.5 || m4.Both != 1 || m4.Gain != 75 || m4.PostPassedHalf != 2 {
		t.Errorf("module 4: %+v", m4)
	}
	comps := ByCompetence(results)
	want := []CompetenceSummary{
		{Code: "1.3", Pre: course.CompetenceScore{Code: "1.3", Right: 0, Of: 2}, Post: course.CompetenceScore{Code: "1.3", Right: 1, Of: 2}},
		{Code: "4.2", Pre: course.CompetenceScore{Code: "4.2", Right: 0, Of: 2}, Post: course.CompetenceScore{Code: "4.2", Right: 2, Of: 2}},
	}
	if !reflect.DeepEqual(comps, want) {
		t.Errorf("by competence:\n got %+v\nwant %+v", comps, want)
	}
	if g, _ := comps[1].Gain(); g != 100 {
		t.Errorf("4.2 gain %d", g)
	}
	if f := FinalResults(results, "a"); len(f) != 1 || f[0].Score != 3 {
		t.Errorf("final results of a: %+v", f)
	}
	if FormatGain(30) != "+30" || FormatGain(-10) != "−10" || FormatGain(0) != "0" {
		t.Error("FormatGain")
	}
}

func TestDigcompOrder(t *testing.T) {
	comps := ByCompetence([]Result{{When: Post, Competences: []course.CompetenceScore{
		{Code: "5.2", Of: 1}, {Code: "1.10", Of: 1}, {Code: "1.2", Of: 1}}}})
	var got []string
	for _, c := range comps {
		got = append(got, c.Code)
	}
	if strings.Join(got, " ") != "1.2 1.10 5.2" {
		t.Errorf("order %v", got)
	}
}

func TestAppreciations(t *testing.T) {
	r, err := ParseRatings("4, 3,,2,-,1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(r, map[string]int{RateOverall: 4, RateObjectives: 3, RatePace: 2, RateConditions: 1}) {
		t.Errorf("ParseRatings = %v", r)
	}
	for _, bad := range []string{"5", "4,3,2,1,4,3,2", "x", "34"} {
		if _, err := ParseRatings(bad); err == nil {
			t.Errorf("ParseRatings(%q) accepted", bad)
		}
	}
	a := Appreciation{Ratings: map[string]int{RateOverall: 4, RatePace: 0}, Liked: "  Les cas  "}
	if err := a.Normalise(); err != nil || a.ID == "" || a.Liked != "Les cas" || len(a.Ratings) != 1 {
		t.Errorf("Normalise: %v %+v", err, a)
	}
	for _, bad := range []Appreciation{{Ratings: map[string]int{RateOverall: 5}}, {Ratings: map[string]int{"mood": 3}}, {Liked: strings.Repeat("x", MaxOpenAnswer+1)}} {
		if bad.Normalise() == nil {
			t.Errorf("accepted %+v", bad.Ratings)
		}
	}
	s := SummariseAppreciations([]Appreciation{
		{Ratings: map[string]int{RateOverall: 4, RatePace: 2}, Liked: "Les cas"},
		{Ratings: map[string]int{RateOverall: 3}, Improve: "Plus de pauses"},
		{}, // an empty sheet does not count
	})
	if s.Responses != 2 || s.Items[0].Average != 3.5 || s.Items[0].Answers != 2 || s.Items[0].Counts != [4]int{0, 0, 1, 1} {
		t.Errorf("overall: %+v", s.Items[0])
	}
	if s.Items[3].Item != RatePace || s.Items[3].Average != 2 || s.Items[1].Answers != 0 || s.Items[1].Average != 0 {
		t.Errorf("items: %+v", s.Items)
	}
	if len(s.Liked) != 1 || len(s.Improve) != 1 {
		t.Errorf("open answers: %v %v", s.Liked, s.Improve)
	}
}

func TestGroupAttendance(t *testing.T) {
	s, _ := New("S", "2026-12-01", 1, "fr")
	people := []Participant{{ID: "a"}, {ID: "b"}}
	marks := []Mark{{Participant: "a", Day: 0, Half: AM, Status: Present}, {Participant: "a", Day: 0, Half: PM, Status: Present},
		{Participant: "b", Day: 0, Half: AM, Status: Late, LateMinutes: 30}}
	h := GroupAttendance(s, people, marks)
	if h.PlannedMinutes != 2*420 || h.AttendedMinutes != 420+180 || h.Rate() != 71 {
		t.Errorf("group attendance %+v rate %d", h, h.Rate())
	}
}
