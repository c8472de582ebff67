package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// newBadge is a small rounded label in the accent colour, for a DigComp
// competence number.
func newBadge(text string) fyne.CanvasObject {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	bg.CornerRadius = 6
	t := canvas.NewText(text, theme.Color(theme.ColorNameForegroundOnPrimary))
	t.TextSize = theme.CaptionTextSize()
	t.TextStyle = fyne.TextStyle{Bold: true}
	pad := container.New(&insetLayout{x: 6, y: 1}, t)
	return container.NewStack(bg, pad)
}

// insetLayout surrounds a single object with fixed margins.
type insetLayout struct{ x, y float32 }

func (l *insetLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(l.x, l.y))
		o.Resize(fyne.NewSize(size.Width-2*l.x, size.Height-2*l.y))
	}
}

func (l *insetLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s.Add(fyne.NewSize(2*l.x, 2*l.y))
}

// newBadgeRow lines up badges for a list of competences.
func newBadgeRow(codes []string) *fyne.Container {
	row := container.NewHBox()
	for _, c := range codes {
		row.Add(newBadge(c))
	}
	return row
}
