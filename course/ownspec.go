package course

import (
	"errors"
	"fmt"
	"strings"
)

// OwnSpec is what the trainer says about an own module: its title in each
// language they write it in, its duration and its competences.
type OwnSpec struct {
	Titles  map[string]string // language -> title; the keys are the module's languages
	Minutes int
	DigComp []string
}

// Reasons an own module cannot be saved; the interface has a message for each.
var (
	ErrOwnTitle   = errors.New("a module needs a title")
	ErrOwnLangs   = errors.New("a module needs at least one language")
	ErrOwnMinutes = errors.New("a module's duration is 1 to 600 minutes")
)

// Check reports what the trainer must fix before the module is saved.
func (s OwnSpec) Check() error {
	if len(s.Titles) == 0 {
		return ErrOwnLangs
	}
	for l, t := range s.Titles {
		if !ValidLanguage(l) {
			return fmt.Errorf("unknown language %q", l)
		}
		if strings.TrimSpace(t) == "" {
			return ErrOwnTitle
		}
	}
	if s.Minutes < 1 || s.Minutes > 600 {
		return ErrOwnMinutes
	}
	return nil
}

// Langs lists the spec's languages in the kit's order.
func (s OwnSpec) Langs() []string {
	var out []string
	for _, l := range Languages {
		if _, ok := s.Titles[l]; ok {
			out = append(out, l)
		}
	}
	return out
}

// Has reports whether the module is written in lang.
func (s OwnSpec) Has(lang string) bool {
	_, ok := s.Titles[lang]
	return ok
}

// NewOwnFromSpec makes a new own module numbered number, with five empty
// parts in each language of spec. Its first language is prefer when the
// spec has it (the content language shown), else the first of the spec's.
func NewOwnFromSpec(number int, spec OwnSpec, prefer string) (*Module, error) {
	if err := spec.Check(); err != nil {
		return nil, err
	}
	first := spec.Langs()[0]
	if spec.Has(prefer) {
		first = prefer
	}
	m := NewOwnModule(number, first, spec.Titles[first])
	m.Duration = spec.Minutes
	m.DigComp = spec.DigComp
	m.setLangs(spec)
	return m, nil
}

// WithSpec is a fresh copy of an own module renamed, with the languages,
// duration and competences of spec: the text of a language taken away is
// left out. m itself is not changed.
func (m *Module) WithSpec(spec OwnSpec) (*Module, error) {
	if !m.Own() {
		return nil, fmt.Errorf("module %s is not one of your modules", m.Key())
	}
	if err := spec.Check(); err != nil {
		return nil, err
	}
	c := m.OwnCopy()
	c.Duration, c.DigComp = spec.Minutes, spec.DigComp
	c.setLangs(spec)
	return c, nil
}

// setLangs gives m the titles of spec, five parts (empty if new) in each
// of its languages, and drops the languages spec no longer has.
func (m *Module) setLangs(spec OwnSpec) {
	title, source := map[string]string{}, map[string]map[string]string{}
	for _, l := range spec.Langs() {
		title[l] = strings.TrimSpace(spec.Titles[l])
		source[l] = map[string]string{}
		for _, p := range AllParts {
			source[l][p] = m.Source[l][p]
		}
	}
	m.Title, m.Source = title, source
}

// OwnCopy is a fresh own module with m's fields and maps, without overlays:
// the form the store keeps, safe to change without touching the module the
// screens hold.
func (m *Module) OwnCopy() *Module {
	c := &Module{Number: m.Number, Slug: m.Slug, Duration: m.Duration, UID: m.UID,
		Title: map[string]string{}, Summary: map[string]string{},
		DigComp: append([]string(nil), m.DigComp...), Source: map[string]map[string]string{}}
	for l, t := range m.Title {
		c.Title[l] = t
	}
	for l, t := range m.Summary {
		c.Summary[l] = t
	}
	for l, parts := range m.Source {
		c.Source[l] = map[string]string{}
		for p, t := range parts {
			c.Source[l][p] = t
		}
	}
	return c
}

// WithOwnText is a fresh copy of an own module (see OwnCopy) with one
// part's text replaced.
func (m *Module) WithOwnText(lang, part, text string) *Module {
	c := m.OwnCopy()
	if c.Source[lang] == nil {
		c.Source[lang] = map[string]string{}
	}
	c.Source[lang][part] = text
	return c
}

// WrittenIn reports whether any part of m has text in lang.
func (m *Module) WrittenIn(lang string) bool {
	for _, t := range m.Source[lang] {
		if strings.TrimSpace(t) != "" {
			return true
		}
	}
	return false
}

// LostLangs lists the languages m is written in that spec takes away: their
// text would be deleted, so the trainer is asked first.
func (m *Module) LostLangs(spec OwnSpec) []string {
	var out []string
	for _, l := range Languages {
		if !spec.Has(l) && m.WrittenIn(l) {
			out = append(out, l)
		}
	}
	return out
}
