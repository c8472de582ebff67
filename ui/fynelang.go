package ui

import (
	"sync"
	_ "unsafe" // go:linkname, below

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/socialtech/trainerkit/locales"
	_ "github.com/socialtech/trainerkit/locales/clocale" // before Fyne reads the locale
)

// Fyne's own strings (the Yes and No of its confirmations, the Error title,
// the file dialogs, the entry's menu) come from its lang package, which
// picks its language from the system's locales and offers no way to choose
// another. The kit speaks the language chosen in its settings: it loads its
// translations of Fyne's strings (locales.Fyne) and sets Fyne's language
// itself through setFyneLang, lang's own setter. The link fails at build
// time if a Fyne release renames it; TestFyneSpeaksTheKitsLanguage checks
// that it works.

//go:linkname setFyneLang fyne.io/fyne/v2/lang.setupLang
func setFyneLang(lang string)

var loadFyneStrings sync.Once

// useFyneLanguage makes Fyne's own strings speak l, one of locales.Supported.
func useFyneLanguage(l string) {
	loadFyneStrings.Do(func() {
		if err := lang.AddTranslationsFS(locales.Fyne, "fyne"); err != nil {
			fyne.LogError("load the kit's translations of Fyne", err) // embedded and tested: a build defect
		}
	})
	setFyneLang(locales.Match(l))
}
