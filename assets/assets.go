// Package assets embeds what the kit ships: the course content, the icon and
// the fonts of the printed documents.
//
// The course and the fonts are embedded as compressed archives made from
// the course and fonts folders by `go generate ./assets` (see gen.go): the
// release binary is about 3 MB smaller, and reading them back costs a few
// milliseconds at start. A test fails when an archive is out of date.
package assets

import (
	"archive/zip"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"io/fs"
	"sync"
)

//go:generate go run gen.go

//go:embed course.zip
var courseZip []byte

//go:embed fonts.zip
var fontsZip []byte

//go:embed icon.png
var Icon []byte

// Course returns the bundled course content, rooted at the modules' folders
// (01-digital-transition, …).
func Course() fs.FS { return courseFS() }

var courseFS = sync.OnceValue(func() *zip.Reader { return mustOpen(courseZip) })

// fontsFS holds DejaVu Sans in four styles, the fallback fonts for scripts
// DejaVu lacks, the hyphenation patterns of the content languages
// (hyphen/hyph_LANG.dic) and their licences (LICENSE).
var fontsFS = sync.OnceValue(func() *zip.Reader { return mustOpen(fontsZip) })

// mustOpen reads an embedded archive; it only fails if the build embedded a
// broken file, which the package's tests catch.
func mustOpen(b []byte) *zip.Reader {
	r, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		panic(fmt.Sprintf("embedded archive: %v", err))
	}
	return r
}

// The bundled font files, for Font.
const (
	FontRegular    = "DejaVuSans.ttf"
	FontBold       = "DejaVuSans-Bold.ttf"
	FontItalic     = "DejaVuSans-Oblique.ttf"
	FontBoldItalic = "DejaVuSans-BoldOblique.ttf"
	// The fallback for the Ethiopic script (Amharic, Tigrinya), upright
	// and bold: the PDF draws what DejaVu Sans lacks with it.
	FontFallback     = "NotoSansEthiopic-Regular.ttf"
	FontFallbackBold = "NotoSansEthiopic-Bold.ttf"
)

// Font returns the bytes of a bundled TrueType font (FontRegular, …). Each
// call decompresses a fresh copy: callers that render often keep theirs.
func Font(name string) ([]byte, error) {
	f, err := fontsFS().Open(name)
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", name, err)
	}
	defer f.Close()
	return io.ReadAll(f)
}

// Hyphenation returns the hyphenation patterns of a content language (fr,
// en, it, es) in libhyphen's format: Liang's patterns, one a line, after a
// line naming the encoding and optional settings.
func Hyphenation(lang string) ([]byte, error) {
	f, err := fontsFS().Open("hyphen/hyph_" + lang + ".dic")
	if err != nil {
		return nil, fmt.Errorf("hyphenation patterns for %q: %w", lang, err)
	}
	defer f.Close()
	return io.ReadAll(f)
}
