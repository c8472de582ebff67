package main

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// docPackages reads the package picture of docs/ARCHITECTURE.md: its first
// code block, one package a line, on the first line or after a branch
// ("├── ui", "│   └── course/datafile").
func docPackages(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "docs", "ARCHITECTURE.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(b), "```\n")
	block, _, ok2 := strings.Cut(block, "```\n")
	if !ok || !ok2 {
		t.Fatal("docs/ARCHITECTURE.md has no package picture")
	}
	name := regexp.MustCompile(`^([a-z][a-z0-9]*(?:/[a-z0-9]+)*)(?:\s{2,}|$)`)
	var out []string
	for i, line := range strings.Split(block, "\n") {
		_, rest, branch := strings.Cut(line, "── ")
		if i == 0 {
			rest, branch = line, true
		}
		if m := name.FindStringSubmatch(rest); branch && m != nil {
			out = append(out, m[1])
		}
	}
	return out
}

// The picture of docs/ARCHITECTURE.md names every package of the module,
// and only those: a new package is drawn where it belongs.
func TestArchitectureNamesEveryPackage(t *testing.T) {
	var listed []string
	for path := range goList(t, "", "./...") {
		listed = append(listed, strings.TrimPrefix(path, modulePath+"/"))
	}
	sort.Strings(listed)
	drawn := docPackages(t)
	sort.Strings(drawn)
	if strings.Join(drawn, " ") != strings.Join(listed, " ") {
		t.Errorf("docs/ARCHITECTURE.md draws\n  %s\ngo list ./... has\n  %s", strings.Join(drawn, " "), strings.Join(listed, " "))
	}
}

// The picture reads from the top: a package imports only packages drawn
// below it; course's sub-packages also build on course and course/session.
func TestArchitectureImportsGoDown(t *testing.T) {
	drawn := docPackages(t)
	place := map[string]int{}
	for i, p := range drawn {
		place[p] = i
	}
	for path, p := range goList(t, "", "./...") {
		from := strings.TrimPrefix(path, modulePath+"/")
		for _, imp := range p.Imports {
			to, ours := strings.CutPrefix(imp, modulePath+"/")
			if !ours {
				continue
			}
			shared := strings.HasPrefix(from, "course/") && (to == "course" || to == "course/session")
			if i, j := place[from], place[to]; j <= i && !shared {
				t.Errorf("%s imports %s, drawn above it in docs/ARCHITECTURE.md", from, to)
			}
		}
	}
}
