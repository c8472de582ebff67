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
	showView func(string)
	search   func(string)
	marks    func(fyne.CanvasObject)
	packs    func(fyne.CanvasObject) // the Packs menu, under the button
}

// Toolbar is the strip above the panes: the kit's name, the content language
// switch, text zoom and settings.
type Toolbar struct {
	langButtons map[string]*widget.Button
	viewButtons map[string]*widget.Button
	langs       *fyne.Container
	search      *widget.Entry
	root        fyne.CanvasObject
}

// newToolbar builds the toolbar; withSessions adds the Modules / Sessions
// switch.
func newToolbar(tr *locales.Localizer, lang string, act toolbarActions, withSessions bool) *Toolbar {
	t := &Toolbar{langButtons: map[string]*widget.Button{}, viewButtons: map[string]*widget.Button{}}
	var name fyne.CanvasObject = widget.NewLabelWithStyle(tr.T("app_name"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	if withSessions {
		mods := widget.NewButtonWithIcon(tr.T("nav_modules"), theme.DocumentIcon(), func() { act.showView(viewModules) })
		sess := widget.NewButtonWithIcon(tr.T("nav_sessions"), theme.CalendarIcon(), func() { act.showView(viewSessions) })
		t.viewButtons[viewModules], t.viewButtons[viewSessions] = mods, sess
		var packs *widget.Button
		packs = widget.NewButtonWithIcon(tr.T("packs_button"), theme.StorageIcon(), func() { act.packs(packs) })
		packs.Importance = widget.LowImportance
		name = container.NewHBox(name, widget.NewSeparator(), mods, sess, packs)
	}
	langs := container.NewHBox(widget.NewLabel(tr.T("toolbar_content_language")))
	t.langs = langs
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
	t.search = widget.NewEntry()
	t.search.SetPlaceHolder(tr.T("search_placeholder"))
	t.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	t.search.OnChanged = act.search
	var marks *widget.Button
	marks = widget.NewButtonWithIcon("", theme.HistoryIcon(), func() { act.marks(marks) })
	middle := container.NewBorder(nil, nil, nil, marks, t.search)
	t.root = container.NewVBox(container.NewBorder(nil, nil, name, right, container.NewPadded(middle)), widget.NewSeparator())
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

// setView highlights the button of the screen shown; the content language
// switch belongs to the modules screen.
func (t *Toolbar) setView(v string) {
	for name, b := range t.viewButtons {
		if name == v {
			b.Importance = widget.HighImportance
		} else {
			b.Importance = widget.LowImportance
		}
		b.Refresh()
	}
	if v == viewModules {
		t.langs.Show()
	} else {
		t.langs.Hide()
	}
}

// Content is the toolbar's canvas object.
func (t *Toolbar) Content() fyne.CanvasObject { return t.root }
