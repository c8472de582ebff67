package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/socialtech/trainerkit/course/slides"
)

func TestSettingsChangeThemeRetentionAndLanguage(t *testing.T) {
	mw, db := newTestMainWindow(t, func(st *State) {})
	d := showSettings(mw.env, mw.st, settingsActions{setUILang: mw.SetUILang, setTheme: mw.SetTheme, setZoom: mw.SetZoom, retention: db})
	if d.retention.Text != "12" {
		t.Errorf("retention shown %q, want the default 12", d.retention.Text)
	}
	d.theme.SetSelected("Dark")
	d.retention.SetText("24")
	d.uiLang.SetSelected("Italiano")
	tapInTopOverlay(t, mw.win, "OK")
	if mw.State().Theme != ThemeDark || db.Setting(prefTheme) != ThemeDark {
		t.Errorf("theme %q", mw.State().Theme)
	}
	if db.RetentionMonths() != 24 {
		t.Errorf("retention %d", db.RetentionMonths())
	}
	if mw.State().UILang != "it" || mw.reader.tabs.label(0) != "Teoria" {
		t.Errorf("interface language %q", mw.State().UILang)
	}
	// A retention out of bounds is refused with a message.
	d = showSettings(mw.env, mw.st, settingsActions{setUILang: mw.SetUILang, setTheme: mw.SetTheme, setZoom: mw.SetZoom, retention: db})
	d.retention.SetText("500")
	tapInTopOverlay(t, mw.win, "OK")
	if db.RetentionMonths() != 24 || !strings.Contains(topText(mw.win), "tra 1 e 120") {
		t.Errorf("retention 500 kept (%d) or not explained: %q", db.RetentionMonths(), topText(mw.win))
	}
}

func TestSettingsWithoutADataFile(t *testing.T) {
	mw, _, _ := newTestWindow(t, defaultState())
	mw.showSettings()
	text := topText(mw.win)
	if strings.Contains(text, "participants' data") || strings.Contains(text, "Backups") {
		t.Errorf("the settings offer data file rows without one: %q", text)
	}
	mw.SetZoom(1.5)
	showSettings(mw.env, mw.st, settingsActions{setZoom: mw.SetZoom, setUILang: mw.SetUILang, setTheme: mw.SetTheme})
	tapInTopOverlay(t, mw.win, "Normal size")
	if mw.State().Zoom != 1 {
		t.Errorf("zoom %v after Reset", mw.State().Zoom)
	}
}

// The default half-day times are a setting; new sessions start with them.
func TestSettingsDayTimes(t *testing.T) {
	mw, db := newSessionWindow(t)
	d := showSettings(mw.env, mw.st, settingsActions{setUILang: mw.SetUILang, setTheme: mw.SetTheme, setZoom: mw.SetZoom, dayTimes: db})
	if d.dayTimes.Text != "09:00-12:30 13:30-17:00" {
		t.Errorf("shown %q", d.dayTimes.Text)
	}
	d.dayTimes.SetText("08:30-12:00 13:00-16:30")
	tapInTopOverlay(t, mw.win, "Valider")
	s, err := mw.sessions.Create("Atelier", "2027-01-11", 2, "fr", "")
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Days[1].String(); got != "08:30-12:00 13:00-16:30" {
		t.Errorf("a new session's day 2: %s", got)
	}
	// Times out of order are refused with a message.
	d = showSettings(mw.env, mw.st, settingsActions{setUILang: mw.SetUILang, setTheme: mw.SetTheme, setZoom: mw.SetZoom, dayTimes: db})
	d.dayTimes.SetText("14:00-12:00 13:00-16:30")
	tapInTopOverlay(t, mw.win, "Valider")
	if db.DefaultDayTimes().String() != "08:30-12:00 13:00-16:30" || !strings.Contains(topText(mw.win), "09:00-12:30 13:30-17:00") {
		t.Errorf("times out of order: kept %s, message %q", db.DefaultDayTimes(), topText(mw.win))
	}
}

// The projector's slide number is a setting: unticked, the next
// presentation shows none.
func TestSettingsSlideNumber(t *testing.T) {
	mw, _ := newTestMainWindow(t, func(st *State) {})
	prefs := NewMemPrefs()
	d := showSettings(mw.env, mw.st, settingsActions{setUILang: mw.SetUILang, setTheme: mw.SetTheme, setZoom: mw.SetZoom, prefs: prefs})
	if d.number == nil || !d.number.Checked {
		t.Fatal("the slide number is not offered, or not on by default")
	}
	d.number.SetChecked(false)
	tapInTopOverlay(t, mw.win, "OK")
	if prefs.Setting(prefSlideNumber) != "off" {
		t.Errorf("setting %q", prefs.Setting(prefSlideNumber))
	}
	p := newPresentation(mw.tr, slides.ModuleDeck(deckLib(t).Module(1), "", "en"), false)
	p.setPrefs(prefs)
	if p.number {
		t.Error("the presentation shows the number the trainer turned off")
	}
}

// The settings open with the focus on the interface language, a select:
// Escape closes them from there, and Enter answers OK. A wrong half-day
// time keeps them open with what was typed, changes nothing, says so in
// plain Spanish and focuses the times.
func TestSettingsEscapeOnTheLanguageAndMistakeKeepsThem(t *testing.T) {
	mw, db := newTestMainWindow(t, func(st *State) { st.UILang = "es" })
	c := mw.win.Canvas()
	open := func() *settingsDialog {
		return showSettings(mw.env, mw.st, settingsActions{setUILang: mw.SetUILang, setTheme: mw.SetTheme, setZoom: mw.SetZoom,
			retention: db, dayTimes: db})
	}
	d := open()
	if c.Focused() != d.uiLang {
		t.Fatalf("the settings open with the focus on %T, not the interface language", c.Focused())
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Overlays().Top() != nil {
		t.Fatal("Escape on the interface language left the settings open")
	}

	d = open()
	form := c.Overlays().Top()
	d.retention.SetText("24")
	d.dayTimes.SetText("maana")
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	checkRefused(t, mw.win, form, "Los horarios no se han cambiado", d.dayTimes)
	if d.retention.Text != "24" || d.dayTimes.Text != "maana" {
		t.Errorf("what was typed is lost: %q %q", d.retention.Text, d.dayTimes.Text)
	}
	if db.RetentionMonths() != 12 {
		t.Errorf("a refused answer changed the retention to %d", db.RetentionMonths())
	}
	d.dayTimes.SetText("08:30-12:00 13:00-16:30")
	tapInTopOverlay(t, mw.win, "Aceptar")
	if c.Overlays().Top() != nil || db.RetentionMonths() != 24 || db.DefaultDayTimes().String() != "08:30-12:00 13:00-16:30" {
		t.Errorf("corrected: open %v, retention %d, times %s", c.Overlays().Top() != nil, db.RetentionMonths(), db.DefaultDayTimes())
	}
}
