package main

import (
	"fmt"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/pdf"
	"github.com/socialtech/trainerkit/course/session"
)

// parseQuiz: trainerkit quiz --module N --lang L prints a module's quiz,
// one line a question: NUMBER TYPE CHOICES ANSWERS COMPETENCE QUESTION,
// tab-separated (kit.QuizLines), as the trainer sees it.
func parseQuiz(args []string) action {
	f := newFlags("quiz")
	module := f.Int("module", 0, "module number")
	lang := f.String("lang", "en", "content language: fr, en, it or es")
	if !parseFlags(f, args) {
		return nil
	}
	if !moduleInRange(*module) || !course.ValidLanguage(*lang) {
		fmt.Fprintf(stderr, "trainerkit quiz: give --module N (1 to %d) and --lang fr|en|it|es\n\n%s", len(course.Catalogue), usage)
		return nil
	}
	return func(d data) int {
		lib, _, err := moduleLibrary(d.dir)
		if err != nil {
			return fail(fmt.Errorf("quiz of module %d: %w", *module, err))
		}
		qz, err := kit.ModuleQuiz(lib, *module, *lang)
		if err != nil {
			return fail(err)
		}
		for _, l := range kit.QuizLines(qz) {
			fmt.Fprintln(stdout, l)
		}
		return 0
	}
}

// parseQuizScore: trainerkit quiz score records a participant's result on
// a module's quiz, before (pre) or after (post) the training: the score
// (--score S --of T), or the answers the kit scores (--answers "B;A,C;;D",
// one entry a question, in the quiz of --lang, the session's by default).
func parseQuizScore(args []string) action {
	f := newFlags("quiz score")
	id := f.String("session", "", "session id")
	pid := f.String("participant", "", "participant id")
	module := f.Int("module", 0, "module number")
	whenName := f.String("when", "", "pre or post")
	score := f.Int("score", -1, "right answers")
	of := f.Int("of", 0, "questions")
	answers := f.String("answers", "", `the answers, one entry a question: "B;A,C;;D"`)
	lang := f.String("lang", "", "the quiz's language (the session's by default)")
	if !parseFlags(f, args) {
		return nil
	}
	when, err := session.ParseWhen(*whenName)
	switch {
	case *id == "" || *pid == "" || !moduleInRange(*module):
		err = fmt.Errorf("give --session ID --participant PID --module N")
	case err != nil:
		err = fmt.Errorf("--when: %w", err)
	case (*answers == "") == (*score < 0 && *of == 0):
		err = fmt.Errorf("give either --score S --of T or --answers A")
	case *answers == "" && (*score < 0 || *of < 1):
		err = fmt.Errorf("give both --score S and --of T")
	}
	if err != nil {
		fmt.Fprintf(stderr, "trainerkit quiz score: %v\n\n%s", err, usage)
		return nil
	}
	return func(d data) int {
		var r session.Result
		if *answers == "" {
			r, err = kit.RecordScore(d.db, *id, *pid, *module, when, *score, *of)
		} else {
			r, err = recordAnswers(d, *id, *pid, *module, when, *lang, *answers)
		}
		if err != nil {
			return fail(err)
		}
		fmt.Fprintf(stdout, "%s  module %02d  %s  %d/%d\n", r.Participant, r.Module, r.When, r.Score, r.Of)
		return 0
	}
}

// recordAnswers scores answers against the quiz in lang, the session's
// language when lang is empty.
func recordAnswers(d data, id, pid string, module int, when session.When, lang, answers string) (session.Result, error) {
	if lang == "" {
		s, err := d.db.Session(id)
		if err != nil {
			return session.Result{}, fmt.Errorf("record the answers: %w", err)
		}
		lang = s.Lang
	}
	lib, err := loadCustomised(d.db)
	if err != nil {
		return session.Result{}, err
	}
	return kit.RecordAnswers(d.db, lib, id, pid, module, when, lang, answers)
}

