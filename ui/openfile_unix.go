//go:build !windows && !darwin

package ui

// opener is the freedesktop opener, which asks the desktop (GNOME, KDE,
// XFCE…) for the trainer's default application.
const opener = "xdg-open"
