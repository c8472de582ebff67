//go:build darwin

package ui

// opener is macOS's open(1): the application the Finder would use.
const opener = "open"
