package ui

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"github.com/BurntSushi/toml"

	"github.com/socialtech/trainerkit/locales"
)

// drawnTexts are the texts drawn under o, inside every widget.
func drawnTexts(o fyne.CanvasObject) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if !o.Visible() {
			return
		}
		switch c := o.(type) {
		case *canvas.Text:
			if s := strings.TrimSpace(c.Text); s != "" {
				out = append(out, s)
			}
		case *fyne.Container:
			for _, ch := range c.Objects {
				walk(ch)
			}
		case *container.Scroll:
			walk(c.Content)
		case fyne.Widget:
			for _, ch := range test.WidgetRenderer(c).Objects() {
				walk(ch)
			}
		}
	}
	walk(o)
	return out
}

// englishTexts are the texts that betray English in an interface in lang:
// Fyne's strings, the places of its file dialog, its select's placeholder,
// its file dialog's titles, and every message of the kit, in English,
// unless lang writes them the same ("OK", "Documents", "Computer").
func englishTexts(t *testing.T, lang string) map[string]bool {
	t.Helper()
	fyneStrings := func(l string) map[string]any {
		b, err := locales.Fyne.ReadFile("fyne/fyne." + l + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	en, here := fyneStrings("en"), fyneStrings(lang)
	out := map[string]bool{"(Select one)": true, "Open File": true, "Save File": true, "Open Folder": true}
	for k, v := range en {
		if s, ok := v.(string); ok && here[k] != v {
			out[s] = true
		}
	}
	tr := locales.New(lang)
	for name := range placeKeys {
		if tr.T(placeKeys[name]) != name {
			out[name] = true
		}
	}
	kit := func(l string) map[string]string {
		m := map[string]string{}
		for _, f := range locales.Files(l) {
			var part map[string]any
			if _, err := toml.DecodeFile(filepath.Join("..", "locales", f), &part); err != nil {
				t.Fatal(err)
			}
			for k, v := range part {
				if s, ok := v.(string); ok {
					m[k] = s
				}
			}
		}
		return m
	}
	enKit, hereKit := kit("en"), kit(lang)
	for k, s := range enKit {
		if hereKit[k] != s && !strings.Contains(s, "{{") {
			out[s] = true
		}
	}
	// What lang itself says is not English ("OK" in French).
	for _, s := range hereKit {
		delete(out, s)
	}
	for _, v := range here {
		if s, ok := v.(string); ok {
			delete(out, s)
		}
	}
	return out
}

// Every dialog, in French, Italian and Spanish, shows no English: neither
// Fyne's (Cancel, Yes, Error, the file dialog's places) nor the kit's.
func TestDialogsSpeakTheInterfaceLanguage(t *testing.T) {
	if _, err := os.Stat(filepath.Join("..", "locales")); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"fr", "it", "es"} {
		t.Run(lang, func(t *testing.T) {
			english := englishTexts(t, lang)
			mw, _ := newTestMainWindow(t, func(st *State) { st.UILang = lang })
			defer useFyneLanguage("en")
			c := mw.win.Canvas()
			if _, err := mw.sessions.Create("Atelier", "2026-12-07", 1, "fr", ""); err != nil {
				t.Fatal(err)
			}
			ed := func() *SessionEditor { mw.ShowView(viewSessions); return mw.sessions.Editor() }
			for _, d := range []struct {
				name string
				open func()
			}{
				{"settings", mw.showSettings},
				{"keys", windowCommands{mw}.showKeys},
				{"new session", mw.sessions.showNew},
				{"new own module", func() { mw.own.showNew() }},
				{"export module", mw.reader.act.export},
				{"notes", func() { showNotesDialog(mw.env, "", func(string) {}) }},
				{"error", func() { mw.showError("error_save_settings", errors.New("disk full")) }},
				{"confirm", func() { showConfirm(mw.tr.T("own_delete_title"), "?", func(bool) {}, mw.win) }},
				{"participant", func() { ed().Participants().showEdit(nil) }},
				{"delete session", func() { ed().confirmDelete() }},
				{"export session", func() { ed().print() }},
				{"file save", func() { saveFile(mw.env, "x.pdf", []string{".pdf"}, "error_save_settings", nil, nil) }},
				{"file open", func() { ed().Participants().chooseImport() }},
			} {
				d.open()
				top := c.Overlays().Top()
				if top == nil {
					t.Errorf("%s: no dialog", d.name)
					continue
				}
				// Let Fyne lay out the file dialog's lists.
				top.Resize(fyne.NewSize(1000, 700))
				if testing.Verbose() {
					t.Logf("%s: %q", d.name, drawnTexts(top))
				}
				for _, s := range drawnTexts(top) {
					if english[s] && strings.ContainsFunc(s, unicode.IsLetter) {
						t.Errorf("%s dialog in %s shows %q", d.name, lang, s)
					}
				}
				for c.Overlays().Top() != nil {
					c.Overlays().Remove(c.Overlays().Top())
				}
				openDialogs.remove(c, nil)
				for st := openDialogs[c]; st != nil && len(st.open) > 0; st = openDialogs[c] {
					openDialogs.remove(c, st.open[0])
				}
			}
		})
	}
}
