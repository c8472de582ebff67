package pdf

import (
	"bytes"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course/session"
)

func TestQuizSheetAndKey(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib := library(t)
	qz := lib.Module(1).QuizIn("fr")
	if len(qz.Questions) == 0 {
		t.Fatal("module 1 has no French quiz")
	}
	sheet := render(t, "quiz-01-fr.pdf", func(w *bytes.Buffer) error {
		return QuizSheet(w, lib, 1, "fr", false, Options{})
	})
	key := render(t, "quiz-01-fr-key.pdf", func(w *bytes.Buffer) error {
		return QuizSheet(w, lib, 1, "fr", true, Options{Paper: Letter})
	})
	st, kt := flat(pdfText(t, sheet)), flat(pdfText(t, key))
	for _, want := range []string{"Nom", "Date", flat(qz.Questions[0].Text)[:30], flat(qz.Questions[len(qz.Questions)-1].Text)[:30]} {
		if !strings.Contains(st, want) {
			t.Errorf("sheet: %q not found", want)
		}
	}
	// The sheet gives no answer away; the key has every explanation.
	q := qz.Questions[0]
	if expl := flat(q.Explanation); len(expl) > 25 && strings.Contains(st, expl[:25]) {
		t.Error("the participant's sheet shows an explanation")
	}
	for i, q := range qz.Questions {
		if e := flat(q.Explanation); len(e) > 25 && !strings.Contains(kt, e[:25]) {
			t.Errorf("key: explanation of question %d not found", i+1)
		}
	}
	if !strings.Contains(kt, "DigComp "+q.Competence) {
		t.Errorf("key: competence %s not named", q.Competence)
	}
	if in := info(t, key); in.width < 611 || in.width > 613 {
		t.Errorf("key on Letter is %.0f pt wide", in.width)
	}
	if in := info(t, sheet); in.width < 594 || in.width > 596 {
		t.Errorf("sheet on A4 is %.0f pt wide", in.width)
	}
	checkInside(t, sheet)
	var buf bytes.Buffer
	if err := QuizSheet(&buf, lib, 99, "fr", false, Options{}); err == nil {
		t.Error("a quiz of module 99")
	}
}

func TestAnswerCards(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	var ns []string
	for _, p := range names {
		ns = append(ns, p.FullName())
	}
	p := render(t, "cards.pdf", func(w *bytes.Buffer) error {
		return AnswerCards(w, "fr", 4, ns, 0, Options{})
	})
	if n := info(t, p).pages; n != len(ns) {
		t.Errorf("%d pages for %d participants", n, len(ns))
	}
	pages := pageTexts(t, p)
	if f := flat(pages[1]); !strings.Contains(f, "A · "+ns[1]) || !strings.Contains(f, "D · "+ns[1]) {
		t.Errorf("second sheet: %s", f)
	}
	blank := render(t, "cards-blank.pdf", func(w *bytes.Buffer) error {
		return AnswerCards(w, "en", 6, nil, 3, Options{})
	})
	if n := info(t, blank).pages; n != 3 {
		t.Errorf("%d blank sheets, want 3", n)
	}
	var buf bytes.Buffer
	if err := AnswerCards(&buf, "fr", 3, ns, 0, Options{}); err == nil {
		t.Error("three cards")
	}
}

func TestAppreciationForm(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	s := testSession(t, "it", 2)
	p := render(t, "appreciation-it.pdf", func(w *bytes.Buffer) error {
		return AppreciationForm(w, s, 3, Options{})
	})
	if n := info(t, p).pages; n != 3 {
		t.Errorf("%d pages, want 3", n)
	}
	f := flat(pageTexts(t, p)[2])
	for _, want := range []string{"anonimo", "1", "4"} {
		if !strings.Contains(f, want) {
			t.Errorf("%q not on the third sheet: %s", want, f)
		}
	}
}

// evalRecords is a group with positioning and final tests on module 1, one
// entered as answers, and three questionnaires.
func evalRecords(t *testing.T) Records {
	lib := library(t)
	qz := lib.Module(1).QuizIn("fr")
	var right []string
	for _, q := range qz.Questions {
		right = append(right, q.Answers())
	}
	blank := strings.Repeat(";", len(qz.Questions)-1)
	post, err := session.ScoreAnswers(qz, "fr", "p1", 1, session.Post, strings.Join(right, ";"))
	if err != nil {
		t.Fatal(err)
	}
	pre, err := session.ScoreAnswers(qz, "fr", "p1", 1, session.Pre, blank)
	if err != nil {
		t.Fatal(err)
	}
	return Records{
		Participants: names[:3],
		Marks: []session.Mark{
			{Participant: "p1", Day: 0, Half: session.AM, Status: session.Present},
			{Participant: "p2", Day: 0, Half: session.AM, Status: session.Present},
		},
		Results: []session.Result{pre, post,
			{Participant: "p2", Module: 1, When: session.Pre, Score: 4, Of: 10},
			{Participant: "p2", Module: 1, When: session.Post, Score: 8, Of: 10}},
		Appreciations: []session.Appreciation{
			{ID: "a1", Ratings: map[string]int{session.RateOverall: 4, session.RatePace: 2}, Liked: "Les cas pratiques", Improve: "Plus de pauses"},
			{ID: "a2", Ratings: map[string]int{session.RateOverall: 3}},
		},
	}
}

func TestSessionReportAndCertificateResult(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib := library(t)
	s := testSession(t, "fr", 1)
	rec := evalRecords(t)
	p := render(t, "report-fr.pdf", func(w *bytes.Buffer) error {
		return SessionReport(w, lib, s, rec, Options{Org: testOrg(t)})
	})
	f := flat(pdfText(t, p))
	for _, want := range []string{"Bilan de la session", "Assiduité", "Évaluation des acquis", "Les cas pratiques", "Plus de pauses", "3,5 / 4", "+40"} {
		if !strings.Contains(f, want) {
			t.Errorf("report: %q not found in %s", want, f)
		}
	}
	checkInside(t, p)
	c := render(t, "certificates-result-fr.pdf", func(w *bytes.Buffer) error {
		return Certificates(w, lib, s, rec.Participants, rec.Marks, Options{Results: rec.Results})
	})
	pages := pageTexts(t, c)
	if len(pages) != 2 {
		t.Fatalf("%d certificates, want 2", len(pages))
	}
	if f := flat(pages[1]); !strings.Contains(f, "Évaluation des") || !strings.Contains(f, "8/10 au test final") {
		t.Errorf("certificate of p2 does not state the result: %s", f)
	}
	var buf bytes.Buffer
	if err := SessionReport(&buf, lib, nil, rec, Options{}); err == nil {
		t.Error("report of no session")
	}
}
