//go:build darwin

package main

// setMenu gives the macOS menu bar the kit's About box, in the application
// menu beside the system's Quit (⌘Q), as Mac programs have them.
func (s *starter) setMenu() { s.w.SetMainMenu(s.mw.AppMenu(version, s.dir)) }
