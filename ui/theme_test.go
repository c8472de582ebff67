package ui

import (
	"testing"

	"fyne.io/fyne/v2/theme"
)

func TestKitTheme(t *testing.T) {
	dark := &kitTheme{choice: ThemeDark, zoom: 1.5}
	if dark.Color(theme.ColorNamePrimary, theme.VariantLight) != accentDark {
		t.Error("a forced dark theme does not use the dark accent")
	}
	light := &kitTheme{choice: ThemeLight, zoom: 1}
	if light.Color(theme.ColorNameBackground, theme.VariantDark) != theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantLight) {
		t.Error("a forced light theme follows the system's dark variant")
	}
	system := &kitTheme{choice: ThemeSystem, zoom: 1}
	if system.Color(theme.ColorNamePrimary, theme.VariantDark) != accentDark || system.Color(theme.ColorNamePrimary, theme.VariantLight) != accentLight {
		t.Error("the system theme does not follow the system's variant")
	}
	if got, want := dark.Size(theme.SizeNameText), theme.DefaultTheme().Size(theme.SizeNameText)*1.5; got != want {
		t.Errorf("text at zoom 1.5: %v, want %v", got, want)
	}
	if dark.Size(theme.SizeNamePadding) != theme.DefaultTheme().Size(theme.SizeNamePadding) {
		t.Error("the zoom changes the padding")
	}
	for in, want := range map[float32]float32{0.1: zoomMin, 1.04: 1, 1.06: 1.1, 9: zoomMax} {
		if got := clampZoom(in); got != want {
			t.Errorf("clampZoom(%v) = %v, want %v", in, got, want)
		}
	}
}
