// Package pdf prints the kit's documents: module and session handouts, the
// trainer's guide, attendance sheets and certificates of attendance. It
// walks the same document model as the screen (course.Document) and draws
// it with maroto v2 in the bundled DejaVu Sans, so that every letter of the
// four content languages and of participants' names prints (Œ, ñ, ł, ő, Ω).
// It lays out every line itself, measured with the font's metrics, and
// hands maroto whole pages: paragraphs break across pages without
// overlapping, tables repeat their header, and the table of contents knows
// its page numbers. Every function writes to an io.Writer; writing the file
// atomically is the caller's business. No Fyne, no storage.
package pdf

import (
	"fmt"
	"strings"
	"time"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
)

// Paper is a paper size.
type Paper string

// The paper sizes offered.
const (
	A4     Paper = "a4"
	Letter Paper = "letter"
)

// ParsePaper reads "a4" or "letter" (any case); "" is A4.
func ParsePaper(s string) (Paper, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "a4":
		return A4, nil
	case "letter", "us-letter", "usletter":
		return Letter, nil
	}
	return "", fmt.Errorf("paper %q is neither a4 nor letter", s)
}

// Options are the settings every document shares.
type Options struct {
	// Paper is A4 (the default) or Letter. Attendance sheets turn it to
	// landscape.
	Paper Paper
	// Body is the training body printed in the footer of a document
	// without a session (a module handout, a quiz): the profile's footer
	// when it names the profile's organisation, else that name alone.
	// Sessions print their own.
	Body string
	// Org is the training body's profile (the settings'): its name,
	// address, NDA and logo print on handouts' covers and footers,
	// attendance sheets and certificates; its town, signatory and SIRET on
	// certificates. A session's own training body prints instead when it
	// is another organisation, by its name and address alone, none of the
	// profile's identifiers (course.Org.ForBody). nil prints none of it.
	Org *course.Org
	// BlankRows is the number of rows to fill by hand on an attendance
	// sheet without participants; 0 fills one page.
	BlankRows int
	// Marks is the attendance already recorded: attendance sheets print
	// absences in their signature box so that nobody signs there later,
	// and the minutes late. (Certificates take the marks as an argument.)
	Marks []session.Mark
	// SpareRows is the number of empty rows after the participants on an
	// attendance sheet, for late registrants; 0 gives the default
	// (DefaultSpareRows), a negative number none.
	SpareRows int
	// AllParticipants prints a certificate for every participant, even
	// those who attended nothing (by default they get none and are listed
	// in Report.Skipped).
	AllParticipants bool
	// Results are the session's quiz results: a certificate states the
	// participant's final test of each module ("8/10 au test final").
	Results []session.Result
	// Report, when set, receives what the export found worth telling: the
	// names that could not be printed as typed, the participants without a
	// certificate, the page count.
	Report *Report
}

// DefaultSpareRows is the number of spare rows an attendance sheet leaves
// for late registrants.
const DefaultSpareRows = 3

func (o Options) paper() (Paper, error) {
	if o.Paper == "" {
		return A4, nil
	}
	return ParsePaper(string(o.Paper))
}

// checkSession refuses what cannot be printed.
func checkSession(s *session.Session) error {
	if s == nil {
		return fmt.Errorf("no session")
	}
	if len(s.Days) == 0 {
		return fmt.Errorf("session %q has no days", s.Title)
	}
	if _, err := time.Parse(session.DateLayout, s.Start); err != nil {
		return fmt.Errorf("session %q: start date %q is not a date (YYYY-MM-DD)", s.Title, s.Start)
	}
	return nil
}

// sessionLang is the language a session prints in.
func sessionLang(s *session.Session) string {
	if course.ValidLanguage(s.Lang) {
		return s.Lang
	}
	return "en"
}

// dateText writes a date in lang: "lundi 23 novembre 2026", "1er décembre
// 2026", "martes, 1 de diciembre de 2026".
func dateText(l *locales.Localizer, t time.Time, weekday bool) string {
	day := fmt.Sprint(t.Day())
	if t.Day() == 1 {
		day = l.T("pdf_day_first")
	}
	d := l.Tf("pdf_date", map[string]any{"Day": day, "Month": monthName(l, t.Month()), "Year": t.Year()})
	if !weekday {
		return d
	}
	return l.Tf("pdf_date_weekday", map[string]any{"Weekday": weekdayName(l, t.Weekday()), "Date": d})
}

