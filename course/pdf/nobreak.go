package pdf

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

// The line breaker's no-break rules: values a reader must find whole on
// one line, whatever code or content wrote them. Each document gets them
// from words, so that no caller has to remember them:
//
//   - a number and its unit: "15 min", "20 h 45", "(5 min)", "2 000 €";
//   - the groups of a number: "32 59 12345 59", "123 456 789 00007";
//   - a date: "12 mars 2025", "1er décembre", "5 de mayo de 2025",
//     "April 14";
//   - a word that numbers what follows it: "module 04", "Día 1", "p. 12",
//     "article L. 6313-1";
//   - a code's hyphens: "FC-2025/IT-077", "UNIF-2025-00412" (hyphenBreaks).
//
// The spaces they bind become no-break spaces (U+00A0), which the breaker
// never breaks at, except in a group wider than a whole line, and then
// before cutting inside a word (split).

// bindValues returns s with the spaces that must not break as no-break
// spaces.
func bindValues(s string) string {
	if !hasASCIIDigit(s) || strings.IndexByte(s, ' ') < 0 {
		return s // every rule binds a number
	}
	toks := strings.Split(s, " ")
	var b *strings.Builder // made at the first bound space
	for i := 1; i < len(toks); i++ {
		if !bindsSpace(toks, i) {
			if b != nil {
				b.WriteByte(' ')
				b.WriteString(toks[i])
			}
			continue
		}
		if b == nil {
			b = &strings.Builder{}
			b.Grow(len(s) + 8)
			b.WriteString(strings.Join(toks[:i], " "))
		}
		b.WriteString("\u00a0")
		b.WriteString(toks[i])
	}
	if b == nil {
		return s
	}
	return b.String()
}

// hasASCIIDigit reports whether s holds a digit 0-9.
func hasASCIIDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

// bindsSpace reports whether the space between toks[i-1] and toks[i] must
// not break.
func bindsSpace(toks []string, i int) bool {
	a, b := toks[i-1], toks[i]
	if a == "" || b == "" {
		return false
	}
	var prev, next string
	if i >= 2 {
		prev = toks[i-2]
	}
	if i+1 < len(toks) {
		next = toks[i+1]
	}
	// a's end and b's start: "(5" then "min)".
	la, tb := leadTrimmed(a), trailTrimmed(b)
	lowA, lowB := strings.ToLower(la), strings.ToLower(tb)
	num := isNumber(la)
	switch {
	case num && units[lowB]:
		return true // 15 min, 21 h, 2 000 €
	case num && isDigits(la) && isDigits(tb):
		return true // 32 59 12345 59
	case lowA == "h" && isNumber(leadTrimmed(prev)) && len(tb) == 2 && isDigits(tb):
		return true // 20 h 45
	case isDay(la) && isMonth(lowB):
		return true // 12 mars, 1er décembre
	case isMonth(lowA) && (isYear(tb) || isDay(tb)):
		return true // mars 2025, April 14
	case lowA == "de" && isMonth(lowB) && isDay(leadTrimmed(prev)):
		return true // 5 de | mayo
	case isDay(la) && b == "de" && isMonth(strings.ToLower(trailTrimmed(next))):
		return true // 5 | de mayo
	case isMonth(lowA) && b == "de" && isYear(trailTrimmed(next)):
		return true // mayo | de 2025
	case lowA == "de" && isYear(tb) && isMonth(strings.ToLower(leadTrimmed(prev))):
		return true // mayo de | 2025
	case numberingWords[lowA] && isReference(tb):
		return true // module 04, p. 12, L. 6313-1
	}
	return false
}

// leadTrimmed is a word without the punctuation that opens it.
func leadTrimmed(s string) string {
	return strings.TrimLeft(s, "([{«“‘\"'¿¡~≈±<>≤≥+\u00a0\u202f")
}

// trailTrimmed is a word without the punctuation that closes it.
func trailTrimmed(s string) string {
	return strings.TrimRight(s, ")]}»”’\"',.;:!?\u00a0\u202f")
}

