package ui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/session"
)

// dateField is a date typed in the interface language's format (11/01/2027,
// or 11 Jan 2027 in English; 2027-01-11 is read too) with Fyne's calendar
// beside it to pick one.
type dateField struct {
	lang  string
	entry *formEntry // the window's keys work in it
	pick  *widget.Button
	popup *widget.PopUp
	root  fyne.CanvasObject
}

func newDateField(lang string, win fyne.Window, iso string) *dateField {
	f := &dateField{lang: lang, entry: newFormEntry(false)}
	f.entry.SetPlaceHolder(formatDate(lang, time.Now().AddDate(0, 0, 14)))
	f.SetISO(iso)
	f.pick = widget.NewButtonWithIcon("", theme.CalendarIcon(), func() { f.showCalendar(win) })
	f.root = container.NewBorder(nil, nil, nil, f.pick, f.entry)
	return f
}

// showCalendar opens the calendar under the field, on the date typed.
func (f *dateField) showCalendar(win fyne.Window) {
	start := time.Now()
	if iso, err := f.ISO(); err == nil && iso != "" {
		start, _ = time.Parse(session.DateLayout, iso)
	}
	cal := widget.NewCalendar(start, func(t time.Time) {
		f.SetISO(t.Format(session.DateLayout))
		if f.popup != nil {
			f.popup.Hide()
		}
	})
	f.popup = widget.NewPopUp(cal, win.Canvas())
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(f.entry).Add(fyne.NewPos(0, f.entry.Size().Height))
	f.popup.ShowAtPosition(pos)
}

// SetISO shows a date given as 2027-01-11 in the interface's format.
func (f *dateField) SetISO(iso string) {
	if t, err := time.Parse(session.DateLayout, iso); err == nil {
		f.entry.SetText(formatDate(f.lang, t))
		return
	}
	f.entry.SetText(iso)
}

// ISO is the date typed, as 2027-01-11; "" when the field is empty.
func (f *dateField) ISO() (string, error) {
	t, err := parseDate(f.lang, f.entry.Text)
	if err != nil || t.IsZero() {
		return "", err
	}
	return t.Format(session.DateLayout), nil
}

// parseDate reads a date as formatDate writes it in lang, or as
// 2027-01-11; blank is the zero time.
func parseDate(lang, s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	layouts := []string{session.DateLayout, "02/01/2006", "2/1/2006", "02.01.2006"}
	if lang == "en" {
		layouts = []string{session.DateLayout, "2 Jan 2006", "02 Jan 2006", "1/2/2006", "01/02/2006"}
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("start date %q is not a date (%s)", s, formatDate(lang, time.Date(2027, 1, 11, 0, 0, 0, 0, time.UTC)))
}