// sessionDates is "23 novembre 2026" or "du 23 novembre 2026 au 27
// novembre 2026".
func sessionDates(l *locales.Localizer, s *session.Session) string {
	if len(s.Days) <= 1 {
		return dateText(l, s.Date(0), false)
	}
	return l.Tf("pdf_date_range", map[string]any{"Start": dateText(l, s.Date(0), false), "End": dateText(l, s.End(), false)})
}

// halfDays is "Matin 09:00–12:30 · Après-midi 13:30–17:00".
func halfDays(l *locales.Localizer, t session.DayTimes) string {
	return fmt.Sprintf("%s %s–%s · %s %s–%s", l.T("pdf_morning"), t.AMStart, t.AMEnd, l.T("pdf_afternoon"), t.PMStart, t.PMEnd)
}

// sessionTimes lists the half-day times: once when every day has the same,
// else day by day.
func sessionTimes(l *locales.Localizer, s *session.Session) string {
	same := true
	for _, d := range s.Days {
		same = same && d == s.Days[0]
	}
	if same {
		return halfDays(l, s.Days[0])
	}
	var parts []string
	for i, d := range s.Days {
		parts = append(parts, l.Tf("pdf_day", map[string]any{"N": i + 1})+" — "+halfDays(l, d))
	}
	return strings.Join(parts, " ; ")
}

// bodyLine is the training body's name and address on one line.
func bodyLine(b session.Body) string {
	parts := []string{}
	for _, p := range []string{b.Name, b.Address} {
		if p = strings.TrimSpace(strings.ReplaceAll(p, "\n", ", ")); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " · ")
}

func monthName(l *locales.Localizer, m time.Month) string {
	switch m {
	case time.January:
		return l.T("pdf_month_1")
	case time.February:
		return l.T("pdf_month_2")
	case time.March:
		return l.T("pdf_month_3")
	case time.April:
		return l.T("pdf_month_4")
	case time.May:
		return l.T("pdf_month_5")
	case time.June:
		return l.T("pdf_month_6")
	case time.July:
		return l.T("pdf_month_7")
	case time.August:
		return l.T("pdf_month_8")
	case time.September:
		return l.T("pdf_month_9")
	case time.October:
		return l.T("pdf_month_10")
	case time.November:
		return l.T("pdf_month_11")
	}
	return l.T("pdf_month_12")
}

func weekdayName(l *locales.Localizer, d time.Weekday) string {
	switch d {
	case time.Monday:
		return l.T("pdf_weekday_monday")
	case time.Tuesday:
		return l.T("pdf_weekday_tuesday")
	case time.Wednesday:
		return l.T("pdf_weekday_wednesday")
	case time.Thursday:
		return l.T("pdf_weekday_thursday")
	case time.Friday:
		return l.T("pdf_weekday_friday")
	case time.Saturday:
		return l.T("pdf_weekday_saturday")
	}
	return l.T("pdf_weekday_sunday")
}

// partName is a part's name as the content writes it in lang; the deck and
// the quiz, which plans do not name, by their interface name in lang.
func partName(lang, part string) string {
	switch part {
	case course.SlidesPart:
		return locales.New(lang).T("part_slides")
	case course.QuizPart:
		return locales.New(lang).T("part_quiz")
	}
	names := course.PartNames[lang]
	for i, p := range course.Parts {
		if p == part && i < len(names) {
			return names[i]
		}
	}
	return part
}

// moduleLabel is "Module 04" in lang.
func moduleLabel(l *locales.Localizer, n int) string {
	return l.Tf("pdf_module", map[string]any{"N": fmt.Sprintf("%02d", n)})
}

// trainersLabel is "Formateur·rice" or its plural.
func trainersLabel(l *locales.Localizer, n int) string {
	return l.Tn("pdf_trainers", max(n, 1), nil)
}

// labelValue is "Durée : 210 min", with each language's punctuation.
func labelValue(l *locales.Localizer, label, value string) string {
	return l.Tf("pdf_label_value", map[string]any{"Label": label, "Value": value})
}

// modeText is "En présentiel" or "À distance".
func modeText(l *locales.Localizer, m session.Mode) string {
	if m == session.Remote {
		return l.T("pdf_mode_remote")
	}
	return l.T("pdf_mode_in_person")
}
