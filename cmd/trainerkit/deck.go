package main

import (
	"fmt"
	"io"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/slides"
	"github.com/socialtech/trainerkit/locales"
)

// parseDeck: trainerkit deck prints a deck's outline, one line a slide:
// NUMBER<TAB>WORDS<TAB>NOTE_WORDS<TAB>TITLE; with --session, the agenda's
// deck as Present the agenda shows it, a line "# HH:MM BLOCK TITLE" before
// each block's slides.
func parseDeck(args []string) action {
	f := newFlags("deck")
	module := f.Int("module", 0, "module number")
	lang := f.String("lang", "fr", "content language")
	id := f.String("session", "", "session id")
	if !parseFlags(f, args) {
		return nil
	}
	if (*module == 0) == (*id == "") || !course.ValidLanguage(*lang) {
		fmt.Fprintf(stderr, "trainerkit deck: give --module N --lang L, or --session ID\n\n%s", usage)
		return nil
	}
	return func(d data) int {
		if *id != "" {
			return sessionDeck(d, *id)
		}
		lib, _, err := moduleLibrary(d.dir) // a deck prints no profile
		if err != nil {
			return fail(err)
		}
		m := lib.Module(*module)
		if m == nil {
			return fail(fmt.Errorf("no module %d", *module))
		}
		writeDeck(stdout, slides.ModuleDeck(m, "", *lang), false)
		return 0
	}
}

// sessionDeck prints the agenda's deck of a stored session.
func sessionDeck(d data, id string) int {
	db, err := openData(d.dir)
	if err != nil {
		return fail(err)
	}
	defer db.Close()
	s, err := db.Session(id)
	if err != nil {
		return fail(err)
	}
	lib, err := loadCustomised(db)
	if err != nil {
		return fail(err)
	}
	writeDeck(stdout, slides.AgendaDeck(lib, s, locales.New(s.Lang)), true)
	return 0
}

// writeDeck writes the outline; blocks adds the block lines.
func writeDeck(w io.Writer, deck *slides.Deck, blocks bool) {
	last := -1
	for i, s := range deck.Slides {
		if blocks && s.Block != last && s.Block < len(deck.Starts) {
			st := deck.Starts[s.Block]
			fmt.Fprintf(w, "# %s %s\n", st.Start, st.Title)
			last = s.Block
		}
		fmt.Fprintf(w, "%d\t%d\t%d\t%s\n", i+1, s.Words, s.NoteWords, s.Title)
	}
}
