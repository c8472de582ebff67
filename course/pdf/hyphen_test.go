package pdf

import (
	"strings"
	"testing"
)

// hyphenated writes word with a hyphen at each point found.
func hyphenated(h *hyphenator, word string) string {
	var b strings.Builder
	last := 0
	for _, p := range h.points(word) {
		b.WriteString(word[last:p] + "-")
		last = p
	}
	return b.String() + word[last:]
}

func TestHyphenation(t *testing.T) {
	for _, c := range []struct{ lang, word, want string }{
		{"fr", "financement", "fi-nan-ce-ment"},
		{"fr", "l'équipe", "l'équipe"}, // no break before a final mute syllable
		{"fr", "accompagnement", "ac-com-pa-gne-ment"},
		{"fr", "numérique", "nu-mé-rique"},
		{"en", "hyphenation", "hy-phen-ation"},
		{"en", "organisation", "or-gan-i-sa-tion"},
		{"it", "cooperativa", "co-o-pe-ra-ti-va"},
		{"it", "formazione", "for-ma-zio-ne"},
		{"es", "financiación", "fi-nan-cia-ción"},
		{"es", "cooperativa", "co-ope-ra-ti-va"},
	} {
		if got := hyphenated(hyphenatorFor(c.lang), c.word); got != c.want {
			t.Errorf("%s %q: %q, want %q", c.lang, c.word, got, c.want)
		}
	}
	if hyphenatorFor("de") != nil {
		t.Error("patterns for a language the kit lacks")
	}
}
