package ui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// partTabs is the reader's row of part tabs, drawn as Fyne's AppTabs draws
// its bar: bold names, the chosen one in the accent colour and underlined,
// a pencil on the parts the trainer customised. AppTabs rebuilds and
// refreshes every tab button at each change of tab, and each refresh
// reads the buttons' SVG icons again: 57 % of a return to a tab in the
// CPU profile of BenchmarkReaderReturnToTab. Here a change of tab
// recolours two tabs and moves the underline (the benchmark went from
// 2.4–3.0 ms to 0.18–0.22 ms a return).
//
// When the row is narrower than the names, the longest names are cut
// with "…" until all tabs fit, the chosen one always whole: every part
// stays one click away.
type partTabs struct {
	widget.BaseWidget
	tabs       []*partTab
	selected   int
	onSelected func(i int)
	cut        bool // some names are cut to fit: a new choice lays the row out again

	divider, indicator *canvas.Rectangle
}

// newPartTabs makes a tab for each label, the first selected. onSelected
// is called when a click or selectTab changes the tab.
func newPartTabs(labels []string, onSelected func(i int)) *partTabs {
	t := &partTabs{onSelected: onSelected}
	for i, l := range labels {
		t.tabs = append(t.tabs, newPartTab(l, func() { t.selectTab(i) }))
	}
	t.tabs[0].selected = true
	t.ExtendBaseWidget(t)
	return t
}

// selectTab shows tab i as chosen and tells onSelected, unless it is
// already chosen.
func (t *partTabs) selectTab(i int) {
	if i == t.selected || i < 0 || i >= len(t.tabs) {
		return
	}
	old := t.tabs[t.selected]
	old.selected = false
	old.Refresh()
	t.selected = i
	t.tabs[i].selected = true
	t.tabs[i].Refresh()
	if t.cut {
		t.Refresh() // the newly chosen name is drawn whole, another cut instead
	} else {
		t.placeIndicator()
	}
	if t.onSelected != nil {
		t.onSelected(i)
	}
}

// Selected is the index of the chosen tab.
func (t *partTabs) Selected() int { return t.selected }

// label is the full name of tab i.
func (t *partTabs) label(i int) string { return t.tabs[i].text }

// marked tells whether tab i shows the pencil.
func (t *partTabs) marked(i int) bool { return t.tabs[i].marked }

// mark shows or hides the pencil on tab i. The row is laid out again,
// since the tab's width changes.
func (t *partTabs) mark(i int, on bool) {
	if t.tabs[i].marked == on {
		return
	}
	t.tabs[i].marked = on
	t.tabs[i].Refresh()
	t.Refresh()
}

// placeIndicator puts the underline under the chosen tab.
func (t *partTabs) placeIndicator() {
	if t.indicator == nil {
		return // not drawn yet: the renderer places it
	}
	sel := t.tabs[t.selected]
	t.indicator.Move(fyne.NewPos(sel.Position().X, t.barHeight()))
	t.indicator.Resize(fyne.NewSize(sel.Size().Width, t.Theme().Size(theme.SizeNamePadding)))
	t.indicator.Refresh()
}

// barHeight is the tabs' height, above the divider.
func (t *partTabs) barHeight() float32 {
	var h float32
	for _, tab := range t.tabs {
		h = max(h, tab.MinSize().Height)
	}
	return h
}

func (t *partTabs) CreateRenderer() fyne.WidgetRenderer {
	t.divider = canvas.NewRectangle(nil)
	t.indicator = canvas.NewRectangle(nil)
	r := &partTabsRenderer{t: t}
	r.applyTheme()
	return r
}

type partTabsRenderer struct{ t *partTabs }

func (r *partTabsRenderer) applyTheme() {
	th := r.t.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.t.divider.FillColor = th.Color(theme.ColorNameShadow, v)
	r.t.indicator.FillColor = th.Color(theme.ColorNamePrimary, v)
	r.t.indicator.CornerRadius = th.Size(theme.SizeNameSelectionRadius)
}

