package ui

import (
	"fmt"
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
	tabs    *partTabs           // the tab bar
	panes   *paneDeck           // the tabs' panes, one in view
	lists   map[string]*docList // each tab's virtualised view
	act     readerActions

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

	// edit opens the editor on the part shown; more holds the other
	// customisations (notes, handouts, compare, reset). status holds the
	// lines above each part (stale banner, "customised by you", hidden
	// from handouts); first the item of each list holding the document's
	// first block (after the notes), -1 when it shows no document.
	edit   *widget.Button
	more   *widget.Button
	status map[string]*fyne.Container
	first  map[string]int

	// ownSettings renames or deletes a trainer's own module (ui/ownmodule.go);
	// hidden for the kit's modules.
	ownSettings *widget.Button

	// hit is the search that opened a part ("module/lang/part" and the
	// query): its words are highlighted there.
	hit struct{ at, query string }
	// trim gives memory back once the reader is left as it is.
	trim idleTrim
	// header is what the title, summary and meta line show (showHeader).
	header string
}

// readerActions are what the reader's buttons and links call.
type readerActions struct {
	part                           func(part string) // a tab was chosen
	present, export, bookmark, own func()            // own: the own module's settings
	edit                           func()
	menu                           func(from fyne.CanvasObject) // the ⋯ menu, under its button
	compare, reset                 func()                       // the "customised by you" line
	seeStale, keepMine             func()                       // the changed-original banner
}

// newReader builds the pane; without canEdit (no data file) the
// customisation buttons are disabled, not broken.
func newReader(tr *locales.Localizer, act readerActions, canEdit bool) *Reader {
	r := &Reader{tr: tr, act: act, lists: map[string]*docList{}, shown: map[string]string{},
		status: map[string]*fyne.Container{}, first: map[string]int{}}
	r.title = widget.NewRichText()
	r.title.Wrapping = fyne.TextWrapWord
	r.summary = widget.NewLabel("")
	r.summary.Wrapping = fyne.TextWrapWord
	r.meta = widget.NewRichText()
	r.meta.Wrapping = fyne.TextWrapWord
	var labels []string
	var panes []fyne.CanvasObject
	for _, p := range course.AllParts {
		l := newDocList(nil, true)
		r.lists[p] = l
		r.status[p] = container.NewVBox()
		labels = append(labels, partLabel(tr, p))
		panes = append(panes, newTabPane(container.NewBorder(r.status[p], nil, nil, nil, l)))
	}
	r.panes = newPaneDeck(panes...)
	r.tabs = newPartTabs(labels, func(i int) {
		p := r.Part()
		r.panes.show(i)
		r.render(p)
		if r.act.part != nil {
			r.act.part(p)
		}
	})
	r.present = widget.NewButtonWithIcon(tr.T("present_button"), theme.MediaPlayIcon(), act.present)
	r.present.Importance = widget.HighImportance
	r.export = widget.NewButtonWithIcon(tr.T("export_pdf"), theme.DocumentPrintIcon(), act.export)
	// The buttons sit top right of the header, at their natural height.
	r.bookmark = widget.NewButtonWithIcon("", theme.NewThemedResource(starOutline), act.bookmark)
	compareNames := []string{tr.T("compare_none")}
	for _, l := range course.Languages {
		compareNames = append(compareNames, languageNames[l])
	}
	r.compare = widget.NewSelect(compareNames, func(string) { r.setCompare(r.compareLang()) })
	r.compare.PlaceHolder = tr.T("compare_placeholder")
	r.edit = widget.NewButtonWithIcon(tr.T("custom_edit"), theme.DocumentCreateIcon(), act.edit)
	r.more = widget.NewButtonWithIcon("", theme.MoreHorizontalIcon(), func() { act.menu(r.more) })
	if !canEdit {
		r.edit.Disable()
		r.more.Disable()
	}
	r.ownSettings = widget.NewButtonWithIcon(tr.T("own_settings"), theme.SettingsIcon(), act.own)
	r.ownSettings.Hide()
	actions := container.NewVBox(container.NewHBox(r.ownSettings, r.bookmark, r.export, r.present),
		container.NewBorder(nil, nil, nil, container.NewHBox(r.edit, r.more), container.New(fitChoices{r.compare}, r.compare)))
	header := container.NewBorder(nil, nil, nil, actions, container.New(&stackLayout{}, r.title, r.summary, r.meta))
	r.root = container.NewBorder(container.NewPadded(header), nil, nil, nil,
		container.New(barOverLayout{}, r.tabs, r.panes))
	r.trim.obj = r.root
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
	case course.SlidesPart:
		return tr.T("part_slides")
	case course.QuizPart:
		return tr.T("part_quiz")
	}
	return tr.T("part_guide")
}

// Part is the key of the selected tab.
func (r *Reader) Part() string {
	return course.AllParts[r.tabs.Selected()]
}

