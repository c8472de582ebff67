package locales

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// keys reads the message IDs of every message file of one language.
func keys(t *testing.T, lang string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	for _, name := range Files(lang) {
		var m map[string]any
		if _, err := toml.DecodeFS(files, name, &m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for k := range m {
			if out[k] {
				t.Errorf("%s: %q is defined twice for %s", name, k, lang)
			}
			out[k] = true
		}
	}
	return out
}

// usedKeys finds the message IDs the code surely uses (calls T("id"),
// Tf("id", Tn("id", showError("id", …)) and every string literal of the code
// (IDs held in maps or variables, such as "digcomp_1_1").
func usedKeys(t *testing.T) (calls, literals map[string]bool) {
	t.Helper()
	call := regexp.MustCompile(`\b(?:T[fn]?|showError)\("([a-z0-9_]+)"`)
	literal := regexp.MustCompile(`"([a-z][a-z0-9_]+)"`)
	calls, literals = map[string]bool{}, map[string]bool{}
	// Every package of the kit but this one may use messages.
	for _, dir := range []string{"../ui", "../cmd", "../course", "../storage"} {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
				return err
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			for _, m := range call.FindAllSubmatch(b, -1) {
				calls[string(m[1])] = true
			}
			for _, m := range literal.FindAllSubmatch(b, -1) {
				literals[string(m[1])] = true
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return calls, literals
}

func sorted(m map[string]bool) []string {
	var s []string
	for k := range m {
		s = append(s, k)
	}
	sort.Strings(s)
	return s
}

func TestEveryKeyInEveryLanguage(t *testing.T) {
	en := keys(t, "en")
	for _, l := range Supported {
		k := keys(t, l)
		for _, id := range sorted(en) {
			if !k[id] {
				t.Errorf("%s.toml lacks %q", l, id)
			}
		}
		for _, id := range sorted(k) {
			if !en[id] {
				t.Errorf("%s.toml has %q, which en.toml lacks", l, id)
			}
		}
	}
}

func TestKeysUsedAndDefined(t *testing.T) {
	calls, literals := usedKeys(t)
	en := keys(t, "en")
	if len(calls) < 10 {
		t.Fatalf("found only %d keys in the code: the scan is broken", len(calls))
	}
	for _, id := range sorted(calls) {
		if !en[id] {
			t.Errorf("the code uses %q, which no locale file defines", id)
		}
	}
	for _, id := range sorted(en) {
		if !calls[id] && !literals[id] {
			t.Errorf("%q is defined but never used", id)
		}
	}
}

func TestTranslations(t *testing.T) {
	if got := New("fr-FR").T("part_toolbox"); got != "Boîte à outils" {
		t.Errorf("fr part_toolbox = %q", got)
	}
	if got := New("es").Tn("module_duration", 210, nil); got != "210 minutos" {
		t.Errorf("es module_duration = %q", got)
	}
	if got := New("de_DE.UTF-8").Lang(); got != "en" {
		t.Errorf("German falls back to %q, want en", got)
	}
	if got := New("it").T("no_such_key"); got != "no_such_key" {
		t.Errorf("unknown key = %q", got)
	}
}

func TestMatch(t *testing.T) {
	for in, want := range map[string]string{"fr-FR": "fr", "it_IT.UTF-8": "it", "es": "es", "EN-gb": "en", "C": "en", "": "en", "pt-BR": "en"} {
		if got := Match(in); got != want {
			t.Errorf("Match(%q) = %q, want %q", in, got, want)
		}
	}
}

// French messages keep French typography: a no-break space, never a plain
// one, before : ; ! ? and inside « », so that a line never starts with the
// sign (U+202F before ; ! ?, as in the course; U+00A0 before :).
func TestFrenchTypography(t *testing.T) {
	wrong := regexp.MustCompile(`\s[:;!?»]|«\s`) // \s is not a no-break space
	for _, name := range Files("fr") {
		var m map[string]any
		if _, err := toml.DecodeFS(files, name, &m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for id, v := range m {
			texts := []string{}
			switch v := v.(type) {
			case string:
				texts = append(texts, v)
			case map[string]any: // plural forms
				for _, s := range v {
					if s, ok := s.(string); ok {
						texts = append(texts, s)
					}
				}
			}
			for _, s := range texts {
				s = strings.ReplaceAll(s, ", ? ", ", key ") // the key ? in a list of keys
				if loc := wrong.FindStringIndex(s); loc != nil {
					t.Errorf("%s: %s: %q has no no-break space at %q", name, id, s, s[loc[0]:loc[1]])
				}
			}
		}
	}
}
