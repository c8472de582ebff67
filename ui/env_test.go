package ui

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/locales"
)

// The error reporter says what failed, then why in plain words: never a Go
// error alone.
func TestEnvShowError(t *testing.T) {
	a := test.NewTempApp(t)
	e := env{app: a, win: a.NewWindow("test"), tr: locales.New("fr")}
	e.showError("error_export_pdf", fmt.Errorf("write x.pdf: %w", datafile.ErrDiskFull))
	text := topText(e.win)
	if !strings.Contains(text, e.tr.T("error_export_pdf")) || !strings.Contains(text, "Le disque est plein") || strings.Contains(text, "disk is full") {
		t.Errorf("the dialog says %q", text)
	}
}

// When no program opens the PDF (a system without xdg-open), the trainer
// reads where the file is, in their language, and nothing of the system's
// own words.
func TestEnvOpenFileFailureGivesThePlace(t *testing.T) {
	a := test.NewTempApp(t)
	e := env{app: a, win: a.NewWindow("test"), tr: locales.New("it")}
	failing := openFile
	t.Cleanup(func() { openFile = failing })
	openFile = func(path string) error {
		return fmt.Errorf("open %s: %w", path, errors.New(`exec: "xdg-open": executable file not found in $PATH`))
	}
	e.openFile("/home/ada/Documenti/Attestati.pdf")
	text := topText(e.win)
	if !strings.Contains(text, "Posizione: /home/ada/Documenti/Attestati.pdf") || strings.Contains(text, "xdg-open") || strings.Contains(text, "Dettagli") {
		t.Errorf("the dialog says %q", text)
	}
}