// Show displays module m in lang with the given part selected.
func (r *Reader) Show(m *course.Module, part, lang string) {
	r.module, r.lang = m, lang
	if r.other == lang {
		r.oneLanguage()
	}
	r.showHeader(m, lang)
	idx := 0
	for i, p := range course.AllParts {
		if p == part {
			idx = i
		}
	}
	r.markCustomised()
	r.releaseHidden(course.AllParts[idx])
	r.trim.poke()         // any change, a tab drawn before included, starts the wait again
	r.tabs.selectTab(idx) // renders through onSelected when the tab changes
	r.render(r.Part())
}

// releaseHidden drops the documents of the tabs other than keep drawn for
// another module or language: a trainer who reads all twenty modules
// would otherwise keep five documents of each in memory. They are drawn
// again when their tab is chosen.
func (r *Reader) releaseHidden(keep string) {
	key := r.module.ID() + "/" + r.lang + "/" + r.other
	for p, l := range r.lists {
		if p == keep || r.shown[p] == "" || strings.HasPrefix(r.shown[p], key+"/") {
			continue
		}
		delete(r.shown, p)
		delete(r.first, p)
		l.setItems(nil, true)
	}
}

// showHeader puts the module's title, summary and duration and
// competences above the tabs, unless they are already there: a change of
// tab keeps them, and laying them out again cost a return to a tab part
// of its 50 ms.
func (r *Reader) showHeader(m *course.Module, lang string) {
	meta := r.metaSegments(m)
	key := fmt.Sprint(m.Own(), "\x00", m.TitleIn(lang), "\x00", m.SummaryIn(lang))
	for _, s := range meta {
		key += "\x00" + s.Textual()
	}
	if key == r.header {
		return
	}
	r.header = key
	showIf(r.ownSettings, m.Own())
	showIf(r.summary, m.SummaryIn(lang) != "") // own modules have none
	r.title.Segments = []widget.RichTextSegment{&widget.TextSegment{
		Text: m.TitleIn(lang), Style: headingStyle(1)}}
	r.title.Refresh()
	r.summary.SetText(m.SummaryIn(lang))
	r.meta.Segments = meta
	r.meta.Refresh()
}

// markCustomised puts a pencil on the tab of every part the trainer
// customised in the language shown. An icon rather than "✎": Fyne's
// bundled fonts have no such glyph. The tabs are drawn again only when a
// pencil comes or goes.
func (r *Reader) markCustomised() {
	for i, p := range course.AllParts {
		r.tabs.mark(i, r.module.Customised(r.lang, p))
	}
}

// invalidate makes every tab render again: the module was customised.
func (r *Reader) invalidate() {
	r.shown = map[string]string{}
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
	if len(names) == 0 { // an own module without competences
		return []widget.RichTextSegment{&widget.TextSegment{Text: r.tr.Tn("module_duration", m.Duration, nil), Style: bold}}
	}
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
	key := r.module.ID() + "/" + r.lang + "/" + r.other + "/" + r.hitQuery(part)
	if r.shown[part] == key {
		return
	}
	r.shown[part] = key
	items, first := r.items(part)
	r.first[part] = first
	r.lists[part].setItems(items, r.other == "" || r.other == r.lang) // side by side takes the width
	r.trim.poke()
	r.status[part].Objects = r.statusRows(part)
	r.status[part].Refresh()
}

// items are what a part's tab shows: the trainer's notes first (they may
// be long), then the part's blocks, cards or side-by-side rows. first is
// the item of the document's first block, -1 when it shows none.
func (r *Reader) items(part string) (items []docItem, first int) {
	if notes := r.module.Notes(r.lang, part); strings.TrimSpace(notes) != "" {
		label := r.tr.T("custom_notes_label")
		items = append(items, docItem{chars: len(notes), build: func() fyne.CanvasObject { return notesBox(label, notes) }})
	}
	first = len(items)
	src := r.module.Text(r.lang, part)
	switch {
	case strings.TrimSpace(src) == "" && r.module.Own():
		return append(items, docItem{chars: 200, build: func() fyne.CanvasObject { return ownEmptyPart(r.tr) }}), -1
	case strings.TrimSpace(src) == "":
		msg := r.tr.T("reader_missing_part")
		return append(items, docItem{chars: len(msg), build: func() fyne.CanvasObject { return widget.NewLabel(msg) }}), -1
	case r.other != "" && r.other != r.lang:
		return append(items, sideBySideItems(hits{part, r.hitQuery(part)}, src, r.module.Text(r.other, part))...), first
	}
	return append(items, partItems(r.tr, part, src, r.module.Text(r.lang, course.Guide), r.lang, r.hitQuery(part))...), first
}

// setHit highlights the words of query in the part shown (a search result
// opened it); "" takes the highlights away.
func (r *Reader) setHit(part, query string) {
	at := r.module.ID() + "/" + r.lang + "/" + part
	if r.hit.at == at && r.hit.query == query || r.hit.query == "" && query == "" {
		return
	}
	r.hit.at, r.hit.query = at, query
	r.render(part)
}

