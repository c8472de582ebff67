package course

import (
	"crypto/rand"
	"encoding/base32"
	"fmt"
	"regexp"
	"strings"
)

// NewOwnModule starts a trainer's own module: a title in the language the
// trainer writes, a fresh UID, the number it is listed under, and every
// part (AllParts), empty until the trainer writes them.
func NewOwnModule(number int, lang, title string) *Module {
	m := &Module{
		Number:   number,
		Slug:     Slugify(title),
		Title:    map[string]string{lang: strings.TrimSpace(title)},
		Summary:  map[string]string{},
		Duration: 210,
		Source:   map[string]map[string]string{lang: {}},
		UID:      NewOwnUID(),
	}
	for _, p := range AllParts {
		m.Source[lang][p] = ""
	}
	return m
}

// NewOwnUID returns "own-" and 10 random base32 characters.
func NewOwnUID() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(fmt.Sprintf("random module id: %v", err)) // the OS has no randomness: nothing can work
	}
	return OwnPrefix + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b[:])[:10])
}

var ownUIDPattern = regexp.MustCompile(`^own-[a-z2-7]{4,32}$`)

// Slugify makes a folder-style slug from a title: accents folded, lower
// case, words joined by dashes; "module" when nothing is left.
func Slugify(title string) string {
	words := Words(Fold(title))
	var kept []string
	for _, w := range words {
		if w = strings.Trim(w, "-"); w != "" {
			kept = append(kept, w)
		}
		if len(kept) == 6 {
			break
		}
	}
	s := strings.Join(kept, "-")
	if !slugPattern.MatchString(s) {
		return "module"
	}
	return s
}

var slugPattern = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// CheckOwn reports what makes an own module unusable, such as one read from
// a pack: its UID, number, title, languages and parts.
func CheckOwn(m *Module) error {
	if !ownUIDPattern.MatchString(m.UID) {
		return fmt.Errorf("own module: %q is not a module id", m.UID)
	}
	if m.Number < FirstOwnNumber || m.Number > LastOwnNumber {
		return fmt.Errorf("own module %s: number %d is outside %d-%d", m.UID, m.Number, FirstOwnNumber, LastOwnNumber)
	}
	if m.TitleIn("en") == "" {
		return fmt.Errorf("own module %s has no title", m.UID)
	}
	if !slugPattern.MatchString(m.Slug) {
		return fmt.Errorf("own module %s: %q is not a slug", m.UID, m.Slug)
	}
	for lang, parts := range m.Source {
		if !ValidLanguage(lang) {
			return fmt.Errorf("own module %s: unknown language %q", m.UID, lang)
		}
		for p := range parts {
			if !ValidPart(p) {
				return fmt.Errorf("own module %s: unknown part %q", m.UID, p)
			}
		}
	}
	for lang := range m.Title {
		if !ValidLanguage(lang) {
			return fmt.Errorf("own module %s: unknown language %q", m.UID, lang)
		}
	}
	return nil
}

// Langs lists the languages a module has text in, in the kit's order.
func (m *Module) Langs() []string {
	var out []string
	for _, l := range Languages {
		if len(m.Source[l]) > 0 || m.Title[l] != "" {
			out = append(out, l)
		}
	}
	return out
}
