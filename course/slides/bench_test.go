package slides

import (
	"testing"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
)

// twoDays is a two-day session of modules 1, 4, 7 and 18 (a half-day each)
// on the bundled course.
func twoDays(b *testing.B) (*course.Library, *session.Session) {
	lib, err := course.Load(assets.Course())
	if err != nil {
		b.Fatal(err)
	}
	s, _ := session.New("Two days", "2026-12-14", 2, "en")
	for i, n := range []int{1, 4, 7, 18} {
		blocks, err := session.ModulePlan(lib.Module(n), "en")
		if err != nil {
			b.Fatal(err)
		}
		s.Agenda[i/2] = append(s.Agenda[i/2], blocks...)
	}
	return lib, s
}

// BenchmarkAgendaDeck builds the deck Present the agenda walks through.
func BenchmarkAgendaDeck(b *testing.B) {
	lib, s := twoDays(b)
	tr := locales.New("en")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if d := AgendaDeck(lib, s, tr); d.Len() < 80 {
			b.Fatalf("%d slides", d.Len())
		}
	}
}
