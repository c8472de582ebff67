package kit

import (
	"fmt"
	"time"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/pack"
)

// ExportPack gathers what sel names and writes it into a pack at path,
// readable by its owner only when it holds participants. It returns what
// the pack holds, also when writing failed, so that a front end can warn
// about personal data.
func ExportPack(path string, st PackStore, sel pack.Selection) (*pack.Contents, error) {
	c, err := st.PackContents(sel)
	if err != nil {
		return nil, err
	}
	return c, pack.WriteFile(path, c)
}

// PackFileName is the name offered for a new pack: pack-2026-11-23.stkpack.
func PackFileName(now time.Time) string {
	return "pack-" + now.Format("2006-01-02") + pack.Extension
}

// PackImport is a pack read and checked, with what importing it would add,
// replace and leave out. Nothing is written before Apply.
type PackImport struct {
	Path     string
	Contents *pack.Contents
	Items    []pack.ImportItem
	lib      *course.Library // what the preview was made against
}

// ReadPack reads the pack at path (refusing a damaged or foreign one: see
// PackErrorKey) and what importing it into a kit showing lib would change;
// the data file is not touched.
func ReadPack(path string, st PackStore, lib *course.Library) (*PackImport, error) {
	c, err := pack.ReadFile(path)
	if err != nil {
		return nil, err
	}
	items, err := st.PreviewImport(c, lib)
	if err != nil {
		return nil, fmt.Errorf("preview pack %s: %w", path, err)
	}
	return &PackImport{Path: path, Contents: c, Items: items, lib: lib}, nil
}

// Replaced counts the items that would replace something of the trainer's.
func (pi *PackImport) Replaced() int {
	n := 0
	for _, it := range pi.Items {
		if it.Overwrite {
			n++
		}
	}
	return n
}

// Apply imports the pack, all of it or nothing, in one transaction; what
// the preview left out stays out.
func (pi *PackImport) Apply(st PackStore) error {
	return st.Import(pi.Contents, pi.lib)
}
