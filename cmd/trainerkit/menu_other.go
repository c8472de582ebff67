//go:build !darwin

package main

// setMenu does nothing on Windows and Linux: a menu bar there would be drawn
// inside the window, above the toolbar that already holds everything.
func (s *starter) setMenu() {}
