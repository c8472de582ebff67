package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

// toolbarActions are what the toolbar's buttons do.
type toolbarActions struct {
	setLang  func(string)
	zoomIn   func()
	zoomOut  func()
	settings func()
}

// Toolbar is the strip above the panes: the kit's name, the content language
// switch, text zoom and settings.
type Toolbar struct {
	langButtons map[string]*widget.Button
	root        fyne.CanvasObject
}

func newToolbar(tr *locales.Localizer, lang string, act toolbarActions) *Toolbar {
	t := &Toolbar{langButtons: map[string]*widget.Button{}}
	name := widget.NewLabelWithStyle(tr.T("app_name"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	langs := container.NewHBox(widget.NewLabel(tr.T("toolbar_content_language")))
	for _, l := range course.Languages {
		l := l
		b := widget.NewButton(strings.ToUpper(l), func() { act.setLang(l) })
		t.langButtons[l] = b
		langs.Add(b)
	}
	zoomOut := widget.NewButtonWithIcon("", theme.ZoomOutIcon(), act.zoomOut)
	zoomIn := widget.NewButtonWithIcon("", theme.ZoomInIcon(), act.zoomIn)
	settings := widget.NewButtonWithIcon(tr.T("toolbar_settings"), theme.SettingsIcon(), act.settings)
	right := container.NewHBox(langs, widget.NewSeparator(), zoomOut, zoomIn, settings)
	t.root = container.NewVBox(container.NewBorder(nil, nil, name, right), widget.NewSeparator())
	t.setLang(lang)
	return t
}

// setLang highlights the button of the content language shown.
func (t *Toolbar) setLang(lang string) {
	for l, b := range t.langButtons {
		if l == lang {
			b.Importance = widget.HighImportance
		} else {
			b.Importance = widget.LowImportance
		}
		b.Refresh()
	}
}

// Content is the toolbar's canvas object.
func (t *Toolbar) Content() fyne.CanvasObject { return t.root }
