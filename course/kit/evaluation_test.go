package kit_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/pdf"
	"github.com/socialtech/trainerkit/course/session"
)

func TestQuizLines(t *testing.T) {
	qz := course.ParseQuiz("# Quiz\n\n## What is  *DigComp*?\n\nType: multiple\nCompetence: 1.1\n\n- [x] A framework\n- [ ] A law\n- [x] European\n\nExplanation: Yes.\n")
	got := kit.QuizLines(qz)
	if len(got) != 1 || got[0] != "1\tmultiple\t3\tA,C\t1.1\tWhat is DigComp?" {
		t.Errorf("%q", got)
	}
}

func TestRecordAndPrintResults(t *testing.T) {
	lib, err := course.Load(assets.Course())
	must(t, err)
	db := openDB(t)
	dir := t.TempDir()
	s, _ := session.New("Évaluation", "2026-12-07", 1, "fr")
	s.Agenda[0] = []session.Block{{Kind: session.BlockPart, Module: 2, Part: course.Theory, Minutes: 120}}
	must(t, db.SaveSession(s))
	ps := []session.Participant{{FirstName: "Léa", LastName: "Rémy"}, {FirstName: "Omar", LastName: "Haddad"}}
	must(t, db.SaveParticipants(s.ID, ps))
	must(t, db.SetMark(s.ID, session.Mark{Participant: ps[0].ID, Day: 0, Half: session.AM, Status: session.Present}))

	qz, err := kit.ModuleQuiz(lib, 2, "fr")
	must(t, err)
	n := len(qz.Questions)
	if _, err := kit.RecordScore(db, s.ID, ps[0].ID, 2, session.Pre, 3, n); err != nil {
		t.Fatal(err)
	}
	right := make([]string, n)
	for i, q := range qz.Questions {
		right[i] = q.Answers()
	}
	right[0] = "" // one left blank
	r, err := kit.RecordAnswers(db, lib, s.ID, ps[0].ID, 2, session.Post, "fr", strings.Join(right, ";"))
	if err != nil || r.Score != n-1 || r.Of != n || len(r.Competences) == 0 {
		t.Fatalf("%+v, %v", r, err)
	}
	if _, err := kit.RecordScore(db, s.ID, ps[1].ID, 2, session.Post, n+1, n); err == nil {
		t.Error("a score above the questions")
	}
	if _, err := kit.RecordAnswers(db, lib, s.ID, ps[1].ID, 2, session.Post, "fr", "Z"); err == nil {
		t.Error("answer Z")
	}

	cert := filepath.Join(dir, "cert.pdf")
	_, err = kit.ExportSession(cert, kit.Certificates, lib, db, s.ID, kit.Print{Paper: pdf.A4})
	must(t, err)
	if want := fmt.Sprintf("%d/%d au test final", r.Score, r.Of); !strings.Contains(pdfText(t, cert), want) {
		t.Errorf("the certificate does not state %s", want)
	}
	_, err = db.SaveAppreciation(s.ID, session.Appreciation{Ratings: map[string]int{session.RateOverall: 4}, Improve: "Plus de pratique"})
	must(t, err)
	rep := filepath.Join(dir, "report.pdf")
	must(t, kit.ExportSessionReport(rep, lib, db, s.ID, kit.Print{Paper: pdf.Letter}))
	if text := pdfText(t, rep); !strings.Contains(text, "Bilan de la session") || !strings.Contains(text, "Plus de pratique") {
		t.Errorf("report:\n%s", text)
	}
	quiz := filepath.Join(dir, "quiz.pdf")
	must(t, kit.ExportQuiz(quiz, lib, 2, "fr", true, kit.Print{Paper: pdf.A4}))
	text := pdfText(t, quiz)
	if !strings.Contains(text, strings.Join(strings.Fields(qz.Questions[0].Text), " ")) {
		t.Error("the key lacks the first question")
	}
	// Without a profile the footer names the kit; with one, the
	// organisation and its declaration number, as every other document.
	if !strings.Contains(text, "Social Tech Trainer Kit") {
		t.Errorf("the key without a profile names no one:\n%s", text)
	}
	org := &course.Org{Name: "Coop Formation", NDA: "11751234575"}
	must(t, org.Normalise())
	must(t, kit.ExportQuiz(quiz, lib, 2, "fr", false, kit.Print{Paper: pdf.Letter, Org: org}))
	if text := strings.Join(strings.Fields(pdfText(t, quiz)), " "); !strings.Contains(text, "Coop Formation · NDA : 11 75 12345 75") || strings.Contains(text, "Trainer Kit") {
		t.Errorf("the sheet's footer does not name the profile:\n%s", text)
	}
	if err := kit.ExportQuiz(quiz, lib, 2, "de", false, kit.Print{Paper: pdf.A4}); err == nil {
		t.Error("a German quiz")
	}
	cards := filepath.Join(dir, "cards.pdf")
	must(t, kit.ExportCards(cards, lib, db, s.ID, 0, pdf.A4))
	if text := pdfText(t, cards); !strings.Contains(text, "Omar Haddad") {
		t.Errorf("cards:\n%s", text)
	}
	must(t, kit.ExportCards(cards, lib, db, s.ID, 3, pdf.A4))
	if text := pdfText(t, cards); strings.Contains(text, "Omar Haddad") {
		t.Errorf("blank cards carry a name:\n%s", text)
	}
	form := filepath.Join(dir, "form.pdf")
	must(t, kit.ExportAppreciation(form, db, s.ID, 0, kit.Print{Paper: pdf.A4}))
	if text := pdfText(t, form); strings.Count(text, "Merci") != 2 {
		t.Errorf("want one questionnaire per participant:\n%s", text)
	}
}
