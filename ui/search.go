package ui

import (
	"fmt"
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
	env
	lib     *course.Library
	act     searchActions
	all     *widget.Check
	count   *widget.Label
	list    *widget.List
	results []search.Result
	query   string
	root    fyne.CanvasObject
}

// searchActions are what the results ask of the window: the index (built
// on first use), the content language, and what opening a result or
// closing the results does.
type searchActions struct {
	index func() *search.Index
	lang  func() string
	open  func(r search.Result)
	close func()
}

func newSearchView(e env, lib *course.Library, act searchActions) *SearchView {
	v := &SearchView{env: e, lib: lib, act: act, count: widget.NewLabel("")}
	v.all = widget.NewCheck(e.tr.T("search_all_languages"), func(bool) { v.Search(v.query) })
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
		v.act.open(v.results[id])
	}
	closeBtn := widget.NewButtonWithIcon(e.tr.T("search_close"), theme.CancelIcon(), act.close)
	bar := container.NewBorder(nil, nil, container.NewHBox(v.count, v.all), closeBtn)
	v.root = container.NewBorder(container.NewPadded(bar), nil, nil, nil, v.list)
	return v
}

// Content is the view's canvas object.
func (v *SearchView) Content() fyne.CanvasObject { return v.root }

// Results are the hits shown.
func (v *SearchView) Results() []search.Result { return v.results }

// searchLimit is the most results drawn; the count says how many there were.
const searchLimit = 100

// Search runs a query in the content language, or in all four.
func (v *SearchView) Search(q string) {
	v.query = q
	lang := v.act.lang()
	if v.all.Checked {
		lang = ""
	}
	var total int
	v.results, total = v.act.index().SearchTotal(q, search.Options{Lang: lang, Limit: searchLimit})
	if total > len(v.results) {
		v.count.SetText(v.tr.Tn("search_count_cut", total, map[string]any{"Shown": len(v.results)}))
	} else {
		v.count.SetText(v.tr.Tn("search_count", len(v.results), nil))
	}
	v.list.Refresh()
	v.list.ScrollToTop()
}

func (v *SearchView) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := v.results[id]
	box := o.(*fyne.Container)
	head := box.Objects[1].(*widget.Label)
	snip := box.Objects[0].(*fyne.Container).Objects[0].(*widget.RichText)
	title := fmt.Sprintf("%02d", r.Module)
	if m := v.lib.Module(r.Module); m != nil {
		title += " " + m.TitleIn(r.Lang)
	}
	where := v.tr.T("search_module_info")
	if r.Part != search.ModuleInfo {
		where = partLabel(v.tr, r.Part)
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
