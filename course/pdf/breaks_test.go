package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/johnfercher/maroto/v2/pkg/components/row"

	"github.com/socialtech/trainerkit/course"
)

// plainSpaces writes no-break spaces as spaces, as a reader sees them.
func plainSpaces(s string) string {
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s)
}

// Values a reader must find whole stay on one line, in running text and in
// narrow cells, at every width they fit in; when they do not fit a whole
// line they still break within it.
func TestValuesStayWhole(t *testing.T) {
	t.Parallel()
	f, err := loadFaces()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		lang, text string
		whole      []string
	}{
		{"it", "Ente finanziatore: Fondazione Cariplo · Riferimento della pratica: FC-2025/IT-077", []string{"FC-2025/IT-077"}},
		{"fr", "Référence du dossier : UNIF-2025-00412 · FSE+-ARA-2025-19", []string{"UNIF-2025-00412", "FSE+-ARA-2025-19"}},
		{"fr", "Numéro de déclaration d'activité : 32 59 12345 59 · SIRET : 123 456 789 00007", []string{"32 59 12345 59", "123 456 789 00007"}},
		{"fr", "du 10 mars 2025 au 12 mars 2025, ou le 1er décembre 2026", []string{"10 mars 2025", "12 mars 2025", "1er décembre 2026"}},
		{"es", "del 5 de mayo de 2025 al 7 de mayo de 2025", []string{"5 de mayo de 2025", "7 de mayo de 2025"}},
		{"en", "from 2 June 2025 to June 3, 2025", []string{"2 June 2025", "June 3"}},
		{"es", "D1 mañana (05/05) Retraso: 15 min — Problemas de conexión (15 minutos de retraso descontados)", []string{"15 min", "15 minutos"}},
		{"fr", "7/10 au test final du module 01 · 6/10 au test final du module 04, en 20 h 45 (5 min)", []string{"module 01", "module 04", "20 h 45", "(5 min)"}},
		{"it", "Articolo L. 6313-1 del Codice, pagina 12, 2 000 € e 50 %", []string{"L. 6313-1", "pagina 12", "2 000 €", "50 %"}},
	}
	for _, c := range cases {
		for _, cells := range []bool{false, true} {
			m := measurer{f: f, lang: c.lang, hy: hyphenatorFor(c.lang), cells: cells}
			ws, _ := measurer{f: f, lang: c.lang}.words(plain(c.text, regular, nil), fontCell.size)
			widest := 0.0
			for _, wd := range ws {
				widest = max(widest, wd.w)
			}
			for w := 12.0; w <= 140; w += 0.9 {
				lines := m.wrap(plain(c.text, regular, nil), fontCell, w)
				var texts []string
				for _, ln := range lines {
					txt := ln.text()
					texts = append(texts, plainSpaces(txt))
					if ln.w > w+0.01 && len([]rune(txt)) > 1 {
						t.Errorf("%s at %.1f mm: line %q is %.1f mm wide", c.lang, w, txt, ln.w)
					}
					// A separating dot ends its line, unless what it holds
					// to is wider than a line.
					if strings.HasPrefix(txt, "·") && widest < w-0.1 {
						t.Errorf("%s at %.1f mm: line %q starts with its separator", c.lang, w, txt)
					}
				}
				all := strings.Join(texts, "\n")
				for _, v := range c.whole {
					wide := false
					for _, wd := range ws {
						if strings.Contains(plainSpaces(wd.text()), v) {
							// The value with what holds to it ("2025,"):
							// wider than a line, it must break somewhere.
							wide = wd.w > w-0.1
						}
					}
					if wide {
						continue
					}
					if !strings.Contains(all, v) {
						t.Errorf("%s cells=%v at %.1f mm: %q broken: %q", c.lang, cells, w, v, texts)
					}
				}
			}
		}
	}
}

