package course

import "testing"

func TestParsePlan(t *testing.T) {
	src := `# Guide

## Plan

| Minutes | Activité | Partie |
|---|---|---|
| 20 | Accueil | — |
| 60 | Apports | Théorie |
| 15 | Pause | - |
| 45 | Étude de cas | Cas pratique |
| 60 | Ateliers | Boîte à outils |
`
	p, err := ParsePlan(ParseString(src), "fr")
	if err != nil {
		t.Fatal(err)
	}
	if p.Total() != 200 || len(p.Steps) != 5 {
		t.Fatalf("total %d, %d steps", p.Total(), len(p.Steps))
	}
	want := []string{"", Theory, "", Case, Toolbox}
	for i, w := range want {
		if p.Steps[i].Part != w {
			t.Errorf("step %d part %q, want %q", i, p.Steps[i].Part, w)
		}
	}
	if p.Steps[3].Activity != "Étude de cas" {
		t.Errorf("activity %q", p.Steps[3].Activity)
	}
}

func TestParsePlanErrors(t *testing.T) {
	cases := map[string]string{
		"no table":   "# Guide\n\nNo plan here.\n",
		"not number": "| m | a | p |\n|---|---|---|\n| ten | x | Theory |\n",
		"bad part":   "| m | a | p |\n|---|---|---|\n| 10 | x | Lecture |\n",
		"two cols":   "| m | a |\n|---|---|\n| 10 | x |\n",
	}
	for name, src := range cases {
		if _, err := ParsePlan(ParseString(src), "en"); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestPartNamesComplete(t *testing.T) {
	for _, l := range Languages {
		if len(PartNames[l]) != len(Parts) {
			t.Errorf("%s has %d part names", l, len(PartNames[l]))
		}
	}
}
