package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/locales"
)

// languageNames are the interface languages, each written in itself.
var languageNames = map[string]string{"fr": "Français", "en": "English", "it": "Italiano", "es": "Español"}

// showSettings opens the settings dialog: interface language, theme, zoom.
func (mw *MainWindow) showSettings() {
	tr := mw.tr
	var names []string
	for _, l := range locales.Supported {
		names = append(names, languageNames[l])
	}
	uiLang := widget.NewSelect(names, nil)
	uiLang.SetSelected(languageNames[mw.st.UILang])

	themes := []string{tr.T("settings_theme_system"), tr.T("settings_theme_light"), tr.T("settings_theme_dark")}
	themeKeys := []string{ThemeSystem, ThemeLight, ThemeDark}
	themeChoice := widget.NewRadioGroup(themes, nil)
	themeChoice.Horizontal = true
	for i, k := range themeKeys {
		if k == mw.st.Theme {
			themeChoice.SetSelected(themes[i])
		}
	}

	zoom := widget.NewLabel(fmt.Sprintf("%d %%", int(mw.st.Zoom*100+0.5)))
	zoomReset := widget.NewButton(tr.T("settings_zoom_reset"), func() {
		mw.SetZoom(1)
		zoom.SetText("100 %")
	})

	items := []*widget.FormItem{
		widget.NewFormItem(tr.T("settings_ui_language"), uiLang),
		widget.NewFormItem(tr.T("settings_theme"), themeChoice),
		widget.NewFormItem(tr.T("settings_zoom"), container.NewHBox(zoom, zoomReset)),
	}
	// Retention of participants' data, with the data file only.
	retention := widget.NewEntry()
	if mw.store != nil {
		retention.SetText(strconv.Itoa(mw.store.RetentionMonths()))
		items = append(items, widget.NewFormItem(tr.T("settings_retention"), retention))
	}
	// Backups, with a data file that keeps them.
	var backups *widget.Button
	if mw.backupStore() != nil {
		backups = widget.NewButton(tr.T("safety_backups_button"), nil)
		items = append(items, widget.NewFormItem(tr.T("safety_settings_data"), container.NewHBox(backups)))
	}
	d := dialog.NewForm(tr.T("settings_title"), tr.T("dialog_ok"), tr.T("dialog_cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		for i, t := range themes {
			if t == themeChoice.Selected && themeKeys[i] != mw.st.Theme {
				mw.SetTheme(themeKeys[i])
			}
		}
		if mw.store != nil {
			n, err := strconv.Atoi(strings.TrimSpace(retention.Text))
			if err != nil || n < 1 || n > 120 {
				mw.showError("error_retention", fmt.Errorf("%q", retention.Text))
			} else {
				if err := mw.store.SetRetentionMonths(n); err != nil {
					mw.showError("error_save_settings", err)
				}
			}
		}
		for l, n := range languageNames {
			if n == uiLang.Selected {
				mw.SetUILang(l)
			}
		}
	}, mw.win)
	if backups != nil {
		backups.OnTapped = func() {
			d.Hide() // closes the settings unchanged: the backups screen may rebuild the window
			mw.showBackups()
		}
	}
	d.Resize(fyne.NewSize(560, 300))
	d.Show()
}