// A hyphen ends a line in a compound word, not in a code or a number; a
// name's hyphens all may.
func TestHyphenBreaks(t *testing.T) {
	for _, c := range []struct {
		word string
		name bool
		want []bool // one per hyphen
	}{
		{"co-construit", false, []bool{true}},
		{"Hauts-de-France", false, []bool{true, true}},
		{"García-Peñalver", false, []bool{true}},
		{"FC-2025/IT-077", false, []bool{false, false}},
		{"UNIF-2025-00412", false, []bool{false, false}},
		{"2023-2027", false, []bool{false}},
		{"COVID-19", false, []bool{false}},
		{"RGPD-CNIL", false, []bool{false}},
		{"GARCÍA-PEÑALVER", true, []bool{true}},
		{"Jean-12", true, []bool{false}},
	} {
		rs := []rune(c.word)
		var got []bool
		for i, r := range rs {
			if r == '-' && i > 0 && i < len(rs)-1 {
				got = append(got, hyphenBreaks(rs[i-1], rs[i+1], c.name))
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q (name %v): %v, want %v", c.word, c.name, got, c.want)
		}
	}
}

// Names break at their spaces and their own hyphens, never between
// syllables, however narrow the column.
func TestNamesAreNotHyphenated(t *testing.T) {
	t.Parallel()
	f, err := loadFaces()
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"D'Annunzio Lucía", "Lòpez Giuseppe", "José García-Peñalver María", "Urrutia Goikoetxea Íñigo", "Müller-Østergaard François-Xavier"}
	for _, lang := range course.Languages {
		m := measurer{f: f, lang: lang, hy: hyphenatorFor(lang)}.forCells()
		for _, name := range names {
			for w := 12.0; w < 60; w += 0.7 {
				lines := m.wrap([]span{nameSpan(name, bold, nil)}, fontCell, w)
				var b strings.Builder
				for i, ln := range lines {
					txt := ln.text()
					if i > 0 && !strings.HasSuffix(b.String(), "-") {
						b.WriteByte(' ')
					}
					b.WriteString(txt)
				}
				widest := 0.0
				for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
					widest = max(widest, m.width(part+"-", bold, fontCell.size))
				}
				if w < widest+0.1 {
					continue // a part wider than the column is cut as any word is
				}
				if b.String() != name {
					t.Errorf("%s %q at %.1f mm: lines %q", lang, name, w, b.String())
				}
			}
		}
	}
}

// The attendance report's names stand on one line, the width taken from
// the organisations' column, which has room; and the codes stay whole.
func TestReportNamesWhole(t *testing.T) {
	t.Parallel()
	d, err := newDoc(A4, true, "it")
	if err != nil {
		t.Fatal(err)
	}
	header := [][]span{plain("N.", bold, nil), plain("Partecipante", bold, nil), plain("Organizzazione", bold, nil),
		plain("Durata prevista", bold, nil), plain("Ore di frequenza", bold, nil), plain("Tasso di frequenza", bold, nil),
		plain("Mezze giornate non frequentate per intero", bold, nil)}
	people := [][2]string{
		{"D'Annunzio Lucía", "Associazione Amici della Città di Bologna per la Promozione Sociale e Culturale"},
		{"Ferrà Niccolò", "Cooperativa Sociale «La Fenice» Onlus"},
		{"Lòpez Giuseppe", "Legacoop Emilia-Romagna"},
		{"José García-Peñalver María", "Fundación Esplai"},
	}
	var rows [][][]span
	for i, p := range people {
		rows = append(rows, [][]span{plain(fmt.Sprint(i+1), regular, nil), {nameSpan(p[0], bold, nil)}, plain(p[1], regular, nil),
			plain("14 h", regular, nil), plain("10 h 30", regular, nil), plain("75%", bold, nil),
			plain("G2 mattina (15/04) Ritardo: 30 min — Sciopero dei treni", regular, nil)})
	}
	tb := d.layoutTable(header, rows, []align{right, left, left, right, right, right, left}, 0, d.width(), fontCell)
	for i, r := range tb.rows {
		if len(r[1]) != 1 {
			t.Errorf("row %d: name on %d lines", i+1, len(r[1]))
		}
		var cell []string
		for _, ln := range r[6] {
			cell = append(cell, plainSpaces(ln.text()))
		}
		if !strings.Contains(strings.Join(cell, "\n"), "30 min") {
			t.Errorf("row %d: %q breaks 30 min", i+1, cell)
		}
	}
}

