package course

import "testing"

func TestFold(t *testing.T) {
	cases := map[string]string{
		"Économie SOCIALE": "economie sociale", "Núñez": "nunez", "Œuvre": "oeuvre", "Città": "citta",
		"Comunicación": "comunicacion", "Maëlle Benoît": "maelle benoit", "Łódź": "lodz", "Straße": "strasse",
		"محمد": "محمد", "😀 Joy": "😀 joy", "plain ascii": "plain ascii",
	}
	for in, want := range cases {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkFold(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Fold("Coopérative d'intérêt collectif « Les Œillets »")
	}
}
