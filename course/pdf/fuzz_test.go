package pdf

import (
	"errors"
	"flag"
	"io"
	"testing"
	"time"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// fuzzing reports whether go test runs the fuzzing engine (-fuzz), rather
// than the seed corpus as regression tests.
func fuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}

// fuzzLimit is how long one input may take to print, handout and guide
// together, while fuzzing: longer means a layout that grows faster than
// its text (a few milliseconds is usual).
const fuzzLimit = 5 * time.Second

// FuzzMarkdownPDF prints arbitrary Markdown as the theory and the guide of
// an own module, with its first heading hidden and the same Markdown as the
// trainer's notes: the handout and the trainer's guide must come out
// without panicking or hanging. Its seed corpus and every input it found
// are in testdata/fuzz/FuzzMarkdownPDF.
func FuzzMarkdownPDF(f *testing.F) {
	f.Add("# Titre\n\nUn paragraphe.\n")
	f.Fuzz(func(t *testing.T, md string) {
		if len(md) > 1<<16 {
			t.Skip("longer than any part a trainer writes")
		}
		lib, s := fuzzLibrary(t, md)
		start := time.Now()
		err := ModuleHandout(io.Discard, lib, course.FirstOwnNumber, "fr", []string{course.Theory, course.Guide}, Options{})
		if err != nil && !errors.Is(err, ErrNothingToPrint) {
			t.Fatalf("handout: %v", err)
		}
		if err := TrainerGuide(io.Discard, lib, s, Options{Paper: Letter}); err != nil {
			t.Fatalf("guide: %v", err)
		}
		if d := time.Since(start); fuzzing() && d > fuzzLimit {
			t.Fatalf("%d bytes of Markdown took %v to print", len(md), d)
		}
	})
}

// fuzzLibrary is a library holding one own module whose theory and guide
// are md, and a one-day session over its guide.
func fuzzLibrary(t *testing.T, md string) (*course.Library, *session.Session) {
	// The start of the text is the title too: it goes in the running
	// header and the PDF's metadata.
	m := course.NewOwnModule(course.FirstOwnNumber, "fr", "Module d'essai")
	m.Title["fr"] = md[:min(len(md), 80)]
	m.Source["fr"][course.Theory] = md
	m.Source["fr"][course.Guide] = md
	ovs := []course.Overlay{{Module: m.Key(), Lang: "fr", Part: course.Guide, Notes: md}}
	if hs := course.Headings(md); len(hs) > 0 {
		ovs = append(ovs, course.Overlay{Module: m.Key(), Lang: "fr", Part: course.Theory, HiddenSections: []string{hs[0].Text}, Notes: md})
	}
	lib := course.Apply(&course.Library{}, ovs, []*course.Module{m})
	s, err := session.New("Essai", "2026-11-30", 1, "fr")
	if err != nil {
		t.Fatal(err)
	}
	s.Agenda[0] = []session.Block{{Kind: session.BlockPart, Module: course.FirstOwnNumber, Part: course.Guide, Minutes: 60}}
	return lib, s
}

// FuzzMarkdownLayout lays out arbitrary Markdown as a handout part without
// drawing the PDF, hundreds of times faster than FuzzMarkdownPDF, so that
// the fuzzer reaches far more of the layout: it must not panic nor hang,
// and no page may hold more than its height.
func FuzzMarkdownLayout(f *testing.F) {
	f.Add("# Titre\n\nUn paragraphe.\n")
	f.Fuzz(func(t *testing.T, md string) {
		if len(md) > 1<<16 {
			t.Skip("longer than any part a trainer writes")
		}
		d, err := newDoc(A4, false, "fr")
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		r := &renderer{doc: d, handout: true}
		r.blocks(course.ParseString(md).Blocks, ctx{})
		d.finish()
		for i, p := range d.pages {
			if p.used > d.avail()+1e-6 {
				t.Fatalf("page %d holds %.2f mm of %.2f", i+1, p.used, d.avail())
			}
		}
		if el := time.Since(start); fuzzing() && el > fuzzLimit {
			t.Fatalf("%d bytes of Markdown took %v to lay out", len(md), el)
		}
	})
}
