package pack

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"unicode/utf8"
)

// ReadFile reads the pack at path (see Read).
func ReadFile(path string) (*Contents, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open pack %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("open pack %s: %w", path, err)
	}
	c, err := Read(f, st.Size())
	if err != nil {
		return nil, fmt.Errorf("pack %s: %w", path, err)
	}
	return c, nil
}

// Read reads a pack of size bytes and checks all of it before returning:
// sizes and counts within bounds, safe and unique names, a manifest of this
// format and version, every file it names present and UTF-8, and contents
// that pass Contents.Check. Errors wrap ErrNotPack, ErrVersion, ErrTooBig,
// ErrUnsafePath or ErrBroken, and say what and where.
func Read(r io.ReaderAt, size int64) (*Contents, error) {
	if size > MaxPackSize {
		return nil, fmt.Errorf("%w: %d MiB, at most %d MiB", ErrTooBig, size>>20, MaxPackSize>>20)
	}
	zr, err := openZip(r, size)
	if err != nil {
		return nil, err
	}
	entries, err := index(zr)
	if err != nil {
		return nil, err
	}
	rd := &reader{entries: entries, cache: map[string]string{}}
	mf, err := rd.manifest()
	if err != nil {
		return nil, err
	}
	c, err := fromManifest(mf, rd.text)
	if err != nil {
		return nil, err
	}
	c.clean()
	if err := c.Check(); err != nil {
		return nil, err
	}
	return c, nil
}

// errDirectory stops zip.NewReader reading a central directory larger than
// any pack's.
var errDirectory = errors.New("zip directory too large")

// openZip opens the zip, reading at most a bounded central directory:
// archive/zip reads directory records until a bad one, whatever the count
// says, and a small file full of tiny records would cost much memory.
func openZip(r io.ReaderAt, size int64) (*zip.Reader, error) {
	// 46 bytes of record and a name per entry, with room for extra fields,
	// plus the end record and its comment, which zip looks for in the last 65 KiB.
	lr := &boundedReaderAt{r: r, left: MaxEntries*(46+maxNameLen+64) + 128<<10}
	zr, err := zip.NewReader(lr, size)
	switch {
	case errors.Is(err, errDirectory):
		return nil, fmt.Errorf("%w: more than %d files", ErrTooBig, MaxEntries)
	case errors.Is(err, zip.ErrInsecurePath):
		return nil, fmt.Errorf("%w: %v", ErrUnsafePath, err)
	case err != nil:
		return nil, fmt.Errorf("%w (not a zip file: %v)", ErrNotPack, err)
	}
	lr.left = -1 // entries are bounded one by one as they are read
	return zr, nil
}

// boundedReaderAt fails once it has given left bytes; left < 0: no bound.
type boundedReaderAt struct {
	r    io.ReaderAt
	left int64
}

func (b *boundedReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if b.left >= 0 {
		if int64(len(p)) > b.left {
			return 0, errDirectory
		}
		b.left -= int64(len(p))
	}
	return b.r.ReadAt(p, off)
}

// index checks every name in the zip and maps the files by name.
func index(zr *zip.Reader) (map[string]*zip.File, error) {
	if len(zr.File) > MaxEntries {
		return nil, fmt.Errorf("%w: %d files, at most %d", ErrTooBig, len(zr.File), MaxEntries)
	}
	entries := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		if err := checkName(f.Name); err != nil {
			return nil, err
		}
		if _, dup := entries[f.Name]; dup {
			return nil, broken("%q is in the pack twice", f.Name)
		}
		entries[f.Name] = f
	}
	return entries, nil
}

