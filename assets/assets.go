// Package assets embeds what the kit ships: the course content, the icon and
// the fonts of the printed documents.
package assets

import (
	"embed"
	"io/fs"
)

//go:embed course
var content embed.FS

//go:embed icon.png
var Icon []byte

// fonts holds DejaVu Sans in four styles and its licence (fonts/LICENSE),
// which allows bundling the fonts with the kit.
//
//go:embed fonts
var fonts embed.FS

// Course returns the bundled course content, rooted at the modules' folders
// (01-digital-transition, …).
func Course() fs.FS {
	sub, err := fs.Sub(content, "course")
	if err != nil {
		// fs.Sub only fails on an invalid name, and "course" is valid.
		panic(err)
	}
	return sub
}

// The bundled font files, for Font.
const (
	FontRegular    = "DejaVuSans.ttf"
	FontBold       = "DejaVuSans-Bold.ttf"
	FontItalic     = "DejaVuSans-Oblique.ttf"
	FontBoldItalic = "DejaVuSans-BoldOblique.ttf"
)

// Font returns the bytes of a bundled TrueType font (FontRegular, …). Each
// call returns a fresh copy: callers that render often keep theirs.
func Font(name string) ([]byte, error) {
	return fonts.ReadFile("fonts/" + name)
}
