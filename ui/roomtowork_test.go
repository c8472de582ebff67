package ui

import (
	"math"
	"runtime/debug"
	"sync"
	"testing"
)

// TestRoomToWorkLiftsTheLimitWhileWorkRuns: lifted during the work, nested
// or concurrent, and put back as it was when the last one ends.
func TestRoomToWorkLiftsTheLimitWhileWorkRuns(t *testing.T) {
	old := debug.SetMemoryLimit(64 << 20)
	defer debug.SetMemoryLimit(old)
	current := func() int64 { return debug.SetMemoryLimit(-1) }

	var wg sync.WaitGroup
	started, release := make(chan struct{}), make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		_ = roomToWork(func() error {
			close(started)
			<-release
			return nil
		})
	}()
	<-started
	if got := current(); got != math.MaxInt64 {
		t.Fatalf("limit during the work: %d, want none", got)
	}
	_ = roomToWork(func() error {
		if got := current(); got != math.MaxInt64 {
			t.Errorf("limit during a second work: %d, want none", got)
		}
		return nil
	})
	if got := current(); got != math.MaxInt64 {
		t.Fatalf("limit put back while the first work still runs: %d", got)
	}
	close(release)
	wg.Wait()
	if got := current(); got != 64<<20 {
		t.Fatalf("limit after the work: %d, want %d", got, 64<<20)
	}
}
