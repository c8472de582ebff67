// Package locales holds the interface strings of the kit in four languages
// (go-i18n message files, one per language) and the localizer that reads them.
// It is independent of Fyne so that the command line can use it too.
package locales

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

//go:embed *.toml
var files embed.FS

// Fyne holds the kit's translations of Fyne's own strings (dialog buttons,
// the file dialog, the entry's menu), fyne/fyne.LANG.json in the four
// languages, in the format of Fyne's lang package (go-i18n JSON, the
// English text as the key): ui loads them with lang.AddTranslationsFS(Fyne,
// "fyne"). Fyne carries its own for French and Spanish, none for Italian;
// these replace them, so that the four read alike.
//
//go:embed fyne/*.json
var Fyne embed.FS

// Supported are the interface languages, in the order the settings offer them.
var Supported = []string{"fr", "en", "it", "es"}

// Bundle loads every message file once. A language may have several files:
// LANG.toml for the interface, AREA.LANG.toml for an area such as the
// printed documents (pdf.fr.toml).
func Bundle() *i18n.Bundle {
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	names, err := fs.Glob(files, "*.toml")
	if err != nil {
		panic(err)
	}
	for _, name := range names {
		if _, err := b.LoadMessageFileFS(files, name); err != nil {
			// The files are embedded and tested: failing here is a build defect.
			panic(fmt.Errorf("load interface strings %s: %w", name, err))
		}
	}
	return b
}

// Files lists the message files of a language (LANG.toml, AREA.LANG.toml).
func Files(lang string) []string {
	names, _ := fs.Glob(files, "*.toml")
	var out []string
	for _, n := range names {
		if n == lang+".toml" || strings.HasSuffix(n, "."+lang+".toml") {
			out = append(out, n)
		}
	}
	return out
}

// Localizer translates message IDs into one interface language.
type Localizer struct {
	lang string
	loc  *i18n.Localizer
}

var bundle = Bundle()

// New returns a localizer for lang (one of Supported; anything else is English).
func New(lang string) *Localizer {
	lang = Match(lang)
	return &Localizer{lang: lang, loc: i18n.NewLocalizer(bundle, lang)}
}

// Lang is the localizer's language code.
func (l *Localizer) Lang() string { return l.lang }

// T returns the message id; an unknown id comes back as itself so that a
// defect shows on screen rather than an empty label.
func (l *Localizer) T(id string) string {
	return l.Tf(id, nil)
}

// Tf returns the message id with its template filled from data.
func (l *Localizer) Tf(id string, data map[string]any) string {
	s, err := l.loc.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data})
	if err != nil {
		return id
	}
	return s
}

// Tn returns the plural form of id for count n, with n in the template as .N.
func (l *Localizer) Tn(id string, n int, data map[string]any) string {
	if data == nil {
		data = map[string]any{}
	}
	data["N"] = n
	s, err := l.loc.Localize(&i18n.LocalizeConfig{MessageID: id, PluralCount: n, TemplateData: data})
	if err != nil {
		return id
	}
	return s
}

// Match picks the supported interface language for a locale such as
// "fr-FR", "it_IT.UTF-8" or "es"; English when none fits.
func Match(locale string) string {
	l := strings.ToLower(locale)
	if i := strings.IndexAny(l, "-_."); i >= 0 {
		l = l[:i]
	}
	for _, s := range Supported {
		if s == l {
			return s
		}
	}
	return "en"
}
