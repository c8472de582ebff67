package ui

import (
	"fmt"
	"image/color"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"github.com/socialtech/trainerkit/course/slides"
	"github.com/socialtech/trainerkit/locales"
)

// Blank screens of the projector (B and W keys).
const (
	blankNone = iota
	blankBlack
	blankWhite
)

// prefSlideNumber says whether the projector shows the slide number in a
// corner ("off" hides it; N toggles it while presenting).
const prefSlideNumber = "present.slide_number"

// Presentation shows a deck on the projector and drives the presenter
// view. The deck's slides are final; the projector only picks each slide's
// text size, lazily (fitter).
type Presentation struct {
	tr        *locales.Localizer
	room      *locales.Localizer // the language of the slides, for the break's title
	deck      *slides.Deck
	idx       int
	scale     float32 // the trainer's + and − on top of the screen-based size
	dark      bool
	blank     int
	digits    string
	help      bool // the keys, on the presenter view only
	overview  bool // the slide titles, on the presenter view, to jump
	pick      int  // the slide chosen in the overview
	timerFull bool // the block's timer full screen on the projector
	number    bool // the slide number in the projector's corner
	size      fyne.Size
	prefs     Prefs

	elapsed    slides.Timer
	block      slides.Timer
	timedBlock int // the block the block timer measures
	now        func() time.Time

	fit       *fitter
	view      *slideView
	countdown *canvas.Text // a break's countdown, or the full-screen timer
	caption   *canvas.Text // the block's title above the full-screen timer
	corner    *canvas.Text // the slide number
	cover     *canvas.Rectangle
	stage     *fyne.Container

	win       fyne.Window
	presenter *PresenterView
	onClose   func()
}

// newPresentation prepares a deck; Present opens the windows.
func newPresentation(tr *locales.Localizer, deck *slides.Deck, dark bool) *Presentation {
	p := &Presentation{tr: tr, room: tr, deck: deck, scale: 1, dark: dark, now: time.Now, timedBlock: -1, number: true, fit: newFitter()}
	if deck.Lang != "" && deck.Lang != tr.Lang() {
		p.room = locales.New(deck.Lang)
	}
	p.view = newSlideViewer(dark, baseText(1080))
	fg := p.view.th.Color("foreground", 0)
	p.countdown = canvas.NewText("", fg)
	p.countdown.TextStyle = fyne.TextStyle{Monospace: true}
	p.countdown.Alignment = fyne.TextAlignCenter
	p.caption = canvas.NewText("", fg)
	p.caption.Alignment = fyne.TextAlignCenter
	p.corner = canvas.NewText("", color.NRGBA{R: 0x80, G: 0x80, B: 0x80, A: 0xff})
	p.corner.Alignment = fyne.TextAlignTrailing
	p.cover = canvas.NewRectangle(colorBlack)
	p.stage = container.New(&stageLayout{p: p}, p.view.root, p.caption, p.countdown, p.corner, p.cover)
	return p
}

// setPrefs reads and keeps the presentation's settings.
func (p *Presentation) setPrefs(pr Prefs) {
	p.prefs = pr
	p.number = pr == nil || pr.Setting(prefSlideNumber) != "off"
}

// baseText is the body size for a screen: 40 pt at 1080 pixels high, and
// minText the floor a long slide may shrink to, 32 pt (1 pt = 4/3 px).
func baseText(h float32) float32 { return h * 40 * 4 / 3 / 1080 }
func minText(h float32) float32  { return h * 32 * 4 / 3 / 1080 }

func (p *Presentation) current() *slides.DeckSlide {
	if p.idx < 0 || p.idx >= len(p.deck.Slides) {
		return nil
	}
	return &p.deck.Slides[p.idx]
}

// Count is the number of slides.
func (p *Presentation) Count() int { return p.deck.Len() }

// Index is the current slide, from 0.
func (p *Presentation) Index() int { return p.idx }

func (p *Presentation) key(i int) fitKey {
	return fitKey{slide: i, size: p.size, scale: p.scale, dark: p.dark}
}

