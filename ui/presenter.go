package ui

import (
	"image/color"
	"strconv"
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
// and next slides, the notes, the slide number, elapsed time, clock, the
// time left in the block in pacing colours, what the projector shows
// (black, white, the timer) and whether the timer is paused; the keys (?)
// and the slide overview (O) open here, never on the projector.
type PresenterView struct {
	p        *Presentation
	win      fyne.Window
	current  *slideView
	next     *slideView
	notes    *container.Scroll
	position *widget.Label
	block    *widget.Label
	status   *widget.Label // the projector's and the timer's state
	elapsed  *canvas.Text
	clock    *canvas.Text
	left     *canvas.Text
	leftBg   *canvas.Rectangle
	help     fyne.CanvasObject
	overview *widget.List
	over     *fyne.Container // the help or the overview over the slides
	bar      *fyne.Container // the slide number, block and status
	shownAt  fyne.Size       // the preview boxes' size when last drawn
	ticker   *time.Ticker
	done     chan struct{}
	root     fyne.CanvasObject
}

// previewWidth is about how wide the presenter's small slides are: their
// text is the projector's scaled by previewWidth over the projector's width.
const previewWidth = 520

func newPresenterView(p *Presentation) *PresenterView {
	v := &PresenterView{p: p, done: make(chan struct{})}
	v.current, v.next = newSlideViewer(p.dark, 11), newSlideViewer(p.dark, 11)
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
	v.position.TextStyle.Bold = true
	v.block = widget.NewLabel("")
	v.block.Truncation = fyne.TextTruncateEllipsis
	v.status = widget.NewLabel("")
	v.status.Importance = widget.DangerImportance
	v.status.TextStyle.Bold = true
	v.notes = container.NewVScroll(widget.NewLabel(""))
	tr := p.tr
	timeBox := container.NewGridWithColumns(3,
		container.NewVBox(widget.NewLabel(tr.T("present_elapsed")), v.elapsed),
		container.NewVBox(widget.NewLabel(tr.T("present_clock")), v.clock),
		container.NewVBox(widget.NewLabel(tr.T("present_left")), container.NewStack(v.leftBg, container.NewCenter(v.left))),
	)
	frame := func(s *slideView) fyne.CanvasObject {
		border := canvas.NewRectangle(color.Transparent)
		border.StrokeColor = theme.Color(theme.ColorNameSeparator)
		border.StrokeWidth = 1
		return container.NewStack(s.root, border)
	}
	slidesBox := container.NewGridWithColumns(2,
		container.NewBorder(boldLabel(tr.T("present_current")), nil, nil, nil, frame(v.current)),
		container.NewBorder(boldLabel(tr.T("present_next")), nil, nil, nil, frame(v.next)),
	)
	notes := container.NewBorder(boldLabel(tr.T("present_notes")), nil, nil, nil, v.notes)
	v.help = p.helpCard()
	v.overview = v.newOverview()
	v.over = container.NewStack()
	hint := widget.NewLabel(tr.T("present_hint"))
	hint.Importance = widget.LowImportance
	v.bar = container.NewBorder(nil, nil, v.position, v.status, v.block)
	v.root = container.NewBorder(container.NewVBox(timeBox, v.bar), hint, nil, nil,
		container.NewStack(container.NewGridWithRows(2, slidesBox, notes), v.over))
	return v
}

// newOverview lists the slides by number, title and block: the arrows
// choose, Enter or a click jumps.
func (v *PresenterView) newOverview() *widget.List {
	p := v.p
	l := widget.NewList(func() int { return p.Count() },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			s := p.deck.Slides[id]
			text := strconv.Itoa(id+1) + ".  " + s.Title
			if s.BlockTitle != "" && s.BlockTitle != s.Title {
				text += "  ·  " + s.BlockTitle
			}
			lb := o.(*widget.Label)
			lb.Text = text
			lb.TextStyle.Bold = id == p.pick
			lb.Importance = widget.MediumImportance
			if id == p.pick {
				lb.Importance = widget.HighImportance
			}
			lb.Refresh()
		})
	l.OnSelected = func(id widget.ListItemID) {
		l.UnselectAll()
		p.overview = false
		p.Go(id)
	}
	return l
}

// previewText is the size at which a small slide looks as the projector
// shows slide i.
func (v *PresenterView) previewText(i int) float32 {
	p := v.p
	if p.size.Width <= 0 {
		return 11
	}
	t, ok := p.fit.size(p.key(i))
	if !ok {
		t = baseText(p.size.Height) * p.scale
	}
	// The preview shows the whole projector slide: scaled to its box's
	// width or height, whichever is tighter (a 1280×720 presenter screen
	// leaves the previews wider than they are tall).
	f := previewWidth / p.size.Width
	if box := v.current.root.Size(); box.Width > 0 && box.Height > 0 {
		f = min(box.Width/p.size.Width, box.Height/p.size.Height)
	}
	return max(6, t*f)
}

