package search

import (
	"runtime"
	"testing"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
)

// benchLibrary loads the bundled content once; loading is measured by
// course.BenchmarkLoadAndParseAll, not here.
func benchLibrary(b *testing.B) *course.Library {
	b.Helper()
	lib, err := course.Load(assets.Course())
	if err != nil {
		b.Fatal(err)
	}
	return lib
}

// BenchmarkBuild indexes every bundled module, parts parsed included.
// Goal: under 200 ms on 2 cores.
func BenchmarkBuild(b *testing.B) {
	lib := benchLibrary(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Build(lib)
	}
	b.StopTimer()
	b.ReportMetric(float64(heldBy(func() any { return Build(lib) }))/(1<<20), "MB-held")
}

// heldBy is how many bytes of heap what make returns keeps alive.
func heldBy(make func() any) int64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v := make()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(v)
	return int64(after.HeapAlloc) - int64(before.HeapAlloc)
}

// benchQueries are realistic queries in each language, as typed.
var benchQueries = []struct{ q, lang string }{
	{"données personnelles", "fr"},
	{"cooperativa", "it"},
	{"accesibilidad", "es"},
	{"numer", "fr"},
	{"open data licence", "en"},
	{"cooperativa", ""},
	{"numer", ""},
	// The first keystroke: the widest prefix there is.
	{"e", ""},
}

// BenchmarkQuery runs each query once per iteration, with the limit the
// interface uses. Goal: under 10 ms per query.
func BenchmarkQuery(b *testing.B) {
	ix := Build(benchLibrary(b))
	for _, bq := range benchQueries {
		name := bq.q + "/" + bq.lang
		if bq.lang == "" {
			name = bq.q + "/all"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				ix.Search(bq.q, Options{Lang: bq.lang, Limit: 50})
			}
		})
	}
}

// BenchmarkPut replaces the longest bundled part, as saving a customised
// part does: parse, remove the old entries, insert the new ones.
func BenchmarkPut(b *testing.B) {
	lib := benchLibrary(b)
	ix := Build(lib)
	var ref DocRef
	var src string
	for _, m := range lib.Modules {
		for _, lang := range course.Languages {
			for _, part := range course.Parts {
				if t := m.Text(lang, part); len(t) > len(src) {
					ref, src = DocRef{m.Number, part, lang}, t
				}
			}
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ix.Put(ref, src)
	}
}
