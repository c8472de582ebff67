//go:build !release

package ui

import (
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/socialtech/trainerkit/course"
)

var updateShots = flag.Bool("update", false, "write the reference screenshots in testdata/screenshot instead of comparing")

// differingPixels counts the pixels whose colour differs by more than
// tolerance (out of 255) on a channel.
func differingPixels(a, b image.Image, tolerance uint32) int {
	n := 0
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			for _, d := range [][2]uint32{{r1, r2}, {g1, g2}, {b1, b2}, {a1, a2}} {
				if max(d[0], d[1])-min(d[0], d[1]) > tolerance*257 {
					n++
					break
				}
			}
		}
	}
	return n
}

// colours counts the distinct colours of an image, up to limit.
func colours(img image.Image, limit int) int {
	seen := map[[4]uint32]bool{}
	r := img.Bounds()
	for y := r.Min.Y; y < r.Max.Y && len(seen) < limit; y++ {
		for x := r.Min.X; x < r.Max.X && len(seen) < limit; x++ {
			c0, c1, c2, c3 := img.At(x, y).RGBA()
			seen[[4]uint32{c0, c1, c2, c3}] = true
		}
	}
	return len(seen)
}

// The screenshot draws the window as the trainer sees it: compared pixel
// by pixel with a reference (go test ./ui -run TestScreenshot -update
// writes it), allowing for anti-aliasing differences between machines.
func TestScreenshot(t *testing.T) {
	img, err := Screenshot(testLib(t), ScreenshotOptions{Module: 1, Part: course.Toolbox, Lang: "it", UILang: "it",
		Theme: ThemeDark, Size: fyne.NewSize(1280, 800)})
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 1280 || b.Dy() != 800 {
		t.Fatalf("image %v, want 1280x800", b)
	}
	ref := filepath.Join("testdata", "screenshot", "toolbox_it_dark.png")
	if *updateShots {
		f, err := os.Create(ref)
		if err == nil {
			err = png.Encode(f, img)
			f.Close()
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Open(ref)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if colours(want, 50) < 50 {
		t.Fatalf("the reference %s is nearly blank", ref)
	}
	total := img.Bounds().Dx() * img.Bounds().Dy()
	if want.Bounds() != img.Bounds() {
		t.Fatalf("reference %v, screenshot %v", want.Bounds(), img.Bounds())
	}
	// A change of text, layout or theme moves thousands of pixels; a
	// different rasteriser moves a few edges.
	if n := differingPixels(img, want, 48); n > total/200 {
		failed := filepath.Join(t.TempDir(), "toolbox_it_dark.png")
		if out, err := os.Create(failed); err == nil {
			png.Encode(out, img)
			out.Close()
		}
		t.Errorf("%d of %d pixels differ from %s (more than 0.5%%); the screenshot is %s", n, total, ref, failed)
	}
}

// --search draws the window after opening a result (a smoke test: the
// highlights themselves are checked by the Highlighted tests); a query
// finding nothing in the part is an error, not a picture of the part alone.
func TestScreenshotOfASearchHit(t *testing.T) {
	lib := testLib(t)
	o := ScreenshotOptions{Module: 1, Part: course.Theory, Lang: "fr", UILang: "fr", Theme: ThemeLight, Size: fyne.NewSize(1000, 700)}
	plain, err := Screenshot(lib, o)
	if err != nil {
		t.Fatal(err)
	}
	o.Search = "budget"
	hit, err := Screenshot(lib, o)
	if err != nil {
		t.Fatal(err)
	}
	if differingPixels(plain, hit, 40) == 0 {
		t.Error("the search hit is drawn as the part alone")
	}
	o.Search = "zzzz"
	if _, err := Screenshot(lib, o); err == nil {
		t.Error("a query finding nothing draws no error")
	}
}
