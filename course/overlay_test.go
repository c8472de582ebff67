package course

import (
	"strings"
	"testing"
)

func testModule() *Module {
	return &Module{Number: 3, Slug: "skills", Title: map[string]string{"en": "Skills"},
		Source: map[string]map[string]string{"en": {
			Theory: "# Skills\n\nIntro.\n\n## Frameworks\n\nDigComp.\n\n### Detail\n\nMore.\n\n## Practice\n\nDo it.\n",
			Guide:  "# Guide\n",
		}}}
}

func TestCustomiseKeepsOriginal(t *testing.T) {
	base := testModule()
	orig := base.Text("en", Theory)
	o := Overlay{Module: base.Key(), Lang: "en", Part: Theory, Edited: true, Text: "# Mine\n",
		BaseHash: Hash(orig), BaseText: orig, Notes: "Bring the flipchart."}
	m := Customise(base, []Overlay{o})
	if m.Text("en", Theory) != "# Mine\n" {
		t.Fatalf("customised text = %q", m.Text("en", Theory))
	}
	if base.Text("en", Theory) != orig || m.OriginalText("en", Theory) != orig {
		t.Fatal("the original changed or is lost")
	}
	if !m.Edited("en", Theory) || m.Edited("en", Guide) || m.Customised("fr", Theory) {
		t.Fatal("badges wrong")
	}
	if m.Stale("en", Theory) {
		t.Fatal("fresh edit flagged stale")
	}
	if m.Notes("en", Theory) != "Bring the flipchart." {
		t.Fatal("notes lost")
	}
	// Customising again from the customised module still points at the bundled original.
	again := Customise(m, nil)
	if again.OriginalText("en", Theory) != orig || again.Text("en", Theory) != orig {
		t.Fatalf("reset did not come back to the original: %q", again.Text("en", Theory))
	}
}

func TestStaleWhenOriginalChanges(t *testing.T) {
	base := testModule()
	old := base.Text("en", Theory)
	o := Overlay{Module: base.Key(), Lang: "en", Part: Theory, Edited: true, Text: "# Mine\n", BaseHash: Hash(old), BaseText: old}
	// A new kit ships a changed original.
	base.Source["en"][Theory] = strings.Replace(old, "DigComp.", "DigComp 2.2.", 1)
	m := Customise(base, []Overlay{o})
	if !m.Stale("en", Theory) {
		t.Fatal("changed original not flagged")
	}
	d := Diff(o.BaseText, m.OriginalText("en", Theory))
	var removed, added []string
	for _, l := range d {
		switch l.Op {
		case Removed:
			removed = append(removed, l.Text)
		case Added:
			added = append(added, l.Text)
		}
	}
	if strings.Join(removed, "|") != "DigComp." || strings.Join(added, "|") != "DigComp 2.2." {
		t.Fatalf("diff: removed %q added %q", removed, added)
	}
}

func TestHandoutText(t *testing.T) {
	base := testModule()
	m := Customise(base, []Overlay{{Module: base.Key(), Lang: "en", Part: Theory, HiddenSections: []string{"Frameworks"}}})
	got := m.HandoutText("en", Theory)
	if strings.Contains(got, "DigComp") || strings.Contains(got, "Detail") || !strings.Contains(got, "## Practice") || !strings.Contains(got, "Intro.") {
		t.Fatalf("hidden section still there or too much removed:\n%s", got)
	}
	if m.Text("en", Theory) != base.Text("en", Theory) {
		t.Fatal("hiding a section changed the screen text")
	}
	m = Customise(base, []Overlay{{Module: base.Key(), Lang: "en", Part: Theory, Hidden: true}})
	if m.HandoutText("en", Theory) != "" || !m.HiddenPart("en", Theory) {
		t.Fatal("hidden part still in handouts")
	}
}

func TestHeadingsIgnoreCode(t *testing.T) {
	h := Headings("# A\n```\n# not a heading\n```\n## B ##\n#nope\n")
	if len(h) != 2 || h[0].Text != "A" || h[1].Text != "B" || h[1].Level != 2 {
		t.Fatalf("headings = %+v", h)
	}
}

