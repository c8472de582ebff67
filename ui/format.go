package ui

import (
	"time"

	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/session"
)

// formatDate writes a date the way each language reads it: 7 Dec 2026 in
// English, 07/12/2026 in French, Italian and Spanish.
func formatDate(lang string, t time.Time) string { return kit.FormatDate(lang, t) }

// sessionDates is "07/12/2026 – 08/12/2026", or one date for one day.
func sessionDates(lang string, s *session.Session) string {
	if len(s.Days) <= 1 {
		return formatDate(lang, s.Date(0))
	}
	return formatDate(lang, s.Date(0)) + " – " + formatDate(lang, s.End())
}