// parseAppreciationAdd: trainerkit appreciation add records one
// end-of-session questionnaire typed from its sheet.
func parseAppreciationAdd(args []string) action {
	f := newFlags("appreciation add")
	id := f.String("session", "", "session id")
	ratings := f.String("ratings", "", "the six ratings from 1 to 4, comma-separated; 0 or blank for none")
	liked := f.String("liked", "", "what was most useful")
	improve := f.String("improve", "", "what to improve")
	if !parseFlags(f, args) {
		return nil
	}
	rs, err := session.ParseRatings(*ratings)
	if err == nil && *id == "" {
		err = fmt.Errorf("give --session ID")
	}
	if err != nil {
		fmt.Fprintf(stderr, "trainerkit appreciation add: %v\n\n%s", err, usage)
		return nil
	}
	return func(d data) int {
		a, err := d.db.SaveAppreciation(*id, session.Appreciation{Ratings: rs, Liked: *liked, Improve: *improve})
		if err != nil {
			return fail(err)
		}
		fmt.Fprintln(stdout, a.ID)
		return 0
	}
}

// parseExportQuiz: trainerkit export quiz prints a module's quiz: the
// participant's sheet, or with --key the trainer's key.
func parseExportQuiz(args []string) action {
	f := newFlags("export quiz")
	module := f.Int("module", 0, "module number")
	lang := f.String("lang", "en", "content language: fr, en, it or es")
	key := f.Bool("key", false, "the trainer's key: answers and explanations")
	out := f.String("out", "", "PDF file to write")
	paperName := paperFlag(f)
	if !parseFlags(f, args) {
		return nil
	}
	paper, err := pdf.ParsePaper(*paperName)
	switch {
	case err != nil:
	case *out == "":
		err = fmt.Errorf("--out F.pdf is required")
	case !moduleInRange(*module):
		err = fmt.Errorf("--module N is required, from 1 to %d", len(course.Catalogue))
	case !course.ValidLanguage(*lang):
		err = fmt.Errorf("unknown language %q (fr, en, it or es)", *lang)
	}
	if err != nil {
		exportUsage("quiz", err)
		return nil
	}
	return func(d data) int {
		lib, org, err := moduleLibrary(d.dir)
		if err != nil {
			return fail(fmt.Errorf("export quiz of module %d: %w", *module, err))
		}
		if err := kit.ExportQuiz(*out, lib, *module, *lang, *key, kit.Print{Paper: paper, Org: org}); err != nil {
			return fail(err)
		}
		fmt.Fprintln(stdout, "wrote", *out)
		return 0
	}
}

// parseExportEval: trainerkit export report|cards|appreciation prints one
// of a session's evaluation documents.
func parseExportEval(name string) func(args []string) action {
	return func(args []string) action {
		f := newFlags("export " + name)
		id := f.String("session", "", "session id")
		out := f.String("out", "", "PDF file to write")
		copies := 0
		if name != "report" {
			f.IntVar(&copies, "copies", 0, "sheets to print (default: one per participant)")
		}
		paperName := paperFlag(f)
		if !parseFlags(f, args) {
			return nil
		}
		paper, err := pdf.ParsePaper(*paperName)
		if err == nil && (*id == "" || *out == "") {
			err = fmt.Errorf("give --session ID and --out F.pdf")
		}
		if err != nil {
			exportUsage(name, err)
			return nil
		}
		return func(d data) int {
			if err := exportEval(d, name, *id, *out, copies, paper); err != nil {
				return fail(err)
			}
			fmt.Fprintln(stdout, "wrote", *out)
			return 0
		}
	}
}

func exportEval(d data, name, id, out string, copies int, paper pdf.Paper) error {
	org, err := d.db.Org()
	if err != nil {
		return err
	}
	p := kit.Print{Paper: paper, Org: &org}
	if name == "appreciation" {
		return kit.ExportAppreciation(out, d.db, id, copies, p)
	}
	lib, err := loadCustomised(d.db)
	if err != nil {
		return err
	}
	if name == "cards" {
		return kit.ExportCards(out, lib, d.db, id, copies, paper)
	}
	return kit.ExportSessionReport(out, lib, d.db, id, p)
}