func TestApplyListsOwnModulesAfter(t *testing.T) {
	lib := &Library{Modules: []*Module{testModule()}}
	own := NewOwnModule(lib.NextOwnNumber(), "fr", "Mon atelier numérique")
	if err := CheckOwn(own); err != nil {
		t.Fatal(err)
	}
	if own.Slug != "mon-atelier-numerique" || own.Number != FirstOwnNumber {
		t.Fatalf("own module %d %q", own.Number, own.Slug)
	}
	got := Apply(lib, []Overlay{{Module: own.Key(), Lang: "fr", Part: Guide, Notes: "x"}}, []*Module{own})
	if len(got.Modules) != 2 || got.Modules[1].Key() != own.Key() || got.Modules[1].Notes("fr", Guide) != "x" {
		t.Fatal("own module not listed after the bundled ones with its notes")
	}
	if got.NextOwnNumber() != FirstOwnNumber+1 {
		t.Fatal("next number")
	}
}

func TestDiff(t *testing.T) {
	d := Diff("a\nb\nc\n", "a\nx\nc\nd\n")
	var ops []string
	for _, l := range d {
		ops = append(ops, []string{"=", "-", "+"}[l.Op]+l.Text)
	}
	if strings.Join(ops, " ") != "=a -b +x =c +d" {
		t.Fatalf("diff = %v", ops)
	}
	if Changed(Diff("same\n", "same")) {
		t.Fatal("a missing final newline is not a change")
	}
}

func TestPlainHeading(t *testing.T) {
	h := Headings("## **Les moyens** et `outils`\n")
	if len(h) != 1 || h[0].Plain() != "Les moyens et outils" || h[0].Text != "**Les moyens** et `outils`" {
		t.Fatalf("heading %+v reads %q", h, h[0].Plain())
	}
	if PlainHeading("Glossaire") != "Glossaire" {
		t.Fatal("plain text changed")
	}
}

func TestOriginal(t *testing.T) {
	base := testModule()
	m := Customise(base, []Overlay{{Module: base.Key(), Lang: "en", Part: Theory, Edited: true, Text: "x"}})
	if m.Original() != base || base.Original() != base {
		t.Fatal("Original does not lead back to the bundled module")
	}
	own := NewOwnModule(FirstOwnNumber, "fr", "Atelier")
	if c := Customise(own, nil); c.Original() != c {
		t.Fatal("an own module is its own original")
	}
}

// What an edit records: the original it started from, kept across edits
// until the trainer reviews a newer original.
func TestOverlaySetTextRecordsTheOriginal(t *testing.T) {
	m := &Module{Number: 1, Slug: "one", Source: map[string]map[string]string{"en": {Theory: "v1"}}}
	o := m.EditOverlay("en", Theory)
	if o.Module != "01-one" || o.Lang != "en" || o.Part != Theory || o.Edited {
		t.Fatalf("new overlay %+v", o)
	}
	o.SetText("v1", "mine")
	if !o.Edited || o.Text != "mine" || o.BaseText != "v1" || o.BaseHash != Hash("v1") {
		t.Fatalf("first edit %+v", o)
	}
	o.SetText("v2", "mine again") // a newer original: saving is not reviewing
	if o.BaseText != "v1" || o.Text != "mine again" {
		t.Errorf("second edit %+v", o)
	}
	o.Review("v2")
	if o.BaseText != "v2" || o.BaseHash != Hash("v2") || o.Text != "mine again" {
		t.Errorf("reviewed %+v", o)
	}
	o.Notes = "keep"
	o.SetText("v2", "v2") // the original's text: no edit left
	if o.Edited || o.Text != "" || o.BaseText != "" || o.Notes != "keep" {
		t.Errorf("back to the original %+v", o)
	}
	// EditOverlay copies: changing it leaves the module's overlay alone.
	o.HiddenSections = []string{"## A"}
	c := m.WithOverlay(o)
	e := c.EditOverlay("en", Theory)
	e.HiddenSections[0] = "## B"
	if c.Overlay("en", Theory).HiddenSections[0] != "## A" {
		t.Error("EditOverlay shares the hidden sections with the module")
	}
}
