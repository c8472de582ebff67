package ui

import (
	"testing"
	"time"

	"github.com/socialtech/trainerkit/course/session"
)

func TestDates(t *testing.T) {
	d := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	if formatDate("en", d) != "7 Dec 2026" || formatDate("fr", d) != "07/12/2026" {
		t.Errorf("en %q, fr %q", formatDate("en", d), formatDate("fr", d))
	}
	s, _ := session.New("x", "2026-12-07", 1, "fr")
	if got := sessionDates("es", s); got != "07/12/2026" {
		t.Errorf("one day: %q", got)
	}
	s.SetDays(2)
	if got := sessionDates("it", s); got != "07/12/2026 – 08/12/2026" {
		t.Errorf("two days: %q", got)
	}
}
