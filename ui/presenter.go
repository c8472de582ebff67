package ui

import (
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/slides"
)

var (
	colorBlack  = color.Black
	colorWhite  = color.White
	paceColours = map[slides.Pace]color.Color{
		slides.PaceGreen:  color.NRGBA{R: 0x2e, G: 0x7d, B: 0x32, A: 0xff},
		slides.PaceOrange: color.NRGBA{R: 0xef, G: 0x6c, B: 0x00, A: 0xff},
		slides.PaceRed:    color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff},
	}
)

// PresenterView is the trainer's own screen while presenting: the current
// and next slides, the notes, elapsed time, clock, and the time left in the
// agenda block in pacing colours.
type PresenterView struct {
	p        *Presentation
	win      fyne.Window
	current  *fyne.Container
	next     *fyne.Container
	notes    *container.Scroll
	position *widget.Label
	elapsed  *canvas.Text
	clock    *canvas.Text
	left     *canvas.Text
	leftBg   *canvas.Rectangle
	ticker   *time.Ticker
	done     chan struct{}
	root     fyne.CanvasObject
}

func newPresenterView(p *Presentation) *PresenterView {
	v := &PresenterView{p: p, current: container.NewStack(), next: container.NewStack(), done: make(chan struct{})}
	big := func() *canvas.Text {
		t := canvas.NewText("", theme.Color(theme.ColorNameForeground))
		t.TextSize = 34
		t.TextStyle = fyne.TextStyle{Monospace: true}
		return t
	}
	v.elapsed, v.clock, v.left = big(), big(), big()
	v.left.Color = color.White
	v.leftBg = canvas.NewRectangle(paceColours[slides.PaceGreen])
	v.leftBg.CornerRadius = 8
	v.position = widget.NewLabel("")
	v.notes = container.NewVScroll(widget.NewLabel(""))
	tr := p.tr
	timeBox := container.NewGridWithColumns(3,
		container.NewVBox(widget.NewLabel(tr.T("present_elapsed")), v.elapsed),
		container.NewVBox(widget.NewLabel(tr.T("present_clock")), v.clock),
		container.NewVBox(widget.NewLabel(tr.T("present_left")), container.NewStack(v.leftBg, container.NewCenter(v.left))),
	)
	slidesBox := container.NewGridWithColumns(2,
		container.NewBorder(boldLabel(tr.T("present_current")), nil, nil, nil, v.current),
		container.NewBorder(boldLabel(tr.T("present_next")), nil, nil, nil, v.next),
	)
	notes := container.NewBorder(boldLabel(tr.T("present_notes")), nil, nil, nil, v.notes)
	hint := widget.NewLabel(tr.T("present_hint"))
	hint.Importance = widget.LowImportance
	v.root = container.NewBorder(container.NewVBox(timeBox, v.position), hint, nil, nil,
		container.NewGridWithRows(2, slidesBox, notes))
	return v
}

// preview draws a slide small, as the projector shows it.
func (v *PresenterView) preview(ds *slides.DeckSlide) fyne.CanvasObject {
	if ds == nil {
		return canvas.NewRectangle(colorBlack)
	}
	return newSlideView(ds.Slide, &slideTheme{text: 11, dark: v.p.dark})
}

// update shows the current state; the ticker calls tick every second.
func (v *PresenterView) update() {
	p := v.p
	cur := p.current()
	v.current.Objects = []fyne.CanvasObject{v.preview(cur)}
	var nxt *slides.DeckSlide
	if p.idx+1 < len(p.fitted) {
		nxt = &p.fitted[p.idx+1]
	}
	v.next.Objects = []fyne.CanvasObject{v.preview(nxt)}
	v.current.Refresh()
	v.next.Refresh()
	v.position.SetText(p.tr.Tf("present_position", map[string]any{"N": p.idx + 1, "Total": len(p.fitted)}))
	var notes []fyne.CanvasObject
	if cur != nil && strings.TrimSpace(cur.Own) != "" {
		// The trainer's own notes on the part come before the guide's.
		notes = append(notes, notesBox(p.tr.T("custom_presenter_notes"), cur.Own))
	}
	if cur != nil && len(cur.Notes) > 0 {
		notes = append(notes, NewDocView(&course.Document{Blocks: cur.Notes}))
	}
	if len(notes) == 0 {
		notes = append(notes, widget.NewLabel(p.tr.T("present_no_notes")))
	}
	v.notes.Content = container.New(&stackLayout{}, notes...)
	v.notes.Refresh()
	v.tick()
}

// tick refreshes the times and the pacing colour.
func (v *PresenterView) tick() {
	p := v.p
	now := p.now()
	v.elapsed.Text = slides.FormatDuration(p.elapsed.Elapsed(now))
	v.clock.Text = now.Format("15:04")
	if p.block.Budget > 0 {
		v.left.Text = slides.FormatDuration(p.block.Left(now))
		v.leftBg.FillColor = paceColours[p.block.Pace(now)]
	} else {
		v.left.Text = "—"
		v.leftBg.FillColor = paceColours[slides.PaceGreen]
	}
	if p.block.Paused() {
		v.left.Text += " ⏸"
	}
	v.elapsed.Refresh()
	v.clock.Refresh()
	v.left.Refresh()
	v.leftBg.Refresh()
}

// start ticks every second until stop.
func (v *PresenterView) start() {
	v.ticker = time.NewTicker(time.Second)
	go func() {
		for {
			select {
			case <-v.ticker.C:
				fyne.Do(v.tick)
			case <-v.done:
				return
			}
		}
	}()
}

func (v *PresenterView) stop() {
	if v.ticker != nil {
		v.ticker.Stop()
		close(v.done)
		v.ticker = nil
	}
}