// Layout gives each tab its natural width when they all fit, and
// otherwise the same cap to the widest ones (see fitWidths), a padding
// apart as AppTabs sets them.
func (r *partTabsRenderer) Layout(size fyne.Size) {
	t := r.t
	h := t.barHeight()
	natural := make([]float32, len(t.tabs))
	least := make([]float32, len(t.tabs))
	for i, tab := range t.tabs {
		natural[i] = tab.MinSize().Width
		least[i] = tab.leastWidth()
	}
	pad := t.Theme().Size(theme.SizeNamePadding)
	gaps := pad * float32(len(t.tabs)-1)
	widths := fitAroundChosen(natural, least, t.selected, size.Width-gaps)
	t.cut = false
	x := float32(0)
	for i, w := range widths {
		t.cut = t.cut || w < natural[i]
		t.tabs[i].Move(fyne.NewPos(x, 0))
		t.tabs[i].Resize(fyne.NewSize(w, h))
		x += w + pad
	}
	t.divider.Move(fyne.NewPos(0, h))
	t.divider.Resize(fyne.NewSize(size.Width, pad))
	t.placeIndicator()
}

// MinSize lets the row shrink to the tabs' least widths: cut names rather
// than a window that cannot be narrowed.
func (r *partTabsRenderer) MinSize() fyne.Size {
	pad := r.t.Theme().Size(theme.SizeNamePadding)
	w := pad * float32(len(r.t.tabs)-1)
	for _, tab := range r.t.tabs {
		w += tab.leastWidth()
	}
	return fyne.NewSize(w, r.t.barHeight()+pad)
}

func (r *partTabsRenderer) Refresh() {
	r.applyTheme()
	for _, tab := range r.t.tabs {
		tab.Refresh()
	}
	r.Layout(r.t.Size())
	r.t.divider.Refresh()
	r.t.indicator.Refresh()
}

func (r *partTabsRenderer) Objects() []fyne.CanvasObject {
	objs := make([]fyne.CanvasObject, 0, len(r.t.tabs)+2)
	for _, tab := range r.t.tabs {
		objs = append(objs, tab)
	}
	return append(objs, r.t.divider, r.t.indicator)
}

func (r *partTabsRenderer) Destroy() {}

// fitAroundChosen is fitWidths with the chosen tab kept whole: the name
// of the part read is never cut.
func fitAroundChosen(natural, least []float32, chosen int, width float32) []float32 {
	var nat, lst []float32
	for i := range natural {
		if i != chosen {
			nat, lst = append(nat, natural[i]), append(lst, least[i])
		}
	}
	others := fitWidths(nat, lst, width-natural[chosen])
	return slices.Insert(others, chosen, natural[chosen])
}

// fitWidths gives each tab its natural width if the sum fits in width;
// otherwise it finds the cap c for which the tabs, each at
// min(natural, c), fill width, and never goes below a tab's least width.
func fitWidths(natural, least []float32, width float32) []float32 {
	out := append([]float32(nil), natural...)
	var sum float32
	for _, w := range natural {
		sum += w
	}
	if sum <= width {
		return out
	}
	lo, hi := float32(0), float32(0)
	for _, w := range natural {
		hi = max(hi, w)
	}
	for range 40 { // bisection on the cap, to well under a pixel
		c := (lo + hi) / 2
		var s float32
		for _, w := range natural {
			s += min(w, c)
		}
		if s > width {
			hi = c
		} else {
			lo = c
		}
	}
	for i, w := range natural {
		out[i] = max(min(w, lo), least[i])
	}
	return out
}

// partTab is one tab of a partTabs: its name, bold, and the pencil when
// the trainer customised the part.
type partTab struct {
	widget.BaseWidget
	text     string
	marked   bool // customised: the pencil shows
	selected bool
	hovered  bool
	onTap    func()
}

func newPartTab(text string, onTap func()) *partTab {
	t := &partTab{text: text, onTap: onTap}
	t.ExtendBaseWidget(t)
	return t
}

func (t *partTab) Tapped(*fyne.PointEvent) { t.onTap() }

func (t *partTab) MouseIn(*desktop.MouseEvent) {
	t.hovered = true
	t.Refresh()
}

func (t *partTab) MouseMoved(*desktop.MouseEvent) {}

func (t *partTab) MouseOut() {
	t.hovered = false
	t.Refresh()
}

// leastWidth is the narrowest the tab is drawn: its pencil and the first
// letter of its name with "…".
func (t *partTab) leastWidth() float32 {
	th := t.Theme()
	w := 2*th.Size(theme.SizeNameInnerPadding) + t.textWidth(firstRunes(t.text, 1)+"…")
	if t.marked {
		w += th.Size(theme.SizeNameInlineIcon) + th.Size(theme.SizeNamePadding)
	}
	return w
}

