package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme choices stored in the preferences.
const (
	ThemeSystem = "system"
	ThemeLight  = "light"
	ThemeDark   = "dark"
)

// Zoom bounds and step of the text zoom (Ctrl + / Ctrl -).
const (
	zoomMin  = 0.7
	zoomMax  = 2.5
	zoomStep = 0.1
)

// kitTheme is Fyne's default theme with the kit's accent colour, a forced
// light or dark variant when the trainer chose one, and text zoom.
type kitTheme struct {
	choice string  // ThemeSystem, ThemeLight or ThemeDark
	zoom   float32 // 1 is the default text size
}

var _ fyne.Theme = (*kitTheme)(nil)

// accent is the kit's teal, readable on white and on Fyne's dark background.
var (
	accentLight = color.NRGBA{R: 0x1f, G: 0x7a, B: 0x6d, A: 0xff}
	accentDark  = color.NRGBA{R: 0x4f, G: 0xc3, B: 0xb0, A: 0xff}
)

// contrastColours replace Fyne's where they fall short of WCAG 2.2 AA
// (TestThemeContrast): the outline of unticked check boxes and radio
// buttons and of entries (3:1 against the background), placeholders (4.5:1
// on an entry) and disabled text, which the bookmarks menu uses for its
// section headings (4.5:1 on a menu). In the light theme, the success,
// warning and error colours too: Fyne writes white on its bright green,
// orange and red (1.5:1, 2.2:1 and 3.7:1: the attendance grid's "Present",
// "Late" and "Absent"), and labels of those importances write in them on
// white; darker shades carry white text and read on white (5:1 and more).
// The dark theme writes near-black on Fyne's bright shades and passes.
var contrastColours = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		theme.ColorNameSuccess:     color.NRGBA{R: 0x2e, G: 0x7d, B: 0x32, A: 0xff},
		theme.ColorNameWarning:     color.NRGBA{R: 0xb3, G: 0x50, B: 0x00, A: 0xff},
		theme.ColorNameError:       color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff},
		theme.ColorNameInputBorder: color.NRGBA{R: 0x76, G: 0x76, B: 0x76, A: 0xff},
		theme.ColorNamePlaceHolder: color.NRGBA{R: 0x6b, G: 0x6b, B: 0x6b, A: 0xff},
		theme.ColorNameDisabled:    color.NRGBA{R: 0x6b, G: 0x6b, B: 0x6b, A: 0xff},
	},
	theme.VariantDark: {
		theme.ColorNameInputBorder: color.NRGBA{R: 0x8a, G: 0x8a, B: 0x8a, A: 0xff},
		theme.ColorNameDisabled:    color.NRGBA{R: 0x9a, G: 0x9a, B: 0x9a, A: 0xff},
	},
}

func (t *kitTheme) variant(v fyne.ThemeVariant) fyne.ThemeVariant {
	switch t.choice {
	case ThemeLight:
		return theme.VariantLight
	case ThemeDark:
		return theme.VariantDark
	}
	return v
}

func (t *kitTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	v = t.variant(v)
	if c, ok := contrastColours[v][n]; ok {
		return c
	}
	switch n {
	case theme.ColorNamePrimary, theme.ColorNameHyperlink:
		if v == theme.VariantDark {
			return accentDark
		}
		return accentLight
	case theme.ColorNameFocus:
		// Translucent, as Fyne's own: a focused select or menu item keeps
		// its text readable on it.
		if v == theme.VariantDark {
			return color.NRGBA{R: accentDark.R, G: accentDark.G, B: accentDark.B, A: 0x40}
		}
		return color.NRGBA{R: accentLight.R, G: accentLight.G, B: accentLight.B, A: 0x33}
	case theme.ColorNameForegroundOnPrimary:
		if v == theme.VariantDark {
			return color.Black
		}
		return color.White
	}
	return theme.DefaultTheme().Color(n, v)
}

func (t *kitTheme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

func (t *kitTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (t *kitTheme) Size(n fyne.ThemeSizeName) float32 {
	s := theme.DefaultTheme().Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameCaptionText, theme.SizeNameInlineIcon:
		return s * t.zoom
	}
	return s
}

// clampZoom keeps a zoom factor within bounds, rounded to one decimal.
func clampZoom(z float32) float32 {
	if z < zoomMin {
		z = zoomMin
	}
	if z > zoomMax {
		z = zoomMax
	}
	return float32(int(z*10+0.5)) / 10
}

// toolbarTheme is the app's theme at the default text size: the toolbar
// keeps its size and its buttons their place when the trainer zooms the
// text (a click after Ctrl + must land on the button it aimed at).
type toolbarTheme struct{}

func (toolbarTheme) current() fyne.Theme { return fyne.CurrentApp().Settings().Theme() }

func (t toolbarTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return t.current().Color(n, v)
}

func (t toolbarTheme) Font(s fyne.TextStyle) fyne.Resource { return t.current().Font(s) }

func (t toolbarTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.current().Icon(n) }

func (toolbarTheme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }
