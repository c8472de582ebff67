package session

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/socialtech/trainerkit/course"
)

// When is the moment a module's quiz is taken: before the training
// (positioning) or at its end (the final test).
type When string

// The two moments of an evaluation.
const (
	Pre  When = "pre"
	Post When = "post"
)

// Moments in the order the interface shows them.
var Moments = []When{Pre, Post}

// ParseWhen reads "pre" or "post".
func ParseWhen(s string) (When, error) {
	switch When(strings.ToLower(strings.TrimSpace(s))) {
	case Pre:
		return Pre, nil
	case Post:
		return Post, nil
	}
	return "", fmt.Errorf("%q is neither pre nor post", s)
}

// MaxQuestions bounds the "out of" of a score entered by hand: far above
// any quiz, low enough to catch a typing slip.
const MaxQuestions = 200

// Result is a participant's score on a module's quiz, before or after the
// training. The trainer enters the score, or the participant's answers and
// the kit scores them: then Answers keeps what was ticked, Lang the quiz's
// language and Competences the score by DigComp competence, frozen as the
// quiz was when it was scored (a later edit of the quiz changes nothing).
// Results are personal data: they go with their participant.
type Result struct {
	Participant string `json:"participant"`
	Module      int    `json:"module"`
	When        When   `json:"when"`
	Score       int    `json:"score"`
	Of          int    `json:"of"`
	// Answers are the letters ticked, one entry per question ("B", "A,C",
	// "" when left blank); nil when only the score was entered.
	Answers     []string                 `json:"answers,omitempty"`
	Lang        string                   `json:"lang,omitempty"`
	Competences []course.CompetenceScore `json:"competences,omitempty"`
	Updated     time.Time                `json:"updated,omitzero"`
}

// Validate checks a result before it is stored or imported.
func (r Result) Validate() error {
	switch {
	case r.Participant == "":
		return fmt.Errorf("a result needs a participant")
	case r.Module < 1:
		return fmt.Errorf("result of %s: module %d is not a module number", r.Participant, r.Module)
	case r.When != Pre && r.When != Post:
		return fmt.Errorf("result of %s: %q is neither pre nor post", r.Participant, r.When)
	case r.Of < 1 || r.Of > MaxQuestions:
		return fmt.Errorf("result of %s: out of %d, want 1 to %d", r.Participant, r.Of, MaxQuestions)
	case r.Score < 0 || r.Score > r.Of:
		return fmt.Errorf("result of %s: score %d is not between 0 and %d", r.Participant, r.Score, r.Of)
	case r.Answers != nil && len(r.Answers) != r.Of:
		return fmt.Errorf("result of %s: %d answers for %d questions", r.Participant, len(r.Answers), r.Of)
	}
	for _, c := range r.Competences {
		if c.Right < 0 || c.Right > c.Of {
			return fmt.Errorf("result of %s: competence %s scored %d out of %d", r.Participant, c.Code, c.Right, c.Of)
		}
	}
	return nil
}

// Percent is the score as a share of the questions, 0 to 100.
func (r Result) Percent() float64 { return percent(r.Score, r.Of) }

// Key identifies a result in its session: participant, module, moment.
func (r Result) Key() string { return fmt.Sprintf("%s|%03d|%s", r.Participant, r.Module, r.When) }

// ScoreAnswers makes the result of a participant's answers to qz, written
// as quiz.ParseAnswers reads them ("B;A,C;;D").
func ScoreAnswers(qz course.Quiz, lang, participant string, module int, when When, answers string) (Result, error) {
	if len(qz.Questions) == 0 {
		return Result{}, fmt.Errorf("module %d has no quiz in %s", module, lang)
	}
	ticked, err := qz.ParseAnswers(answers)
	if err != nil {
		return Result{}, fmt.Errorf("answers of %s to module %d's quiz: %w", participant, module, err)
	}
	s := qz.Score(ticked)
	r := Result{Participant: participant, Module: module, When: when, Score: s.Right, Of: s.Of,
		Lang: lang, Competences: s.Competences, Answers: make([]string, len(ticked))}
	for i, t := range ticked {
		r.Answers[i] = course.FormatLetters(t)
	}
	return r, r.Validate()
}

// AnswersText writes a result's answers back as ParseAnswers reads them.
func (r Result) AnswersText() string { return strings.Join(r.Answers, ";") }

func percent(n, of int) float64 {
	if of <= 0 {
		return 0
	}
	return float64(n) * 100 / float64(of)
}

// Progress is a participant's results on one module's quiz: before, after,
// either missing.
type Progress struct {
	Participant string
	Module      int
	Pre, Post   *Result
}

// Gain is the progress from the positioning to the final test in points
// of percentage (a score from 4/10 to 8/10 is 40); ok is false unless both
// exist.
func (p Progress) Gain() (points int, ok bool) {
	if p.Pre == nil || p.Post == nil {
		return 0, false
	}
	return int(math.Round(p.Post.Percent() - p.Pre.Percent())), true
}