// showPreviews draws the current and next slides at their boxes' size.
func (v *PresenterView) showPreviews() {
	p := v.p
	if cur := p.current(); cur != nil {
		v.current.show(&cur.Slide, v.previewText(p.idx))
	} else {
		v.current.show(nil, 11)
	}
	if p.idx+1 < p.Count() {
		v.next.show(&p.deck.Slides[p.idx+1].Slide, v.previewText(p.idx+1))
	} else {
		v.next.show(nil, 11)
	}
	v.shownAt = v.current.root.Size()
}

// update shows the current state; the ticker calls tick every second.
func (v *PresenterView) update() {
	p := v.p
	cur := p.current()
	v.showPreviews()
	v.position.SetText(p.tr.Tf("present_position", map[string]any{"N": p.idx + 1, "Total": p.Count()}))
	if cur != nil {
		v.block.SetText(cur.BlockTitle)
	}
	v.bar.Refresh()
	v.notes.Content = v.notesFor(cur)
	v.notes.Refresh()
	switch {
	case p.help:
		v.over.Objects = []fyne.CanvasObject{container.NewCenter(v.help)}
	case p.overview:
		v.over.Objects = []fyne.CanvasObject{v.overviewCard()}
		v.overview.Refresh()
		v.overview.ScrollTo(p.pick)
	default:
		v.over.Objects = nil
	}
	v.over.Refresh()
	v.tick()
}

// notesFor stacks the trainer's own notes on the part, then the slide's.
func (v *PresenterView) notesFor(cur *slides.DeckSlide) fyne.CanvasObject {
	p := v.p
	var notes []fyne.CanvasObject
	if cur != nil && strings.TrimSpace(cur.Own) != "" {
		notes = append(notes, notesBox(p.tr.T("custom_presenter_notes"), cur.Own))
	}
	if cur != nil && len(cur.Notes) > 0 {
		notes = append(notes, NewDocView(&course.Document{Blocks: cur.Notes}))
	}
	if len(notes) == 0 {
		notes = append(notes, widget.NewLabel(p.tr.T("present_no_notes")))
	}
	return container.New(&stackLayout{}, notes...)
}

// overviewCard is the overview on an opaque card with its title.
func (v *PresenterView) overviewCard() fyne.CanvasObject {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	return container.NewStack(bg, container.NewBorder(boldLabel(v.p.tr.T("present_overview_title")), nil, nil, nil, v.overview))
}

// statusText says what the room sees when it is not the slide, and
// whether the timer is paused.
func (v *PresenterView) statusText() string {
	p := v.p
	var parts []string
	switch p.blank {
	case blankBlack:
		parts = append(parts, p.tr.T("present_status_black"))
	case blankWhite:
		parts = append(parts, p.tr.T("present_status_white"))
	}
	if p.timerFull && p.block.Budget > 0 {
		parts = append(parts, p.tr.T("present_status_timer"))
	}
	if p.block.Paused() {
		parts = append(parts, p.tr.T("present_status_paused"))
	}
	return strings.Join(parts, "  ·  ")
}

// tick refreshes the times, the pacing colour and the projector's
// countdown.
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
	if st := v.statusText(); st != v.status.Text {
		v.status.SetText(st)
		v.bar.Refresh() // lay the bar out again for the new width
	}
	if v.current.root.Size() != v.shownAt {
		v.showPreviews() // the window was resized: fit the previews again
	}
	v.elapsed.Refresh()
	v.clock.Refresh()
	v.left.Refresh()
	v.leftBg.Refresh()
}

// start ticks every second until stop; the projector's countdown ticks
// with the presenter's clock.
func (v *PresenterView) start() {
	v.ticker = time.NewTicker(time.Second)
	go func() {
		for {
			select {
			case <-v.ticker.C:
				fyne.Do(func() {
					v.p.tickProjector()
					v.tick()
				})
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

// helpCard lists the keys (the ? key, on the presenter view only).
func (p *Presentation) helpCard() fyne.CanvasObject {
	keys := [][2]string{
		{"→  Space  PageDown", p.tr.T("present_key_next")},
		{"←  PageUp", p.tr.T("present_key_prev")},
		{"Home  End", p.tr.T("present_key_ends")},
		{"12 Enter", p.tr.T("present_key_jump")},
		{"O", p.tr.T("present_key_overview")},
		{"B  .  /  W", p.tr.T("present_key_blank")},
		{"F  F11", p.tr.T("present_key_full")},
		{"+  −", p.tr.T("present_key_size")},
		{"T", p.tr.T("present_key_timer")},
		{"C", p.tr.T("present_key_countdown")},
		{"N", p.tr.T("present_key_number")},
		{"?", p.tr.T("present_key_help")},
		{"Esc", p.tr.T("present_key_leave")},
	}
	grid := container.New(&tableLayout{cols: 2, weights: []float32{14, 30}})
	for _, k := range keys {
		grid.Add(widget.NewLabelWithStyle(k[0], fyne.TextAlignLeading, fyne.TextStyle{Monospace: true}))
		grid.Add(widget.NewLabel(k[1]))
	}
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.CornerRadius = 12
	box := container.NewStack(bg, container.NewPadded(container.NewVBox(boldLabel(p.tr.T("present_keys_title")), grid)))
	return container.NewGridWrap(fyne.NewSize(640, 560), box)
}
