package pdf

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// The trainer's customisations of module 1 in French: the theory hidden, an
// edited case with a hidden section, a hidden toolbox section, and notes on
// the case and the guide, whose text is the trainer's own.
const (
	caseText = "# Notre cas : la Ressourcerie du Canal\n\n" +
		"## Ce que tout le monde lit\n\nTexte visible ALPHAVISIBLE pour le groupe.\n\n" +
		"## Ce qui reste entre nous\n\nTexte réservé OMEGACACHE, jamais distribué.\n\n" +
		"### Un détail\n\nDétail réservé OMEGADETAIL.\n\n" +
		"## Questions pour le groupe\n\nQuestion finale BETAVISIBLE ?\n"
	guideText = "# Mon guide : la transition, à ma façon\n\n## Accueil\n\nTour de table GUIDEPERSO en dix minutes.\n"
	caseNotes = "Penser à la **NOTECAS** : la Ressourcerie a fermé en 2024.\n\n- relancer le groupe\n- garder 10 min"
	guideNote = "Salle trop petite : NOTEGUIDE, prévoir des chaises."
	// hiddenTool is a section of the bundled toolbox, spaces flattened: the
	// text writes it with no-break spaces.
	hiddenTool     = "Activité 2 : qui décide ?"
	hiddenToolText = "rend visible la manière dont les décisions"
)

// customised is the bundled library with module 1 customised in French.
func customised(t *testing.T) (*course.Library, *course.Module) {
	t.Helper()
	lib := library(t)
	m := lib.Module(1)
	ovs := []course.Overlay{
		{Module: m.Key(), Lang: "fr", Part: course.Theory, Hidden: true},
		{Module: m.Key(), Lang: "fr", Part: course.Case, Edited: true, Text: caseText, BaseHash: course.Hash(m.Text("fr", course.Case)),
			HiddenSections: []string{"Ce qui reste entre nous"}, Notes: caseNotes},
		{Module: m.Key(), Lang: "fr", Part: course.Toolbox, HiddenSections: []string{heading(t, m.Text("fr", course.Toolbox), hiddenTool)}},
		{Module: m.Key(), Lang: "fr", Part: course.Guide, Edited: true, Text: guideText, BaseHash: course.Hash(m.Text("fr", course.Guide)), Notes: guideNote},
	}
	c := course.Apply(lib, ovs, nil)
	return c, c.Module(1)
}

// heading is the heading of text that reads want once spaces are
// flattened, as the trainer picks it in the interface.
func heading(t *testing.T, text, want string) string {
	t.Helper()
	for _, h := range course.Headings(text) {
		if flat(h.Text) == want {
			return h.Text
		}
	}
	t.Fatalf("no heading %q", want)
	return ""
}

// firstHeading is the text of the first heading of a part.
func firstHeading(m *course.Module, lang, part string) string {
	return flat(course.PlainText(course.ParseString(m.Text(lang, part)).Headings()[0].Inlines))
}

func TestModuleHandoutLeavesOutHiddenParts(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib, m := customised(t)
	base := library(t).Module(1)
	p := render(t, "module-hidden-fr.pdf", func(w *bytes.Buffer) error {
		return ModuleHandout(w, lib, 1, "fr", nil, Options{})
	})
	text := flat(pdfText(t, p))
	for _, want := range []string{"Notre cas : la Ressourcerie du Canal", "ALPHAVISIBLE", "BETAVISIBLE",
		firstHeading(m, "fr", course.Toolbox), "Activité 4 : de la liste", firstHeading(m, "fr", course.Reference)} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not found", want)
		}
	}
	never := []string{
		firstHeading(base, "fr", course.Theory),                // the hidden part
		"Ce qui reste entre nous", "OMEGACACHE", "OMEGADETAIL", // the hidden section and its subsection
		hiddenTool,                                       // a hidden section of a bundled text
		firstHeading(base, "fr", course.Case),            // the original the trainer replaced
		"NOTECAS", "NOTEGUIDE", "Notes de la formatrice", // notes are the trainer's only
	}
	for _, w := range never {
		if strings.Contains(text, w) {
			t.Errorf("%q printed in a handout", w)
		}
	}
	checkInside(t, p)

	// Only hidden parts asked for: an error that says so, not an empty PDF.
	var buf bytes.Buffer
	err := ModuleHandout(&buf, lib, 1, "fr", []string{course.Theory}, Options{})
	if !errors.Is(err, ErrNothingToPrint) || buf.Len() != 0 {
		t.Errorf("only the hidden theory asked for: %v, %d bytes", err, buf.Len())
	}
	// Another language is not customised.
	if err := ModuleHandout(&buf, lib, 1, "en", []string{course.Theory}, Options{}); err != nil {
		t.Errorf("English theory: %v", err)
	}
}

