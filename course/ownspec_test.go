package course

import (
	"errors"
	"testing"
)

func spec(title string, minutes int, langs ...string) OwnSpec {
	s := OwnSpec{Titles: map[string]string{}, Minutes: minutes, DigComp: []string{"2.4"}}
	for _, l := range langs {
		s.Titles[l] = title
	}
	return s
}

func TestOwnSpecCheck(t *testing.T) {
	for name, c := range map[string]struct {
		spec OwnSpec
		want error
	}{
		"no title":     {spec("  ", 120, "fr"), ErrOwnTitle},
		"no language":  {spec("Titre", 120), ErrOwnLangs},
		"zero minutes": {spec("Titre", 0, "fr"), ErrOwnMinutes},
		"too long":     {spec("Titre", 601, "fr"), ErrOwnMinutes},
		"fine":         {spec("Titre", 600, "fr"), nil},
	} {
		if err := c.spec.Check(); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
	}
	if err := spec("Title", 60, "de").Check(); err == nil {
		t.Error("an unknown language was accepted")
	}
	if got := spec("T", 60, "es", "fr").Langs(); len(got) != 2 || got[0] != "fr" || got[1] != "es" {
		t.Errorf("languages %v, want the kit's order fr es", got)
	}
}

func TestNewOwnFromSpec(t *testing.T) {
	m, err := NewOwnFromSpec(101, spec("Atelier", 120, "fr", "es"), "es")
	if err != nil {
		t.Fatal(err)
	}
	if !m.Own() || m.Number != 101 || m.Duration != 120 || len(m.DigComp) != 1 {
		t.Fatalf("module %+v", m)
	}
	for _, l := range []string{"fr", "es"} {
		if m.Title[l] != "Atelier" || len(m.Source[l]) != len(AllParts) {
			t.Errorf("%s: title %q, %d parts", l, m.Title[l], len(m.Source[l]))
		}
	}
	if m.Slug != "atelier" {
		t.Errorf("slug %q", m.Slug)
	}
	if _, err := NewOwnFromSpec(101, spec("", 120, "fr"), "fr"); !errors.Is(err, ErrOwnTitle) {
		t.Errorf("no title: %v", err)
	}
}

func TestWithSpecDropsTakenAwayLanguages(t *testing.T) {
	m, _ := NewOwnFromSpec(101, spec("Atelier", 120, "fr", "es"), "fr")
	m = m.WithOwnText("es", Theory, "# Teoría\n\nTexto.")
	if got := m.LostLangs(spec("Atelier", 90, "fr", "it")); len(got) != 1 || got[0] != "es" {
		t.Errorf("lost languages %v, want es (fr has no text yet)", got)
	}
	n, err := m.WithSpec(OwnSpec{Titles: map[string]string{"fr": " Renommé ", "it": "Laboratorio"}, Minutes: 90})
	if err != nil {
		t.Fatal(err)
	}
	if n.Title["fr"] != "Renommé" || n.Title["it"] != "Laboratorio" || n.Duration != 90 || len(n.DigComp) != 0 {
		t.Errorf("updated %+v", n)
	}
	if _, ok := n.Source["es"]; ok || len(n.Source["it"]) != len(AllParts) {
		t.Errorf("sources %v", n.Source)
	}
	if m.Text("es", Theory) == "" || m.Title["fr"] != "Atelier" {
		t.Error("WithSpec changed the module it copied")
	}
	bundled := &Module{Number: 1, Slug: "x"}
	if _, err := bundled.WithSpec(spec("T", 60, "fr")); err == nil {
		t.Error("a bundled module was given an own-module spec")
	}
}

func TestOwnCopyIsIndependent(t *testing.T) {
	m, _ := NewOwnFromSpec(101, spec("Atelier", 120, "fr"), "fr")
	c := m.OwnCopy()
	c.Source["fr"][Theory] = "changed"
	c.Title["fr"] = "changed"
	c.DigComp[0] = "5.1"
	if m.Text("fr", Theory) != "" || m.Title["fr"] != "Atelier" || m.DigComp[0] != "2.4" {
		t.Error("changing the copy changed the module")
	}
	if !m.WithOwnText("it", Case, "x").WrittenIn("it") || m.WrittenIn("it") {
		t.Error("WithOwnText wrote into the module or not into the copy")
	}
}
