package ui

import (
	"sync"

	"fyne.io/fyne/v2"

	"github.com/socialtech/trainerkit/course/slides"
)

// fitKey is one slide at one screen size and type scale.
type fitKey struct {
	slide int
	size  fyne.Size
	scale float32
	dark  bool
}

// fitter picks each slide's text size off the interface thread: the
// largest size, from the screen's base down to the floor, at which the
// slide fits. Only the slides asked for are measured (the current one and
// its neighbours), each once per screen size, in a goroutine with a view of
// its own; the presentation redraws when a size it waits for is known.
type fitter struct {
	mu      sync.Mutex
	sizes   map[fitKey]float32
	queued  map[fitKey]bool
	jobs    chan fitJob
	pending sync.WaitGroup
	start   sync.Once
	measure *slideView // the worker's own, never on screen
	// inline measures in ask, on the caller's goroutine, and calls no
	// then: Fyne's test driver runs fyne.Do on the calling goroutine, so
	// tests and the screenshot command draw without a worker.
	inline  bool
	stopped bool
}

type fitJob struct {
	key         fitKey
	slide       slides.Slide
	base, floor float32
	width, high float32
	then        func()
}

func newFitter() *fitter {
	return &fitter{sizes: map[fitKey]float32{}, queued: map[fitKey]bool{}, jobs: make(chan fitJob, 64)}
}

// size returns the text size of a slide when it is known.
func (f *fitter) size(k fitKey) (float32, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	t, ok := f.sizes[k]
	return t, ok
}

// ask queues a slide for measuring unless it is known or queued; then
// runs on the interface thread once it is measured.
func (f *fitter) ask(j fitJob) {
	f.mu.Lock()
	_, known := f.sizes[j.key]
	if known || f.queued[j.key] || f.stopped {
		f.mu.Unlock()
		return
	}
	f.queued[j.key] = true
	f.mu.Unlock()
	if f.inline {
		if f.measure == nil {
			f.measure = newSlideViewer(j.key.dark, j.base)
		}
		t := f.fit(j)
		f.mu.Lock()
		f.sizes[j.key] = t
		delete(f.queued, j.key)
		f.mu.Unlock()
		return
	}
	f.start.Do(func() {
		f.measure = newSlideViewer(j.key.dark, j.base)
		go f.work()
	})
	f.pending.Add(1)
	f.jobs <- j
}

func (f *fitter) work() {
	for j := range f.jobs {
		t := f.fit(j)
		f.mu.Lock()
		f.sizes[j.key] = t
		delete(f.queued, j.key)
		f.mu.Unlock()
		if j.then != nil {
			fyne.Do(j.then)
		}
		f.pending.Done()
	}
}

// wait blocks until every queued slide is measured (tests, benchmarks).
func (f *fitter) wait() { f.pending.Wait() }

// stop ends the worker.
func (f *fitter) stop() {
	f.mu.Lock()
	if f.stopped {
		f.mu.Unlock()
		return
	}
	f.stopped = true
	f.mu.Unlock()
	f.start.Do(func() {}) // a fitter never started has no worker to stop
	f.wait()
	close(f.jobs)
}

// fit measures a slide from base down in five steps to floor; a slide too
// long even at the floor (a part cut at its headings, a long block
// description) shrinks on to 70 % of the floor rather than overflow.
func (f *fitter) fit(j fitJob) float32 {
	step := (j.base - j.floor) / 4
	if step <= 0 {
		step = j.base / 10
	}
	last := j.floor * 0.7
	for t := j.base; ; t -= step {
		if t <= last {
			return last
		}
		f.measure.th.text = t
		f.measure.th.dark = j.key.dark
		f.measure.setSegments(f.measure.segments(j.slide))
		if f.measure.height(j.width) <= j.high {
			return t
		}
	}
}
