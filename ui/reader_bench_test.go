package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course"
)

// benchWindow is the main window on the bundled course at 1920×1080, in
// Fyne's software driver.
func benchWindow(b *testing.B) *MainWindow {
	a := test.NewApp()
	b.Cleanup(a.Quit)
	w := a.NewWindow("")
	mw := NewMainWindow(a, w, realLib(b), NewMemPrefs(), nil, defaultState())
	w.Resize(fyne.NewSize(1920, 1080))
	return mw
}

// layOut lays the shown part out at the tab's width, as the first frame
// after a change does.
func layOut(mw *MainWindow) {
	mw.reader.lists[mw.reader.Part()].update()
}

// The first drawing of a part: widgets built, text measured and laid out
// at the window's width (module 01's theory).
func BenchmarkReaderColdLayout(b *testing.B) {
	mw := benchWindow(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		mw.reader.invalidate()
		mw.reader.render(mw.reader.Part())
		layOut(mw)
	}
}

// A first visit as the window lives it: the part's widgets built and laid
// out with no text measured yet (Fyne's measures and the kit's word widths
// forgotten), module 20's toolbox in French at 1920×1080. The paint that
// follows is not counted (Fyne's test driver does not paint).
func BenchmarkReaderFirstVisit(b *testing.B) {
	mw := benchWindow(b)
	mw.SetLang("fr")
	mw.SelectModule(mw.lib.Modules[len(mw.lib.Modules)-1].Number)
	mw.SelectPart(course.Toolbox)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		resetFyneTextCaches()
		paragraphWords.forget()
		mw.reader.invalidate()
		mw.reader.render(mw.reader.Part())
		layOut(mw)
	}
}

// A module change, the new module's part drawn for the first time: module
// 01 and module 20 in turn, theory, in English.
func BenchmarkReaderSwitchModule(b *testing.B) {
	mw := benchWindow(b)
	last := mw.lib.Modules[len(mw.lib.Modules)-1].Number
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		mw.SelectModule(map[bool]int{true: 1, false: last}[i%2 == 1])
		layOut(mw)
	}
}

// Back to a tab already drawn: theory and case of module 01 in turn.
func BenchmarkReaderReturnToTab(b *testing.B) {
	mw := benchWindow(b)
	mw.SelectPart(course.Case)
	mw.SelectPart(course.Theory)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		mw.SelectPart(map[bool]string{true: course.Case, false: course.Theory}[i%2 == 0])
		layOut(mw)
	}
}

// One key in the search box once the typing pauses: the query in all
// four languages and the results drawn ("d", "do", "don", "donn" in turn),
// the index built.
func BenchmarkSearchKeystroke(b *testing.B) {
	mw := benchWindow(b)
	mw.search.all.SetChecked(true)
	mw.searchIndex()
	queries := []string{"d", "do", "don", "donn"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		mw.Search(queries[i%len(queries)])
	}
}
