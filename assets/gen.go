//go:build ignore

// gen writes course.zip and fonts.zip from the course and fonts folders:
// the binary embeds the compressed archives (about half the bytes) while the
// folders stay the source writers edit. Run it with `go generate ./assets`.
// The archives are deterministic: same files, same bytes.
package main

import (
	"fmt"
	"os"

	"github.com/socialtech/trainerkit/assets/bundle"
)

func main() {
	for _, dir := range []string{"course", "fonts"} {
		if err := bundle.WriteFile(dir+".zip", os.DirFS(dir)); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
}
