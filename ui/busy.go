package ui

import (
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/kit"
)

// busyDialog shows, while work runs off the interface thread, what is
// being done and how far it has got: a progress bar when the work reports
// progress, an infinite one until it does. It blocks the window meanwhile
// (a dialog over it), so that nothing changes the data under the work.
type busyDialog struct {
	label *widget.Label
	bar   *widget.ProgressBar
	wait  *widget.ProgressBarInfinite
	dlg   dialog.Dialog
	// fraction is the progress the work reported last, in thousandths; the
	// interface thread reads it on a tick (reporting through fyne.Do at
	// every line of a large file would flood the interface thread).
	fraction atomic.Int64
	stop     chan struct{}
}

// progressTick is how often the bar catches up with the work.
const progressTick = 100 * time.Millisecond

// runBusy runs work off the interface thread behind a busy dialog saying
// text, then done with its error on the interface thread. work is given a
// progress function to call from its own goroutine (done of total), and
// may change the text with relabel (any goroutine). e.busy counts the
// work until done has run.
func runBusy(e env, text string, work func(progress func(done, total int), relabel func(string)) error, done func(error)) {
	b := &busyDialog{label: widget.NewLabel(text), bar: widget.NewProgressBar(), wait: widget.NewProgressBarInfinite(), stop: make(chan struct{})}
	b.fraction.Store(-1)
	b.bar.Hide()
	b.dlg = dialog.NewCustomWithoutButtons(e.tr.T("app_name"), container.NewVBox(b.label, b.bar, b.wait), e.win)
	b.dlg.Resize(fyne.NewSize(420, 140))
	b.dlg.Show()
	if e.busy != nil {
		e.busy.Add(1)
	}
	go b.follow()
	go func() {
		err := roomToWork(func() error {
			return work(b.progress, func(s string) { fyne.Do(func() { b.label.SetText(s) }) })
		})
		close(b.stop)
		fyne.Do(func() {
			b.wait.Stop()
			b.dlg.Hide()
			done(err)
			if e.busy != nil {
				e.busy.Done()
			}
		})
	}()
}

// progress records how far the work has got; safe from any goroutine.
func (b *busyDialog) progress(done, total int) {
	if total <= 0 {
		return
	}
	b.fraction.Store(int64(done) * 1000 / int64(total))
}

// follow moves the bar to the last progress reported, on a tick, until the
// work ends.
func (b *busyDialog) follow() {
	t := time.NewTicker(progressTick)
	defer t.Stop()
	for {
		select {
		case <-b.stop:
			return
		case <-t.C:
			f := b.fraction.Load()
			if f < 0 {
				continue
			}
			fyne.Do(func() {
				if !b.bar.Visible() {
					b.wait.Stop()
					b.wait.Hide()
					b.bar.Show()
				}
				b.bar.SetValue(float64(f) / 1000)
			})
		}
	}
}

// eraseBusy runs a deletion of people (forget, purge, delete a session),
// which also erases them from every copy of the data file and takes a
// second on a large one, off the interface thread; then, on it, deleted
// (when the people were deleted: the erasure may still be unfinished,
// which it says) or the error under failKey.
func eraseBusy(e env, work func() error, failKey string, deleted func()) {
	runBusy(e, e.tr.T("safety_erasing"), func(func(int, int), func(string)) error { return work() }, func(err error) {
		if msg, ok := kit.NotErased(e.tr, err); ok {
			deleted()
			showInformation(e.tr.T(failKey), msg, e.win)
			return
		}
		if err != nil {
			e.showError(failKey, err)
			return
		}
		deleted()
	})
}
