package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
)

// runCLI runs the command line in-process and returns its exit code and output.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	stdout, stderr = &out, &errOut
	defer func() { stdout, stderr = os.Stdout, os.Stderr }()
	code := run(args)
	return code, out.String(), errOut.String()
}

func TestUnknownCommandAndFlag(t *testing.T) {
	for _, args := range [][]string{{"frobnicate"}, {"--bogus"}, {"modules", "--bogus"}, {"validate", "stray"}} {
		code, _, errOut := runCLI(t, args...)
		if code != 2 || !strings.Contains(errOut, "Usage:") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
}

func TestHelpAndVersion(t *testing.T) {
	if code, out, _ := runCLI(t, "--help"); code != 0 || !strings.Contains(out, "trainerkit validate") {
		t.Errorf("--help: %d %q", code, out)
	}
	if code, out, _ := runCLI(t, "version"); code != 0 || !strings.HasPrefix(out, "trainerkit ") {
		t.Errorf("version: %d %q", code, out)
	}
}

func TestModules(t *testing.T) {
	lib, err := course.Load(assets.Course())
	if err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCLI(t, "modules", "--lang", "fr")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != len(lib.Modules) {
		t.Fatalf("exit %d, %d lines for %d modules", code, len(lines), len(lib.Modules))
	}
	if lines[0] != "01 digital-transition Piloter la transition numérique d'une structure de l'ESS" {
		t.Errorf("first line %q", lines[0])
	}
	if code, _, _ := runCLI(t, "modules", "--lang", "de"); code != 2 {
		t.Errorf("unknown language: exit %d", code)
	}
}

func TestValidateReportsMissingContent(t *testing.T) {
	dir := t.TempDir()
	// One module folder with only its module.toml: everything else is missing.
	os.MkdirAll(filepath.Join(dir, "01-digital-transition"), 0o755)
	os.WriteFile(filepath.Join(dir, "01-digital-transition", "module.toml"), []byte("number = 1\nslug = \"digital-transition\"\n"), 0o644)
	code, out, _ := runCLI(t, "validate", "--dir", dir)
	if code == 0 {
		t.Fatal("validate succeeded on missing content")
	}
	for _, want := range []string{"02-digital-mediation: module is missing", "01-digital-transition/es/guide.md: part is missing", "title in fr is missing"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if code, _, _ := runCLI(t, "validate", "--modules", "0"); code != 2 {
		t.Errorf("--modules 0: exit %d", code)
	}
}

func TestValidateBundledPresentModules(t *testing.T) {
	code, out, _ := runCLI(t, "validate", "--modules", "1")
	if code != 0 {
		t.Errorf("module 1 invalid:\n%s", out)
	}
}

// With LANG=C.UTF-8 (containers, CI, servers) Fyne used to print "Error
// parsing user locale C" on every command. The test runs this test binary
// again, which links the same packages as the kit, under that locale.
func TestNoLocaleNoise(t *testing.T) {
	if os.Getenv("TRAINERKIT_LOCALE_CHILD") != "" {
		runCLI(t, "modules")
		return
	}
	for _, locale := range []string{"C.UTF-8", "C", "POSIX.utf8"} {
		cmd := exec.Command(os.Args[0], "-test.run", "^TestNoLocaleNoise$")
		cmd.Env = append(withoutLocale(os.Environ()), "LANG="+locale, "TRAINERKIT_LOCALE_CHILD=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("LANG=%s: %v\n%s", locale, err, out)
		}
		if strings.Contains(string(out), "locale") {
			t.Errorf("LANG=%s prints:\n%s", locale, out)
		}
	}
}

// withoutLocale is env without the variables that choose a locale.
func withoutLocale(env []string) []string {
	var out []string
	for _, kv := range env {
		k, _, _ := strings.Cut(kv, "=")
		if k != "LANG" && k != "LANGUAGE" && !strings.HasPrefix(k, "LC_") {
			out = append(out, kv)
		}
	}
	return out
}
