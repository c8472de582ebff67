package ui

import (
	"sync"
	"time"
	_ "unsafe" // go:linkname, below
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
	// cacheLife is how long Fyne keeps what was not painted since.
	cacheLife = 10 * time.Second
	// fyneCleanFloor is the least time Fyne leaves between two cleanings of
	// its caches, whatever their lifetime (cache.Clean, fixed).
	fyneCleanFloor = 10 * time.Second
)

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