func (t *partTab) textWidth(s string) float32 {
	return fyne.MeasureText(s, t.Theme().Size(theme.SizeNameText), fyne.TextStyle{Bold: true}).Width
}

// firstRunes is the first n letters of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

func (t *partTab) CreateRenderer() fyne.WidgetRenderer {
	r := &partTabRenderer{t: t,
		background: canvas.NewRectangle(nil),
		label:      canvas.NewText(t.text, nil),
		// Two pencils, one shown: recolouring one would read its SVG
		// again at each change of tab.
		pencil:        canvas.NewImageFromResource(theme.DocumentCreateIcon()),
		pencilPrimary: canvas.NewImageFromResource(theme.NewPrimaryThemedResource(theme.DocumentCreateIcon())),
	}
	r.label.TextStyle.Bold = true
	r.applyState()
	return r
}

type partTabRenderer struct {
	t                     *partTab
	background            *canvas.Rectangle
	label                 *canvas.Text
	pencil, pencilPrimary *canvas.Image
}

// applyState sets the colours and the pencil for the tab's state.
func (r *partTabRenderer) applyState() {
	th := r.t.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.background.FillColor = th.Color(theme.ColorNameHover, v)
	r.background.CornerRadius = th.Size(theme.SizeNameSelectionRadius)
	r.background.Hidden = !r.t.hovered
	r.label.Color = th.Color(theme.ColorNameForeground, v)
	if r.t.selected {
		r.label.Color = th.Color(theme.ColorNamePrimary, v)
	}
	r.label.TextSize = th.Size(theme.SizeNameText)
	r.pencil.Hidden = !r.t.marked || r.t.selected
	r.pencilPrimary.Hidden = !r.t.marked || !r.t.selected
}

// Layout centres the pencil and name, the name cut with "…" when the tab
// is narrower than it.
func (r *partTabRenderer) Layout(size fyne.Size) {
	th := r.t.Theme()
	inner := th.Size(theme.SizeNameInnerPadding)
	r.background.Resize(size)
	icon, gap := float32(0), float32(0)
	if r.t.marked {
		icon, gap = th.Size(theme.SizeNameInlineIcon), th.Size(theme.SizeNamePadding)
	}
	room := size.Width - 2*inner - icon - gap
	r.label.Text = fitText(r.t.text, room, r.t.textWidth)
	textW := r.t.textWidth(r.label.Text)
	x := (size.Width - icon - gap - textW) / 2
	for _, p := range []*canvas.Image{r.pencil, r.pencilPrimary} {
		p.Resize(fyne.NewSquareSize(icon))
		p.Move(fyne.NewPos(x, (size.Height-icon)/2))
	}
	textH := r.label.MinSize().Height
	r.label.Move(fyne.NewPos(x+icon+gap, (size.Height-textH)/2))
	r.label.Resize(fyne.NewSize(textW, textH))
}

// fitText is s, or its longest beginning followed by "…" that measure
// finds no wider than room.
func fitText(s string, room float32, measure func(string) float32) string {
	if measure(s) <= room {
		return s
	}
	runes := []rune(s)
	lo, hi := 1, len(runes) // the answer keeps between lo and hi-1 letters
	for lo < hi-1 {
		mid := (lo + hi) / 2
		if measure(string(runes[:mid])+"…") <= room {
			lo = mid
		} else {
			hi = mid
		}
	}
	// "Boîte…", not "Boîte …".
	return strings.TrimRight(string(runes[:lo]), " ") + "…"
}

func (r *partTabRenderer) MinSize() fyne.Size {
	th := r.t.Theme()
	inner := th.Size(theme.SizeNameInnerPadding)
	text := fyne.MeasureText(r.t.text, th.Size(theme.SizeNameText), fyne.TextStyle{Bold: true})
	icon := th.Size(theme.SizeNameInlineIcon)
	// As tall as with a pencil, pencil or not, as AppTabs does: the row
	// keeps its height when the first part is customised.
	w, h := text.Width, max(text.Height, icon)
	if r.t.marked {
		w += icon + th.Size(theme.SizeNamePadding)
	}
	return fyne.NewSize(w+2*inner, h+2*inner)
}

func (r *partTabRenderer) Refresh() {
	r.applyState()
	r.Layout(r.t.Size())
	r.background.Refresh()
	r.label.Refresh()
	canvas.Refresh(r.t)
}

func (r *partTabRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.background, r.pencil, r.pencilPrimary, r.label}
}

func (r *partTabRenderer) Destroy() {}
