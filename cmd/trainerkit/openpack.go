package main

import (
	"path/filepath"
	"strings"

	"github.com/socialtech/trainerkit/course/pack"
)

// isPackArg reports whether args is a pack the system asks the kit to open:
// a single argument naming a .stkpack file, as Windows passes it when the
// trainer double-clicks a pack (the installer registers
// `trainerkit.exe "%1"` for the extension). The app then starts on the
// pack's import preview. Any other argument is a command.
func isPackArg(args []string) bool {
	return len(args) == 1 && strings.EqualFold(filepath.Ext(args[0]), pack.Extension)
}