// textFor is slide i's text size on the projector when it is measured;
// else it asks for it (redrawing when it is known) and gives the base
// size meanwhile. The neighbours are asked for too, so that the next and
// previous slides are ready before the trainer moves.
func (p *Presentation) textFor(i int) float32 {
	base, floor := baseText(p.size.Height)*p.scale, minText(p.size.Height)*min(p.scale, 1)
	for _, j := range []int{i, i + 1, i - 1} {
		if j < 0 || j >= p.deck.Len() {
			continue
		}
		j := j
		p.fit.ask(fitJob{key: p.key(j), slide: p.deck.Slides[j].Slide, base: base, floor: floor,
			width: p.size.Width, high: p.size.Height, then: func() {
				if j == p.idx {
					p.render()
				}
			}})
	}
	if t, ok := p.fit.size(p.key(i)); ok {
		return t
	}
	return base
}

// render draws the current state on the projector, in the objects made
// once; the presenter view follows.
func (p *Presentation) render() {
	cur := p.current()
	if p.size.Width > 0 && cur != nil {
		p.view.show(&cur.Slide, p.textFor(p.idx))
	} else {
		p.view.show(nil, baseText(1080))
	}
	switch p.blank {
	case blankBlack:
		p.cover.FillColor = colorBlack
		p.cover.Show()
	case blankWhite:
		p.cover.FillColor = colorWhite
		p.cover.Show()
	default:
		p.cover.Hide()
	}
	p.cover.Refresh()
	p.corner.Text = ""
	if p.number && cur != nil && cur.Kind != slides.KindBreak {
		p.corner.Text = strconv.Itoa(p.idx+1) + " / " + strconv.Itoa(p.Count())
	}
	p.tickProjector()
	// Lay the stage out again without Container.Refresh: that refreshes the
	// slide's theme override, and each ThemeOverride.Refresh makes a new
	// override scope with a font set of its own (the leak).
	p.stage.Layout.Layout(p.stage.Objects, p.stage.Size())
	if p.presenter != nil {
		p.presenter.update()
	}
}

// tickProjector updates what the projector shows of the time: a break's
// title and countdown ("Pause — back at 10:50", 12:34) or the block's timer
// full screen (C key).
func (p *Presentation) tickProjector() {
	cur := p.current()
	now := p.now()
	p.countdown.Text, p.caption.Text = "", ""
	switch {
	case cur == nil:
	case p.timerFull && p.block.Budget > 0:
		p.countdown.Text = slides.FormatDuration(p.block.Left(now))
		p.countdown.Color = paceColours[p.block.Pace(now)]
		p.caption.Text = cur.BlockTitle
	case cur.Kind == slides.KindBreak:
		back := now.Add(p.block.Left(now)).Add(59 * time.Second).Truncate(time.Minute)
		title := slides.BreakTitle(p.room, back.Format("15:04"))
		if title != cur.Title {
			cur.Title = title
			p.view.show(&cur.Slide, p.view.th.text)
		}
		left := max(p.block.Left(now), 0)
		p.countdown.Text = slides.FormatDuration(left)
		p.countdown.Color = p.view.th.Color("foreground", 0)
	}
	// The slide's text hides under the full-screen timer (hiding the
	// override itself would refresh it: a new font set, see slideView).
	if p.timerFull && p.block.Budget > 0 {
		p.view.text.Hide()
	} else {
		p.view.text.Show()
	}
	p.countdown.Refresh()
	p.caption.Refresh()
	p.corner.Refresh()
}

