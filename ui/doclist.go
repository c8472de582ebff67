package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// docList is the reader's virtualised document view: a vertical scroll over
// a part's items (the trainer's notes, then the document's top-level blocks,
// or the deck's and the quiz's cards) that builds, measures and lays out
// only the items in view and half a screen around them, and releases those
// that leave it. Fyne paints every object a Scroll holds, visible or not,
// and keeps a texture for each line of text it painted: reading the 100
// parts kept 800 MB. Heights are measured once per width; an item not yet
// measured gets an estimate from its length, and every item above the first
// one in view is measured, so that the text in view never jumps.
type docList struct {
	widget.BaseWidget
	items  []docItem
	column bool // the reading column: centred, readingLayout's width at most
	scroll *container.Scroll
	body   *docBody

	width   float32            // the items' width the heights were measured at
	heights []float32          // measured at width; 0 when not measured yet
	known   map[uint64]float32 // heights at width by item key
	live    map[int]fyne.CanvasObject
	tops    map[int]float32 // where each live item sits

	theme    fyne.Theme // the theme and text size the items were built in
	textSize float32

	// ahead builds half a screen around the view, for the scroll to find
	// it measured; it starts once the trainer scrolls. A new document
	// builds only what is in view: building and measuring the half screen
	// below it delayed a first visit's first frame.
	ahead bool
}

// docItem is one item of a docList: how to build it, and its length in
// characters for the estimate of its height before it is measured. key,
// when not 0, names its content: an item of the same key keeps the height
// measured at the same width when the list's items are replaced (the
// editor's preview, which changes one block at a time). height, when set,
// measures the item at a width without building it (the editor's blocks).
type docItem struct {
	build  func() fyne.CanvasObject
	chars  int
	key    uint64
	height func(w float32) float32
}

func newDocList(items []docItem, column bool) *docList {
	d := &docList{items: items, column: column, live: map[int]fyne.CanvasObject{}, tops: map[int]float32{}}
	d.body = &docBody{list: d}
	d.body.ExtendBaseWidget(d.body)
	d.scroll = container.NewVScroll(d.body)
	d.scroll.OnScrolled = func(fyne.Position) {
		d.ahead = true
		d.update()
	}
	d.theme, d.textSize = fyne.CurrentApp().Settings().Theme(), theme.TextSize()
	d.ExtendBaseWidget(d)
	return d
}

// setItems replaces the document shown, back at its top.
func (d *docList) setItems(items []docItem, column bool) {
	d.items, d.column = items, column
	d.forget()
	d.scroll.Offset = fyne.Position{}
	d.ahead = false
	d.update()
	d.scroll.Refresh()
}

// forget drops the items built and the heights measured.
func (d *docList) forget() {
	releaseDropped(d.live, nil)
	d.live = map[int]fyne.CanvasObject{}
	d.tops = map[int]float32{}
	d.heights = make([]float32, len(d.items))
	d.known = map[uint64]float32{}
	d.width = 0
}

// replace shows new items where the view is: the editor's preview after a
// change. Items of a key already measured keep their height.
func (d *docList) replace(items []docItem) {
	d.items = items
	releaseDropped(d.live, nil)
	d.live = map[int]fyne.CanvasObject{}
	d.tops = map[int]float32{}
	d.heights = make([]float32, len(d.items))
	d.update()
	d.scroll.Refresh()
}

// splice replaces items i to j (j excluded) by items, where the view is:
// the other items keep their heights and, when in view, their objects.
func (d *docList) splice(i, j int, items []docItem) {
	d.prepare()
	heights := make([]float32, len(items))
	d.items = slices.Replace(d.items, i, j, items...)
	d.heights = slices.Replace(d.heights, i, j, heights...)
	shift := len(items) - (j - i)
	live, tops := map[int]fyne.CanvasObject{}, map[int]float32{}
	for k, o := range d.live {
		switch {
		case k < i:
			live[k], tops[k] = o, d.tops[k]
		case k >= j:
			live[k+shift], tops[k+shift] = o, d.tops[k]
		}
	}
	d.live, d.tops = live, tops
	d.update()
}

// remeasure measures item i again (its content changed) and moves the
// items below it when its height changed.
func (d *docList) remeasure(i int) {
	if i < 0 || i >= len(d.heights) || d.width == 0 {
		return
	}
	old := d.heights[i]
	d.heights[i] = 0
	if d.measure(i) != old {
		d.update()
	}
}

