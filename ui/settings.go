package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
)

// languageNames are the interface languages, each written in itself.
var languageNames = map[string]string{"fr": "Français", "en": "English", "it": "Italiano", "es": "Español"}

// settingsActions are what the settings dialog changes. retention and
// backups are nil without a data file: their rows are not offered.
type settingsActions struct {
	setUILang func(lang string)
	setTheme  func(choice string)
	setZoom   func(z float32)
	retention interface {
		RetentionMonths() int
		SetRetentionMonths(n int) error
	}
	backups func() // opens the backups screen
	org     func() // opens the organisation profile
	prefs   Prefs  // the projector's slide number (nil: not offered)
	// dayTimes keeps the half-day times new sessions start with; nil
	// without a data file.
	dayTimes dayTimesStore
}

// dayTimesStore keeps the default half-day times.
type dayTimesStore interface {
	DefaultDayTimes() session.DayTimes
	SetDefaultDayTimes(t session.DayTimes) error
}

// settingsDialog is the settings: interface language, theme, zoom, and
// with a data file the retention of participants' data and the backups.
type settingsDialog struct {
	uiLang    *choice
	theme     *widget.RadioGroup
	retention *field
	dayTimes  *field
	number    *widget.Check // the slide number in the projector's corner
	dlg       *dialog.FormDialog
}

// themeKeys are the theme choices in the order the dialog offers them.
var themeKeys = []string{ThemeSystem, ThemeLight, ThemeDark}

// showSettings opens the settings on the state st.
func showSettings(e env, st State, act settingsActions) *settingsDialog {
	tr := e.tr
	d := &settingsDialog{}
	var names []string
	for _, l := range locales.Supported {
		names = append(names, languageNames[l])
	}
	d.uiLang = newChoice(names, nil) // Escape and Enter answer on it too
	d.uiLang.SetSelected(languageNames[st.UILang])

	themes := []string{tr.T("settings_theme_system"), tr.T("settings_theme_light"), tr.T("settings_theme_dark")}
	d.theme = widget.NewRadioGroup(themes, nil)
	d.theme.Horizontal = true
	for i, k := range themeKeys {
		if k == st.Theme {
			d.theme.SetSelected(themes[i])
		}
	}

	zoom := widget.NewLabel(fmt.Sprintf("%d %%", int(st.Zoom*100+0.5)))
	zoomReset := widget.NewButton(tr.T("settings_zoom_reset"), func() {
		act.setZoom(1)
		zoom.SetText("100 %")
	})

	items := []*widget.FormItem{
		widget.NewFormItem(tr.T("settings_ui_language"), d.uiLang),
		widget.NewFormItem(tr.T("settings_theme"), d.theme),
		widget.NewFormItem(tr.T("settings_zoom"), container.NewHBox(zoom, zoomReset)),
	}
	if act.prefs != nil {
		d.number = widget.NewCheck(tr.T("present_setting_number"), nil)
		d.number.SetChecked(act.prefs.Setting(prefSlideNumber) != "off")
		items = append(items, widget.NewFormItem(tr.T("present_setting_projector"), d.number))
	}
	// Retention of participants' data, with the data file only.
	d.retention = newField()
	if act.retention != nil {
		d.retention.SetText(strconv.Itoa(act.retention.RetentionMonths()))
		items = append(items, widget.NewFormItem(tr.T("settings_retention"), d.retention))
	}
	// The organisation profile, kept in the data file.
	var org *widget.Button
	if act.org != nil {
		org = widget.NewButton(tr.T("org_settings_button"), nil)
		items = append(items, widget.NewFormItem(tr.T("org_settings_row"), container.NewHBox(org)))
	}
	// The half-day times new sessions start with.
	d.dayTimes = newField()
	if act.dayTimes != nil {
		d.dayTimes.SetText(act.dayTimes.DefaultDayTimes().String())
		items = append(items, widget.NewFormItem(tr.T("settings_day_times"), d.dayTimes))
	}
	// Backups, with a data file that keeps them.
	var backups *widget.Button
	if act.backups != nil {
		backups = widget.NewButton(tr.T("safety_backups_button"), nil)
		items = append(items, widget.NewFormItem(tr.T("safety_settings_data"), container.NewHBox(backups)))
	}
	// A value refused keeps the settings open as they were typed, with the
	// field to correct focused (newCheckedForm).
	d.dlg = newCheckedForm(e, tr.T("settings_title"), tr.T("dialog_ok"), items, func() error {
		return d.apply(e, st, themes, act)
	}, "error_save_settings")
	if org != nil {
		org.OnTapped = func() {
			d.dlg.Hide() // closes the settings unchanged, as the backups do
			act.org()
		}
	}
	if backups != nil {
		backups.OnTapped = func() {
			d.dlg.Hide() // closes the settings unchanged: the backups screen may rebuild the window
			act.backups()
		}
	}
	d.dlg.Resize(fyne.NewSize(560, 300))
	showDialog(e.win, d.dlg, formContent(items))
	return d
}

// apply makes the changes chosen, once the values typed are checked: a
// refusal (fieldError) changes nothing. The interface language last, since
// changing it rebuilds the window. A setting the data file does not keep
// is returned, the others being made.
func (d *settingsDialog) apply(e env, st State, themes []string, act settingsActions) error {
	tr := e.tr
	months := 0
	if act.retention != nil {
		n, err := strconv.Atoi(strings.TrimSpace(d.retention.Text))
		if err != nil || n < 1 || n > 120 {
			return refuse(d.retention, tr.T("error_retention"))
		}
		months = n
	}
	var times *session.DayTimes
	if act.dayTimes != nil && d.dayTimes.Text != act.dayTimes.DefaultDayTimes().String() {
		t, err := session.ParseDayTimes(d.dayTimes.Text)
		if err != nil {
			return refuse(d.dayTimes, tr.T("error_day_times"))
		}
		times = &t
	}
	for i, t := range themes {
		if t == d.theme.Selected && themeKeys[i] != st.Theme {
			act.setTheme(themeKeys[i])
		}
	}
	var failed error
	if d.number != nil {
		if err := act.prefs.SetSetting(prefSlideNumber, map[bool]string{true: "on", false: "off"}[d.number.Checked]); err != nil {
			failed = err
		}
	}
	if act.retention != nil && months != act.retention.RetentionMonths() {
		if err := act.retention.SetRetentionMonths(months); err != nil {
			failed = err
		}
	}
	if times != nil {
		if err := act.dayTimes.SetDefaultDayTimes(*times); err != nil {
			failed = err
		}
	}
	if failed != nil {
		return failed
	}
	for l, n := range languageNames {
		if n == d.uiLang.Selected {
			act.setUILang(l)
		}
	}
	return nil
}
