package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/slides"
)

// slideTheme is the projector's theme: large type scaled to the screen and
// high contrast (pure black on white, or white on black).
type slideTheme struct {
	text float32 // body text size
	dark bool
}

func (t *slideTheme) variant() fyne.ThemeVariant {
	if t.dark {
		return theme.VariantDark
	}
	return theme.VariantLight
}

func (t *slideTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	v := t.variant()
	switch n {
	case theme.ColorNameBackground:
		if t.dark {
			return color.Black
		}
		return color.White
	case theme.ColorNameForeground:
		if t.dark {
			return color.White
		}
		return color.Black
	case theme.ColorNamePrimary, theme.ColorNameHyperlink:
		if t.dark {
			return accentDark
		}
		return color.NRGBA{R: 0x0d, G: 0x5c, B: 0x52, A: 0xff} // darker teal: 7:1 on white
	}
	return theme.DefaultTheme().Color(n, v)
}

func (t *slideTheme) Font(s fyne.TextStyle) fyne.Resource     { return theme.DefaultTheme().Font(s) }
func (t *slideTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (t *slideTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText, theme.SizeNameInlineIcon:
		return t.text
	case theme.SizeNameHeadingText:
		return t.text * 1.6
	case theme.SizeNameSubHeadingText:
		return t.text * 1.3
	case theme.SizeNameCaptionText:
		return t.text * 0.7
	case theme.SizeNamePadding, theme.SizeNameInnerPadding:
		return theme.DefaultTheme().Size(n) * t.text / 14
	}
	return theme.DefaultTheme().Size(n)
}

// newSlideView draws one slide: its title as a heading and its blocks with
// the document renderer, all in the slide theme.
func newSlideView(s slides.Slide, th *slideTheme) fyne.CanvasObject {
	bg := canvas.NewRectangle(th.Color(theme.ColorNameBackground, th.variant()))
	if s.TitleSlide {
		title := widget.NewRichText(&widget.TextSegment{Text: s.Title, Style: widget.RichTextStyle{
			Alignment: fyne.TextAlignCenter, SizeName: theme.SizeNameHeadingText, TextStyle: fyne.TextStyle{Bold: true}}})
		title.Wrapping = fyne.TextWrapWord
		// A VBox between spacers centres the title vertically while it wraps
		// at the full width (a Center container would wrap it word by word).
		centred := container.NewVBox(layout.NewSpacer(), title, layout.NewSpacer())
		return container.NewThemeOverride(container.NewStack(bg, container.NewPadded(centred)), th)
	}
	body := NewDocView(&course.Document{Blocks: s.Blocks})
	var content fyne.CanvasObject = body
	if s.Title != "" {
		st := headingStyle(2)
		title := newParagraph([]course.Inline{{Text: s.Title}}, &st)
		content = container.New(&stackLayout{}, title, widget.NewSeparator(), body)
	}
	return container.NewThemeOverride(container.NewStack(bg, container.NewPadded(content)), th)
}

// slideHeight measures how tall a slide is at a width and text size.
func slideHeight(s slides.Slide, th *slideTheme, width float32) float32 {
	v := newSlideView(s, th)
	v.Resize(fyne.NewSize(width, 100))
	v.Resize(fyne.NewSize(width, v.MinSize().Height))
	return v.MinSize().Height
}

// slideMeasurer measures slides from the heights of their blocks, each
// block measured once per text size: fitting a long part measures many
// prefixes of the same blocks.
type slideMeasurer struct {
	th     *slideTheme
	width  float32
	blocks map[*course.Block]float32
	titles map[string]float32
}

func newSlideMeasurer(th *slideTheme, width float32) *slideMeasurer {
	return &slideMeasurer{th: th, width: width, blocks: map[*course.Block]float32{}, titles: map[string]float32{}}
}

// measure renders one object in the slide theme at the inner width.
func (m *slideMeasurer) measure(o fyne.CanvasObject) float32 {
	v := container.NewThemeOverride(container.New(&stackLayout{}, o), m.th)
	w := m.width - 2*m.th.Size(theme.SizeNamePadding)
	v.Resize(fyne.NewSize(w, 100))
	v.Resize(fyne.NewSize(w, v.MinSize().Height))
	return v.MinSize().Height
}

// height is the slide's height as newSlideView lays it out: padding, the
// title and its rule, then the blocks with the stack's gaps.
func (m *slideMeasurer) height(s slides.Slide) float32 {
	if s.TitleSlide {
		return slideHeight(s, m.th, m.width)
	}
	pad := m.th.Size(theme.SizeNamePadding)
	h := 2 * pad
	if s.Title != "" {
		t, ok := m.titles[s.Title]
		if !ok {
			st := headingStyle(2)
			t = m.measure(newParagraph([]course.Inline{{Text: s.Title}}, &st)) + m.measure(widget.NewSeparator()) + 2*pad
			m.titles[s.Title] = t
		}
		h += t
	}
	for i := range s.Blocks {
		b := &s.Blocks[i]
		bh, ok := m.blocks[b]
		if !ok {
			bh = m.measure(renderBlock(b, 0))
			m.blocks[b] = bh
		}
		h += bh
		if i > 0 {
			h += pad
		}
	}
	return h
}
