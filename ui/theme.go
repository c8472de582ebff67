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
	switch n {
	case theme.ColorNamePrimary, theme.ColorNameHyperlink, theme.ColorNameFocus:
		if v == theme.VariantDark {
			return accentDark
		}
		return accentLight
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