// Go moves to slide i (clamped) and restarts the block timer when the
// block changes.
func (p *Presentation) Go(i int) {
	if p.deck.Len() == 0 {
		return
	}
	i = max(0, min(i, p.deck.Len()-1))
	p.idx = i
	if s := p.deck.Slides[i]; s.Block != p.timedBlock {
		p.timedBlock = s.Block
		p.block = slides.Timer{Budget: s.Budget}
		p.block.Start(p.now())
		p.timerFull = false
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
	if p.overview && p.overviewKey(e.Name) {
		return
	}
	switch e.Name {
	case fyne.KeyRight, fyne.KeySpace, fyne.KeyPageDown, fyne.KeyDown:
		p.Next()
	case fyne.KeyLeft, fyne.KeyPageUp, fyne.KeyUp, fyne.KeyBackspace:
		p.Prev()
	case fyne.KeyHome:
		p.Go(0)
	case fyne.KeyEnd:
		p.Go(p.Count() - 1)
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

// overviewKey moves the overview's choice: arrows and clickers move it,
// Enter jumps there, Esc closes the overview. It reports whether the key
// was the overview's.
func (p *Presentation) overviewKey(k fyne.KeyName) bool {
	switch k {
	case fyne.KeyRight, fyne.KeyDown, fyne.KeyPageDown, fyne.KeySpace:
		p.pick = min(p.pick+1, p.Count()-1)
	case fyne.KeyLeft, fyne.KeyUp, fyne.KeyPageUp:
		p.pick = max(p.pick-1, 0)
	case fyne.KeyReturn, fyne.KeyEnter:
		p.overview = false
		p.Go(p.pick)
		return true
	case fyne.KeyEscape:
		p.overview = false
	default:
		return false
	}
	p.render()
	return true
}

// TypedRune handles the letter keys: B, . or / black, W white, F full screen,
// + and − size, T timer, C timer full screen, O overview, N slide number,
// ? keys, digits then Enter to jump.
func (p *Presentation) TypedRune(r rune) {
	switch r {
	case 'b', 'B', '.', '/':
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
		p.render()
	case 'c', 'C':
		p.timerFull = !p.timerFull
		p.render()
	case 'o', 'O':
		p.overview, p.pick = !p.overview, p.idx
		p.render()
	case 'n', 'N':
		p.number = !p.number
		if p.prefs != nil {
			_ = p.prefs.SetSetting(prefSlideNumber, map[bool]string{true: "on", false: "off"}[p.number])
		}
		p.render()
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
	p.fit.stop()
	if p.onClose != nil {
		p.onClose()
	}
}

// stageLayout lays the projector out: the slide over the whole screen, a
// break's countdown in its lower third, the full-screen timer in the
// middle, the slide number in the bottom corner, the black or white cover
// over all. A new size (full screen on, another projector) redraws the
// slide at its size for that screen.
type stageLayout struct{ p *Presentation }

func (l *stageLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	p := l.p
	if size != p.size && size.Width > 0 && size.Height > 0 {
		p.size = size
		defer p.render()
	}
	h := size.Height
	p.view.root.Move(fyne.NewPos(0, 0))
	p.view.root.Resize(size)
	p.cover.Move(fyne.NewPos(0, 0))
	p.cover.Resize(size)
	p.corner.TextSize = h * 0.028
	cs := p.corner.MinSize()
	p.corner.Move(fyne.NewPos(size.Width-cs.Width-h*0.02, h-cs.Height-h*0.015))
	p.corner.Resize(cs)
	if p.timerFull {
		p.countdown.TextSize, p.caption.TextSize = h*0.3, h*0.06
		p.caption.Move(fyne.NewPos(0, h*0.18))
		p.countdown.Move(fyne.NewPos(0, h*0.3))
	} else {
		p.countdown.TextSize = h * 0.16
		p.countdown.Move(fyne.NewPos(0, h*0.66))
	}
	p.caption.Resize(fyne.NewSize(size.Width, p.caption.MinSize().Height))
	p.countdown.Resize(fyne.NewSize(size.Width, p.countdown.MinSize().Height))
}

func (l *stageLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(320, 240) }

// Present opens a deck: the projector window full screen and the presenter
// view in a second window.
func Present(a fyne.App, tr *locales.Localizer, deck *slides.Deck, dark bool, prefs Prefs, onClose func()) *Presentation {
	p := newPresentation(tr, deck, dark)
	p.setPrefs(prefs)
	p.onClose = onClose
	p.win = a.NewWindow(tr.T("present_window"))
	p.win.SetContent(p.stage)
	c := p.win.Canvas()
	c.SetOnTypedKey(p.TypedKey)
	c.SetOnTypedRune(p.TypedRune)
	p.win.SetOnClosed(func() {
		if p.presenter != nil {
			p.presenter.stop()
		}
		p.fit.stop()
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
	p.Go(0)
	p.presenter.start()
	p.win.RequestFocus()
	return p
}

// PresentSession opens projector mode on a stored session's agenda, as the
// agenda's Present button does (a function: MainWindow keeps few methods).
func PresentSession(mw *MainWindow, id string) (*Presentation, error) {
	if mw.store == nil {
		return nil, fmt.Errorf("present session %s: no data file", id)
	}
	s, err := mw.store.Session(id)
	if err != nil {
		return nil, fmt.Errorf("present session %s: %w", id, err)
	}
	return mw.present(slides.AgendaDeck(mw.lib, s, mw.tr)), nil
}