func TestSessionHandoutLeavesOutHiddenParts(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib, _ := customised(t)
	base := library(t).Module(1)
	s := testSession(t, "fr", 1, 4)
	p := render(t, "handout-hidden-fr.pdf", func(w *bytes.Buffer) error { return SessionHandout(w, lib, s, Options{}) })
	pages := pageTexts(t, p)
	text := flat(strings.Join(pages, " "))
	// (The agenda still names the activity: the guide's plan titles it.)
	for _, w := range []string{firstHeading(base, "fr", course.Theory), "OMEGACACHE", hiddenToolText, "NOTECAS", "NOTEGUIDE", "GUIDEPERSO"} {
		if strings.Contains(text, w) {
			t.Errorf("%q printed in the participants' handout", w)
		}
	}
	for _, w := range []string{"ALPHAVISIBLE", firstHeading(library(t).Module(4), "fr", course.Theory)} {
		if !strings.Contains(text, w) {
			t.Errorf("%q not found", w)
		}
	}
	// The contents list module 1's case but not its hidden theory.
	toc := ""
	for _, pg := range pages {
		if strings.Contains(pg, "Sommaire") {
			toc += pg
		}
	}
	m1 := regexp.MustCompile(`(?s)Module 01 · .*?Module 04`).FindString(toc)
	if m1 == "" {
		t.Fatalf("contents without module 1 then 4:\n%s", toc)
	}
	if strings.Contains(m1, "Théorie") || !strings.Contains(m1, "Cas pratique") {
		t.Errorf("module 1 in the contents, theory hidden:\n%s", m1)
	}
	for _, e := range handoutEntries(lib, s, "fr") {
		if e == (entry{1, course.Theory}) {
			t.Errorf("module 1's hidden theory is an entry")
		}
	}
	checkInside(t, p)
}

func TestTrainerGuidePrintsNotes(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib, _ := customised(t)
	s := testSession(t, "fr", 1, 4)
	p := render(t, "guide-notes-fr.pdf", func(w *bytes.Buffer) error { return TrainerGuide(w, lib, s, Options{}) })
	text := flat(pdfText(t, p))
	// The trainer's guide text, then a labelled block of notes per part.
	for _, w := range []string{"Mon guide : la transition, à ma façon", "GUIDEPERSO", "Notes de la formatrice ou du formateur",
		"Cas pratique Penser à la NOTECAS", "relancer le groupe", "Guide d'animation Salle trop petite : NOTEGUIDE", "Notes d'animation"} {
		if !strings.Contains(text, w) {
			t.Errorf("%q not found in the guide", w)
		}
	}
	if i, j := strings.Index(text, "GUIDEPERSO"), strings.Index(text, "NOTECAS"); i < 0 || j < i {
		t.Errorf("the notes should follow the module's guide")
	}
	// Module 4 has no notes: one notes heading only.
	if n := strings.Count(text, "Notes de la formatrice ou du formateur"); n != 1 {
		t.Errorf("%d notes headings, want 1", n)
	}
	checkInside(t, p)
	// Never on certificates.
	cert := render(t, "cert-notes-fr.pdf", func(w *bytes.Buffer) error {
		return Certificates(w, lib, s, names[:1], nil, Options{AllParticipants: true})
	})
	if c := flat(pdfText(t, cert)); strings.Contains(c, "NOTECAS") || strings.Contains(c, "NOTEGUIDE") {
		t.Errorf("notes on a certificate")
	}
}

