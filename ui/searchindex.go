package ui

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/search"
)

// searchIndex builds the search index off the interface thread as soon as
// the window opens (about 150 ms for the 400 parts), so that neither the
// start nor the first key of a search waits for it. The interface thread
// alone reads and changes it; the builder hands its index over through a
// channel with the library generation it was built from, and an index
// built from a library changed since is built again.
type searchIndex struct {
	lib   *course.Library
	idx   *search.Index
	gen   int // bumped at each change of the library
	built chan builtIndex
}

type builtIndex struct {
	idx *search.Index
	gen int
}

func newSearchIndex(lib *course.Library) *searchIndex {
	s := &searchIndex{lib: lib, built: make(chan builtIndex, 1)}
	s.start()
	return s
}

// start builds the index of a copy of the module list in a goroutine.
func (s *searchIndex) start() {
	snap := &course.Library{Modules: append([]*course.Module(nil), s.lib.Modules...)}
	gen := s.gen
	go func() { s.built <- builtIndex{search.Build(snap), gen} }()
}

// get returns the index, waiting for the builder if it has not finished.
func (s *searchIndex) get() *search.Index {
	for s.idx == nil {
		b := <-s.built
		if b.gen == s.gen {
			s.idx = b.idx
		} else {
			s.start() // the library changed while it was built
		}
	}
	return s.idx
}

// ready returns the index if it is built, or nil: a change of the library
// then needs no update, since the index will be built again.
func (s *searchIndex) ready() *search.Index {
	if s.idx != nil {
		return s.idx
	}
	s.gen++
	return nil
}

// debouncer runs the last function it was given once calls have paused for
// searchPause, on the interface thread.
type debouncer struct {
	mu    sync.Mutex
	timer *time.Timer
}

// searchPause is how long the search box waits after a key: long enough to
// let a typist finish a word, short enough to feel immediate.
const searchPause = 120 * time.Millisecond

func (d *debouncer) run(f func()) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil {
		d.timer.Stop()
	}
	d.timer = time.AfterFunc(searchPause, func() { fyne.Do(f) })
}

// cancel forgets the pending function, if any.
func (d *debouncer) cancel() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil {
		d.timer.Stop()
		d.timer = nil
	}
}
