package course

import "testing"

func TestCleanLine(t *testing.T) {
	cases := map[string]string{
		"Atelier numérique":                            "Atelier numérique",
		"Léa\x1b[2K\x1b[1A\rAda":                       "Léa Ada",
		"\x1b]0;owned\x07title":                        "title",
		"\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\": "click",
		"a\u009b31mb":                                  "ab",
		"line\nbreak\ttab":                             "line break tab",
		"nul\x00del\x7fbell\x07":                       "nuldelbell",
		"\u202eevil\u202c.exe":                         "evil.exe",
		"caf\xe9":                                      "caf\uFFFD",
		"محمد \u200f":                                  "محمد \u200f",
		"unterminated \x1b]0;rest":                     "unterminated ",
		"lone \x1b":                                    "lone ",
		"\x1bcreset":                                   "reset",
		"🎉 emoji":                                      "🎉 emoji",
	}
	for in, want := range cases {
		if got := CleanLine(in); got != want {
			t.Errorf("CleanLine(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCleanText(t *testing.T) {
	cases := map[string]string{
		"# Titre\n\n- un\n\t- deux\n": "# Titre\n\n- un\n\t- deux\n",
		"a\r\nb\rc":                   "a\nb\nc",
		"\x1b[31mrouge\x1b[0m\n":      "rouge\n",
	}
	for in, want := range cases {
		if got := CleanText(in); got != want {
			t.Errorf("CleanText(%q) = %q, want %q", in, got, want)
		}
	}
}
