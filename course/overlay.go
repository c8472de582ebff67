package course

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"time"
)

// An Overlay is a trainer's customisation of one part of one module in one
// language. The bundled original stays untouched; the overlay is applied on
// top of it when the kit builds the library the trainer sees.
//
// An overlay may carry an edited text (Edited), handout settings (Hidden,
// HiddenSections) and trainer's notes, in any combination: hiding a part
// does not require editing it.
type Overlay struct {
	Module string `json:"module"` // Module.Key(): "03-skills-frameworks", or an own module's UID
	Lang   string `json:"lang"`
	Part   string `json:"part"`

	Edited bool   `json:"edited,omitempty"`
	Text   string `json:"text,omitempty"` // the trainer's Markdown when Edited
	// BaseHash is Hash of the original the edit started from, and BaseText
	// that original itself: when a new kit ships a changed original, the
	// kit flags the part and shows what changed between BaseText and it.
	BaseHash string `json:"base_hash,omitempty"`
	BaseText string `json:"base_text,omitempty"`

	Hidden         bool     `json:"hidden,omitempty"`          // left out of handouts
	HiddenSections []string `json:"hidden_sections,omitempty"` // headings left out of handouts
	Notes          string   `json:"notes,omitempty"`           // trainer's notes: screen and guide PDF only

	Updated time.Time `json:"updated"`
}

// Hash is the fingerprint of an original text an overlay records.
func Hash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// Key identifies the part an overlay applies to: module/lang/part.
func (o *Overlay) Key() string { return OverlayKey(o.Module, o.Lang, o.Part) }

// OverlayKey builds the key of the overlay of a part.
func OverlayKey(module, lang, part string) string { return module + "/" + lang + "/" + part }

// Empty reports whether the overlay changes nothing, so it can be deleted.
func (o *Overlay) Empty() bool {
	return !o.Edited && !o.Hidden && len(o.HiddenSections) == 0 && strings.TrimSpace(o.Notes) == ""
}

// Check reports what makes an overlay unusable: an unknown language or part,
// no module key.
func (o *Overlay) Check() error {
	switch {
	case o.Module == "":
		return fmt.Errorf("customisation without a module")
	case !ValidLanguage(o.Lang):
		return fmt.Errorf("customisation of %s: unknown language %q", o.Module, o.Lang)
	case !ValidPart(o.Part):
		return fmt.Errorf("customisation of %s: unknown part %q", o.Module, o.Part)
	}
	return nil
}

// SectionHidden reports whether the section under heading h is hidden.
func (o *Overlay) SectionHidden(h string) bool {
	for _, s := range o.HiddenSections {
		if s == h {
			return true
		}
	}
	return false
}

// OwnPrefix starts the UID of every own module, so that a key tells a
// trainer's module from a bundled one.
const OwnPrefix = "own-"

// FirstOwnNumber is the number given to the first own module: own modules
// are listed after the bundled ones, well clear of any future catalogue.
const FirstOwnNumber = 101

// LastOwnNumber is the highest number an own module may have.
const LastOwnNumber = 9999

// Key identifies a module across machines: its folder name for a bundled
// module, its UID for an own module (whose number may differ from one
// trainer's kit to another).
func (m *Module) Key() string {
	if m.UID != "" {
		return m.UID
	}
	return m.ID()
}

// Own reports whether the trainer wrote this module.
func (m *Module) Own() bool { return m.UID != "" }

// Overlay returns the trainer's customisation of a part, or nil.
func (m *Module) Overlay(lang, part string) *Overlay {
	return m.overlays[lang+"/"+part]
}

// Customised reports whether the trainer changed anything in a part: its
// text, its handout settings or its notes.
func (m *Module) Customised(lang, part string) bool { return m.Overlay(lang, part) != nil }

// Edited reports whether the part's text is the trainer's rather than the
// bundled original.
func (m *Module) Edited(lang, part string) bool {
	o := m.Overlay(lang, part)
	return o != nil && o.Edited
}

// Original is the bundled module a customised module was built from (the
// module itself when it has no customisation, or is the trainer's own).
func (m *Module) Original() *Module {
	if m.base != nil && !m.Own() {
		return m.base
	}
	return m
}

// OriginalText is the bundled text of a part, whatever the trainer did to it
// ("" for an own module).
func (m *Module) OriginalText(lang, part string) string {
	if m.Own() {
		return ""
	}
	return m.Original().Text(lang, part)
}

// Stale reports whether the bundled original of an edited part changed since
// the trainer's edit: a newer kit shipped a different text.
func (m *Module) Stale(lang, part string) bool {
	o := m.Overlay(lang, part)
	return o != nil && o.Edited && !m.Own() && o.BaseHash != Hash(m.OriginalText(lang, part))
}

// HiddenPart reports whether the part is left out of handouts.
func (m *Module) HiddenPart(lang, part string) bool {
	o := m.Overlay(lang, part)
	return o != nil && o.Hidden
}

// Notes are the trainer's notes on a part ("" when none).
func (m *Module) Notes(lang, part string) string {
	if o := m.Overlay(lang, part); o != nil {
		return o.Notes
	}
	return ""
}

// HandoutText is the part's Markdown as it goes to participants: "" when the
// part is hidden, without the hidden sections otherwise.
func (m *Module) HandoutText(lang, part string) string {
	o := m.Overlay(lang, part)
	text := m.Text(lang, part)
	if o == nil {
		return text
	}
	if o.Hidden {
		return ""
	}
	return RemoveSections(text, o.HiddenSections)
}

