package kit

import (
	"fmt"
	"io"
	"strings"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/pdf"
	"github.com/socialtech/trainerkit/course/session"
)

// ResultReader is what a session's results read besides the session: the
// quiz results and the appreciation questionnaires.
type ResultReader interface {
	SessionReader
	Results(sessionID string) ([]session.Result, error)
	Appreciations(sessionID string) ([]session.Appreciation, error)
}

// ResultStore is what entering results needs from the data file.
type ResultStore interface {
	ResultReader
	SaveResult(sessionID string, r session.Result) error
	DeleteResult(sessionID, participantID string, module int, when session.When) error
	SaveAppreciation(sessionID string, a session.Appreciation) (session.Appreciation, error)
	DeleteAppreciation(sessionID, id string) error
}

// QuizLines are a quiz's questions as the command line prints them, one a
// line: NUMBER, TYPE, CHOICES (how many), ANSWERS (letters,
// comma-separated), COMPETENCE and QUESTION, separated by tabs.
func QuizLines(qz course.Quiz) []string {
	out := make([]string, len(qz.Questions))
	for i, q := range qz.Questions {
		text := strings.Join(strings.Fields(q.Text), " ")
		out[i] = fmt.Sprintf("%d\t%s\t%d\t%s\t%s\t%s", i+1, q.Type, len(q.Choices), q.Answers(), q.Competence, text)
	}
	return out
}

// ModuleQuiz is module's quiz in lang as the trainer sees it, or an error
// saying why there is none.
func ModuleQuiz(lib *course.Library, module int, lang string) (course.Quiz, error) {
	if !course.ValidLanguage(lang) {
		return course.Quiz{}, fmt.Errorf("unknown language %q (fr, en, it or es)", lang)
	}
	m := lib.Module(module)
	if m == nil {
		return course.Quiz{}, fmt.Errorf("module %d is not in the kit", module)
	}
	qz := m.QuizIn(lang)
	if len(qz.Questions) == 0 {
		return qz, fmt.Errorf("module %d has no quiz in %s", module, lang)
	}
	return qz, nil
}

// RecordScore stores a participant's score entered by hand: score right
// answers out of of, on module's quiz, before or after the training.
func RecordScore(st ResultStore, sessionID, participant string, module int, when session.When, score, of int) (session.Result, error) {
	r := session.Result{Participant: participant, Module: module, When: when, Score: score, Of: of}
	if err := st.SaveResult(sessionID, r); err != nil {
		return r, fmt.Errorf("record the score: %w", err)
	}
	return r, nil
}

// RecordAnswers scores a participant's answers to module's quiz in lang
// (written "B;A,C;;D", one entry a question) and stores the result.
func RecordAnswers(st ResultStore, lib *course.Library, sessionID, participant string, module int, when session.When, lang, answers string) (session.Result, error) {
	qz, err := ModuleQuiz(lib, module, lang)
	if err != nil {
		return session.Result{}, fmt.Errorf("score the answers: %w", err)
	}
	r, err := session.ScoreAnswers(qz, lang, participant, module, when, answers)
	if err != nil {
		return r, fmt.Errorf("score the answers: %w", err)
	}
	if err := st.SaveResult(sessionID, r); err != nil {
		return r, fmt.Errorf("record the answers: %w", err)
	}
	return r, nil
}

// ExportQuiz prints module's quiz in lang into path: the participant's
// sheet, or with key the trainer's key. Its footer is a module handout's:
// the profile's organisation (p.Org), or p.Body when it names another.
func ExportQuiz(path string, lib *course.Library, module int, lang string, key bool, p Print) error {
	if _, err := ModuleQuiz(lib, module, lang); err != nil {
		return fmt.Errorf("export quiz: %w", err)
	}
	err := datafile.WriteFileAtomic(path, func(w io.Writer) error {
		return pdf.QuizSheet(w, lib, module, lang, key, p.options(nil))
	})
	if err != nil {
		return fmt.Errorf("export quiz of module %d (%s): %w", module, lang, err)
	}
	return nil
}

// ExportSessionReport prints a session's report (attendance, evaluation,
// appreciation) in the session's language into path.
func ExportSessionReport(path string, lib *course.Library, st ResultReader, id string, p Print) error {
	s, err := st.Session(id)
	if err != nil {
		return fmt.Errorf("export the session report: %w", err)
	}
	var rec pdf.Records
	if rec.Participants, err = st.Participants(id); err == nil {
		if rec.Marks, err = st.Marks(id); err == nil {
			if rec.Results, err = st.Results(id); err == nil {
				rec.Appreciations, err = st.Appreciations(id)
			}
		}
	}
	if err != nil {
		return fmt.Errorf("export the session report: %w", err)
	}
	err = datafile.WriteFileAtomic(path, func(w io.Writer) error {
		return pdf.SessionReport(w, lib, s, rec, p.options(nil))
	})
	if err != nil {
		return fmt.Errorf("export the report of session %s: %w", id, err)
	}
	return nil
}

// ExportCards prints the coloured answer cards of a session into path, as
// many letters as the longest question of the session's quizzes has
// choices: blank sheets without names when blank > 0, else one sheet per
// participant with their name (one blank sheet when there is nobody yet).
func ExportCards(path string, lib *course.Library, st SessionReader, id string, blank int, paper pdf.Paper) error {
	s, err := st.Session(id)
	if err != nil {
		return fmt.Errorf("export the answer cards: %w", err)
	}
	people, err := st.Participants(id)
	if err != nil {
		return fmt.Errorf("export the answer cards: %w", err)
	}
	var quizzes []course.Quiz
	for _, n := range s.Modules() {
		if m := lib.Module(n); m != nil {
			quizzes = append(quizzes, m.QuizIn(s.Lang))
		}
	}
	var names []string
	for _, p := range people {
		if blank < 1 {
			names = append(names, p.FullName())
		}
	}
	err = datafile.WriteFileAtomic(path, func(w io.Writer) error {
		return pdf.AnswerCards(w, s.Lang, pdf.CardLetters(quizzes...), names, max(blank, 1), pdf.Options{Paper: paper})
	})
	if err != nil {
		return fmt.Errorf("export the answer cards of session %s: %w", id, err)
	}
	return nil
}

// ExportAppreciation prints the end-of-session questionnaire of a session
// into path: copies sheets, or one per participant when copies is 0.
func ExportAppreciation(path string, st SessionReader, id string, copies int, p Print) error {
	s, err := st.Session(id)
	if err != nil {
		return fmt.Errorf("export the questionnaire: %w", err)
	}
	if copies < 1 {
		people, err := st.Participants(id)
		if err != nil {
			return fmt.Errorf("export the questionnaire: %w", err)
		}
		copies = max(len(people), 1)
	}
	err = datafile.WriteFileAtomic(path, func(w io.Writer) error {
		return pdf.AppreciationForm(w, s, copies, p.options(nil))
	})
	if err != nil {
		return fmt.Errorf("export the questionnaire of session %s: %w", id, err)
	}
	return nil
}
