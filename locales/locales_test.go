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

// keys reads the message IDs of one locale file.
func keys(t *testing.T, lang string) map[string]bool {
	t.Helper()
	var m map[string]any
	if _, err := toml.DecodeFS(files, lang+".toml", &m); err != nil {
		t.Fatalf("%s.toml: %v", lang, err)
	}
	out := map[string]bool{}
	for k := range m {
		out[k] = true
	}
	return out
}

// usedKeys finds the message IDs the code uses: calls T("id"), Tf("id",
// Tn("id", and IDs written as string literals in maps ("digcomp_1_1").
func usedKeys(t *testing.T) map[string]bool {
	t.Helper()
	call := regexp.MustCompile(`\bT[fn]?\("([a-z0-9_]+)"`)
	literal := regexp.MustCompile(`"(digcomp_[1-5]_[1-6])"`)
	used := map[string]bool{}
	for _, dir := range []string{"../ui", "../cmd"} {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
				return err
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			for _, re := range []*regexp.Regexp{call, literal} {
				for _, m := range re.FindAllSubmatch(b, -1) {
					used[string(m[1])] = true
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return used
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
	used, en := usedKeys(t), keys(t, "en")
	if len(used) < 10 {
		t.Fatalf("found only %d keys in the code: the scan is broken", len(used))
	}
	for _, id := range sorted(used) {
		if !en[id] {
			t.Errorf("the code uses %q, which no locale file defines", id)
		}
	}
	for _, id := range sorted(en) {
		if !used[id] {
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
