package slides

import "time"

// Pace is how the time left in an agenda block looks to the presenter:
// green while there is time, orange from 20 % left, red from 5 % left (as
// SessionLab's time tracker).
type Pace int

// Paces.
const (
	PaceGreen Pace = iota
	PaceOrange
	PaceRed
)

// Timer measures a presentation: the elapsed time and the time left in the
// current agenda block. It can be paused (T key).
type Timer struct {
	Budget  time.Duration // the block's planned time; 0 when unknown
	started time.Time
	paused  bool
	pauseAt time.Time
	offset  time.Duration // time spent paused
}

// Start starts (or restarts) the timer at now.
func (t *Timer) Start(now time.Time) { *t = Timer{Budget: t.Budget, started: now} }

// Toggle pauses or resumes.
func (t *Timer) Toggle(now time.Time) {
	if t.started.IsZero() {
		t.Start(now)
		return
	}
	if t.paused {
		t.offset += now.Sub(t.pauseAt)
		t.paused = false
		return
	}
	t.paused, t.pauseAt = true, now
}

// Paused reports whether the timer is paused.
func (t *Timer) Paused() bool { return t.paused }

// Elapsed is the running time, pauses excluded.
func (t *Timer) Elapsed(now time.Time) time.Duration {
	if t.started.IsZero() {
		return 0
	}
	if t.paused {
		now = t.pauseAt
	}
	return now.Sub(t.started) - t.offset
}

// Left is the time left in the block (negative when over).
func (t *Timer) Left(now time.Time) time.Duration { return t.Budget - t.Elapsed(now) }

// Pace is the colour of the time left.
func (t *Timer) Pace(now time.Time) Pace {
	if t.Budget <= 0 {
		return PaceGreen
	}
	left := t.Left(now)
	switch {
	case left <= t.Budget*5/100:
		return PaceRed
	case left <= t.Budget*20/100:
		return PaceOrange
	}
	return PaceGreen
}

// FormatDuration writes a duration as M:SS or H:MM:SS, with a minus sign
// when negative.
func FormatDuration(d time.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "−", -d
	}
	s := int(d.Round(time.Second) / time.Second)
	if s >= 3600 {
		return sign + itoa(s/3600) + ":" + two(s%3600/60) + ":" + two(s%60)
	}
	return sign + itoa(s/60) + ":" + two(s%60)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

func two(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }
