package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// heightAt measures an object's height at a given width. Wrapped text only
// knows its height once it has been given its width, so resize first, at
// the height it has: asked for its minimum size before it had a width, a
// table measured its cells at its narrowest, each long word cut letter by
// letter and each cut measured, work thrown away at once (nearly two
// thirds of BenchmarkReaderFirstVisit on module 20's toolbox).
func heightAt(o fyne.CanvasObject, w float32) float32 {
	if o.Size().Width != w {
		o.Resize(fyne.NewSize(w, o.Size().Height))
	}
	return o.MinSize().Height
}

// stackLayout stacks objects vertically at full width, like a VBox, but
// measures each at the width it will get, so wrapped paragraphs, tables and
// lists take exactly the height they need.
type stackLayout struct {
	width float32 // the last width laid out, used by MinSize
	tight bool    // no padding between objects (list items)
}

func (l *stackLayout) gap() float32 {
	if l.tight {
		return 0
	}
	return theme.Padding()
}

func (l *stackLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	pad := l.gap()
	y := float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		h := heightAt(o, size.Width)
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + pad
	}
}

func (l *stackLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := l.gap()
	var w, h float32
	n := 0
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		ms := o.MinSize()
		w = max(w, ms.Width)
		if l.width > 0 {
			h += heightAt(o, max(l.width, ms.Width))
		} else {
			h += ms.Height
		}
		n++
	}
	if n > 1 {
		h += pad * float32(n-1)
	}
	return fyne.NewSize(w, h)
}

// tableLayout places cells row by row; columns share the width by weight and
// each row is as tall as its tallest cell at that width. It keeps the rows'
// heights for a width and text size: the window asks for the table's size
// at each frame, and the cells never change once built.
type tableLayout struct {
	cols    int
	weights []float32
	width   float32

	measuredAt fyne.Size // rows' width (Width) and text size (Height)
	rows       []float32 // the rows' heights at measuredAt
}

func (l *tableLayout) colWidths(total float32) []float32 {
	var sum float32
	for _, w := range l.weights {
		sum += w
	}
	out := make([]float32, l.cols)
	for c := range out {
		out[c] = total * l.weights[c] / sum
	}
	return out
}

// rowHeights are the heights of the rows at the width total.
func (l *tableLayout) rowHeights(objs []fyne.CanvasObject, total float32) []float32 {
	at := fyne.NewSize(total, theme.TextSize())
	if l.rows != nil && l.measuredAt == at && len(l.rows) == (len(objs)+l.cols-1)/l.cols {
		return l.rows
	}
	widths := l.colWidths(total)
	rows := (len(objs) + l.cols - 1) / l.cols
	hs := make([]float32, rows)
	for i, o := range objs {
		r, c := i/l.cols, i%l.cols
		hs[r] = max(hs[r], heightAt(o, widths[c]))
	}
	l.rows, l.measuredAt = hs, at
	return hs
}

func (l *tableLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	widths := l.colWidths(size.Width)
	heights := l.rowHeights(objs, size.Width)
	y := float32(0)
	for r, h := range heights {
		x := float32(0)
		for c := 0; c < l.cols; c++ {
			i := r*l.cols + c
			if i >= len(objs) {
				break
			}
			objs[i].Move(fyne.NewPos(x, y))
			objs[i].Resize(fyne.NewSize(widths[c], h))
			x += widths[c]
		}
		y += h
	}
}

func (l *tableLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	// A table is never narrower than a few characters per column.
	minW := float32(l.cols) * 4 * theme.TextSize()
	w := max(l.width, minW)
	var h float32
	for _, rh := range l.rowHeights(objs, w) {
		h += rh
	}
	return fyne.NewSize(minW, h)
}

// showRows shows the rows of cells objs that lie between y0 and y1 (from
// the table's top) and hides the others, so that the window draws only
// the rows in view of a long table; the hidden rows keep their place.
func (l *tableLayout) showRows(objs []fyne.CanvasObject, y0, y1 float32) {
	if l.rows == nil {
		return
	}
	y := float32(0)
	for r, h := range l.rows {
		in := y+h >= y0 && y <= y1
		for c := 0; c < l.cols && r*l.cols+c < len(objs); c++ {
			if o := objs[r*l.cols+c]; in {
				o.Show()
			} else {
				o.Hide()
			}
		}
		y += h
	}
}
