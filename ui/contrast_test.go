package ui

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// relLuminance is WCAG 2.2's relative luminance of an opaque colour.
func relLuminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is WCAG's contrast ratio of two opaque colours.
func contrast(a, b color.Color) float64 {
	la, lb := relLuminance(a), relLuminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// over is c drawn over the opaque colour bg (c may be translucent).
func over(c, bg color.Color) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	b := color.NRGBAModel.Convert(bg).(color.NRGBA)
	a := float64(n.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*a + float64(y)*(1-a))) }
	return color.NRGBA{R: mix(n.R, b.R), G: mix(n.G, b.G), B: mix(n.B, b.B), A: 0xff}
}

// Both themes meet WCAG 2.2 AA: 4.5:1 for text, 3:1 for the outline of
// controls, read from the kit's theme as Fyne's widgets use it.
func TestThemeContrast(t *testing.T) {
	th := &kitTheme{zoom: 1}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		col := func(n fyne.ThemeColorName) color.Color { return th.Color(n, v) }
		bg, input, menu := col(theme.ColorNameBackground), col(theme.ColorNameInputBackground), col(theme.ColorNameMenuBackground)
		overlay := col(theme.ColorNameOverlayBackground)
		for _, c := range []struct {
			what   string
			fg, bg color.Color
			min    float64
		}{
			{"text", col(theme.ColorNameForeground), bg, 4.5},
			{"text in a dialog", col(theme.ColorNameForeground), overlay, 4.5},
			{"text in an entry", col(theme.ColorNameForeground), input, 4.5},
			{"focused select's text", col(theme.ColorNameForeground), over(col(theme.ColorNameFocus), input), 4.5},
			{"focused menu item", col(theme.ColorNameForeground), over(col(theme.ColorNameFocus), menu), 4.5},
			{"placeholder", col(theme.ColorNamePlaceHolder), input, 4.5},
			{"menu section heading", col(theme.ColorNameDisabled), menu, 4.5},
			{"link", col(theme.ColorNameHyperlink), bg, 4.5},
			{"text on the accent", col(theme.ColorNameForegroundOnPrimary), col(theme.ColorNamePrimary), 4.5},
			{"unticked check box and radio", col(theme.ColorNameInputBorder), bg, 3},
			{"unticked check box in a dialog", col(theme.ColorNameInputBorder), overlay, 3},
			{"entry outline in a menu", col(theme.ColorNameInputBorder), menu, 3},
			{"ticked check box", col(theme.ColorNamePrimary), bg, 3},
			// Buttons of importance Success, Warning and Danger: the
			// attendance grid's "Present", "Late" and "Absent", the red
			// "Delete"; still, hovered and focused.
			{"text on a success button", col(theme.ColorNameForegroundOnSuccess), col(theme.ColorNameSuccess), 4.5},
			{"text on a hovered success button", col(theme.ColorNameForegroundOnSuccess), over(col(theme.ColorNameHover), col(theme.ColorNameSuccess)), 4.5},
			{"text on a focused success button", col(theme.ColorNameForegroundOnSuccess), over(col(theme.ColorNameFocus), col(theme.ColorNameSuccess)), 4.5},
			{"text on a warning button", col(theme.ColorNameForegroundOnWarning), col(theme.ColorNameWarning), 4.5},
			{"text on a hovered warning button", col(theme.ColorNameForegroundOnWarning), over(col(theme.ColorNameHover), col(theme.ColorNameWarning)), 4.5},
			{"text on a focused warning button", col(theme.ColorNameForegroundOnWarning), over(col(theme.ColorNameFocus), col(theme.ColorNameWarning)), 4.5},
			{"text on a danger button", col(theme.ColorNameForegroundOnError), col(theme.ColorNameError), 4.5},
			{"text on a hovered danger button", col(theme.ColorNameForegroundOnError), over(col(theme.ColorNameHover), col(theme.ColorNameError)), 4.5},
			{"text on a focused danger button", col(theme.ColorNameForegroundOnError), over(col(theme.ColorNameFocus), col(theme.ColorNameError)), 4.5},
			// Labels of those importances write in the colour itself.
			{"success text", col(theme.ColorNameSuccess), bg, 4.5},
			{"warning text", col(theme.ColorNameWarning), bg, 4.5},
			{"error text", col(theme.ColorNameError), bg, 4.5},
			{"error text in a dialog", col(theme.ColorNameError), overlay, 4.5},
		} {
			if r := contrast(c.fg, c.bg); r < c.min {
				t.Errorf("%s theme, %s: %.2f:1, want %.1f:1", v2name(v), c.what, r, c.min)
			}
		}
	}
}

func v2name(v fyne.ThemeVariant) string {
	if v == theme.VariantDark {
		return "dark"
	}
	return "light"
}

// The formula, on WCAG's own examples.
func TestContrastFormula(t *testing.T) {
	if r := contrast(color.White, color.Black); math.Abs(r-21) > 0.01 {
		t.Errorf("white on black: %.2f", r)
	}
	if r := contrast(color.NRGBA{R: 0x76, G: 0x76, B: 0x76, A: 0xff}, color.White); math.Abs(r-4.54) > 0.01 {
		t.Errorf("#767676 on white: %.2f", r)
	}
}
