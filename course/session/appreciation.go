package session

import (
	"fmt"
	"strings"
	"time"
)

// The questions of the end-of-session questionnaire rated from 1 to 4, in
// the order the sheet prints them. Their wording is in the locale files
// (eval_appr_q_<item>), in the four languages.
const (
	RateOverall    = "overall"    // the training as a whole
	RateObjectives = "objectives" // the objectives announced were met
	RateContent    = "content"    // the content was useful
	RatePace       = "pace"       // the pace suited the group
	RateTrainer    = "trainer"    // the trainer
	RateConditions = "conditions" // room, equipment, connection
)

// RatedItems are the rated questions in order.
var RatedItems = []string{RateOverall, RateObjectives, RateContent, RatePace, RateTrainer, RateConditions}

// MaxRating is the top of the scale: 1 not at all, 2 rather not, 3 rather
// yes, 4 entirely. An even scale asks for a side.
const MaxRating = 4

// MaxOpenAnswer bounds an open answer typed from a sheet.
const MaxOpenAnswer = 2000

// Appreciation is one participant's questionnaire as the trainer typed it
// from the sheet. Sheets are anonymous: an appreciation names nobody. It
// belongs to its session and goes with it.
type Appreciation struct {
	ID string `json:"id"`
	// Ratings by item (RatedItems); an item left blank has no entry.
	Ratings map[string]int `json:"ratings"`
	// The two open questions: what was most useful, what to improve.
	Liked   string    `json:"liked,omitempty"`
	Improve string    `json:"improve,omitempty"`
	Updated time.Time `json:"updated,omitzero"`
	// Entered is when it was first saved: the questionnaires keep the
	// order they were typed in.
	Entered time.Time `json:"entered,omitzero"`
}

// Normalise trims the open answers, drops blank ratings, gives the
// appreciation an ID when it has none, and refuses a rating off the scale
// or an unknown item.
func (a *Appreciation) Normalise() error {
	a.Liked, a.Improve = strings.TrimSpace(a.Liked), strings.TrimSpace(a.Improve)
	if len(a.Liked) > MaxOpenAnswer || len(a.Improve) > MaxOpenAnswer {
		return fmt.Errorf("an open answer is longer than %d characters", MaxOpenAnswer)
	}
	for k, v := range a.Ratings {
		if !isRatedItem(k) {
			return fmt.Errorf("%q is not a question of the questionnaire", k)
		}
		if v == 0 {
			delete(a.Ratings, k)
			continue
		}
		if v < 1 || v > MaxRating {
			return fmt.Errorf("rating %d for %s is not on the scale 1 to %d", v, k, MaxRating)
		}
	}
	if a.ID == "" {
		a.ID = NewID()
	}
	return nil
}

// Empty reports whether nothing was answered.
func (a Appreciation) Empty() bool {
	return len(a.Ratings) == 0 && a.Liked == "" && a.Improve == ""
}

func isRatedItem(k string) bool {
	for _, it := range RatedItems {
		if it == k {
			return true
		}
	}
	return false
}

// ParseRatings reads the ratings as the command line writes them, in the
// order of RatedItems: "4,3,4,4,3,4"; a blank or 0 leaves a question
// unanswered.
func ParseRatings(s string) (map[string]int, error) {
	fields := strings.Split(s, ",")
	if len(fields) > len(RatedItems) {
		return nil, fmt.Errorf("%d ratings for %d questions", len(fields), len(RatedItems))
	}
	out := map[string]int{}
	for i, f := range fields {
		f = strings.TrimSpace(f)
		if f == "" || f == "-" || f == "0" {
			continue
		}
		if len(f) != 1 || f[0] < '1' || f[0] > '0'+MaxRating {
			return nil, fmt.Errorf("rating %q for %s is not on the scale 1 to %d", f, RatedItems[i], MaxRating)
		}
		out[RatedItems[i]] = int(f[0] - '0')
	}
	return out, nil
}

// ItemAverage is the group's answers to one rated question.
type ItemAverage struct {
	Item    string
	Answers int            // how many rated it
	Average float64        // of those, 1 to 4; 0 when none
	Counts  [MaxRating]int // how many gave 1, 2, 3, 4
}

// AppreciationSummary is what the questionnaires of a session say: how
// many were entered, each rated question's average, and the open answers.
type AppreciationSummary struct {
	Responses int
	Items     []ItemAverage // in RatedItems order
	Liked     []string
	Improve   []string
}

// SummariseAppreciations adds up the questionnaires.
func SummariseAppreciations(as []Appreciation) AppreciationSummary {
	s := AppreciationSummary{Items: make([]ItemAverage, len(RatedItems))}
	for i, it := range RatedItems {
		s.Items[i].Item = it
	}
	for _, a := range as {
		if a.Empty() {
			continue
		}
		s.Responses++
		for i, it := range RatedItems {
			if v, ok := a.Ratings[it]; ok && v >= 1 && v <= MaxRating {
				s.Items[i].Answers++
				s.Items[i].Average += float64(v)
				s.Items[i].Counts[v-1]++
			}
		}
		if a.Liked != "" {
			s.Liked = append(s.Liked, a.Liked)
		}
		if a.Improve != "" {
			s.Improve = append(s.Improve, a.Improve)
		}
	}
	for i := range s.Items {
		s.Items[i].Average = avg(s.Items[i].Average, s.Items[i].Answers)
	}
	return s
}

// GroupAttendance is the whole group's attended time against the time
// planned for each participant: the attendance rate of a session report.
func GroupAttendance(s *Session, participants []Participant, marks []Mark) Hours {
	var h Hours
	for _, p := range participants {
		ph := Attended(s, p.ID, marks)
		h.AttendedMinutes += ph.AttendedMinutes
		h.PlannedMinutes += ph.PlannedMinutes
		h.LateMinutes += ph.LateMinutes
		h.HalfDays += ph.HalfDays
	}
	return h
}

// ItemMessages are the message IDs (locales/eval.*.toml) of the rated
// questions' wording, by item: the sheet, the screen and the report read
// the same words.
var ItemMessages = map[string]string{
	RateOverall:    "eval_appr_q_overall",
	RateObjectives: "eval_appr_q_objectives",
	RateContent:    "eval_appr_q_content",
	RatePace:       "eval_appr_q_pace",
	RateTrainer:    "eval_appr_q_trainer",
	RateConditions: "eval_appr_q_conditions",
}

// ScaleMessages are the message IDs of the points of the scale, from 1.
var ScaleMessages = [MaxRating]string{"eval_appr_scale_1", "eval_appr_scale_2", "eval_appr_scale_3", "eval_appr_scale_4"}
