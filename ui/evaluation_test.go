package ui

import (
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
	"github.com/socialtech/trainerkit/storage"
)

// evalFixture is a French session over module 3 with two participants, and
// its Evaluation tab.
func evalFixture(t *testing.T) (*EvaluationView, *storage.DB, *session.Session, []session.Participant, fyne.Window) {
	t.Helper()
	db, err := storage.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	w.Resize(fyne.NewSize(1100, 760))
	s, _ := session.New("Atelier DigComp", "2026-12-07", 1, "fr")
	s.Agenda[0] = []session.Block{{Kind: session.BlockPart, Module: 3, Part: course.Theory, Minutes: 90}}
	if err := db.SaveSession(s); err != nil {
		t.Fatal(err)
	}
	ps := []session.Participant{{FirstName: "Léa", LastName: "Rémy"}, {FirstName: "Omar", LastName: "Haddad"}}
	if err := db.SaveParticipants(s.ID, ps); err != nil {
		t.Fatal(err)
	}
	ps, _ = db.Participants(s.ID)
	v := newEvaluationView(env{app: a, win: w, tr: locales.New("fr")}, db, realLib(t), s, nil)
	w.SetContent(v.Content())
	return v, db, s, ps, w
}

func TestEvaluationEnterScoreAndAnswers(t *testing.T) {
	v, db, s, ps, _ := evalFixture(t)
	if v.Module() != 3 {
		t.Fatalf("module %d shown, want 3", v.Module())
	}
	text := evalText(v.Content())
	for _, want := range []string{"Haddad", "Rémy", "Positionnement", "Test final", "Saisir…"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in the tab: %s", want, text)
		}
	}
	qz := v.lib.Module(3).QuizIn("fr")
	n := len(qz.Questions)

	// Omar's positioning as a score.
	re := v.Enter(ps[0], session.Pre)
	re.mode.SetSelected(re.mode.Options[1])
	test.Type(re.score, "4")
	if !strings.Contains(re.total.Text, "4/") {
		t.Errorf("total %q", re.total.Text)
	}
	if err := v.Save(ps[0].ID, 3, session.Pre, re); err != nil {
		t.Fatal(err)
	}
	// His final test as the answers ticked: all right but the first.
	re = v.Enter(ps[0], session.Post)
	if !re.ByAnswers() {
		t.Error("a new result does not start with the answers")
	}
	for i, q := range qz.Questions[1:] {
		re.ticks[i+1].SetSelected(strings.Split(q.Answers(), ","))
	}
	if want := "Score\u00a0: " + itoa(n-1) + "/" + itoa(n); re.total.Text != want {
		t.Errorf("total %q, want %q", re.total.Text, want)
	}
	if err := v.Save(ps[0].ID, 3, session.Post, re); err != nil {
		t.Fatal(err)
	}
	v.reload()
	rs, _ := db.Results(s.ID)
	if len(rs) != 2 || rs[0].When != session.Pre || rs[0].Score != 4 || rs[1].Score != n-1 || len(rs[1].Answers) != n {
		t.Fatalf("stored %+v", rs)
	}
	text = evalText(v.Content())
	if !strings.Contains(text, itoa(n-1)+"/"+itoa(n)) || !strings.Contains(text, "pts") || !strings.Contains(text, "5.4 – → ") {
		t.Errorf("the grid does not show the result and progress: %s", text)
	}
	// Reopening shows the ticks entered.
	re = v.Enter(ps[0], session.Post)
	if got := re.AnswersText(); !strings.HasPrefix(got, ";"+qz.Questions[1].Answers()) {
		t.Errorf("reopened answers %q", got)
	}
	// A score above the questions is refused.
	re.mode.SetSelected(re.mode.Options[1])
	re.score.SetText(itoa(n + 1))
	if err := v.Save(ps[0].ID, 3, session.Post, re); err == nil {
		t.Error("a score above the questions was saved")
	}
}

func TestEvaluationAppreciation(t *testing.T) {
	v, db, s, _, _ := evalFixture(t)
	av := v.Appreciation()
	if !strings.Contains(evalText(av.Content()), "Aucun questionnaire") {
		t.Error("no hint when there is no questionnaire")
	}
	for i, r := range [][]int{{4, 3, 4, 2, 4, 3}, {3, 3, 0, 2, 4, 4}} {
		f := av.Edit(session.Appreciation{})
		for j, it := range session.RatedItems {
			f.Rate(it, r[j])
		}
		if i == 0 {
			f.SetOpen("Les cas pratiques", "Plus de pauses")
		}
		if err := av.Save(f); err != nil {
			t.Fatal(err)
		}
	}
	as, _ := db.Appreciations(s.ID)
	if len(as) != 2 || as[0].Liked != "Les cas pratiques" || len(as[1].Ratings) != 5 {
		t.Fatalf("stored %+v", as)
	}
	text := evalText(av.Content())
	for _, want := range []string{"3,5 / 4", "2,0 / 4", "2 questionnaires saisis", "N°\u00a01"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not shown: %s", want, text)
		}
	}
	// Correcting one replaces it.
	f := av.Edit(as[1])
	f.Rate(session.RateContent, 1)
	if err := av.Save(f); err != nil {
		t.Fatal(err)
	}
	if as, _ = db.Appreciations(s.ID); len(as) != 2 || as[1].Ratings[session.RateContent] != 1 {
		t.Errorf("after correcting: %+v", as)
	}
}

