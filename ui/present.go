package ui

import (
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/slides"
	"github.com/socialtech/trainerkit/locales"
)

// Blank screens of the projector (B and W keys).
const (
	blankNone = iota
	blankBlack
	blankWhite
)

// Presentation shows a deck full screen and drives the presenter view.
type Presentation struct {
	tr     *locales.Localizer
	deck   *slides.Deck
	fitted []slides.DeckSlide
	idx    int
	scale  float32 // the trainer's + and − on top of the screen-based size
	dark   bool
	blank  int
	digits string
	help   bool
	size   fyne.Size // the screen size the slides were fitted to

	elapsed    slides.Timer
	block      slides.Timer
	timedBlock int // the agenda block the block timer measures
	now        func() time.Time

	win       fyne.Window
	stage     *fyne.Container
	presenter *PresenterView
	onClose   func()
}

// newPresentation prepares a deck for a screen; Show opens the windows.
func newPresentation(tr *locales.Localizer, deck *slides.Deck, dark bool) *Presentation {
	p := &Presentation{tr: tr, deck: deck, scale: 1, dark: dark, now: time.Now, timedBlock: -1}
	p.stage = container.NewStack()
	return p
}

// baseText is the body size for a screen: 40 pt at 1080 pixels high, and
// minText the floor a long slide may shrink to, 32 pt (1 pt = 4/3 px).
func baseText(h float32) float32 { return h * 40 * 4 / 3 / 1080 }
func minText(h float32) float32  { return h * 32 * 4 / 3 / 1080 }

// fit cuts the deck's slides for a screen size: a slide that does not fit
// at the floor size continues on a next slide.
func (p *Presentation) fit(size fyne.Size) {
	cur := p.current()
	p.size = size
	floor := newSlideMeasurer(&slideTheme{text: minText(size.Height) * min(p.scale, 1), dark: p.dark}, size.Width)
	avail := size.Height
	p.fitted = nil
	for _, ds := range p.deck.Slides {
		fits := func(s slides.Slide) bool { return floor.height(s) <= avail }
		for _, s := range slides.Fit([]slides.Slide{ds.Slide}, fits) {
			n := ds
			n.Slide = s
			p.fitted = append(p.fitted, n)
		}
	}
	// Stay on the same content after a refit.
	p.idx = 0
	for i, s := range p.fitted {
		if cur != nil && s.Block == cur.Block && s.Title == cur.Title && s.Cont == cur.Cont {
			p.idx = i
			break
		}
	}
}

func (p *Presentation) current() *slides.DeckSlide {
	if p.idx < 0 || p.idx >= len(p.fitted) {
		return nil
	}
	return &p.fitted[p.idx]
}

// Count is the number of slides on this screen.
func (p *Presentation) Count() int { return len(p.fitted) }

// Index is the current slide, from 0.
func (p *Presentation) Index() int { return p.idx }

// textFor picks the largest text size, from the screen's base down to the
// floor, at which a slide fits.
func (p *Presentation) textFor(s slides.Slide) float32 {
	t, _ := p.viewFor(s)
	return t
}

// viewFor draws a slide at the largest text size that fits and returns the
// size and the view, so the view measured is the view shown.
func (p *Presentation) viewFor(s slides.Slide) (float32, fyne.CanvasObject) {
	base, floor := baseText(p.size.Height)*p.scale, minText(p.size.Height)*min(p.scale, 1)
	if s.TitleSlide {
		return base, newSlideView(s, &slideTheme{text: base, dark: p.dark})
	}
	step := (base - floor) / 4
	for t := base; ; t -= step {
		if t < floor || step <= 0 {
			t = floor
		}
		v := newSlideView(s, &slideTheme{text: t, dark: p.dark})
		v.Resize(fyne.NewSize(p.size.Width, 100))
		v.Resize(fyne.NewSize(p.size.Width, v.MinSize().Height))
		if v.MinSize().Height <= p.size.Height || t == floor {
			return t, v
		}
	}
}

// render draws the current slide (or a blank screen, or the keys help).
func (p *Presentation) render() {
	var obj fyne.CanvasObject
	switch {
	case p.blank == blankBlack:
		obj = canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
		obj.(*canvas.Rectangle).FillColor = colorBlack
	case p.blank == blankWhite:
		obj = canvas.NewRectangle(colorWhite)
	case p.current() == nil:
		obj = canvas.NewRectangle(colorBlack)
	default:
		_, obj = p.viewFor(p.current().Slide)
	}
	p.stage.Objects = []fyne.CanvasObject{obj}
	if p.help {
		p.stage.Add(container.NewCenter(p.helpCard()))
	}
	p.stage.Refresh()
	if p.presenter != nil {
		p.presenter.update()
	}
}

// Go moves to slide i (clamped) and restarts the block timer when the
// agenda block changes.
func (p *Presentation) Go(i int) {
	if len(p.fitted) == 0 {
		return
	}
	i = max(0, min(i, len(p.fitted)-1))
	p.idx = i
	if p.fitted[i].Block != p.timedBlock {
		p.timedBlock = p.fitted[i].Block
		p.block = slides.Timer{Budget: p.fitted[i].Budget}
		p.block.Start(p.now())
	}
	p.blank = blankNone
	p.render()
}

