package pack

import (
	"archive/zip"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

var updateSeeds = flag.Bool("update-seeds", false, "write the seed corpus of FuzzRead into testdata/fuzz/FuzzRead")

// seeds are the packs the fuzzer starts from: a valid one, one without
// participants, and the small hostile ones.
func seeds(t testing.TB) map[string][]byte {
	c := sample()
	c.Participants = nil
	out := map[string][]byte{"valid": packBytes(t, sample()), "valid-no-participants": packBytes(t, c)}
	for _, h := range hostile(t) {
		if len(h.data) < 64<<10 {
			out[h.name] = h.data
		}
	}
	return out
}

// TestWriteSeedCorpus writes the committed corpus again when run with
// -update-seeds; otherwise it checks the corpus holds every seed.
func TestWriteSeedCorpus(t *testing.T) {
	dir := filepath.Join("testdata", "fuzz", "FuzzRead")
	nonWord := regexp.MustCompile(`[^a-z0-9]+`)
	for name, data := range seeds(t) {
		p := filepath.Join(dir, "seed-"+strings.Trim(nonWord.ReplaceAllString(name, "-"), "-"))
		if *updateSeeds {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, fmt.Appendf(nil, "go test fuzz v1\n[]byte(%q)\n", data), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if _, err := os.Stat(p); err != nil {
			t.Errorf("seed %s missing (go test -run TestWriteSeedCorpus -update-seeds ./course/pack): %v", name, err)
		}
	}
}

// FuzzRead: no input makes Read panic or return an error that is none of
// the five kinds; whatever Read accepts passes Check, holds no control
// character or terminal escape, expands within MaxTotalSize, writes back,
// and reads again to the same contents.
func FuzzRead(f *testing.F) {
	for _, data := range seeds(f) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := readBytes(data)
		if err != nil {
			if c != nil {
				t.Fatal("contents with an error")
			}
			for _, kind := range []error{ErrNotPack, ErrVersion, ErrTooBig, ErrUnsafePath, ErrBroken} {
				if errors.Is(err, kind) {
					return
				}
			}
			t.Fatalf("error of no known kind: %v", err)
		}
		if err := c.Check(); err != nil {
			t.Fatalf("read contents fail Check: %v", err)
		}
		assertClean(t, c)
		assertBounded(t, c)
		var buf bytes.Buffer
		if err := Write(&buf, c); err != nil {
			t.Fatalf("write back: %v", err)
		}
		again, err := readBytes(buf.Bytes())
		if err != nil {
			t.Fatalf("read back: %v", err)
		}
		again.KitVersion, again.Created = c.KitVersion, c.Created
		if !reflect.DeepEqual(c, again) {
			t.Fatalf("round trip changed the contents:\n%+v\n%+v", c, again)
		}
	})
}

// FuzzManifest reaches what FuzzRead's mutations rarely do past the zip's
// checksums: any manifest.json, beside the sample pack's Markdown files,
// is read without panic into an error of a known kind or into contents
// that pass Check, are clean and bounded, and write back. Seeds: the manifests of FuzzRead's
// seeds, and what fuzzing found (testdata/fuzz/FuzzManifest).
func FuzzManifest(f *testing.F) {
	files := entriesOf(f, packBytes(f, sample()))
	for _, data := range seeds(f) {
		if es, ok := tryEntries(data); ok && len(es) > 0 && es[0].name == ManifestName && len(es[0].data) < 8<<10 {
			f.Add(es[0].data)
		}
	}
	f.Fuzz(func(t *testing.T, manifest []byte) {
		es := append([]entry{{ManifestName, manifest}}, files[1:]...)
		c, err := readBytes(zipOf(t, es...))
		if err != nil {
			for _, kind := range []error{ErrNotPack, ErrVersion, ErrTooBig, ErrUnsafePath, ErrBroken} {
				if errors.Is(err, kind) {
					return
				}
			}
			t.Fatalf("error of no known kind: %v", err)
		}
		if err := c.Check(); err != nil {
			t.Fatalf("read contents fail Check: %v", err)
		}
		assertClean(t, c)
		assertBounded(t, c)
		if err := Write(&bytes.Buffer{}, c); err != nil {
			t.Fatalf("write back: %v", err)
		}
	})
}

// assertBounded fails when the texts of c add up to more than
// MaxTotalSize: what an import would store.
func assertBounded(t testing.TB, c *Contents) {
	t.Helper()
	total := 0
	for _, o := range c.Overlays {
		total += len(o.Text) + len(o.BaseText)
	}
	for _, m := range c.Modules {
		for _, parts := range m.Source {
			for _, text := range parts {
				total += len(text)
			}
		}
	}
	if total > MaxTotalSize {
		t.Fatalf("the texts add up to %d bytes", total)
	}
}

// tryEntries unpacks a zip, or says it is none.
func tryEntries(b []byte) (es []entry, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, false
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, false
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, false
		}
		es = append(es, entry{f.Name, data})
	}
	return es, true
}
