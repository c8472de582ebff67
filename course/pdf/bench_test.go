package pdf

import (
	"io"
	"testing"

	"github.com/socialtech/trainerkit/course/session"
)

// allModulesSession is a session whose agenda holds every bundled module's
// ready half-day, two a day, in lang.
func allModulesSession(b testing.TB, lang string) *session.Session {
	b.Helper()
	lib := library(b)
	var nums []int
	for _, m := range lib.Modules {
		nums = append(nums, m.Number)
	}
	return testSession(b, lang, nums...)
}

// BenchmarkSessionHandoutAllModules prints the participants' handout of a
// session covering every bundled module (20 when the content is complete):
// about 300 A4 pages.
func BenchmarkSessionHandoutAllModules(b *testing.B) {
	lib := library(b)
	s := allModulesSession(b, "fr")
	b.ReportAllocs()
	for b.Loop() {
		if err := SessionHandout(io.Discard, lib, s, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAttendance300x5 prints the attendance sheets of 300 participants
// over 5 days.
func BenchmarkAttendance300x5(b *testing.B) {
	s := testSession(b, "fr", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	people := crowd(300)
	b.ReportAllocs()
	for b.Loop() {
		if err := AttendanceSheet(io.Discard, s, people, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
