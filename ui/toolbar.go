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
	row         *fyne.Container // laid out by a toolbarRow
	search      *widget.Entry
	root        fyne.CanvasObject
}

// newToolbar builds the toolbar; withSessions adds the Modules / Sessions
// switch.
func newToolbar(tr *locales.Localizer, lang string, act toolbarActions, withSessions bool) *Toolbar {
	t := &Toolbar{langButtons: map[string]*widget.Button{}, viewButtons: map[string]*widget.Button{}}
	appName := widget.NewLabelWithStyle(tr.T("app_name"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	var name fyne.CanvasObject = appName
	row := &toolbarRow{name: []fyne.CanvasObject{appName}}
	if withSessions {
		mods := widget.NewButtonWithIcon(tr.T("nav_modules"), theme.DocumentIcon(), func() { act.showView(viewModules) })
		sess := widget.NewButtonWithIcon(tr.T("nav_sessions"), theme.CalendarIcon(), func() { act.showView(viewSessions) })
		t.viewButtons[viewModules], t.viewButtons[viewSessions] = mods, sess
		var packs *widget.Button
		packs = widget.NewButtonWithIcon(tr.T("packs_button"), theme.StorageIcon(), func() { act.packs(packs) })
		packs.Importance = widget.LowImportance
		sep := widget.NewSeparator()
		row.name = append(row.name, sep)
		name = container.NewHBox(appName, sep, mods, sess, packs)
	}
	// Centred: a label in a box keeps its text at the top of the row,
	// above the buttons' text.
	row.langLabel = container.NewCenter(widget.NewLabel(tr.T("toolbar_content_language")))
	langs := container.NewHBox(row.langLabel)
	t.langs, row.langs = langs, langs
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
	row.left, row.middle, row.right = name, container.NewPadded(middle), right
	t.row = container.New(row, row.left, row.middle, row.right)
	t.root = container.NewVBox(t.row, widget.NewSeparator())
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
	t.row.Refresh() // what the switch took or gives back goes to the kit's name
}

// Content is the toolbar's canvas object.
func (t *Toolbar) Content() fyne.CanvasObject { return t.root }

// searchRoom is the least width, in text sizes, the toolbar leaves its
// search box and its history button: room for its hint in French, the
// longest of the four ("Rechercher dans les modules (Ctrl+F)").
const searchRoom = 23

// toolbarRow lays the toolbar's row out as a Border would (left, the search
// between, right), except that a window too narrow to leave the search its
// room (a small laptop's 1024 px, or a larger one at 125 %) first hides the
// kit's name, which the window's title already says, then the content
// language's label; its FR EN IT ES buttons stay. Before, the search shrank
// to nothing and its icon covered the Packs button.
type toolbarRow struct {
	left, middle, right fyne.CanvasObject
	name                []fyne.CanvasObject // the kit's name and the separator after it
	langLabel           fyne.CanvasObject
	langs               *fyne.Container // the content language switch, hidden outside the modules view
}

// groupWidth is the width objs take in a box: their own and a padding each.
func groupWidth(objs ...fyne.CanvasObject) float32 {
	w := float32(0)
	for _, o := range objs {
		w += o.MinSize().Width + theme.Padding()
	}
	return w
}

// spare is the width the search would have beyond its room, with what is
// hidden counted as shown: the choice of what to hide depends on the
// window's width alone.
func (r *toolbarRow) spare(width float32) float32 {
	room := fyne.Max(r.middle.MinSize().Width, searchRoom*theme.TextSize())
	spare := width - r.left.MinSize().Width - r.right.MinSize().Width - room - 2*theme.Padding()
	if !r.name[0].Visible() {
		spare -= groupWidth(r.name...)
	}
	if !r.langLabel.Visible() && r.langs.Visible() {
		spare -= groupWidth(r.langLabel)
	}
	return spare
}

// setShown shows or hides objs.
func setShown(show bool, objs ...fyne.CanvasObject) {
	for _, o := range objs {
		if o.Visible() != show {
			if show {
				o.Show()
			} else {
				o.Hide()
			}
		}
	}
}

func (r *toolbarRow) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	spare := r.spare(size.Width)
	setShown(spare >= 0, r.name...)
	if spare < 0 {
		spare += groupWidth(r.name...)
	}
	setShown(spare >= 0 || !r.langs.Visible(), r.langLabel)

	pad := theme.Padding()
	lw, rw := r.left.MinSize().Width, r.right.MinSize().Width
	r.left.Move(fyne.NewPos(0, 0))
	r.left.Resize(fyne.NewSize(lw, size.Height))
	r.right.Move(fyne.NewPos(size.Width-rw, 0))
	r.right.Resize(fyne.NewSize(rw, size.Height))
	r.middle.Move(fyne.NewPos(lw+pad, 0))
	r.middle.Resize(fyne.NewSize(size.Width-lw-rw-2*pad, size.Height))
}

// MinSize is the row with the name and the label hidden.
func (r *toolbarRow) MinSize(_ []fyne.CanvasObject) fyne.Size {
	w := r.left.MinSize().Width + r.right.MinSize().Width + r.middle.MinSize().Width + 2*theme.Padding()
	if r.name[0].Visible() {
		w -= groupWidth(r.name...)
	}
	if r.langLabel.Visible() && r.langs.Visible() {
		w -= groupWidth(r.langLabel)
	}
	h := fyne.Max(r.left.MinSize().Height, fyne.Max(r.right.MinSize().Height, r.middle.MinSize().Height))
	return fyne.NewSize(w, h)
}
