package ui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
)

// ModuleList is the left pane: the modules by number, with their title in the
// content language and their DigComp badges; the trainer's own modules come
// after the bundled ones with a "your module" badge.
type ModuleList struct {
	*widget.List
	lib      *course.Library
	shown    []*course.Module // the modules the filter lets through
	filter   string           // the DigComp filter applied ("" for none)
	lang     string
	ownLabel string // the badge of an own module, in the interface language
	onSelect func(number int)
}

// newModuleList builds the list; onSelect gets the chosen module's number.
func newModuleList(lib *course.Library, lang, ownLabel string, onSelect func(int)) *ModuleList {
	ml := &ModuleList{lib: lib, shown: lib.Modules, lang: lang, ownLabel: ownLabel, onSelect: onSelect}
	ml.List = widget.NewList(
		func() int { return len(ml.shown) },
		newModuleRow,
		func(id widget.ListItemID, o fyne.CanvasObject) {
			updateModuleRow(o, ml.shown[id], ml.lang, ml.ownLabel)
		},
	)
	ml.List.OnSelected = func(id widget.ListItemID) {
		if ml.onSelect != nil {
			ml.onSelect(ml.shown[id].Number)
		}
	}
	return ml
}

// setFilter shows only the modules with a DigComp competence ("2.4") or in
// an area ("area:2"); "" shows them all.
func (ml *ModuleList) setFilter(code string) {
	ml.filter = code
	ml.shown = nil
	for _, m := range ml.lib.Modules {
		keep := code == ""
		for _, c := range m.DigComp {
			if c == code || "area:"+course.DigCompArea(c) == code {
				keep = true
			}
		}
		if keep {
			ml.shown = append(ml.shown, m)
		}
	}
	ml.UnselectAll()
	ml.Refresh()
}

// reload lists the library again after modules were added, changed or
// removed, with the same filter; the caller selects the module shown.
func (ml *ModuleList) reload() {
	ml.setFilter(ml.filter)
}

// setLang shows the titles in another content language.
func (ml *ModuleList) setLang(lang string) {
	ml.lang = lang
	ml.Refresh()
}

// selectNumber highlights the module with that number (without calling back
// when it is already selected).
func (ml *ModuleList) selectNumber(n int) {
	for i, m := range ml.shown {
		if m.Number == n {
			ml.Select(i)
			ml.ScrollTo(i)
			return
		}
	}
}

// newModuleRow is the row template: number, a two-line title, badges.
func newModuleRow() fyne.CanvasObject {
	num := widget.NewLabelWithStyle("00", fyne.TextAlignLeading, fyne.TextStyle{Bold: true, Monospace: true})
	title := widget.NewLabel("")
	// No truncation: Fyne 2.7 panics when truncated wrapped text is given
	// less than one line during a theme change. linesLayout keeps the pane
	// wide enough for the longest title to fit on two lines instead.
	title.Wrapping = fyne.TextWrapWord
	// A sample badge gives the template its real height.
	badges := newBadgeRow([]string{"0.0"})
	body := container.NewBorder(nil, badges, nil, nil, container.New(&linesLayout{lines: 2}, title))
	return container.NewBorder(nil, nil, container.NewVBox(num), nil, body)
}

func updateModuleRow(o fyne.CanvasObject, m *course.Module, lang, ownLabel string) {
	row := o.(*fyne.Container)
	body := row.Objects[0].(*fyne.Container)
	num := row.Objects[1].(*fyne.Container).Objects[0].(*widget.Label)
	num.SetText(fmt.Sprintf("%02d", m.Number))
	title := body.Objects[0].(*fyne.Container).Objects[0].(*widget.Label)
	title.SetText(m.TitleIn(lang))
	badges := body.Objects[1].(*fyne.Container)
	badges.Objects = newBadgeRow(m.DigComp).Objects
	if m.Own() {
		badges.Objects = append([]fyne.CanvasObject{newOwnBadge(ownLabel)}, badges.Objects...)
	}
	badges.Refresh()
}

// newOwnBadge marks a module the trainer wrote: outlined, so that it reads
// apart from the filled competence badges.
func newOwnBadge(text string) fyne.CanvasObject {
	bg := canvas.NewRectangle(color.Transparent)
	bg.StrokeColor = theme.Color(theme.ColorNamePrimary)
	bg.StrokeWidth = 1.5
	bg.CornerRadius = 6
	t := canvas.NewText(text, theme.Color(theme.ColorNamePrimary))
	t.TextSize = theme.CaptionTextSize()
	t.TextStyle = fyne.TextStyle{Bold: true}
	return container.NewStack(bg, container.New(&insetLayout{x: 6, y: 1}, t))
}

// linesLayout gives wrapped text the height of a fixed number of lines, so
// every row of a list has the same height whatever its title, and a width of
// about 40 characters, enough for the catalogue's longest title (75
// characters) to fit on two lines at any text size.
//
// The height is kept per theme and text size: the window asks every item
// in view for its size at each frame, and measuring it builds two labels.
type linesLayout struct {
	lines int

	theme    fyne.Theme // the theme and text size size was measured in
	textSize float32
	size     fyne.Size
}

func (l *linesLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *linesLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	th, size := theme.Current(), theme.TextSize()
	if l.size.IsZero() || th != l.theme || size != l.textSize {
		l.theme, l.textSize = th, size
		one := widget.NewLabel("Ag").MinSize()
		two := widget.NewLabel("Ag\nAg").MinSize()
		line := two.Height - one.Height
		width := fyne.MeasureText(strings.Repeat("n", 40), size, fyne.TextStyle{}).Width
		l.size = fyne.NewSize(width, one.Height+line*float32(l.lines-1))
	}
	return l.size
}