// Progresses pairs the results of each participant and module, in the
// order of modules then of participants as given.
func Progresses(results []Result, participants []Participant) []Progress {
	order := map[string]int{}
	for i, p := range participants {
		order[p.ID] = i
	}
	byKey := map[string]*Progress{}
	var out []*Progress
	for i := range results {
		r := &results[i]
		if _, ok := order[r.Participant]; !ok {
			continue
		}
		k := fmt.Sprintf("%s|%d", r.Participant, r.Module)
		p := byKey[k]
		if p == nil {
			p = &Progress{Participant: r.Participant, Module: r.Module}
			byKey[k] = p
			out = append(out, p)
		}
		if r.When == Pre {
			p.Pre = r
		} else {
			p.Post = r
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Module != out[j].Module {
			return out[i].Module < out[j].Module
		}
		return order[out[i].Participant] < order[out[j].Participant]
	})
	ps := make([]Progress, len(out))
	for i, p := range out {
		ps[i] = *p
	}
	return ps
}

// ModuleSummary is the group's results on one module's quiz: how many took
// each test, the average percentage of each, and the average gain of those
// who took both.
type ModuleSummary struct {
	Module         int
	Pre, Post      int     // participants with a result
	PrePct         float64 // average percentage
	PostPct        float64
	Both           int     // participants with both results
	Gain           float64 // average gain of those, in points
	PostPassedHalf int     // final tests at half the questions or more
}

// Summarise gives each module's ModuleSummary, in the order of modules.
func Summarise(ps []Progress) []ModuleSummary {
	var out []ModuleSummary
	for _, p := range ps {
		if len(out) == 0 || out[len(out)-1].Module != p.Module {
			out = append(out, ModuleSummary{Module: p.Module})
		}
		s := &out[len(out)-1]
		if p.Pre != nil {
			s.Pre++
			s.PrePct += p.Pre.Percent()
		}
		if p.Post != nil {
			s.Post++
			s.PostPct += p.Post.Percent()
			if 2*p.Post.Score >= p.Post.Of {
				s.PostPassedHalf++
			}
		}
		if g, ok := p.Gain(); ok {
			s.Both++
			s.Gain += float64(g)
		}
	}
	for i := range out {
		s := &out[i]
		s.PrePct = avg(s.PrePct, s.Pre)
		s.PostPct = avg(s.PostPct, s.Post)
		s.Gain = avg(s.Gain, s.Both)
	}
	return out
}

func avg(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// CompetenceSummary is the group's right answers on the questions checking
// one DigComp competence, before and after: from the results whose answers
// were entered (a score alone does not say which questions were right).
type CompetenceSummary struct {
	Code      string
	Pre, Post course.CompetenceScore
}

// Gain is the progress in points of percentage; ok unless a side has no
// question.
func (c CompetenceSummary) Gain() (int, bool) {
	if c.Pre.Of == 0 || c.Post.Of == 0 {
		return 0, false
	}
	return int(math.Round(percent(c.Post.Right, c.Post.Of) - percent(c.Pre.Right, c.Pre.Of))), true
}

// ByCompetence adds up the results' scores by competence, in DigComp order.
func ByCompetence(results []Result) []CompetenceSummary {
	by := map[string]*CompetenceSummary{}
	for _, r := range results {
		for _, c := range r.Competences {
			s := by[c.Code]
			if s == nil {
				s = &CompetenceSummary{Code: c.Code}
				by[c.Code] = s
			}
			side := &s.Post
			if r.When == Pre {
				side = &s.Pre
			}
			side.Code = c.Code
			side.Right += c.Right
			side.Of += c.Of
		}
	}
	out := make([]CompetenceSummary, 0, len(by))
	for _, s := range by {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool { return digcompLess(out[i].Code, out[j].Code) })
	return out
}

// digcompLess orders competence numbers as DigComp does: 1.2 before 1.10.
func digcompLess(a, b string) bool {
	var a1, a2, b1, b2 int
	fmt.Sscanf(a, "%d.%d", &a1, &a2)
	fmt.Sscanf(b, "%d.%d", &b1, &b2)
	if a1 != b1 {
		return a1 < b1
	}
	if a2 != b2 {
		return a2 < b2
	}
	return a < b
}

// FinalResults are a participant's final tests, by module number order:
// what a certificate states.
func FinalResults(results []Result, participant string) []Result {
	var out []Result
	for _, r := range results {
		if r.Participant == participant && r.When == Post {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Module < out[j].Module })
	return out
}

// ResultsOf are the results of one participant.
func ResultsOf(results []Result, participant string) []Result {
	var out []Result
	for _, r := range results {
		if r.Participant == participant {
			out = append(out, r)
		}
	}
	return out
}

// FormatGain writes a gain in points with its sign: "+30", "−10", "0".
func FormatGain(points int) string {
	switch {
	case points > 0:
		return fmt.Sprintf("+%d", points)
	case points < 0:
		return fmt.Sprintf("−%d", -points)
	}
	return "0"
}
