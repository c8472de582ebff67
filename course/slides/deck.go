package slides

import (
	"strings"
	"time"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
)

// DeckPart is the part key of a module's deck (slides.md): presenting that
// part shows the whole deck.
const DeckPart = course.SlidesPart

// Kind says what a slide of a presentation is.
type Kind int

// The kinds of slide.
const (
	KindContent Kind = iota // a slide of a deck, or of a part cut at its headings
	KindBlock               // the title slide of an agenda block without slides: its title and instructions
	KindBreak               // a break: "Pause — back at 10:50" and a countdown
)

// DeckSlide is a slide with what the presenter needs beside it.
type DeckSlide struct {
	Slide
	Kind       Kind
	Block      int           // index of the timed block: an agenda block, or a plan row of a module's deck
	BlockTitle string        // the block's title, for the presenter and the overview
	Budget     time.Duration // the block's planned time
	Notes      []course.Block
	Own        string // the trainer's own notes on the part (Markdown)
	// Words and NoteWords count the words on screen (heading included)
	// and in the notes, as course.DeckSlide does.
	Words, NoteWords int
}

// Deck is what a presentation walks through: the slides of a module or a
// part, or of every block of a session's agenda. Its slides are final: the
// interface only picks a text size for each, so the count is known before
// anything is drawn.
type Deck struct {
	Slides []DeckSlide
	// Starts are the agenda blocks' scheduled start times, by block index
	// (empty for a module's deck).
	Starts []BlockStart
	// Lang is the language of what the room reads: the break slides are
	// written in it.
	Lang string
}

// BlockStart is when an agenda block is planned.
type BlockStart struct {
	Day   int
	Start session.Clock
	Title string
}

// Len is the number of slides.
func (d *Deck) Len() int { return len(d.Slides) }

// fromDeck turns a slide of slides.md into a presentation slide.
func fromDeck(s course.DeckSlide) DeckSlide {
	return DeckSlide{
		Slide: Slide{Title: s.Title, TitleSlide: s.Level == 1, Blocks: course.ParseString(s.Body).Blocks},
		Notes: course.ParseString(s.Notes).Blocks, Words: s.Words(), NoteWords: s.NoteWords(),
	}
}

// moduleDeck is a module's deck in lang (the trainer's edit when
// customised), nil when it has none.
func moduleDeck(m *course.Module, lang string) []course.DeckSlide {
	return course.ParseDeck(m.Text(lang, DeckPart))
}

// modulePlan is the half-day plan of a module's guide in lang (empty when
// it has none or it does not parse).
func modulePlan(m *course.Module, lang string) course.Plan {
	p, _ := course.ParsePlan(course.ParseString(m.Text(lang, course.Guide)), lang)
	return p
}

// ModuleDeck builds what a module's Present shows: its whole deck when
// part is "", else the slides of the plan rows that name part. Each plan
// row is a block timed with the row's minutes. A module without a deck (an
// own module, a draft), or without slides for the part, falls back on the
// part cut at its headings (PartDeck).
func ModuleDeck(m *course.Module, part, lang string) *Deck {
	if part == DeckPart {
		part = ""
	}
	all := moduleDeck(m, lang)
	plan := modulePlan(m, lang)
	d := &Deck{}
	for _, s := range all {
		if part != "" && (s.Step < 1 || s.Step > len(plan.Steps) || plan.Steps[s.Step-1].Part != part) {
			continue
		}
		ds := fromDeck(s)
		ds.Block = s.Step
		if s.Step >= 1 && s.Step <= len(plan.Steps) {
			st := plan.Steps[s.Step-1]
			ds.Budget, ds.BlockTitle = time.Duration(st.Minutes)*time.Minute, st.Activity
		}
		if part != "" {
			ds.Own = m.Notes(lang, part)
		}
		d.Slides = append(d.Slides, ds)
	}
	if len(d.Slides) == 0 {
		if part == "" {
			part = course.Theory
		}
		return PartDeck(m, part, lang)
	}
	return d
}

