package ui

import (
	"strconv"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
)

// BenchmarkAgendaEditTenDays: one duration changed in a ten-day agenda of
// the 20 modules' ready half-days (about 200 rows), as when the trainer
// leaves the field: the change, the save (in memory here) and the rows
// updated in place.
func BenchmarkAgendaEditTenDays(b *testing.B) {
	lib := realLib(b)
	s, _ := session.New("Dix jours", "2027-01-11", 10, "fr")
	var nums []int
	for _, m := range lib.Modules {
		nums = append(nums, m.Number)
	}
	if err := s.PlaceModules(lib, nums); err != nil {
		b.Fatal(err)
	}
	a := test.NewTempApp(b)
	w := a.NewWindow("agenda")
	ag := newAgendaView(env{app: a, win: w, tr: locales.New("fr")}, s, lib, &memTemplates{}, func() bool { return true }, func() {})
	w.SetContent(ag.Content())
	w.Resize(fyne.NewSize(1280, 800))
	if n := len(ag.rows()); n < 150 {
		b.Fatalf("%d rows", n)
	}
	p := session.Pos{Day: 4, Half: session.PM, Index: 2}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ag.SetMinutes(p, strconv.Itoa(20+i%2*5))
	}
}
