package ui

import (
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// trimAfter is how long the reader waits, once nothing changed, before it
// gives memory back: long enough for what it released to have outlived
// Fyne's caches (cacheLife) and for Fyne to clean them again.
const trimAfter = cacheLife + fyneCleanFloor + time.Second

// idleTrim gives memory back once the trainer stops changing what the
// reader shows. Fyne frees the renderers and textures of the widgets the
// reader released only when it paints a frame after they expired; a window
// left as it is paints none, and the Go heap keeps its garbage until the
// next collection. So, once idle, the reader asks for one frame, and the
// garbage is then collected and returned to the system, with what the C
// allocator holds free (the textures of the software renderer).
type idleTrim struct {
	timer *time.Timer
	obj   fyne.CanvasObject // refreshed to have a frame painted
}

// poke starts the wait again: something changed.
func (t *idleTrim) poke() {
	if t.timer != nil {
		t.timer.Stop()
	}
	t.timer = time.AfterFunc(trimAfter, func() {
		fyne.Do(func() { canvas.Refresh(t.obj) })
		time.Sleep(time.Second) // the frame painted, Fyne's caches cleaned
		debug.FreeOSMemory()
		trimCHeap()
	})
}
