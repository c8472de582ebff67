package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course"
)

// corpus reads the Markdown inputs of FuzzMarkdownPDF's corpus: its seeds
// and what the fuzzer found.
func corpus(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "fuzz", "FuzzMarkdownPDF", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fuzz corpus: %v", err)
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		_, val, _ := strings.Cut(string(b), "\n")
		val = strings.TrimSpace(val)
		q, ok := strings.CutPrefix(val, "string(")
		md, err := strconv.Unquote(strings.TrimSuffix(q, ")"))
		if !ok || err != nil {
			t.Fatalf("%s: not a string input: %v", f, err)
		}
		out[filepath.Base(f)] = md
	}
	return out
}

// Beyond not crashing, every input of the fuzz corpus prints inside the
// page without a line over another: deep lists and call-outs stop
// indenting, long words are cut, wide tables share the width.
func TestFuzzCorpusStaysOnThePage(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	if testing.Short() {
		t.Skip("prints every input of the fuzz corpus")
	}
	for name, md := range corpus(t) {
		if strings.TrimSpace(md) == "" {
			continue
		}
		m := &course.Module{Number: 5, Slug: "essai", Title: map[string]string{"fr": "Essai"},
			Source: map[string]map[string]string{"fr": {course.Theory: md}}}
		lib := &course.Library{Modules: []*course.Module{m}}
		p := render(t, name+".pdf", func(w *bytes.Buffer) error {
			return ModuleHandout(w, lib, 5, "fr", []string{course.Theory}, Options{})
		})
		checkInside(t, p)
	}
}
