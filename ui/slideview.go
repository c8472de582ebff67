package ui

import (
	"image/color"
	"strconv"
	"strings"

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
// high contrast (pure black on white, or white on black). A view keeps one
// slideTheme for its life and changes its text size in place.
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
	case theme.SizeNamePadding, theme.SizeNameInnerPadding, theme.SizeNameLineSpacing:
		return theme.DefaultTheme().Size(n) * t.text / 14
	}
	return theme.DefaultTheme().Size(n)
}

// slideView draws slides in a fixed set of objects: one theme override,
// created once, over one rich text. Showing another slide changes the rich
// text's segments and the theme's size, never the override's content: Fyne
// 2.7.1 gives each theme override scope (each NewThemeOverride, each
// ThemeOverride.Refresh) a font set of its own and never frees it, which
// leaked 40 MB a slide when every slide had its override.
type slideView struct {
	th      *slideTheme
	bg      *canvas.Rectangle
	text    *widget.RichText
	top     *layout.Spacer // the spacers centre a title slide vertically
	bottom  *layout.Spacer
	root    *container.ThemeOverride
	current *slides.Slide
	tables  *tablePool // the slide's tables, kept from slide to slide
}

func newSlideViewer(dark bool, text float32) *slideView {
	v := &slideView{th: &slideTheme{text: text, dark: dark}}
	v.bg = canvas.NewRectangle(v.th.Color(theme.ColorNameBackground, v.th.variant()))
	v.text = widget.NewRichText()
	v.text.Wrapping = fyne.TextWrapWord
	v.tables = &tablePool{th: v.th, room: v.text}
	v.top, v.bottom = layout.NewSpacer().(*layout.Spacer), layout.NewSpacer().(*layout.Spacer)
	body := container.NewVBox(v.top, v.text, v.bottom)
	v.root = container.NewThemeOverride(container.NewStack(v.bg, container.NewPadded(body)), v.th)
	return v
}

// show draws a slide at a text size, reusing the view's objects.
func (v *slideView) show(s *slides.Slide, text float32) {
	v.current = s
	v.th.text = text
	if s == nil {
		v.setSegments(nil)
	} else {
		v.setSegments(v.segments(*s))
	}
	centred := s != nil && s.TitleSlide
	if centred {
		v.top.Show()
		v.bottom.Show()
	} else {
		v.top.Hide()
		v.bottom.Hide()
	}
	v.bg.Refresh()
}

// setSegments puts new segments in the rich text. Fyne's RichText.Refresh
// wraps the rows before it tells new text segments their rich text, so the
// first pass measures them at the application's text size, not the slide's:
// a second pass wraps them at the size drawn.
func (v *slideView) setSegments(segs []widget.RichTextSegment) {
	v.text.Segments = segs
	v.text.Refresh()
	v.text.Refresh()
}

// segments writes a slide with the view's own tables.
func (v *slideView) segments(s slides.Slide) []widget.RichTextSegment {
	v.tables.reset()
	return slideSegments(s, v.tables)
}

// height is how tall the slide shown is at a width, padding included (a
// table's cells wrapped to fit across).
func (v *slideView) height(width float32) float32 {
	pad := v.th.Size(theme.SizeNamePadding)
	v.text.Resize(fyne.NewSize(width-2*pad, 100))
	return v.text.MinSize().Height + 2*pad
}

// slideSegments writes a slide as rich text: its title, a rule, its blocks.
// Links are plain text on a projector (nobody clicks them there).
func slideSegments(s slides.Slide, tables *tablePool) []widget.RichTextSegment {
	var out []widget.RichTextSegment
	if s.TitleSlide {
		st := widget.RichTextStyle{Alignment: fyne.TextAlignCenter, SizeName: theme.SizeNameHeadingText, TextStyle: fyne.TextStyle{Bold: true}}
		out = append(out, &widget.TextSegment{Text: s.Title, Style: st})
		if len(s.Blocks) > 0 {
			out = append(out, &widget.TextSegment{Style: widget.RichTextStyleParagraph})
		}
		for _, b := range s.Blocks {
			out = append(out, blockSegments(b, fyne.TextAlignCenter, tables)...)
		}
		return out
	}
	if s.Title != "" {
		out = append(out, &widget.TextSegment{Text: s.Title, Style: headingStyle(2)}, &widget.SeparatorSegment{})
	}
	for _, b := range s.Blocks {
		out = append(out, blockSegments(b, fyne.TextAlignLeading, tables)...)
	}
	return out
}

