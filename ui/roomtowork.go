package ui

import (
	"math"
	"runtime/debug"
	"sync"
)

// The window runs under a soft limit of its Go memory (set at start by the
// command, see keepHeapSmall in cmd/trainerkit): enough to read, present and
// edit, too little for printing a 300-page handout or importing a large
// list, whose passing garbage would have the collector run without rest
// (3.4 to 3.9 times slower, measured on the 309-page handout). roomToWork lifts the limit
// while such work runs and puts it back when the last one ends.
var room struct {
	sync.Mutex
	working int
	limit   int64 // the limit before the first work began
}

// roomToWork runs work with the memory limit lifted.
func roomToWork(work func() error) error {
	room.Lock()
	if room.working == 0 {
		room.limit = debug.SetMemoryLimit(math.MaxInt64)
	}
	room.working++
	room.Unlock()
	defer func() {
		room.Lock()
		room.working--
		if room.working == 0 {
			debug.SetMemoryLimit(room.limit)
		}
		room.Unlock()
	}()
	return work()
}