// Customise returns a copy of base with the overlays applied: edited texts
// replace the originals, and the overlays are kept for the badges, the
// stale flag, the handouts and the notes. An own module is its own base.
// base itself is never changed, so
// the original stays at hand for "compare" and "reset".
func Customise(base *Module, ovs []Overlay) *Module {
	// Start again from the bundled original. An own module's text is the
	// trainer's own (overlays never replace it), so it starts from itself:
	// a copy with edited Source keeps its edit.
	if base.base != nil && !base.Own() {
		base = base.base
	}
	m := *base
	m.base = base
	m.Source = make(map[string]map[string]string, len(base.Source))
	for lang, parts := range base.Source {
		m.Source[lang] = make(map[string]string, len(parts))
		for p, t := range parts {
			m.Source[lang][p] = t
		}
	}
	m.overlays = map[string]*Overlay{}
	for i := range ovs {
		o := ovs[i]
		if o.Module != base.Key() || o.Check() != nil || o.Empty() {
			continue
		}
		if o.Edited && !m.Own() {
			if m.Source[o.Lang] == nil {
				m.Source[o.Lang] = map[string]string{}
			}
			m.Source[o.Lang][o.Part] = o.Text
		}
		m.overlays[o.Lang+"/"+o.Part] = &o
	}
	return &m
}

// Apply builds the library the trainer sees: the bundled modules with their
// overlays, then the trainer's own modules, in number order. Overlays of
// modules that no longer exist are ignored (and kept in storage).
func Apply(bundled *Library, ovs []Overlay, own []*Module) *Library {
	byModule := map[string][]Overlay{}
	for _, o := range ovs {
		byModule[o.Module] = append(byModule[o.Module], o)
	}
	lib := &Library{}
	for _, m := range bundled.Modules {
		if list := byModule[m.Key()]; len(list) > 0 {
			m = Customise(m, list)
		}
		lib.Modules = append(lib.Modules, m)
	}
	for _, m := range own {
		lib.Modules = append(lib.Modules, Customise(m, byModule[m.Key()]))
	}
	sort.SliceStable(lib.Modules, func(i, j int) bool { return lib.Modules[i].Number < lib.Modules[j].Number })
	return lib
}

// Replace puts m in place of the module with the same key, or adds it, and
// keeps the number order. Screens holding the library see the change.
func (l *Library) Replace(m *Module) {
	for i, x := range l.Modules {
		if x.Key() == m.Key() {
			l.Modules[i] = m
			return
		}
	}
	l.Modules = append(l.Modules, m)
	sort.SliceStable(l.Modules, func(i, j int) bool { return l.Modules[i].Number < l.Modules[j].Number })
}

// Remove takes the module with this key out of the library.
func (l *Library) Remove(key string) {
	for i, x := range l.Modules {
		if x.Key() == key {
			l.Modules = append(l.Modules[:i], l.Modules[i+1:]...)
			return
		}
	}
}

// ByKey returns the module with this key, or nil.
func (l *Library) ByKey(key string) *Module {
	for _, m := range l.Modules {
		if m.Key() == key {
			return m
		}
	}
	return nil
}

// NextOwnNumber is the number a new own module gets: after every module of
// the library, and never below FirstOwnNumber.
func (l *Library) NextOwnNumber() int {
	n := FirstOwnNumber
	for _, m := range l.Modules {
		if m.Number >= n {
			n = m.Number + 1
		}
	}
	return n
}

// Overlays lists the module's customisations, by language then part, so
// that a screen can change one and build the module again with Customise.
func (m *Module) Overlays() []Overlay {
	var out []Overlay
	for _, lang := range Languages {
		for _, p := range AllParts {
			if o := m.Overlay(lang, p); o != nil {
				out = append(out, *o)
			}
		}
	}
	return out
}

// WithOverlay returns the module built again with o in place of the
// customisation of the same part (o empty: the part goes back to original).
func (m *Module) WithOverlay(o Overlay) *Module {
	var ovs []Overlay
	for _, x := range m.Overlays() {
		if x.Key() != o.Key() {
			ovs = append(ovs, x)
		}
	}
	if !o.Empty() {
		ovs = append(ovs, o)
	}
	return Customise(m, ovs)
}

// EditOverlay is a copy of the customisation of a part, or a new one, for a
// screen to change and save: changing it leaves the module as it is.
func (m *Module) EditOverlay(lang, part string) Overlay {
	o := Overlay{Module: m.Key(), Lang: lang, Part: part}
	if old := m.Overlay(lang, part); old != nil {
		o = *old
		o.HiddenSections = append([]string(nil), old.HiddenSections...)
	}
	return o
}

// SetText records the trainer's text of a part of a bundled module, whose
// original is original: a text equal to the original removes the edit. A
// new edit records the original it starts from; editing again keeps that
// record, since saving is not reviewing what changed in a newer original
// (Review is).
func (o *Overlay) SetText(original, text string) {
	if text == original {
		o.ClearEdit()
		return
	}
	if !o.Edited {
		o.BaseHash, o.BaseText = Hash(original), original
	}
	o.Edited, o.Text = true, text
}

// ClearEdit puts the original text back. The notes and handout settings
// stay: they are not part of the text.
func (o *Overlay) ClearEdit() {
	o.Edited, o.Text, o.BaseHash, o.BaseText = false, "", "", ""
}

// Review marks a stale edit as reviewed ("Keep my version"): it now counts
// as based on original, today's bundled text.
func (o *Overlay) Review(original string) {
	o.BaseHash, o.BaseText = Hash(original), original
}

// Bundled is a library of the bundled originals of l's modules, without
// the trainer's customisations or own modules.
func (l *Library) Bundled() *Library {
	out := &Library{}
	for _, m := range l.Modules {
		if !m.Own() {
			out.Modules = append(out.Modules, m.Original())
		}
	}
	return out
}