// reveal scrolls as little as needed to show the part of item i from y0 to
// y1 (relative to the item's top), and builds what comes into view.
func (d *docList) reveal(i int, y0, y1 float32) {
	if i < 0 || i >= len(d.items) {
		return
	}
	d.prepare()
	top := d.pad()
	for j := 0; j < i; j++ {
		top += d.measure(j) + theme.Padding()
	}
	view := d.viewport()
	off := d.scroll.Offset.Y
	switch {
	case top+y0 < off:
		off = top + y0
	case top+y1 > off+view.Height:
		off = top + y1 - view.Height
	default:
		if d.live[i] == nil {
			d.update()
		}
		return
	}
	d.body.Resize(fyne.NewSize(view.Width, max(d.total(), view.Height)))
	d.scroll.ScrollToOffset(fyne.NewPos(0, max(off, 0)))
	d.update()
}

func (d *docList) CreateRenderer() fyne.WidgetRenderer {
	return &docListRenderer{d: d}
}

// Refresh builds the items in view again when the theme (colours, text
// size) changed since they were built; Fyne refreshes a window's content
// for many other reasons.
func (d *docList) Refresh() {
	th := fyne.CurrentApp().Settings().Theme()
	if th != d.theme || theme.TextSize() != d.textSize {
		d.theme, d.textSize = th, theme.TextSize()
		d.forget()
	}
	d.update()
	d.scroll.Refresh()
}

// Item is the live object of item i (nil when it is not in view).
func (d *docList) Item(i int) fyne.CanvasObject { return d.live[i] }

// Len is the number of items.
func (d *docList) Len() int { return len(d.items) }

// Objects are the live items, in order: what is drawn.
func (d *docList) Objects() []fyne.CanvasObject { return d.body.objects() }

// ScrollTo puts item i at the top of the view (as far as the end allows).
func (d *docList) ScrollTo(i int) {
	if i < 0 || i >= len(d.items) {
		return
	}
	d.prepare()
	y := d.pad()
	for j := 0; j < i; j++ {
		y += d.measure(j) + theme.Padding()
	}
	d.body.Resize(fyne.NewSize(d.scroll.Size().Width, d.total()))
	d.scroll.ScrollToOffset(fyne.NewPos(0, y))
	d.update()
}

// pad is the space around the items (container.NewPadded's).
func (d *docList) pad() float32 { return theme.Padding() }

// itemWidth is the width the items are laid out at for a view of width w.
func (d *docList) itemWidth(w float32) float32 {
	if d.column {
		w = min(w, readingLayout{}.maxWidth())
	}
	return max(w-2*d.pad(), 1)
}

// prepare starts over when the width changed: the heights were measured
// at another one.
func (d *docList) prepare() {
	w := d.itemWidth(max(d.scroll.Size().Width, 400))
	if len(d.heights) != len(d.items) {
		d.heights = make([]float32, len(d.items))
	}
	if w == d.width {
		return
	}
	d.width = w
	clear(d.heights)
	d.known = map[uint64]float32{}
}

// measure is item i's height at the current width: measured once, by its
// live object or by one built for the purpose and dropped.
func (d *docList) measure(i int) float32 {
	if h := d.heights[i]; h > 0 {
		return h
	}
	if h := d.known[d.items[i].key]; h > 0 && d.items[i].key != 0 {
		d.heights[i] = h
		return h
	}
	var h float32
	if o := d.live[i]; d.items[i].height != nil {
		h = max(d.items[i].height(d.width), 1)
	} else {
		if o == nil {
			o = d.items[i].build()
			defer releaseObject(o) // built to be measured only
		}
		h = max(heightAt(o, d.width), 1)
	}
	d.heights[i] = h
	if d.items[i].key != 0 {
		d.known[d.items[i].key] = h
	}
	return h
}

// estimate is item i's height before it is measured: its lines of body
// text at the current width.
func (d *docList) estimate(i int) float32 {
	if h := d.heights[i]; h > 0 {
		return h
	}
	size := theme.TextSize()
	perLine := d.width / (size * 0.5)
	lines := float32(int(float32(d.items[i].chars)/perLine) + 1)
	return lines*size*1.5 + 2*theme.Padding()
}

// total is the height of all the items, the unmeasured ones estimated.
func (d *docList) total() float32 {
	if len(d.items) == 0 {
		return 0
	}
	h := 2*d.pad() + theme.Padding()*float32(len(d.items)-1)
	for i := range d.items {
		h += d.estimate(i)
	}
	return h
}

