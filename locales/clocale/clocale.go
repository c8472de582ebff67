// Package clocale keeps Fyne from complaining about the C locale. Fyne's
// lang package reads the system's locale when its package is initialised,
// and cannot parse "C.UTF-8" (the default of containers, CI machines and
// many servers): every command, even one that opens no window, printed three
// lines of "Error parsing user locale C". Importing this package sets
// LANGUAGE=en when the locale is C or POSIX with a code set, before Fyne
// reads it.
//
// The order is Go's (since 1.21): packages are initialised in the order of
// their import paths, each as soon as what it imports is; this one imports
// only os and strings, both of which Fyne's lang package also needs, along
// with text/template, which sorts after this package's path. So this package
// is always initialised first. cmd/trainerkit's TestNoLocaleNoise checks it
// on the real binary's packages.
//
// gettext ignores LANGUAGE under the C locale, so the programs the kit
// starts (the system's PDF viewer) see no difference.
package clocale

import (
	"os"
	"strings"
)

func init() { Fix(os.Getenv, os.Setenv) }

// Fix sets LANGUAGE=en when the locale that decides the messages' language
// (LC_ALL, else LC_MESSAGES, else LANG) is C or POSIX followed by a code
// set ("C.UTF-8", "POSIX.utf8"), and LANGUAGE is not set. A plain "C" is
// left alone: Fyne understands it as English.
func Fix(getenv func(string) string, setenv func(string, string) error) {
	locale := ""
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if locale = getenv(v); locale != "" {
			break
		}
	}
	lang, _, hasSet := strings.Cut(locale, ".")
	if !hasSet || (lang != "C" && lang != "POSIX") || getenv("LANGUAGE") != "" {
		return
	}
	_ = setenv("LANGUAGE", "en") // nothing to do if the environment refuses
}
