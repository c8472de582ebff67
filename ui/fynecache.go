package ui

import (
	"sync"
	"time"
	_ "unsafe" // go:linkname, below

	"fyne.io/fyne/v2"
)

// Fyne keeps a widget's renderer, and the texture of every piece of text it
// painted, for a minute after their last use (its internal cache's
// ValidDuration, read once from FYNE_CACHE when the program starts, before
// the kit's code runs). A trainer leafing through the modules leaves behind,
// in that minute, the textures of dozens of parts: 400 MB on this kit's
// measure (docs/PERFORMANCE.md). The kit keeps them for cacheLife instead: a
// part drawn again after that costs its first layout again, a few ms.
// The links fail at build time if a Fyne release renames the variables;
// TestFyneCachesAreShortened checks that they took.

//go:linkname fyneCacheLife fyne.io/fyne/v2/internal/cache.ValidDuration
var fyneCacheLife time.Duration

//go:linkname fyneCacheCleanEvery fyne.io/fyne/v2/internal/cache.cleanTaskInterval
var fyneCacheCleanEvery time.Duration

const (
	// cacheLife is how long Fyne keeps what was not painted since. It is
	// a second over fyneWalkSlack: a window that paints nothing walks all
	// its objects to keep their caches alive once cacheLife-fyneWalkSlack
	// passed since its last walk. At 10 s it walked them at every tick, 60
	// times a second, while the trainer did nothing.
	cacheLife = fyneWalkSlack + time.Second
	// fyneWalkSlack is what Fyne takes off the cache lifetime to decide
	// when an idle window walks its objects (drawSingleFrame, fixed).
	fyneWalkSlack = 10 * time.Second
	// fyneCleanFloor is the least time Fyne leaves between two cleanings of
	// its caches, whatever their lifetime (cache.Clean, fixed).
	fyneCleanFloor = 10 * time.Second
)

// fyneCacheAtStart is Fyne's lifetime before the kit changed it.
var fyneCacheAtStart = fyneCacheLife

var shortenCaches sync.Once

// shortenFyneCaches sets Fyne's cache lifetime to cacheLife, unless the
// FYNE_CACHE variable chose one.
func shortenFyneCaches() {
	shortenCaches.Do(func() {
		if fyneCacheLife != time.Minute {
			return // FYNE_CACHE chose another: the user's choice
		}
		fyneCacheLife, fyneCacheCleanEvery = cacheLife, cacheLife/2
	})
}

// What Fyne keeps of a widget (its renderer: the canvas objects that draw it)
// stays in its cache for cacheLife after the widget left the window. The
// document views drop for good the items scrolled away or measured only, and
// build new ones when they come back: they free those renderers at once
// (releaseObject), which keeps off the heap the 20 to 30 MB of items a
// trainer leafing through the parts leaves behind each cacheLife.

//go:linkname fyneCachedRenderer fyne.io/fyne/v2/internal/cache.CachedRenderer
func fyneCachedRenderer(w fyne.Widget) (fyne.WidgetRenderer, bool)

//go:linkname fyneDestroyRenderer fyne.io/fyne/v2/internal/cache.DestroyRenderer
func fyneDestroyRenderer(w fyne.Widget)

// releaseObject frees the renderers of the widgets in o, which the caller
// dropped and will not show again.
func releaseObject(o fyne.CanvasObject) {
	switch t := o.(type) {
	case fyne.Widget:
		if r, ok := fyneCachedRenderer(t); ok {
			for _, c := range r.Objects() {
				releaseObject(c)
			}
			fyneDestroyRenderer(t)
		}
	case *fyne.Container:
		for _, c := range t.Objects {
			releaseObject(c)
		}
	}
}

// releaseDropped frees the objects of old that now does not hold.
func releaseDropped(old, now map[int]fyne.CanvasObject) {
	for i, o := range old {
		if now[i] != o {
			releaseObject(o)
		}
	}
}
