// Package session is the model of a training session: its details, its
// agenda of timed blocks per day, its participants and their attendance per
// half-day. It computes times and hours; storage keeps it; ui shows it.
package session

import (
	"crypto/rand"
	"encoding/base32"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// DateLayout is how dates are written: 2026-11-23.
const DateLayout = "2006-01-02"

// Clock is a time of day in minutes after midnight.
type Clock int

// ParseClock reads "09:00", "9:30", "9h30", "14h" or "14".
func ParseClock(s string) (Clock, error) {
	m := clockPattern.FindStringSubmatch(strings.TrimSpace(strings.ToLower(s)))
	if m == nil {
		return 0, fmt.Errorf("%q is not a time of day (HH:MM)", s)
	}
	h, _ := strconv.Atoi(m[1])
	mins := 0
	if m[2] != "" {
		mins, _ = strconv.Atoi(m[2])
	}
	if h > 23 || mins > 59 {
		return 0, fmt.Errorf("%q is not a time of day (HH:MM)", s)
	}
	return Clock(h*60 + mins), nil
}

var clockPattern = regexp.MustCompile(`^(\d{1,2})(?:[:h.](\d{2})?)?$`)

// String writes the clock as HH:MM.
func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60) }

// DayTimes are the half-day times of one day.
type DayTimes struct {
	AMStart Clock `json:"am_start"`
	AMEnd   Clock `json:"am_end"`
	PMStart Clock `json:"pm_start"`
	PMEnd   Clock `json:"pm_end"`
}

// DefaultDayTimes are 09:00–12:30 and 13:30–17:00.
var DefaultDayTimes = DayTimes{AMStart: 9 * 60, AMEnd: 12*60 + 30, PMStart: 13*60 + 30, PMEnd: 17 * 60}

// Minutes is the planned teaching time of the day.
func (d DayTimes) Minutes() int { return int(d.AMEnd-d.AMStart) + int(d.PMEnd-d.PMStart) }

// HalfMinutes is the planned time of one half-day.
func (d DayTimes) HalfMinutes(h Half) int {
	if h == AM {
		return int(d.AMEnd - d.AMStart)
	}
	return int(d.PMEnd - d.PMStart)
}

// Validate checks that the times are in order.
func (d DayTimes) Validate() error {
	if !(d.AMStart < d.AMEnd && d.AMEnd <= d.PMStart && d.PMStart < d.PMEnd) {
		return fmt.Errorf("half-day times %s–%s and %s–%s are not in order", d.AMStart, d.AMEnd, d.PMStart, d.PMEnd)
	}
	return nil
}

// Body is the training body that organises the session.
type Body struct {
	Name    string `json:"name"`
	Address string `json:"address"`
}

// Mode says how a session is delivered.
type Mode string

// The delivery modes; "" is a session that does not say (older records).
const (
	InPerson Mode = "in_person"
	Remote   Mode = "remote"
)

// Modes in the order the interface offers them.
var Modes = []Mode{InPerson, Remote}

// ParseMode reads "in_person" (or "in-person", "onsite") and "remote" (or
// "online"); "" is no mode.
func ParseMode(s string) (Mode, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return "", nil
	case "in_person", "in-person", "inperson", "onsite", "on-site":
		return InPerson, nil
	case "remote", "online", "distance":
		return Remote, nil
	}
	return "", fmt.Errorf("mode %q is neither in_person nor remote", s)
}

// Session is one training session.
type Session struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Body  Body   `json:"body"`
	Place string `json:"place"`
	// Funder is who pays for the training (an OPCO, France Travail, a
	// region, the employer) and Reference the funder's file number for it:
	// both printed on attendance sheets and certificates.
	Funder    string `json:"funder,omitempty"`
	Reference string `json:"reference,omitempty"`
	// Mode is in person or remote; "" when not said.
	Mode     Mode       `json:"mode,omitempty"`
	Start    string     `json:"start"` // DateLayout
	Days     []DayTimes `json:"days"`  // one entry per day
	Lang     string     `json:"lang"`
	Trainers []string   `json:"trainers"`
	Notes    string     `json:"notes"`
	Agenda   [][]Block  `json:"agenda"` // one list of blocks per day
	Created  time.Time  `json:"created"`
	Updated  time.Time  `json:"updated"`
}

// New returns a session of n days with the default half-day times.
func New(title, start string, days int, lang string) (*Session, error) {
	s := &Session{ID: NewID(), Title: strings.TrimSpace(title), Start: start, Lang: lang}
	if days < 1 {
		days = 1
	}
	s.SetDays(days)
	s.Created = time.Now().UTC()
	s.Updated = s.Created
	return s, s.Validate()
}

// SetDays changes the number of days, keeping what the kept days had; a
// new day takes the times of the day before it.
func (s *Session) SetDays(n int) {
	for len(s.Days) < n {
		t := DefaultDayTimes
		if len(s.Days) > 0 {
			t = s.Days[len(s.Days)-1]
		}
		s.Days = append(s.Days, t)
	}
	s.Days = s.Days[:n]
	for len(s.Agenda) < n {
		s.Agenda = append(s.Agenda, nil)
	}
	s.Agenda = s.Agenda[:n]
}

// ErrNoTitle and the other validation errors say what a session lacks.
var (
	ErrNoTitle = errors.New("the session needs a title")
	ErrNoDays  = errors.New("the session needs at least one day")
)

// Validate checks the session's details.
func (s *Session) Validate() error {
	if s.Title == "" {
		return ErrNoTitle
	}
	if _, err := time.Parse(DateLayout, s.Start); err != nil {
		return fmt.Errorf("start date %q is not a date (YYYY-MM-DD)", s.Start)
	}
	if len(s.Days) == 0 {
		return ErrNoDays
	}
	if _, err := ParseMode(string(s.Mode)); err != nil {
		return err
	}
	for i, d := range s.Days {
		if err := d.Validate(); err != nil {
			return fmt.Errorf("day %d: %w", i+1, err)
		}
	}
	for i, day := range s.Agenda {
		for _, b := range day {
			if b.Half != "" && b.Half != AM && b.Half != PM {
				return fmt.Errorf("day %d: a block's half-day %q is neither am nor pm", i+1, b.Half)
			}
		}
	}
	return nil
}

// Date returns the date of day i (0-based).
func (s *Session) Date(i int) time.Time {
	t, _ := time.Parse(DateLayout, s.Start)
	return t.AddDate(0, 0, i)
}

// End is the date of the last day.
func (s *Session) End() time.Time { return s.Date(len(s.Days) - 1) }

// PlannedMinutes is the teaching time of the whole session.
func (s *Session) PlannedMinutes() int {
	t := 0
	for _, d := range s.Days {
		t += d.Minutes()
	}
	return t
}

// Modules lists the module numbers the agenda covers, in order of first use.
func (s *Session) Modules() []int {
	seen := map[int]bool{}
	var out []int
	for _, day := range s.Agenda {
		for _, b := range day {
			if b.Kind == BlockPart && !seen[b.Module] {
				seen[b.Module] = true
				out = append(out, b.Module)
			}
		}
	}
	return out
}

// NewID returns a random identifier of 8 lowercase letters and digits:
// short enough to type, random so that sessions from two trainers' packs
// never collide.
func NewID() string {
	var b [5]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(fmt.Errorf("read random bytes: %w", err))
	}
	return strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b[:]))
}

// Summary is a session with its participant count, for lists.
type Summary struct {
	*Session
	Participants int
}

// Template is a saved agenda a new session can start from.
type Template struct {
	Name   string    `json:"name"`
	Agenda [][]Block `json:"agenda"`
}