// Next and Prev move one slide.
func (p *Presentation) Next() { p.Go(p.idx + 1) }
func (p *Presentation) Prev() { p.Go(p.idx - 1) }

// TypedKey handles the keys of reveal.js and Impress; clickers send
// PageUp and PageDown.
func (p *Presentation) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyRight, fyne.KeySpace, fyne.KeyPageDown, fyne.KeyDown:
		p.Next()
	case fyne.KeyLeft, fyne.KeyPageUp, fyne.KeyUp, fyne.KeyBackspace:
		p.Prev()
	case fyne.KeyHome:
		p.Go(0)
	case fyne.KeyEnd:
		p.Go(len(p.fitted) - 1)
	case fyne.KeyReturn, fyne.KeyEnter:
		if n, err := strconv.Atoi(p.digits); err == nil {
			p.Go(n - 1)
		}
		p.digits = ""
	case fyne.KeyF11:
		p.toggleFullScreen()
	case fyne.KeyEscape:
		switch {
		case p.help:
			p.help = false
			p.render()
		case p.blank != blankNone:
			p.blank = blankNone
			p.render()
		default:
			p.Close()
		}
	}
}

// TypedRune handles the letter keys: B or . black, W white, F full screen,
// + and − size, T timer, ? help, digits then Enter to jump.
func (p *Presentation) TypedRune(r rune) {
	switch r {
	case 'b', 'B', '.':
		p.toggleBlank(blankBlack)
	case 'w', 'W':
		p.toggleBlank(blankWhite)
	case 'f', 'F':
		p.toggleFullScreen()
	case '+', '=':
		p.setScale(p.scale + 0.1)
	case '-', '−':
		p.setScale(p.scale - 0.1)
	case 't', 'T':
		p.block.Toggle(p.now())
		p.elapsed.Toggle(p.now())
		if p.presenter != nil {
			p.presenter.update()
		}
	case '?':
		p.help = !p.help
		p.render()
	default:
		if r >= '0' && r <= '9' {
			p.digits += string(r)
		}
	}
}

func (p *Presentation) toggleBlank(b int) {
	if p.blank == b {
		p.blank = blankNone
	} else {
		p.blank = b
	}
	p.render()
}

func (p *Presentation) setScale(s float32) {
	p.scale = max(0.7, min(s, 1.6))
	p.fit(p.size)
	p.render()
}

func (p *Presentation) toggleFullScreen() {
	if p.win != nil {
		p.win.SetFullScreen(!p.win.FullScreen())
	}
}

// Close leaves the presentation.
func (p *Presentation) Close() {
	if p.presenter != nil && p.presenter.win != nil {
		p.presenter.stop()
		p.presenter.win.Close()
	}
	if p.win != nil {
		p.win.Close()
	}
	if p.onClose != nil {
		p.onClose()
	}
}

// helpCard lists the keys (the ? key).
func (p *Presentation) helpCard() fyne.CanvasObject {
	keys := [][2]string{
		{"→  Space  PageDown", p.tr.T("present_key_next")},
		{"←  PageUp", p.tr.T("present_key_prev")},
		{"Home  End", p.tr.T("present_key_ends")},
		{"12 Enter", p.tr.T("present_key_jump")},
		{"B  .  /  W", p.tr.T("present_key_blank")},
		{"F  F11", p.tr.T("present_key_full")},
		{"+  −", p.tr.T("present_key_size")},
		{"T", p.tr.T("present_key_timer")},
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
	return container.NewGridWrap(fyne.NewSize(640, 420), box)
}

// stageLayout refits the slides when the projector window changes size
// (full screen on, a different projector).
type stageLayout struct{ p *Presentation }

func (l *stageLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if size != l.p.size && size.Width > 0 && size.Height > 0 {
		l.p.fit(size)
		l.p.render()
	}
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *stageLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(320, 240) }

// Present opens a deck: the projector window full screen and the presenter
// view in a second window.
func Present(a fyne.App, tr *locales.Localizer, deck *slides.Deck, dark bool, onClose func()) *Presentation {
	p := newPresentation(tr, deck, dark)
	p.onClose = onClose
	p.win = a.NewWindow(tr.T("present_window"))
	p.win.SetContent(container.New(&stageLayout{p: p}, p.stage))
	c := p.win.Canvas()
	c.SetOnTypedKey(p.TypedKey)
	c.SetOnTypedRune(p.TypedRune)
	p.win.SetOnClosed(func() {
		if p.presenter != nil {
			p.presenter.stop()
		}
	})
	p.presenter = newPresenterView(p)
	p.presenter.win = a.NewWindow(tr.T("present_presenter_window"))
	p.presenter.win.SetContent(p.presenter.root)
	p.presenter.win.Canvas().SetOnTypedKey(p.TypedKey)
	p.presenter.win.Canvas().SetOnTypedRune(p.TypedRune)
	p.presenter.win.Resize(fyne.NewSize(1100, 720))
	p.presenter.win.Show()
	p.win.Resize(fyne.NewSize(1280, 720))
	p.win.SetFullScreen(true)
	p.win.Show()
	p.elapsed.Start(p.now())
	p.fit(p.win.Canvas().Size())
	p.Go(0)
	p.presenter.start()
	p.win.RequestFocus()
	return p
}
