//go:build darwin

package main

import "github.com/socialtech/trainerkit/ui"

// setMenu gives the macOS menu bar the kit's About box, in the application
// menu beside the system's Quit (⌘Q), as Mac programs have them.
func (s *starter) setMenu() {
	uiLang := func() string { return s.mw.State().UILang }
	s.w.SetMainMenu(ui.NewAbout(s.a, s.w, uiLang, version, s.dir).Menu())
}
