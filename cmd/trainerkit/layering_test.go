package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// listed is one package as go list describes it.
type listed struct {
	ImportPath    string
	Imports, Deps []string
}

// goList runs go list -json on patterns from the module's root, with the
// build tags given, and returns the packages by import path.
func goList(t *testing.T, tags string, patterns ...string) map[string]listed {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	args := []string{"list", "-json=ImportPath,Imports,Deps"}
	if tags != "" {
		args = append(args, "-tags", tags)
	}
	cmd := exec.Command(goBin, append(args, patterns...)...)
	cmd.Dir = filepath.Join("..", "..")
	// Everything is in the module cache: never reach the module proxy.
	cmd.Env = append(os.Environ(), "GOPROXY=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	pkgs := map[string]listed{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listed
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs[p.ImportPath] = p
	}
	return pkgs
}

func hasDep(p listed, prefix string) string {
	for _, d := range p.Deps {
		if d == prefix || strings.HasPrefix(d, prefix+"/") {
			return d
		}
	}
	return ""
}

// The layers of docs/ARCHITECTURE.md: the content model and storage know
// nothing of Fyne; the interface knows nothing of bbolt; only cmd opens a
// Fyne app; the release build carries no test driver.
func TestLayering(t *testing.T) {
	pkgs := goList(t, "", "./...")
	if len(pkgs) < 10 {
		t.Fatalf("go list found %d packages", len(pkgs))
	}
	for path, p := range pkgs {
		rel := strings.TrimPrefix(path, modulePath+"/")
		switch {
		case strings.HasPrefix(rel, "course") || strings.HasPrefix(rel, "storage") || rel == "locales" || strings.HasPrefix(rel, "assets"):
			if d := hasDep(p, "fyne.io/fyne/v2"); d != "" {
				t.Errorf("%s depends on %s: no Fyne below ui", rel, d)
			}
		}
		// Only storage, and the command that wires it, link the database:
		// ui and course/kit see the data file through the interfaces they
		// declare.
		if d := hasDep(p, "go.etcd.io/bbolt"); d != "" && rel != "storage" && rel != "cmd/trainerkit" {
			t.Errorf("%s depends on %s: only storage and cmd/trainerkit do", rel, d)
		}
		for _, imp := range p.Imports {
			if imp == "go.etcd.io/bbolt" && rel != "storage" {
				t.Errorf("%s imports bbolt: only storage does", rel)
			}
			if imp == "fyne.io/fyne/v2/app" && rel != "cmd/trainerkit" {
				t.Errorf("%s imports fyne.io/fyne/v2/app: only cmd does", rel)
			}
		}
	}
	// The shipped binary: make build and make package pass -tags release.
	release := goList(t, "release", "./cmd/trainerkit")[modulePath+"/cmd/trainerkit"]
	for _, driver := range []string{"fyne.io/fyne/v2/test", "fyne.io/fyne/v2/driver/software"} {
		if hasDep(release, driver) != "" {
			t.Errorf("the release build links %s", driver)
		}
	}
	if hasDep(release, "fyne.io/fyne/v2/app") == "" {
		t.Error("the release build has no Fyne app: go list did not see the command")
	}
	if dev := pkgs[modulePath+"/cmd/trainerkit"]; hasDep(dev, "fyne.io/fyne/v2/test") == "" {
		t.Error("the development build cannot draw screenshots: it lacks the test driver")
	}
}