// PartDeck cuts a part at its headings (the way of modules without a deck),
// with the guide's notes and the minutes its plan gives the part. Slides
// too long for a screen are cut by words (FitWords), so the count does not
// depend on the screen.
func PartDeck(m *course.Module, part, lang string) *Deck {
	doc := course.ParseString(m.Text(lang, part))
	guide := course.ParseString(m.Text(lang, course.Guide))
	plan, _ := course.ParsePlan(guide, lang)
	mins := 0
	for _, st := range plan.Steps {
		if st.Part == part {
			mins += st.Minutes
		}
	}
	notes := Notes(guide, plan, part)
	d := &Deck{}
	for _, s := range Fit(Split(doc), FitWords) {
		d.Slides = append(d.Slides, DeckSlide{Slide: s, Budget: time.Duration(mins) * time.Minute, Notes: notes,
			Own: m.Notes(lang, part), Words: slideWords(s), NoteWords: blocksWords(notes)})
	}
	return d
}

// AgendaDeck walks through a session's agenda block by block: a block
// built from a plan row shows that row's slides and no others (with the
// deck's opening slides before its module's first block of the day); a
// block without slides gets a title slide with its instructions, a break
// a break slide. Each block's minutes are its budget on the presenter's
// timer.
func AgendaDeck(lib *course.Library, s *session.Session, tr *locales.Localizer) *Deck {
	if s.Lang != "" && s.Lang != tr.Lang() {
		tr = locales.New(s.Lang) // the room reads the session's language
	}
	b := &agendaBuilder{lib: lib, s: s, tr: tr, d: &Deck{Lang: s.Lang}, seen: map[[2]any]int{}}
	for day, blocks := range s.Agenda {
		times := session.DefaultDayTimes
		if day < len(s.Days) {
			times = s.Days[day]
		}
		opened := map[int]bool{}
		for _, tb := range session.ComputeDay(blocks, times).Blocks {
			b.d.Starts = append(b.d.Starts, BlockStart{Day: day, Start: tb.Start, Title: blockTitle(lib, tb.Block, s.Lang, tr)})
			b.block(tb.Block, tb.End, opened)
		}
	}
	return b.d
}

type agendaBuilder struct {
	lib  *course.Library
	s    *session.Session
	tr   *locales.Localizer
	d    *Deck
	seen map[[2]any]int // blocks met so far per module and part: the fallback's order
}

// block adds one agenda block's slides.
func (b *agendaBuilder) block(bl session.Block, end session.Clock, opened map[int]bool) {
	n := len(b.d.Starts) - 1
	budget := time.Duration(bl.Minutes) * time.Minute
	title := b.d.Starts[n].Title
	add := func(ds DeckSlide) {
		ds.Block, ds.Budget, ds.BlockTitle = n, budget, title
		if strings.TrimSpace(b.s.Notes) != "" {
			// The trainer's own notes for the session follow the slide's.
			ds.Notes = append(append([]course.Block(nil), ds.Notes...), course.ParseString(b.s.Notes).Blocks...)
			ds.NoteWords += course.CountWords(b.s.Notes)
		}
		b.d.Slides = append(b.d.Slides, ds)
	}
	if bl.Kind == session.BlockBreak {
		t := BreakTitle(b.tr, end.String())
		add(DeckSlide{Slide: Slide{Title: t, TitleSlide: true}, Kind: KindBreak, Words: course.CountWords(t)})
		return
	}
	m := b.lib.Module(bl.Module)
	if m == nil {
		add(b.titleSlide(bl, title))
		return
	}
	deck := moduleDeck(m, b.s.Lang)
	step := b.step(m, bl)
	if len(deck) == 0 {
		// A module without a deck shows its part cut at its headings, at
		// the part's first block only: later blocks get a title slide.
		if bl.Kind == session.BlockPart && b.seen[[2]any{m.Number, bl.Part}] == 1 {
			for _, ds := range PartDeck(m, bl.Part, b.s.Lang).Slides {
				add(ds)
			}
			return
		}
		add(b.titleSlide(bl, title))
		return
	}
	shown := 0
	for _, sl := range deck {
		opening := sl.Step == 0 && !opened[m.Number]
		if opening || step > 0 && sl.Step == step {
			ds := fromDeck(sl)
			if bl.Kind == session.BlockPart {
				ds.Own = m.Notes(b.s.Lang, bl.Part)
			}
			add(ds)
			if !opening {
				shown++
			}
		}
	}
	opened[m.Number] = true
	if shown == 0 {
		add(b.titleSlide(bl, title))
	}
}