// checkName refuses a name that could point outside a folder if the pack
// were unpacked: absolute, "..", backslashes, drive letters, control
// characters, or anything fs.ValidPath refuses. A trailing "/" marks a
// folder entry.
func checkName(name string) error {
	clean := strings.TrimSuffix(name, "/")
	bad := name == "" || len(name) > maxNameLen || !utf8.ValidString(name) ||
		strings.ContainsAny(name, `\:`) || strings.HasPrefix(name, "/") || !fs.ValidPath(clean) || clean == "."
	for _, r := range name {
		if r < 0x20 || r == 0x7f {
			bad = true
		}
	}
	if bad {
		return fmt.Errorf("%w: %q", ErrUnsafePath, name)
	}
	return nil
}

// reader reads the files of a pack, each once, within the size bounds.
type reader struct {
	entries map[string]*zip.File
	cache   map[string]string
	total   int64 // bytes read so far, uncompressed
}

// manifest reads and decodes manifest.json, format and version first.
func (rd *reader) manifest() (*manifest, error) {
	if _, ok := rd.entries[ManifestName]; !ok {
		return nil, fmt.Errorf("%w: it holds no %s", ErrNotPack, ManifestName)
	}
	b, err := rd.read(ManifestName)
	if err != nil {
		return nil, err
	}
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return nil, broken("%s: %v", ManifestName, err)
	}
	switch {
	case head.Format != Format:
		return nil, fmt.Errorf("%w: %s has format %q, not %q", ErrNotPack, ManifestName, head.Format, Format)
	case head.Version > Version:
		return nil, fmt.Errorf("%w: version %d was made by a newer version of the kit; update the kit to open it", ErrVersion, head.Version)
	case head.Version != Version:
		// No kit writes version 0 or less: the manifest is damaged, or made
		// by hand, not by a newer kit.
		return nil, broken("%s: unknown version %d", ManifestName, head.Version)
	}
	var mf manifest
	if err := decodeStrict(b, &mf); err != nil {
		return nil, broken("%s: %v", ManifestName, err)
	}
	return &mf, nil
}

// decodeStrict decodes one JSON value and refuses anything after it.
func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("data after the manifest")
	}
	return nil
}

// text returns a Markdown file the manifest names, which must be UTF-8.
// Every use counts toward MaxTotalSize: many customisations may name the
// same file, and each would be stored whole.
func (rd *reader) text(name string) (string, error) {
	if s, ok := rd.cache[name]; ok {
		if err := rd.count(len(s)); err != nil {
			return "", err
		}
		return s, nil
	}
	if _, ok := rd.entries[name]; !ok || strings.HasSuffix(name, "/") {
		return "", broken("the manifest names %q, which is not in the pack", name)
	}
	if name == ManifestName {
		return "", broken("the manifest names itself as a text")
	}
	b, err := rd.read(name)
	if err != nil {
		return "", err
	}
	if !utf8.Valid(b) {
		return "", broken("%s is not UTF-8 text", name)
	}
	rd.cache[name] = string(b)
	return rd.cache[name], nil
}

// read decompresses one file, never trusting the sizes its header
// announces: it stops past MaxEntrySize, or when the pack's total goes past
// MaxTotalSize.
func (rd *reader) read(name string) ([]byte, error) {
	f := rd.entries[name]
	if f.UncompressedSize64 > MaxEntrySize {
		return nil, fmt.Errorf("%w: %s is %d MiB, at most %d MiB", ErrTooBig, name, f.UncompressedSize64>>20, MaxEntrySize>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, broken("%s: %v", name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, MaxEntrySize+1))
	if err != nil {
		return nil, broken("%s: %v", name, err)
	}
	if len(b) > MaxEntrySize {
		return nil, fmt.Errorf("%w: %s is over %d MiB uncompressed", ErrTooBig, name, MaxEntrySize>>20)
	}
	if err := rd.count(len(b)); err != nil {
		return nil, err
	}
	return b, nil
}

// count adds n bytes to what the pack expands to.
func (rd *reader) count(n int) error {
	rd.total += int64(n)
	if rd.total > MaxTotalSize {
		return fmt.Errorf("%w: over %d MiB of text in all, counting each use of a file", ErrTooBig, MaxTotalSize>>20)
	}
	return nil
}
