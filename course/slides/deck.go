package slides

import (
	"strings"
	"time"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
)

// DeckSlide is a slide with what the presenter needs beside it.
type DeckSlide struct {
	Slide
	Block  int            // index of the agenda block (0 for a single part)
	Budget time.Duration  // the block's planned time
	Notes  []course.Block // the trainer's notes for this slide's part
	Own    string         // the trainer's own notes on the part (Markdown)
}

// Deck is what a presentation walks through: the slides of one part, or of
// every block of a session's agenda, before they are fitted to a screen.
type Deck struct {
	Slides []DeckSlide
}

// Len is the number of slides before fitting to a screen.
func (d *Deck) Len() int { return len(d.Slides) }

// PartDeck builds the slides of one part, with the guide's notes and the
// minutes its plan gives the part.
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
	for _, s := range Split(doc) {
		d.Slides = append(d.Slides, DeckSlide{Slide: s, Budget: time.Duration(mins) * time.Minute, Notes: notes, Own: m.Notes(lang, part)})
	}
	return d
}

// AgendaDeck walks through a session's agenda: each module part block
// shows that part's slides, a break or custom block a title slide; each
// block's minutes are its budget on the presenter's timer.
func AgendaDeck(lib *course.Library, s *session.Session, tr *locales.Localizer) *Deck {
	d := &Deck{}
	n := 0
	for _, day := range s.Agenda {
		for _, b := range day {
			budget := time.Duration(b.Minutes) * time.Minute
			switch b.Kind {
			case session.BlockPart:
				if m := lib.Module(b.Module); m != nil {
					for _, sl := range PartDeck(m, b.Part, s.Lang).Slides {
						sl.Block, sl.Budget = n, budget
						// The trainer's own notes for the session follow the guide's.
						if strings.TrimSpace(s.Notes) != "" {
							sl.Notes = append(append([]course.Block(nil), sl.Notes...), course.ParseString(s.Notes).Blocks...)
						}
						d.Slides = append(d.Slides, sl)
					}
				}
			case session.BlockBreak:
				d.Slides = append(d.Slides, DeckSlide{Slide: Slide{Title: tr.T("agenda_break"), TitleSlide: true}, Block: n, Budget: budget})
			default:
				sl := DeckSlide{Slide: Slide{Title: b.Title, TitleSlide: b.Description == ""}, Block: n, Budget: budget}
				if b.Description != "" {
					sl.Blocks = course.ParseString(b.Description).Blocks
				}
				d.Slides = append(d.Slides, sl)
			}
			n++
		}
	}
	return d
}
