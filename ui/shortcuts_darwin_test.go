package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// On a Mac the shortcuts take Cmd (⌘), as every Mac program's do; Ctrl
// does nothing.
func TestShortcutsTakeCmdOnMac(t *testing.T) {
	checkShortcutModifier(t, fyne.KeyModifierSuper, fyne.KeyModifierControl)
}
