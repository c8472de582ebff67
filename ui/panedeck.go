package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// paneDeck shows one of the reader's tab panes under its row of tabs
// (partTabs). Fyne remembers what it measured of an object (its minimum
// size, the layout that follows) only while the object keeps its place
// in the window's tree; AppTabs, the reader's tabs before, put the
// selected content alone in the tree, so each return to a tab measured
// and laid out its whole pane again. The deck keeps one holder per pane in the tree, always there,
// holding its pane while shown and nothing otherwise: Fyne keeps a
// holder's past children as they were, and finds them again on the return.
type paneDeck struct {
	widget.BaseWidget
	holders []*fyne.Container
	panes   []fyne.CanvasObject
	shown   int
}

func newPaneDeck(panes ...fyne.CanvasObject) *paneDeck {
	d := &paneDeck{panes: panes, shown: -1}
	for range panes {
		d.holders = append(d.holders, container.NewWithoutLayout())
	}
	d.ExtendBaseWidget(d)
	d.show(0)
	return d
}

// show puts pane i in view, at the deck's size.
func (d *paneDeck) show(i int) {
	if i == d.shown || i < 0 || i >= len(d.panes) {
		return
	}
	if d.shown >= 0 {
		d.holders[d.shown].Objects = nil
	}
	d.shown = i
	p := d.panes[i]
	d.holders[i].Objects = []fyne.CanvasObject{p}
	if size := d.Size(); p.Size() != size {
		p.Resize(size)
	}
	p.Refresh() // a tabPane draws itself again only if the theme changed
	canvas.Refresh(d)
}

// Shown is the pane in view.
func (d *paneDeck) Shown() fyne.CanvasObject { return d.panes[d.shown] }

func (d *paneDeck) CreateRenderer() fyne.WidgetRenderer { return &paneDeckRenderer{d: d} }

type paneDeckRenderer struct{ d *paneDeck }

// Layout gives the pane in view the whole deck; the others are sized when
// shown.
func (r *paneDeckRenderer) Layout(size fyne.Size) {
	for _, h := range r.d.holders {
		h.Resize(size)
	}
	r.d.panes[r.d.shown].Resize(size)
}

func (r *paneDeckRenderer) MinSize() fyne.Size { return r.d.panes[r.d.shown].MinSize() }

func (r *paneDeckRenderer) Refresh() { r.d.panes[r.d.shown].Refresh() }

func (r *paneDeckRenderer) Objects() []fyne.CanvasObject {
	objs := make([]fyne.CanvasObject, len(r.d.holders))
	for i, h := range r.d.holders {
		objs[i] = h
	}
	return objs
}

func (r *paneDeckRenderer) Destroy() {}

// barOverLayout puts its first object (the row of tabs) at the top at its
// minimum height, and its second (the deck) in the rest.
type barOverLayout struct{}

func (barOverLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	h := objs[0].MinSize().Height
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, h))
	objs[1].Move(fyne.NewPos(0, h))
	objs[1].Resize(fyne.NewSize(size.Width, max(size.Height-h, 0)))
}

func (barOverLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(a.Width, b.Width), a.Height+b.Height)
}
