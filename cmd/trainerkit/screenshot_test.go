//go:build !release

package main

import (
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// The screenshot command draws the real course: a picture of the right
// size with real content in it (ui's TestScreenshot compares pixels with a
// reference, on its test library).
func TestScreenshotCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "shot.png")
	code, _, errOut := runCLI(t, "screenshot", "--out", out, "--module", "1", "--part", "toolbox", "--lang", "it", "--size", "800x600", "--theme", "dark")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 800 || b.Dy() != 600 {
		t.Errorf("image %v, want 800x600", b)
	}
	// A blank or one-colour picture is not a screenshot of the window:
	// text and badges anti-aliased on the dark theme give many colours.
	seen := map[color.RGBA]bool{}
	for y := 0; y < img.Bounds().Dy() && len(seen) < 64; y += 3 {
		for x := 0; x < img.Bounds().Dx() && len(seen) < 64; x += 3 {
			seen[color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)] = true
		}
	}
	if len(seen) < 64 {
		t.Errorf("the screenshot has %d colours: blank", len(seen))
	}
	if code, _, _ := runCLI(t, "screenshot", "--out", out, "--size", "huge"); code != 2 {
		t.Errorf("bad size: exit %d", code)
	}
}