// A table never ends a page with its header alone nor starts one with its
// last row alone: wherever the page break falls, the last page holds two
// rows at least.
func TestTableLastRowNotAlone(t *testing.T) {
	t.Parallel()
	var header [][]span
	for _, h := range []string{"Half-day", "Times", "Rate"} {
		header = append(header, plain(h, bold, nil))
	}
	var rows [][][]span
	for i := range 6 {
		rows = append(rows, [][]span{plain(fmt.Sprintf("D%d am", i+1), bold, nil), plain("09:00–12:30", regular, nil), plain("100 %", regular, nil)})
	}
	moved := 0
	for filler := 60.0; filler < 175; filler += 0.7 {
		d, err := newDoc(A4, true, "en")
		if err != nil {
			t.Fatal(err)
		}
		d.add(filler, row.New(filler))
		tb := d.layoutTable(header, rows, []align{left, left, right}, 0, d.width(), fontCell)
		tb.place(d)
		d.finish()
		if len(d.pages) < 2 {
			continue
		}
		last := d.pages[len(d.pages)-1]
		// The repeated header, then the rows.
		if n := len(last.rows) - 1; n < 2 {
			t.Errorf("filler %.1f mm: the last page holds %d row", filler, n)
		} else if n == 2 {
			moved++
		}
	}
	if moved == 0 {
		t.Error("no layout left two rows on the last page: the check is broken")
	}
}

// tagged is a paragraph of n words, each "tag" and some letters, so that
// a line of the PDF says which paragraph it comes from.
func tagged(tag string, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tag + strings.Repeat("x", i%7))
	}
	return b.String()
}

var tagOf = regexp.MustCompile(`\b([pq]\d+)x*\b`)

// No page starts with the last line of a paragraph or list item alone nor
// ends with its first line alone, and no list's last one-line item starts
// a page alone; wherever the breaks fall.
func TestWidowsAndOrphans(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	for shift := range 4 {
		var md strings.Builder
		for i := range 3 {
			fmt.Fprintf(&md, "%s\n\n", tagged(fmt.Sprintf("p%d", 900+i), 8+shift*9))
		}
		k := 0
		for i := range 60 {
			// Paragraphs of one to seven lines, then a list of short and
			// long items whose last is one line.
			fmt.Fprintf(&md, "%s\n\n", tagged(fmt.Sprintf("p%d", k), 8+(i*37)%90))
			k++
			if i%5 == 4 {
				for j := range 3 + i%3 {
					fmt.Fprintf(&md, "- %s\n", tagged(fmt.Sprintf("p%d", k), 4+((i+j)*23)%40))
					k++
				}
				fmt.Fprintf(&md, "- %s\n\n", tagged(fmt.Sprintf("q%d", k), 5))
				k++
			}
		}
		mod := &course.Module{Number: 18, Slug: "widows", Title: map[string]string{"en": "Widows"}, Duration: 60,
			Source: map[string]map[string]string{"en": {course.Theory: md.String()}}}
		p := render(t, fmt.Sprintf("widows-%d.pdf", shift), func(w *bytes.Buffer) error {
			return ModuleHandout(w, &course.Library{Modules: []*course.Module{mod}}, 18, "en", []string{course.Theory}, Options{})
		})
		var pages [][]string // each page's tags, a line each
		for _, pg := range pageTexts(t, p) {
			var tags []string
			for _, l := range strings.Split(pg, "\n") {
				if m := tagOf.FindStringSubmatch(l); m != nil {
					tags = append(tags, m[1])
				}
			}
			pages = append(pages, tags)
		}
		split := 0
		for i := 0; i+1 < len(pages); i++ {
			a, b := pages[i], pages[i+1]
			if len(a) == 0 || len(b) == 0 {
				continue
			}
			if strings.HasPrefix(b[0], "q") {
				t.Errorf("shift %d page %d: a list's last item %s starts the page alone", shift, i+2, b[0])
			}
			if a[len(a)-1] != b[0] {
				continue
			}
			split++
			before, after := 0, 0
			for j := len(a) - 1; j >= 0 && a[j] == b[0]; j-- {
				before++
			}
			for j := 0; j < len(b) && b[j] == b[0]; j++ {
				after++
			}
			if before < 2 || after < 2 {
				t.Errorf("shift %d: paragraph %s split %d / %d lines between pages %d and %d", shift, b[0], before, after, i+1, i+2)
			}
		}
		if split < 3 {
			t.Errorf("shift %d: only %d paragraphs split between pages: the check is broken", shift, split)
		}
	}
}
