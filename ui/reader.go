package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

// Reader is the right pane: the module's header and a tab per part.
type Reader struct {
	tr      *locales.Localizer
	title   *widget.RichText
	summary *widget.Label
	meta    *widget.RichText
	tabs    *container.AppTabs
	scrolls map[string]*container.Scroll
	onPart  func(part string)

	module *course.Module
	lang   string
	shown  map[string]string // part -> "module/lang" it was rendered for
	root   fyne.CanvasObject
	// present starts projector mode on the part shown.
	present *widget.Button
	// export prints the module to PDF.
	export *widget.Button
	// bookmark stars the part shown; compare picks a second language shown
	// beside the first.
	bookmark *widget.Button
	compare  *widget.Select
	other    string
}

func newReader(tr *locales.Localizer, onPart func(string)) *Reader {
	r := &Reader{tr: tr, onPart: onPart, scrolls: map[string]*container.Scroll{}, shown: map[string]string{}}
	r.title = widget.NewRichText()
	r.title.Wrapping = fyne.TextWrapWord
	r.summary = widget.NewLabel("")
	r.summary.Wrapping = fyne.TextWrapWord
	r.meta = widget.NewRichText()
	r.meta.Wrapping = fyne.TextWrapWord
	var items []*container.TabItem
	for _, p := range course.Parts {
		s := container.NewVScroll(widget.NewLabel(""))
		r.scrolls[p] = s
		items = append(items, container.NewTabItem(partLabel(tr, p), s))
	}
	r.tabs = container.NewAppTabs(items...)
	r.tabs.OnSelected = func(*container.TabItem) {
		p := r.Part()
		r.render(p)
		if r.onPart != nil {
			r.onPart(p)
		}
	}
	r.present = widget.NewButtonWithIcon(tr.T("present_button"), theme.MediaPlayIcon(), nil)
	r.present.Importance = widget.HighImportance
	r.export = widget.NewButtonWithIcon(tr.T("export_pdf"), theme.DocumentPrintIcon(), nil)
	// The buttons sit top right of the header, at their natural height.
	r.bookmark = widget.NewButtonWithIcon("", theme.NewThemedResource(starOutline), nil)
	compareNames := []string{tr.T("compare_none")}
	for _, l := range course.Languages {
		compareNames = append(compareNames, languageNames[l])
	}
	r.compare = widget.NewSelect(compareNames, nil)
	r.compare.PlaceHolder = tr.T("compare_placeholder")
	actions := container.NewVBox(container.NewHBox(r.bookmark, r.export, r.present), r.compare)
	header := container.NewBorder(nil, nil, nil, actions, container.New(&stackLayout{}, r.title, r.summary, r.meta))
	r.root = container.NewBorder(container.NewPadded(header), nil, nil, nil, r.tabs)
	return r
}

// partLabel is the tab name of a part in the interface language.
func partLabel(tr *locales.Localizer, part string) string {
	switch part {
	case course.Theory:
		return tr.T("part_theory")
	case course.Case:
		return tr.T("part_case")
	case course.Toolbox:
		return tr.T("part_toolbox")
	case course.Reference:
		return tr.T("part_reference")
	}
	return tr.T("part_guide")
}

// Part is the key of the selected tab.
func (r *Reader) Part() string {
	return course.Parts[r.tabs.SelectedIndex()]
}

// Show displays module m in lang with the given part selected.
func (r *Reader) Show(m *course.Module, part, lang string) {
	r.module, r.lang = m, lang
	r.title.Segments = []widget.RichTextSegment{&widget.TextSegment{
		Text: m.TitleIn(lang), Style: headingStyle(1)}}
	r.title.Refresh()
	r.summary.SetText(m.SummaryIn(lang))
	r.meta.Segments = r.metaSegments(m)
	r.meta.Refresh()
	idx := 0
	for i, p := range course.Parts {
		if p == part {
			idx = i
		}
	}
	if r.tabs.SelectedIndex() != idx {
		r.tabs.SelectIndex(idx) // renders through OnSelected
	}
	r.render(r.Part())
}

// metaSegments is the line under the summary: duration and competences.
func (r *Reader) metaSegments(m *course.Module) []widget.RichTextSegment {
	var names []string
	for _, c := range m.DigComp {
		names = append(names, c+" "+digCompName(r.tr, c))
	}
	caption := widget.RichTextStyle{Inline: true, SizeName: theme.SizeNameCaptionText, ColorName: theme.ColorNamePlaceHolder}
	bold := caption
	bold.TextStyle.Bold = true
	return []widget.RichTextSegment{
		&widget.TextSegment{Text: r.tr.Tn("module_duration", m.Duration, nil) + "  ·  ", Style: bold},
		&widget.TextSegment{Text: "DigComp 2.2: ", Style: bold},
		&widget.TextSegment{Text: strings.Join(names, "  ·  "), Style: caption},
	}
}

// render fills a part's tab, once per module and language.
func (r *Reader) render(part string) {
	if r.module == nil {
		return
	}
	key := r.module.ID() + "/" + r.lang + "/" + r.other
	if r.shown[part] == key {
		return
	}
	r.shown[part] = key
	s := r.scrolls[part]
	src := r.module.Text(r.lang, part)
	switch {
	case strings.TrimSpace(src) == "":
		s.Content = container.NewPadded(widget.NewLabel(r.tr.T("reader_missing_part")))
	case r.other != "" && r.other != r.lang:
		s.Content = container.NewPadded(sideBySide(src, r.module.Text(r.other, part)))
	default:
		s.Content = container.NewPadded(NewDocView(course.ParseString(src)))
	}
	s.Offset = fyne.Position{}
	s.Refresh()
}

// Content is the canvas object of the pane.
func (r *Reader) Content() fyne.CanvasObject { return r.root }

// compareLang is the language chosen for side by side ("" for none).
func (r *Reader) compareLang() string {
	i := r.compare.SelectedIndex()
	if i <= 0 {
		return ""
	}
	return course.Languages[i-1]
}

// setCompare shows the part in a second language beside the first.
func (r *Reader) setCompare(lang string) {
	r.other = lang
	r.render(r.Part())
}

// setBookmarked shows a full star on a bookmarked part.
func (r *Reader) setBookmarked(on bool) {
	var icon fyne.Resource = theme.NewThemedResource(starOutline)
	if on {
		icon = theme.NewPrimaryThemedResource(starFull)
	}
	r.bookmark.SetIcon(icon)
}

// scrollToBlock scrolls a part's tab to a top-level block of its document
// (a search hit's section).
func (r *Reader) scrollToBlock(part string, block int) {
	s := r.scrolls[part]
	pad, ok := s.Content.(*fyne.Container)
	if !ok || len(pad.Objects) == 0 {
		return
	}
	doc, ok := pad.Objects[0].(*fyne.Container)
	if !ok || block < 0 || block >= len(doc.Objects) {
		return
	}
	// Lay the content out at the tab's width so positions are known.
	w := max(s.Size().Width, 400)
	s.Content.Resize(fyne.NewSize(w, s.Content.MinSize().Height))
	s.Content.Resize(fyne.NewSize(w, s.Content.MinSize().Height))
	s.ScrollToOffset(fyne.NewPos(0, doc.Objects[block].Position().Y))
}