func TestEvaluationWithoutQuizOrParticipants(t *testing.T) {
	v, _, s, _, _ := evalFixture(t)
	s.Agenda[0] = nil
	v.reload()
	if v.Module() != 0 || !strings.Contains(evalText(v.Content()), "Aucun module du programme") {
		t.Errorf("module %d; %s", v.Module(), evalText(v.Content()))
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// evalText is the text of the labels and buttons under o, inside widgets
// (tabs) too.
func evalText(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, l := range deepCollect[*widget.Label](o) {
		b.WriteString(l.Text + "\n")
	}
	for _, l := range deepCollect[*widget.Button](o) {
		b.WriteString(l.Text + "\n")
	}
	return b.String()
}

// Present on the reader's Quiz tab shows the quiz as questions, each
// followed by its answer.
func TestPresentQuizPart(t *testing.T) {
	mw, _ := newTestMainWindow(t, func(st *State) { st.UILang, st.Lang = "fr", "fr" })
	mw.lib = realLib(t)
	d := partDeck(mw.lib.Module(3), course.QuizPart, "fr", mw.tr)
	n := len(mw.lib.Module(3).QuizIn("fr").Questions)
	if d.Len() != 1+2*n || !strings.HasPrefix(d.Slides[2].Title, "Réponse 1/") {
		t.Errorf("%d slides for %d questions; third %q", d.Len(), n, d.Slides[2].Title)
	}
}

// Choosing the score takes the focus to its field, so that the score typed
// next is kept; a score above the questions keeps the entry open with what
// was typed, says so in plain French and focuses the score again.
func TestEvaluationScoreFocusAndRefusal(t *testing.T) {
	v, db, s, ps, w := evalFixture(t)
	n := len(v.lib.Module(3).QuizIn("fr").Questions)
	c := w.Canvas()
	for _, clear := range []bool{false, true} {
		re := v.Enter(ps[1], session.Pre)
		form := c.Overlays().Top()
		if clear != (len(deepButtons(form)) == 3) {
			t.Fatalf("clear %v: buttons %d", clear, len(deepButtons(form)))
		}
		if re.ByAnswers() && c.Focused() == re.score {
			t.Error("the focus starts in the score's field, hidden while the answers are ticked")
		}
		// As the radio does when chosen (the second time, the result
		// entered by score opens on it with its field focused).
		re.mode.SetSelected(re.mode.Options[1])
		if c.Focused() != re.score {
			t.Fatalf("choosing the score leaves the focus on %T", c.Focused())
		}
		re.score.SetText("")
		typeFocused(c, itoa(n+2))
		tapInTopOverlay(t, w, "Enregistrer")
		checkRefused(t, w, form, "Tapez un nombre de bonnes réponses de 0 à "+itoa(n)+".", re.score)
		if re.score.Text != itoa(n+2) || re.ByAnswers() {
			t.Errorf("the entry lost what was typed: %q, by answers %v", re.score.Text, re.ByAnswers())
		}
		re.score.SetText("7")
		tapInTopOverlay(t, w, "Enregistrer")
		if c.Overlays().Top() != nil {
			t.Fatal("the entry stays open after a good score")
		}
		if rs, _ := db.Results(s.ID); len(rs) != 1 || rs[0].Score != 7 {
			t.Fatalf("stored %+v", rs)
		}
	}
}

// A test nobody has taken yet says so in the group's line, instead of
// "0 personnes, moyenne 0 %".
func TestEvaluationSummaryOfATestNotTaken(t *testing.T) {
	v, _, _, ps, _ := evalFixture(t)
	re := v.Enter(ps[0], session.Pre)
	re.mode.SetSelected(re.mode.Options[1])
	test.Type(re.score, "4")
	if err := v.Save(ps[0].ID, 3, session.Pre, re); err != nil {
		t.Fatal(err)
	}
	v.reload()
	got := v.summaryText()
	if !strings.Contains(got, "Test final\u00a0: pas encore passé") || strings.Contains(got, "0 personne") {
		t.Errorf("the group's line reads %q", got)
	}
	if !strings.Contains(got, "Positionnement\u00a0: 1 personne") {
		t.Errorf("the positioning taken is not counted: %q", got)
	}
}
