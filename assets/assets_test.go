package assets

import (
	"bytes"
	"io/fs"
	"os"
	"testing"

	"github.com/socialtech/trainerkit/assets/bundle"
)

// The embedded archives must hold exactly the files of their folders.
func TestArchivesUpToDate(t *testing.T) {
	for dir, got := range map[string]fs.FS{"course": Course(), "fonts": fontsFS()} {
		diff, err := bundle.Diff(os.DirFS(dir), got)
		if err != nil {
			t.Fatal(err)
		}
		if len(diff) > 0 {
			t.Errorf("%s.zip is out of date with %s/ (%d files differ, first %s): run `go generate ./assets`", dir, dir, len(diff), diff[0])
		}
	}
}

func TestCourseReadsLikeAFolder(t *testing.T) {
	entries, err := fs.ReadDir(Course(), ".")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) < 20 || !entries[0].IsDir() || entries[0].Name() != "01-digital-transition" {
		t.Fatalf("course root: %d entries, first %v", len(entries), entries[0])
	}
	if _, err := fs.ReadFile(Course(), "01-digital-transition/fr/theory.md"); err != nil {
		t.Fatal(err)
	}
}

func TestFont(t *testing.T) {
	for _, name := range []string{FontRegular, FontBold, FontItalic, FontBoldItalic, FontFallback, FontFallbackBold} {
		b, err := Font(name)
		if err != nil || len(b) < 50000 {
			t.Errorf("%s: %d bytes, %v", name, len(b), err)
		}
	}
	if _, err := Font("missing.ttf"); err == nil {
		t.Error("a missing font gives no error")
	}
	for _, lang := range []string{"fr", "en", "it", "es"} {
		if b, err := Hyphenation(lang); err != nil || !bytes.HasPrefix(b, []byte("UTF-8")) {
			t.Errorf("hyphenation %s: %d bytes, %v", lang, len(b), err)
		}
	}
	if _, err := Hyphenation("de"); err == nil {
		t.Error("missing patterns give no error")
	}
}

// Generating twice gives the same bytes: the archive depends on the files only.
func TestBundleDeterministic(t *testing.T) {
	a, b := t.TempDir()+"/a.zip", t.TempDir()+"/b.zip"
	for _, p := range []string{a, b} {
		if err := bundle.WriteFile(p, os.DirFS("fonts")); err != nil {
			t.Fatal(err)
		}
	}
	x, _ := os.ReadFile(a)
	y, _ := os.ReadFile(b)
	if string(x) != string(y) {
		t.Fatal("two runs gave different archives")
	}
}

// BenchmarkReadCourse reads every file of the embedded course, as the kit
// does at start (course.Load), decompressing the archive.
func BenchmarkReadCourse(b *testing.B) {
	names, err := bundle.Files(Course())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, n := range names {
			if _, err := fs.ReadFile(Course(), n); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkReadCourseFolder is the same read from the plain folder, the
// peer of BenchmarkReadCourse (what the binary did before the archive, minus
// the disk, which embed.FS does not touch either).
func BenchmarkReadCourseFolder(b *testing.B) {
	fsys := os.DirFS("course")
	names, err := bundle.Files(fsys)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, n := range names {
			if _, err := fs.ReadFile(fsys, n); err != nil {
				b.Fatal(err)
			}
		}
	}
}