// BreakTitle is a break slide's title: "Pause — back at 10:50".
func BreakTitle(tr *locales.Localizer, until string) string {
	return tr.Tf("present_break_until", map[string]any{"Time": until})
}

// titleSlide is the slide of a block without slides: its title, large,
// and its instructions (the block's description) under it.
func (b *agendaBuilder) titleSlide(bl session.Block, title string) DeckSlide {
	ds := DeckSlide{Slide: Slide{Title: title, TitleSlide: strings.TrimSpace(bl.Description) == ""}, Kind: KindBlock}
	if !ds.TitleSlide {
		ds.Blocks = course.ParseString(bl.Description).Blocks
	}
	ds.Words = course.CountWords(title) + course.CountWords(bl.Description)
	return ds
}

// step is the plan row a block shows: the one it carries, or for a block
// stored before blocks carried their row, the row naming its part in the
// same order (the second theory block of a module is its plan's second
// theory row), or the row with its activity's title.
func (b *agendaBuilder) step(m *course.Module, bl session.Block) int {
	key := [2]any{m.Number, bl.Part}
	b.seen[key]++
	if bl.Step > 0 {
		return bl.Step
	}
	plan := modulePlan(m, b.s.Lang)
	if bl.Kind == session.BlockPart {
		var rows []int
		for i, st := range plan.Steps {
			if st.Part == bl.Part {
				rows = append(rows, i+1)
			}
		}
		if len(rows) > 0 {
			return rows[min(b.seen[key], len(rows))-1]
		}
		return 0
	}
	for i, st := range plan.Steps {
		if st.Activity == bl.Title && bl.Title != "" {
			return i + 1
		}
	}
	return 0
}

// partNames are the interface's names of the written parts.
var partNames = map[string]string{
	course.Theory: "part_theory", course.Case: "part_case", course.Toolbox: "part_toolbox",
	course.Reference: "part_reference", course.Guide: "part_guide",
}

// blockTitle names a block as the agenda does: its own title, else its
// module part's name.
func blockTitle(lib *course.Library, bl session.Block, lang string, tr *locales.Localizer) string {
	if bl.Title != "" {
		return bl.Title
	}
	switch bl.Kind {
	case session.BlockBreak:
		return tr.T("agenda_break")
	case session.BlockPart:
		name := tr.T(partNames[bl.Part])
		if m := lib.Module(bl.Module); m != nil {
			return m.TitleIn(lang) + " · " + name
		}
		return name
	}
	return ""
}

// FitWords is how a part cut at its headings fits a screen without
// measuring: at most about 60 words, or 7 list items or table rows, a
// slide (docs/CONTENT.md asks 50 words of a deck's slide).
func FitWords(s Slide) bool {
	words, lines := 0, 0
	for _, b := range s.Blocks {
		words += blockWords(b)
		lines += len(b.Items) + len(b.Rows)
	}
	return words <= 60 && lines <= 7
}

func slideWords(s Slide) int { return course.CountWords(s.Title) + blocksWords(s.Blocks) }

func blocksWords(bs []course.Block) int {
	n := 0
	for _, b := range bs {
		n += blockWords(b)
	}
	return n
}

// blockWords counts a block's words: its text, its items' and its cells'.
func blockWords(b course.Block) int {
	n := course.CountWords(course.PlainText(b.Inlines))
	for _, it := range b.Items {
		n += blocksWords(it.Blocks)
	}
	for _, r := range b.Rows {
		for _, c := range r {
			n += course.CountWords(course.PlainText(c))
		}
	}
	return n + blocksWords(b.Children)
}
