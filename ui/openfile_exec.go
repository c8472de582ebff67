//go:build !windows

package ui

import (
	"os/exec"
	"path/filepath"
)

// systemOpen runs the system's opener on path, given as one argument
// (spaces, accents and quotes reach it untouched), and lets it run on its
// own: it is reaped in the background, the kit does not wait for it.
func systemOpen(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	cmd := exec.Command(opener, abs)
	if err := cmd.Start(); err != nil {
		return err
	}
	go func() { _ = cmd.Wait() }()
	return nil
}