// hitQuery is the query whose words are highlighted in part ("" for none).
func (r *Reader) hitQuery(part string) string {
	if r.hit.at != r.module.ID()+"/"+r.lang+"/"+part {
		return ""
	}
	return r.hit.query
}

// partItems are a part's Markdown as the reader and the editor's preview
// show it, one docList item each: the deck as slide cards with their notes
// (guide gives the plan rows), the quiz as its key, the written parts as
// their blocks. The words of query (a search's, "" for none) are
// highlighted. Only parsing here: the items are built when they come into
// view, so this may run off the interface thread.
func partItems(tr *locales.Localizer, part, src, guide, lang, query string) []docItem {
	h := hits{part, query}
	switch part {
	case course.SlidesPart:
		return deckItems(tr, src, guide, lang, h)
	case course.QuizPart:
		return quizItems(tr, src, h)
	}
	return docItems(h.doc(src))
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

// fitChoices lays out a select no narrower than its longest choice or
// hint: Fyne sizes a select by its hint alone and then cuts it ("Affiancato
// a…" shown as "Affiancato a...", "En paralelo con…" as "En paralelo c...").
type fitChoices struct{ sel *widget.Select }

func (f fitChoices) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (f fitChoices) MinSize([]fyne.CanvasObject) fyne.Size {
	min := f.sel.MinSize()
	text := float32(0)
	for _, s := range append([]string{f.sel.PlaceHolder}, f.sel.Options...) {
		text = fyne.Max(text, fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	// The label's padding each side, the arrow and its padding.
	min.Width = fyne.Max(min.Width, text+theme.IconInlineSize()+5*theme.InnerPadding())
	return min
}

// oneLanguage ends side by side without drawing: the content language
// became the one compared, and the choice would still name it over one
// column.
func (r *Reader) oneLanguage() {
	changed := r.compare.OnChanged
	r.compare.OnChanged = nil
	r.compare.SetSelectedIndex(0)
	r.compare.OnChanged = changed
	r.other = ""
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
	src := r.module.Text(r.lang, part)
	// The deck, the quiz and side by side show cards and rows, not the
	// Markdown's blocks.
	switch {
	case r.other != "" && r.other != r.lang:
		block = sectionOf(course.ParseString(src), block)
	case part == course.SlidesPart:
		block = deckCardOf(src, block)
	case part == course.QuizPart:
		block = quizCardOf(src, block)
	}
	first, ok := r.first[part]
	l := r.lists[part]
	if !ok || first < 0 || block < 0 || first+block >= l.Len() {
		return
	}
	l.ScrollTo(first + block)
}

// statusRows are the lines above a part in the reader: the stale banner,
// "customised by you" with compare and reset, and what handouts leave out.
func (r *Reader) statusRows(part string) []fyne.CanvasObject {
	m, lang, tr := r.module, r.lang, r.tr
	var rows []fyne.CanvasObject
	if m.Stale(lang, part) {
		see := widget.NewButton(tr.T("custom_stale_see"), r.act.seeStale)
		keep := widget.NewButton(tr.T("custom_stale_keep"), r.act.keepMine)
		msg := widget.NewLabelWithStyle(tr.T("custom_stale"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		msg.Wrapping = fyne.TextWrapWord
		// The buttons go under the message, so a narrow window wraps the
		// message rather than squeezing it beside them.
		line := container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil,
			container.NewVBox(msg, container.NewHBox(see, keep)))
		rows = append(rows, banner(theme.ColorNameWarning, line))
	}
	if m.Edited(lang, part) {
		rows = append(rows, container.NewHBox(
			widget.NewIcon(theme.DocumentCreateIcon()),
			widget.NewLabelWithStyle(tr.T("custom_badge_line"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			widget.NewLabel("·"), link(tr.T("custom_compare"), r.act.compare),
			widget.NewLabel("·"), link(tr.T("custom_reset"), r.act.reset),
		))
	}
	if hidden := r.hiddenLine(part); hidden != "" {
		l := widget.NewLabel(hidden)
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.MediumImportance
		rows = append(rows, container.NewBorder(nil, nil, widget.NewIcon(theme.VisibilityOffIcon()), nil, l))
	}
	return rows
}

// hiddenLine says what handouts leave out of the part ("" for nothing).
func (r *Reader) hiddenLine(part string) string {
	o := r.module.Overlay(r.lang, part)
	switch {
	case o == nil:
		return ""
	case o.Hidden:
		return r.tr.T("custom_hidden_part")
	case len(o.HiddenSections) > 0:
		names := make([]string, len(o.HiddenSections))
		for i, h := range o.HiddenSections {
			names[i] = course.PlainHeading(h)
		}
		return r.tr.Tf("custom_hidden_sections", map[string]any{"Sections": strings.Join(names, " · ")})
	}
	return ""
}