// plainSegments is segments without hyperlink widgets: a link is a widget
// of its own, outside the view's theme.
func plainSegments(in []course.Inline, base *widget.RichTextStyle) []widget.RichTextSegment {
	plain := make([]course.Inline, len(in))
	for i, x := range in {
		x.URL = ""
		plain[i] = x
	}
	return segments(plain, base)
}

// blockSegments writes one block: a paragraph, a heading, a list (nested
// lists indented by the rich text), a table as a grid (one of the view's
// tables), a quote in italics, code in monospace.
func blockSegments(b course.Block, align fyne.TextAlign, tables *tablePool) []widget.RichTextSegment {
	// A paragraph is its inline runs, then a block segment that ends the
	// line (as Fyne's own Markdown renderer writes it).
	para := func(in []course.Inline, st widget.RichTextStyle) []widget.RichTextSegment {
		st.Alignment = align
		end := st
		end.Inline = false
		return append(plainSegments(in, &st), &widget.TextSegment{Style: end})
	}
	switch b.Kind {
	case course.BlockHeading:
		return para(b.Inlines, headingStyle(b.Level+1))
	case course.BlockList:
		return listSegments(b, align, 0)
	case course.BlockTable:
		return []widget.RichTextSegment{newTableSegment(b, tables.get())}
	case course.BlockQuote:
		var out []widget.RichTextSegment
		for _, c := range b.Children {
			st := widget.RichTextStyleParagraph
			st.TextStyle.Italic = true
			out = append(out, para(c.Inlines, st)...)
		}
		return out
	case course.BlockCode:
		return []widget.RichTextSegment{&widget.TextSegment{Text: strings.TrimRight(b.Text, "\n"), Style: widget.RichTextStyleCodeBlock}}
	}
	return para(b.Inlines, widget.RichTextStyleParagraph)
}

// listSegments writes a list as one paragraph an item, its marker (a
// bullet, a number, a box) first and nested lists indented. The items stay
// top-level segments: Fyne sizes a segment nested in a list or paragraph
// segment with the application's theme, not the slide's.
func listSegments(b course.Block, align fyne.TextAlign, depth int) []widget.RichTextSegment {
	var out []widget.RichTextSegment
	strong := widget.RichTextStyleStrong
	strong.Inline, strong.Alignment = true, align
	end := widget.RichTextStyleParagraph
	end.Alignment = align
	for n, it := range b.Items {
		marker := strings.Repeat("      ", depth) + "•  "
		if b.Ordered {
			marker = strings.Repeat("      ", depth) + strconv.Itoa(max(b.Start, 1)+n) + ".  "
		}
		if it.Task {
			marker = strings.Repeat("      ", depth) + map[bool]string{true: "☑  ", false: "☐  "}[it.Checked]
		}
		out = append(out, &widget.TextSegment{Text: marker, Style: strong})
		var nested []widget.RichTextSegment
		first := true
		for _, c := range it.Blocks {
			if c.Kind == course.BlockList {
				nested = append(nested, listSegments(c, align, depth+1)...)
				continue
			}
			if !first {
				out = append(out, &widget.TextSegment{Text: " ", Style: widget.RichTextStyleInline})
			}
			first = false
			st := widget.RichTextStyleInline
			st.Alignment = align
			out = append(out, plainSegments(c.Inlines, &st)...)
		}
		out = append(out, &widget.TextSegment{Style: end})
		out = append(out, nested...)
	}
	return out
}
