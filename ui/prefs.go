// Package ui holds the Fyne screens and widgets of the kit. It never imports
// fyne.io/fyne/v2/app (only cmd/ does) so that its tests run with Fyne's test
// driver, without a display.
package ui

import "sync"

// Prefs stores the trainer's preferences. storage.DB implements it; the UI
// does not know how or where they are kept.
type Prefs interface {
	Setting(key string) string
	SetSetting(key, value string) error
}

// Preference keys.
const (
	prefModule    = "ui.module"
	prefPart      = "ui.part"
	prefLang      = "ui.content_lang"
	prefUILang    = "ui.lang"
	prefZoom      = "ui.zoom"
	prefTheme     = "ui.theme"
	prefWidth     = "ui.width"
	prefHeight    = "ui.height"
	prefRecent    = "ui.recent"
	prefBookmarks = "ui.bookmarks"
)

// MemPrefs keeps preferences in memory: for screenshots and tests.
type MemPrefs struct {
	mu sync.Mutex
	m  map[string]string
}

// NewMemPrefs returns empty in-memory preferences.
func NewMemPrefs() *MemPrefs { return &MemPrefs{m: map[string]string{}} }

// Setting returns a preference ("" when unset).
func (p *MemPrefs) Setting(key string) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.m[key]
}

// SetSetting stores a preference.
func (p *MemPrefs) SetSetting(key, value string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.m[key] = value
	return nil
}
