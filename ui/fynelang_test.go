package ui

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	"github.com/socialtech/trainerkit/locales"
)

func TestFyneSpeaksTheKitsLanguage(t *testing.T) {
	for l, want := range map[string][2]string{"fr": {"Annuler", "Oui"}, "it": {"Annulla", "Sì"},
		"es": {"Cancelar", "Sí"}, "en": {"Cancel", "Yes"}} {
		useFyneLanguage(l)
		if got := [2]string{lang.L("Cancel"), lang.L("Yes")}; got != want {
			t.Errorf("%s: %q, want %q", l, got, want)
		}
	}
	useFyneLanguage("en")
}

// fyneKeys reads the keys of the kit's translations of Fyne in one language.
func fyneKeys(t *testing.T, l string) map[string]bool {
	t.Helper()
	b, err := locales.Fyne.ReadFile("fyne/fyne." + l + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("fyne.%s.json: %v", l, err)
	}
	out := map[string]bool{}
	for k := range m {
		out[k] = true
	}
	return out
}

// Every string Fyne translates (lang.L, lang.X in its source, the version
// go.mod names) has the kit's translation in the four languages.
func TestFyneStringsTranslated(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "fyne.io/fyne/v2").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	dir := strings.TrimSpace(string(out))
	call := regexp.MustCompile(`lang\.(?:L|X)\("([^"]+)"`)
	used := map[string]bool{}
	for _, sub := range []string{"dialog", "widget", "internal/driver/glfw"} {
		files, _ := filepath.Glob(filepath.Join(dir, sub, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range call.FindAllSubmatch(b, -1) {
				used[string(m[1])] = true
			}
		}
	}
	if len(used) < 20 {
		t.Fatalf("found %d keys in Fyne's source at %s: the scan is broken", len(used), dir)
	}
	en := fyneKeys(t, "en")
	var missing []string
	for k := range used {
		if !en[k] {
			missing = append(missing, k)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("Fyne translates %q, which locales/fyne lacks", missing)
	}
	for _, l := range locales.Supported {
		k := fyneKeys(t, l)
		for id := range en {
			if !k[id] {
				t.Errorf("fyne.%s.json lacks %q", l, id)
			}
		}
		for id := range k {
			if !en[id] {
				t.Errorf("fyne.%s.json has %q, which fyne.en.json lacks", l, id)
			}
		}
	}
}