// update builds and places the items in view and releases the others.
func (d *docList) update() {
	view := d.viewport()
	if view.Width <= 0 || len(d.items) == 0 { // not laid out yet, or empty
		return
	}
	d.prepare()
	top, bottom := d.scroll.Offset.Y, d.scroll.Offset.Y+view.Height
	if d.ahead {
		top, bottom = top-view.Height/2, bottom+view.Height/2
	}
	live := map[int]fyne.CanvasObject{}
	tops := map[int]float32{}
	y := d.pad()
	for i := range d.items {
		if y > bottom {
			break
		}
		// Measured above the view too, so that the text in view never
		// moves; an item built to be measured is kept if it is in view.
		o := d.live[i]
		if o == nil && d.heights[i] == 0 && d.known[d.items[i].key] == 0 && d.items[i].height == nil {
			o = d.items[i].build()
			d.live[i] = o
		}
		h := d.measure(i)
		if y+h >= top {
			if o == nil {
				o = d.items[i].build()
				heightAt(o, d.width)
			}
			live[i], tops[i] = o, y
		}
		y += h + theme.Padding()
	}
	releaseDropped(d.live, live)
	d.live, d.tops = live, tops
	d.body.Resize(fyne.NewSize(view.Width, max(d.total(), view.Height)))
	d.body.Refresh()
	d.showInView(view)
}

// showInView lets the window draw only the rows in view of a long table:
// Fyne draws every object of a scroll, in view or not, and a software
// renderer pays for each.
func (d *docList) showInView(view fyne.Size) {
	off := d.scroll.Offset.Y
	for i, o := range d.live {
		if c, ok := o.(*fyne.Container); ok {
			if l, ok := c.Layout.(*tableLayout); ok {
				l.showRows(c.Objects, off-d.tops[i], off+view.Height-d.tops[i])
			}
		}
	}
}

// viewport is the size of the view. A parent measuring wrapped text for
// the first time may lay the view out with no height (the reader's header
// is as tall as its words until it knows its width): the window's height
// stands in for it until the next layout.
func (d *docList) viewport() fyne.Size {
	view := d.scroll.Size()
	if view.Height > 0 {
		return view
	}
	view.Height = 1080
	if c := fyne.CurrentApp().Driver().CanvasForObject(d); c != nil {
		view.Height = c.Size().Height
	}
	return view
}

type docListRenderer struct{ d *docList }

func (r *docListRenderer) Layout(size fyne.Size) {
	r.d.scroll.Resize(size)
	r.d.update()
}

func (r *docListRenderer) MinSize() fyne.Size { return r.d.scroll.MinSize() }

func (r *docListRenderer) Refresh() {}

func (r *docListRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.d.scroll} }

func (r *docListRenderer) Destroy() {}

// docBody is the scroll's content: as tall as the whole document, holding
// only the live items. Its Refresh places them and refreshes none: Fyne's
// Scroll refreshes its content whenever its bars move.
type docBody struct {
	widget.BaseWidget
	list *docList
}

func (b *docBody) CreateRenderer() fyne.WidgetRenderer { return &docBodyRenderer{b: b} }

func (b *docBody) MinSize() fyne.Size {
	d := b.list
	if len(d.heights) != len(d.items) || d.width == 0 {
		return fyne.Size{}
	}
	return fyne.NewSize(0, d.total())
}

// objects are the live items in view, in order: what the window draws.
// The items built around the view (for the scroll to find them measured)
// stay out of the tree: Fyne paints every object it walks, in view or
// not, and rasterising their text was a third of a first visit's paint.
func (b *docBody) objects() []fyne.CanvasObject {
	d := b.list
	y0 := d.scroll.Offset.Y
	y1 := y0 + d.viewport().Height
	keys := make([]int, 0, len(d.live))
	for i := range d.live {
		if d.tops[i]+d.heights[i] >= y0 && d.tops[i] <= y1 {
			keys = append(keys, i)
		}
	}
	slices.Sort(keys)
	out := make([]fyne.CanvasObject, len(keys))
	for k, i := range keys {
		out[k] = d.live[i]
	}
	return out
}

type docBodyRenderer struct{ b *docBody }

// Layout places the live items at their tops, centred in a reading column.
func (r *docBodyRenderer) Layout(size fyne.Size) {
	d := r.b.list
	x := (size.Width - d.width) / 2
	if !d.column {
		x = d.pad()
	}
	for i, o := range d.live {
		o.Move(fyne.NewPos(x, d.tops[i]))
		o.Resize(fyne.NewSize(d.width, d.heights[i]))
	}
}

func (r *docBodyRenderer) MinSize() fyne.Size { return r.b.MinSize() }

func (r *docBodyRenderer) Refresh() {
	r.Layout(r.b.Size())
	canvas.Refresh(r.b)
}

func (r *docBodyRenderer) Objects() []fyne.CanvasObject { return r.b.objects() }

func (r *docBodyRenderer) Destroy() {}
