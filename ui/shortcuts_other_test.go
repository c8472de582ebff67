//go:build !darwin

package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// On Windows and Linux the shortcuts take Ctrl; the Windows key does
// nothing.
func TestShortcutsTakeCtrl(t *testing.T) {
	checkShortcutModifier(t, fyne.KeyModifierControl, fyne.KeyModifierSuper)
}
