// Package bundle writes and checks the compressed archives the kit embeds
// in place of its content folders (assets/course.zip, assets/fonts.zip).
package bundle

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"time"
)

// modified is the date stored for every file, so that the archive depends
// on the files' contents only.
var modified = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// Write zips every regular file of fsys, in name order, with the best
// Deflate compression.
func Write(w io.Writer, fsys fs.FS) error {
	names, err := Files(fsys)
	if err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestCompression)
	})
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return fmt.Errorf("bundle %s: %w", name, err)
		}
		h := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: modified}
		h.SetMode(0o644)
		f, err := zw.CreateHeader(h)
		if err != nil {
			return fmt.Errorf("bundle %s: %w", name, err)
		}
		if _, err := f.Write(b); err != nil {
			return fmt.Errorf("bundle %s: %w", name, err)
		}
	}
	return zw.Close()
}

// WriteFile writes the archive of fsys to path.
func WriteFile(path string, fsys fs.FS) error {
	var buf bytes.Buffer
	if err := Write(&buf, fsys); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// Files lists the regular files of fsys in name order.
func Files(fsys fs.FS) ([]string, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			names = append(names, p)
		}
		return nil
	})
	sort.Strings(names)
	return names, err
}

// Diff lists the files that differ between two trees: missing on one side
// or with other bytes. Empty means the archive is up to date.
func Diff(want, got fs.FS) ([]string, error) {
	wn, err := Files(want)
	if err != nil {
		return nil, err
	}
	gn, err := Files(got)
	if err != nil {
		return nil, err
	}
	var out []string
	seen := map[string]bool{}
	for _, n := range wn {
		seen[n] = true
		a, _ := fs.ReadFile(want, n)
		b, err := fs.ReadFile(got, n)
		if err != nil || !bytes.Equal(a, b) {
			out = append(out, n)
		}
	}
	for _, n := range gn {
		if !seen[n] {
			out = append(out, n)
		}
	}
	return out, nil
}