// ownModule is a trainer's module 101 written in French (theory and case)
// and in English (theory only), with no guide.
func ownModule() *course.Module {
	m := course.NewOwnModule(course.FirstOwnNumber, "fr", "Numérique et bénévolat")
	m.Summary["fr"] = "Accueillir les bénévoles avec des outils simples."
	m.Source["fr"][course.Theory] = "# Les bénévoles et le numérique\n\n## Pourquoi\n\nTexte OWNTHEORY.\n"
	m.Source["fr"][course.Case] = "# Le cas de l'épicerie solidaire\n\nTexte OWNCASE.\n"
	m.Source["en"] = map[string]string{course.Theory: "# Volunteers and digital tools\n\nText OWNEN.\n"}
	m.Title["en"] = "Digital and volunteering"
	return m
}

func TestOwnModuleHandout(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	own := ownModule()
	lib := course.Apply(library(t), []course.Overlay{{Module: own.Key(), Lang: "fr", Part: course.Case, Notes: "NOTEOWN"}}, []*course.Module{own})
	p := render(t, "own-fr.pdf", func(w *bytes.Buffer) error { return ModuleHandout(w, lib, 101, "fr", nil, Options{}) })
	text := flat(pdfText(t, p))
	for _, w := range []string{"Module 101", "Numérique et bénévolat", "OWNTHEORY", "Le cas de l'épicerie solidaire", "OWNCASE"} {
		if !strings.Contains(text, w) {
			t.Errorf("%q not found", w)
		}
	}
	// The toolbox and reference are not written: left out, no notice.
	for _, w := range []string{"pas encore disponible", "Boîte à outils", "NOTEOWN"} {
		if strings.Contains(text, w) {
			t.Errorf("%q printed", w)
		}
	}
	if in := info(t, p); in.pages != 2 {
		t.Errorf("%d pages, want 2 (theory, case)", in.pages)
	}
	checkInside(t, p)
	var buf bytes.Buffer
	if err := ModuleHandout(&buf, lib, 101, "en", []string{course.Case}, Options{}); !errors.Is(err, ErrNothingToPrint) {
		t.Errorf("a part not written in English: %v", err)
	}
	if err := ModuleHandout(&buf, lib, 101, "it", nil, Options{}); !errors.Is(err, ErrNothingToPrint) {
		t.Errorf("a language not written at all: %v", err)
	}

	// In a session: its parts in the handout and the contents, its notes
	// in the guide, which has no guide text for it.
	s, err := session.New("Atelier bénévolat", "2026-12-01", 1, "fr")
	if err != nil {
		t.Fatal(err)
	}
	s.Agenda[0] = []session.Block{
		{Kind: session.BlockPart, Module: 101, Part: course.Theory, Minutes: 60},
		{Kind: session.BlockPart, Module: 101, Part: course.Toolbox, Minutes: 30},
		{Kind: session.BlockPart, Module: 101, Part: course.Case, Minutes: 45},
		{Kind: session.BlockPart, Module: 3, Part: course.Case, Minutes: 45},
	}
	h := render(t, "own-handout-fr.pdf", func(w *bytes.Buffer) error { return SessionHandout(w, lib, s, Options{}) })
	ht := flat(pdfText(t, h))
	for _, w := range []string{"Module 101 · Numérique et bénévolat · Théorie", "OWNTHEORY", "OWNCASE", firstHeading(lib.Module(3), "fr", course.Case)} {
		if !strings.Contains(ht, w) {
			t.Errorf("session handout: %q not found", w)
		}
	}
	if strings.Contains(ht, "pas encore disponible") || strings.Contains(ht, "NOTEOWN") {
		t.Errorf("session handout: the unwritten toolbox or the notes printed")
	}
	checkInside(t, h)
	g := render(t, "own-guide-fr.pdf", func(w *bytes.Buffer) error { return TrainerGuide(w, lib, s, Options{}) })
	if gt := flat(pdfText(t, g)); !strings.Contains(gt, "Module 101") || !strings.Contains(gt, "Cas pratique NOTEOWN") {
		t.Errorf("guide: module 101 or its notes not found")
	}
}
