package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/search"
	"github.com/socialtech/trainerkit/course/slides"
)

func TestResetToOriginal(t *testing.T) {
	mw, db := newCustomWindow(t)
	orig := mw.current().Text("en", course.Theory)
	if err := mw.custom.SetNotes("en", course.Theory, "Ask who has a website."); err != nil {
		t.Fatal(err)
	}
	if err := mw.custom.SaveText(mw.current().Key(), "en", course.Theory, "# Changed\n"); err != nil {
		t.Fatal(err)
	}
	if err := mw.custom.ResetPart("en", course.Theory); err != nil {
		t.Fatal(err)
	}
	if got := mw.current().Text("en", course.Theory); got != orig {
		t.Error("the original text is not back")
	}
	// The notes stay, as the dialog says; the edit is gone.
	o := storedOverlay(t, db, course.Theory)
	if o == nil || o.Edited || o.Text != "" || o.Notes != "Ask who has a website." {
		t.Fatalf("after reset the overlay is %+v", o)
	}
	if strings.Contains(allText(mw.reader.status[course.Theory]), "Customised by you") {
		t.Error("the 'customised' line is still shown")
	}
	// Without notes, reset leaves nothing: the badge goes.
	if err := mw.custom.SetNotes("en", course.Theory, " "); err != nil {
		t.Fatal(err)
	}
	if storedOverlay(t, db, course.Theory) != nil || mw.reader.tabs.marked(0) {
		t.Error("an empty customisation is kept or still marked")
	}
}

func TestStaleOriginalBanner(t *testing.T) {
	old := "# An older theory\n\nAs the kit said before.\n"
	mw, db := newCustomWindow(t, course.Overlay{Module: testLib(t).Module(1).Key(), Lang: "en", Part: course.Theory,
		Edited: true, Text: "# My theory\n", BaseHash: course.Hash(old), BaseText: old})
	status := func() string { return allText(mw.reader.status[course.Theory]) }
	if !strings.Contains(status(), "The original changed since your edit") {
		t.Fatalf("no stale banner: %q", status())
	}
	// "See what changed" compares the old original with the new one.
	lines := mw.custom.staleChanges()
	if !course.Changed(lines) || !hasLine(lines, course.Removed, "As the kit said before.") {
		t.Error("the changes of the original are not shown")
	}
	mw.custom.showStaleChanges()
	if mw.win.Canvas().Overlays().Top() == nil {
		t.Error("'See what changed' opened nothing")
	}
	keep := buttonWithText(t, mw.reader.status[course.Theory], "Keep my version")
	test.Tap(keep)
	if strings.Contains(status(), "The original changed") {
		t.Error("the banner is still there after 'Keep my version'")
	}
	o := storedOverlay(t, db, course.Theory)
	orig := mw.current().OriginalText("en", course.Theory)
	if o == nil || o.BaseHash != course.Hash(orig) || o.BaseText != orig || o.Text != "# My theory\n" {
		t.Errorf("after review the overlay is %+v", o)
	}
}

func TestHideSectionsFromHandouts(t *testing.T) {
	mw, _ := newCustomWindow(t)
	heads := sectionChoices(mw.current().Text("en", course.Theory))
	if len(heads) < 2 {
		t.Fatalf("theory of module 1 has %d sections to choose from", len(heads))
	}
	hide := heads[1].Text
	if err := mw.custom.SetHiddenSections("en", course.Theory, []string{hide}); err != nil {
		t.Fatal(err)
	}
	m := mw.current()
	if strings.Contains(m.HandoutText("en", course.Theory), hide) {
		t.Errorf("the handout still holds %q", hide)
	}
	if !strings.Contains(m.Text("en", course.Theory), hide) || !strings.Contains(shownText(mw), hide) {
		t.Error("the hidden section left the screen too")
	}
	if !strings.Contains(allText(mw.reader.status[course.Theory]), "Left out of handouts: "+hide) {
		t.Error("the reader does not say what handouts leave out")
	}
	if err := mw.custom.SetHiddenPart("en", course.Theory, true); err != nil {
		t.Fatal(err)
	}
	if mw.current().HandoutText("en", course.Theory) != "" {
		t.Error("a hidden part still goes to handouts")
	}
	if !strings.Contains(allText(mw.reader.status[course.Theory]), "Hidden from handouts") {
		t.Error("the reader does not say the part is hidden")
	}
}

func TestNotesShownToTheTrainer(t *testing.T) {
	mw, db := newCustomWindow(t)
	if err := mw.custom.SetNotes("en", course.Case, "Bring the **printed** budget.\n"); err != nil {
		t.Fatal(err)
	}
	if o := storedOverlay(t, db, course.Case); o == nil || o.Notes != "Bring the **printed** budget." {
		t.Fatalf("stored %+v", o)
	}
	mw.SelectPart(course.Case)
	text := shownText(mw)
	label := strings.Index(text, "Notes for the trainer · only you see them")
	notes := strings.Index(text, "Bring the printed budget.")
	part := strings.Index(text, firstLine(mw.current().Text("en", course.Case)))
	if label < 0 || notes < label || part < notes {
		t.Errorf("notes not shown above the part (label %d, notes %d, part %d)", label, notes, part)
	}
	if mw.current().HandoutText("en", course.Case) != mw.current().Text("en", course.Case) {
		t.Error("notes changed what participants get")
	}
	// The presenter view shows them before the guide's notes.
	p := newPresentation(mw.tr, slides.PartDeck(mw.current(), course.Case, "en"), false)
	p.fit.inline = true
	p.size = fyne.NewSize(1280, 720)
	v := newPresenterView(p)
	v.update()
	notesText := allText(v.notes.Content)
	if !strings.Contains(notesText, "Your notes") || !strings.Contains(notesText, "Bring the printed budget.") {
		t.Errorf("the presenter's notes lack the trainer's: %q", notesText)
	}
}

func TestCustomMenu(t *testing.T) {
	mw, _ := newCustomWindow(t)
	test.Tap(mw.reader.more)
	if mw.win.Canvas().Overlays().Top() == nil {
		t.Fatal("the ⋯ button opened no menu")
	}
}

func TestSavedTextIsSearchable(t *testing.T) {
	mw, _ := newCustomWindow(t)
	mw.searchIndex()
	if err := mw.custom.SaveText(mw.current().Key(), "en", course.Theory, "# Theory\n\nZorglub cooperatives.\n"); err != nil {
		t.Fatal(err)
	}
	res := mw.searchIndex().Search("zorglub", search.Options{Lang: "en"})
	if len(res) != 1 || res[0].Module != 1 || res[0].Part != course.Theory {
		t.Errorf("search after the edit: %+v", res)
	}
}