// isDigits reports a non-empty run of digits 0-9.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isNumber reports a number as text writes it: it starts and ends with a
// digit, with separators between ("2,5", "1.5", "10–15", "1/2", "10:30").
func isNumber(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if !isASCIIDigit(first) || !isASCIIDigit(last) {
		return false
	}
	for _, r := range s {
		if !isASCIIDigit(r) && !strings.ContainsRune(".,–-/:\u00a0\u202f", r) {
			return false
		}
	}
	return true
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// isDay is a day of the month: "12", "1er", "1º", "3rd".
func isDay(s string) bool {
	n := 0
	for n < len(s) && n < 3 && isASCIIDigit(rune(s[n])) {
		n++
	}
	if n == 0 || n > 2 {
		return false
	}
	d := 0
	for _, c := range s[:n] {
		d = d*10 + int(c-'0')
	}
	if d < 1 || d > 31 {
		return false
	}
	switch s[n:] {
	case "", "er", "re", "º", "ª", "°", "st", "nd", "rd", "th", "e":
		return true
	}
	return false
}

// isYear is a year of four digits.
func isYear(s string) bool {
	return len(s) == 4 && isDigits(s) && (s[0] == '1' || s[0] == '2')
}

// isReference is what a numbering word numbers: "04", "4.2", "12b",
// "6313-1".
func isReference(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	if !isASCIIDigit(first) || len(s) > 12 {
		return false
	}
	for _, r := range s {
		if !isASCIIDigit(r) && !unicode.IsLetter(r) && r != '.' && r != '-' {
			return false
		}
	}
	return true
}

// isMonth is a month's name in lower case, in one of the kit's languages.
func isMonth(s string) bool { return len(s) >= 3 && monthNames()[s] }

var monthNames = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, lang := range course.Languages {
		l := locales.New(lang)
		for m := 1; m <= 12; m++ {
			out[strings.ToLower(l.T(fmt.Sprintf("pdf_month_%d", m)))] = true
		}
	}
	return out
})

// units are what a number measures, in lower case: symbols and the
// words of time the documents and the course write after a number.
var units = setOf(
	"%", "‰", "€", "$", "£", "k€", "m€", "h", "min", "mn", "s", "ms", "j",
	"km", "m", "cm", "mm", "m²", "m2", "km²", "ha", "kg", "g", "t", "l", "ml",
	"°", "°c", "go", "mo", "ko", "gb", "mb", "kb", "tb", "gbit/s", "mbit/s", "mb/s", "mbps", "gbps",
	"px", "pt", "dpi", "w", "kw", "kwh", "mwh", "gwh", "teqco2", "tco2", "tco2e", "kgco2e", "gco2e",
	"seconde", "secondes", "second", "seconds", "secondo", "secondi", "segundo", "segundos",
	"minute", "minutes", "minuto", "minuti", "minutos",
	"heure", "heures", "hour", "hours", "ora", "ore", "hora", "horas",
	"jour", "jours", "day", "days", "giorno", "giorni", "día", "días",
	"semaine", "semaines", "week", "weeks", "settimana", "settimane", "semana", "semanas",
	"mois", "month", "months", "mese", "mesi", "mes", "meses",
	"an", "ans", "année", "années", "year", "years", "anno", "anni", "año", "años",
	"euro", "euros", "dollar", "dollars",
)

// numberingWords are the words, in lower case, that a number following
// them completes: "module 04" is a name, not a word and a count.
var numberingWords = setOf(
	"module", "modules", "modulo", "moduli", "módulo", "módulos",
	"day", "jour", "giorno", "día", "dia",
	"page", "pages", "p.", "pp.", "pagina", "pagine", "página", "páginas", "pág.",
	"n°", "nº", "n.º", "no.", "n.", "num.", "numéro", "number", "numero", "número",
	"art.", "article", "articles", "articolo", "artículo", "l.", "r.",
	"chapitre", "chapter", "capitolo", "capítulo", "section", "sezione", "sección",
	"step", "étape", "fase", "paso", "phase",
	"activité", "activity", "attività", "actividad",
	"partie", "part", "parte", "annexe", "annex", "appendix", "allegato", "anexo",
	"séance", "session", "sessione", "sesión", "semaine", "week", "settimana", "semana",
	"niveau", "level", "livello", "nivel", "version", "versione", "versión",
	"tome", "vol.", "volume", "fig.", "figure", "figura", "tableau", "table", "tabella", "tabla",
	"question", "domanda", "pregunta", "exercice", "exercise", "esercizio", "ejercicio",
	"groupe", "group", "gruppo", "grupo", "salle", "room", "sala", "aula",
)

func setOf(words ...string) map[string]bool {
	out := make(map[string]bool, len(words))
	for _, w := range words {
		out[w] = true
	}
	return out
}

// hyphenBreaks reports whether a line may end after a hyphen between
// before and after: in a compound word ("co-construit",
// "Hauts-de-France"), not in a code or a number ("FC-2025", "IT-077",
// "2023-2027", "COVID-19"), where the hyphen has a digit or a capital
// before it or no letter after it. A name breaks at any hyphen between
// letters ("GARCÍA-PEÑALVER").
func hyphenBreaks(before, after rune, name bool) bool {
	if !unicode.IsLetter(before) || !unicode.IsLetter(after) {
		return false
	}
	return name || !unicode.IsUpper(before)
}

// isSpaceGlue is a no-break space the breaker may still break at when a
// group is wider than a line.
func isSpaceGlue(r rune) bool { return r == '\u00a0' || r == '\u202f' }
