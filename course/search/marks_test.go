package search

import "testing"

func TestMarks(t *testing.T) {
	text := "Les Données personnelles, et les données numériques du NUMÉRO 3."
	var got []string
	for _, r := range Marks("donnees numer", text) {
		got = append(got, text[r.Start:r.End])
	}
	want := []string{"Données", "données", "numér", "NUMÉR"}
	if len(got) != len(want) {
		t.Fatalf("marks %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("mark %d is %q, want %q", i, got[i], want[i])
		}
	}
	if m := Marks("", text); m != nil {
		t.Errorf("an empty query marks %v", m)
	}
	if m := Marks("xyz", text); m != nil {
		t.Errorf("a query found nowhere marks %v", m)
	}
}
