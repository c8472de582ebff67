// Package assets embeds what the kit ships: the course content and the icon.
package assets

import (
	"embed"
	"io/fs"
)

//go:embed course
var content embed.FS

//go:embed icon.png
var Icon []byte

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
