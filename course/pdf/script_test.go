package pdf

import (
	"strings"
	"testing"
)

// frenchMark finds the same marks as strings.IndexAny, and no other
// character whose UTF-8 shares the guillemets' first byte.
func TestFrenchMark(t *testing.T) {
	for _, s := range []string{
		"", "sans marque", "déjà vu", "a\u00a0b", "¬ª°±", "10:30",
		"Pourquoi ?", "«\u202fBonjour\u202f»", "mot»", "é«", "x;y", "fin !",
		"¿Qué?", "ª«", "\xc2", "abc\xc2\xab",
	} {
		if got, want := frenchMark(s), strings.IndexAny(s, ";:!?«»"); got != want {
			t.Errorf("frenchMark(%q) = %d, want %d", s, got, want)
		}
	}
}
