package ui

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/search"
)

// SearchView shows the results of the toolbar's search box in place of the
// reader: module, part, language, the section, and a snippet with the hits
// in bold. Tapping a result opens the part at that section.
type SearchView struct {
	mw      *MainWindow
	all     *widget.Check
	count   *widget.Label
	list    *widget.List
	results []search.Result
	query   string
	root    fyne.CanvasObject
}

func newSearchView(mw *MainWindow) *SearchView {
	v := &SearchView{mw: mw, count: widget.NewLabel("")}
	v.all = widget.NewCheck(mw.tr.T("search_all_languages"), func(bool) { v.Search(v.query) })
	v.list = widget.NewList(func() int { return len(v.results) },
		func() fyne.CanvasObject {
			head := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			head.Truncation = fyne.TextTruncateEllipsis
			snip := widget.NewRichText()
			snip.Wrapping = fyne.TextWrapWord
			return container.NewBorder(head, nil, nil, nil, container.New(&linesLayout{lines: 3}, snip))
		},
		v.updateRow)
	v.list.OnSelected = func(id widget.ListItemID) {
		v.list.UnselectAll()
		v.Open(v.results[id])
	}
	closeBtn := widget.NewButtonWithIcon(mw.tr.T("search_close"), theme.CancelIcon(), func() { mw.closeSearch() })
	bar := container.NewBorder(nil, nil, container.NewHBox(v.count, v.all), closeBtn)
	v.root = container.NewBorder(container.NewPadded(bar), nil, nil, nil, v.list)
	return v
}

// Content is the view's canvas object.
func (v *SearchView) Content() fyne.CanvasObject { return v.root }

// Results are the hits shown.
func (v *SearchView) Results() []search.Result { return v.results }

// Search runs a query in the content language, or in all four.
func (v *SearchView) Search(q string) {
	v.query = q
	lang := v.mw.st.Lang
	if v.all.Checked {
		lang = ""
	}
	v.results = v.mw.searchIndex().Search(q, search.Options{Lang: lang, Limit: 100})
	v.count.SetText(v.mw.tr.Tn("search_count", len(v.results), nil))
	v.list.Refresh()
	v.list.ScrollToTop()
}

func (v *SearchView) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := v.results[id]
	box := o.(*fyne.Container)
	head := box.Objects[1].(*widget.Label)
	snip := box.Objects[0].(*fyne.Container).Objects[0].(*widget.RichText)
	title := fmt.Sprintf("%02d", r.Module)
	if m := v.mw.lib.Module(r.Module); m != nil {
		title += " " + m.TitleIn(r.Lang)
	}
	where := v.mw.tr.T("search_module_info")
	if r.Part != search.ModuleInfo {
		where = partLabel(v.mw.tr, r.Part)
	}
	parts := []string{title, where, strings.ToUpper(r.Lang)}
	if r.Heading != "" {
		parts = append(parts, r.Heading)
	}
	head.SetText(strings.Join(parts, " · "))
	text := r.Snippet
	hits := r.Hits
	if text == "" {
		text, hits = r.Heading, r.HeadingHits
	}
	snip.Segments = highlight(text, hits)
	snip.Refresh()
}

// highlight turns a snippet and its hit ranges (in runes) into rich text
// with the hits in bold accent colour.
func highlight(text string, hits []search.Range) []widget.RichTextSegment {
	runes := []rune(text)
	var segs []widget.RichTextSegment
	plain := widget.RichTextStyleInline
	hit := widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}
	pos := 0
	for _, h := range hits {
		if h.Start < pos || h.End > len(runes) || h.Start >= h.End {
			continue
		}
		// Highlight the whole word a prefix matched: Fyne wraps between
		// segments, so a half-highlighted word could break in two.
		for h.End < len(runes) && (unicode.IsLetter(runes[h.End]) || unicode.IsDigit(runes[h.End])) {
			h.End++
		}
		if h.Start > pos {
			segs = append(segs, &widget.TextSegment{Text: string(runes[pos:h.Start]), Style: plain})
		}
		segs = append(segs, &widget.TextSegment{Text: string(runes[h.Start:h.End]), Style: hit})
		pos = h.End
	}
	if pos < len(runes) {
		segs = append(segs, &widget.TextSegment{Text: string(runes[pos:]), Style: plain})
	}
	return segs
}

// Open shows a result's part in its language, scrolled to its section.
func (v *SearchView) Open(r search.Result) {
	mw := v.mw
	mw.closeSearch()
	mw.SetLang(r.Lang)
	mw.SelectModule(r.Module)
	part := r.Part
	if part == search.ModuleInfo {
		part = course.Theory
	}
	mw.SelectPart(part)
	if r.Part != search.ModuleInfo {
		mw.reader.scrollToBlock(part, r.Block)
	}
}

// searchIndex builds the index on first use (about 150 ms for the 400
// parts), so start-up does not pay for it.
func (mw *MainWindow) searchIndex() *search.Index {
	if mw.index == nil {
		mw.index = search.Build(mw.lib)
	}
	return mw.index
}

// showSearch replaces the reader with the results of the query.
func (mw *MainWindow) showSearch(q string) {
	if strings.TrimSpace(q) == "" {
		mw.closeSearch()
		return
	}
	mw.ShowView(viewModules)
	mw.searchView.Search(q)
	mw.readerStack.Objects[0].Hide()
	mw.searchView.Content().Show()
	mw.readerStack.Refresh()
}

// closeSearch brings the reader back.
func (mw *MainWindow) closeSearch() {
	if mw.searchView == nil {
		return
	}
	mw.searchView.Content().Hide()
	mw.readerStack.Objects[0].Show()
	mw.readerStack.Refresh()
}

// Search runs a query as the search box does (for tests and shortcuts).
func (mw *MainWindow) Search(q string) *SearchView {
	mw.toolbar.search.SetText(q)
	mw.showSearch(q)
	return mw.searchView
}

// digCompFilter lists "all", the five areas and the 21 competences used by
// the modules, for the module list's filter.
func (mw *MainWindow) digCompFilter() *widget.Select {
	tr := mw.tr
	opts := []string{tr.T("filter_all")}
	codes := []string{""}
	used := map[string]bool{}
	for _, m := range mw.lib.Modules {
		for _, c := range m.DigComp {
			used[c] = true
		}
	}
	var list []string
	for c := range used {
		list = append(list, c)
	}
	sort.Strings(list)
	for a := 1; a <= 5; a++ {
		area := fmt.Sprint(a)
		opts = append(opts, tr.Tf("filter_area", map[string]any{"N": a, "Name": tr.T(areaKeys[a-1])}))
		codes = append(codes, "area:"+area)
		for _, c := range list {
			if course.DigCompArea(c) == area {
				opts = append(opts, "    "+c+" "+digCompName(tr, c))
				codes = append(codes, c)
			}
		}
	}
	sel := widget.NewSelect(opts, nil)
	sel.OnChanged = func(string) {
		if i := sel.SelectedIndex(); i >= 0 {
			mw.list.setFilter(codes[i])
		}
	}
	sel.SetSelectedIndex(0)
	return sel
}

// areaKeys name the five DigComp areas.
var areaKeys = []string{"digcomp_area_1", "digcomp_area_2", "digcomp_area_3", "digcomp_area_4", "digcomp_area_5"}
