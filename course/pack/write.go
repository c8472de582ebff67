package pack

import (
	"archive/zip"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"time"
)

// Write writes c as a pack: manifest.json first, then the Markdown files in
// name order, so that the same contents make the same bytes. It refuses
// contents that fail Check, which Read would refuse too.
func Write(w io.Writer, c *Contents) error {
	if err := c.Check(); err != nil {
		return fmt.Errorf("write pack: %w", err)
	}
	created := c.Created
	if created.IsZero() {
		created = time.Now()
	}
	created = created.UTC().Truncate(time.Second)
	mf, fs := toManifest(c, created)
	if len(fs)+1 > MaxEntries {
		return fmt.Errorf("write pack: %w (%d files, at most %d)", ErrTooBig, len(fs)+1, MaxEntries)
	}
	b, err := json.MarshalIndent(mf, "", "  ")
	if err != nil {
		return fmt.Errorf("write pack manifest: %w", err)
	}
	zw := zip.NewWriter(w)
	if err := writeEntry(zw, ManifestName, b, created); err != nil {
		return err
	}
	names := make([]string, 0, len(fs))
	for name := range fs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := writeEntry(zw, name, []byte(fs[name]), created); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write pack: %w", err)
	}
	return nil
}

func writeEntry(zw *zip.Writer, name string, data []byte, modified time.Time) error {
	if len(data) > MaxEntrySize {
		return fmt.Errorf("write pack: %s: %w (%d MiB, at most %d MiB)", name, ErrTooBig, len(data)>>20, MaxEntrySize>>20)
	}
	f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: modified})
	if err != nil {
		return fmt.Errorf("write pack: %s: %w", name, err)
	}
	if _, err := f.Write(data); err != nil {
		return fmt.Errorf("write pack: %s: %w", name, err)
	}
	return nil
}
