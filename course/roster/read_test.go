package roster

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course/session"
)

// readString reads a file's text and plans it with the guessed mapping.
func readString(t *testing.T, text string) (*Table, *Preview) {
	t.Helper()
	tb, err := Read([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	m, _ := GuessMapping(tb.Header)
	pv, err := Plan(tb, m, nil)
	if err != nil {
		t.Fatal(err)
	}
	return tb, pv
}

func lastNames(pv *Preview) string {
	var out []string
	for _, e := range pv.Import {
		out = append(out, e.Participant.LastName)
	}
	return strings.Join(out, "|")
}

// The issue: a stray quote swallowed the next three rows into one
// 1,300-character last name. Now the line is read as written and reported
// with its number, and the next lines are lines of their own.
func TestStrayQuoteSwallowsNothing(t *testing.T) {
	cases := map[string]struct {
		text, names, field string
		line               int
	}{
		"quote then text": {"Nom;Prénom;Courriel\nO'Brien \"Junior\" Sr;Sean;s@x.org\n\"Okafor\" Jr;Ada;a@x.org\nLee;Bo;b@x.org\nDee;Cy;c@x.org\n",
			`O'Brien "Junior" Sr|"Okafor" Jr|Lee|Dee`, `"Okafor" Jr`, 3},
		"never closed": {"Nom;Prénom;Courriel\n\"Okafor;Ada;a@x.org\nLee;Bo;b@x.org\nDee;Cy;c@x.org\nRémy;Léa;l@x.org\n",
			`"Okafor|Lee|Dee|Rémy`, `"Okafor`, 2},
		"closed lines later": {"Nom;Prénom;Courriel\n\"Okafor;Ada;a@x.org\nLee;Bo;b@x.org\nDee;Cy;\"c@x.org\"\nRémy;Léa;l@x.org\n",
			`"Okafor|Lee|Dee|Rémy`, `"Okafor`, 2},
		"crlf": {"Nom,Prénom\r\n\"Okafor\" Jr,Ada\r\nLee,Bo\r\n", `"Okafor" Jr|Lee`, `"Okafor" Jr`, 2},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			tb, pv := readString(t, c.text)
			if got := lastNames(pv); got != c.names {
				t.Errorf("imported %q, want %q", got, c.names)
			}
			if len(tb.Issues) != 1 || tb.Issues[0].Line != c.line || tb.Issues[0].Reason != MalformedQuote || tb.Issues[0].Detail != c.field {
				t.Errorf("issues %+v", tb.Issues)
			}
			if len(pv.Notes) != 1 || !strings.Contains(pv.Notes[0].String(), fmt.Sprintf("line %d: a quote is out of place", c.line)) {
				t.Errorf("notes %v", pv.Notes)
			}
		})
	}
}

// A cell with line breaks, as spreadsheets write it, still reads as one
// field; a quoted field that spans lines but makes a record of the wrong
// length was a stray quote.
func TestQuotedLineBreaks(t *testing.T) {
	tb, pv := readString(t, "Nom;Prénom;Structure\nOkafor;Ada;\"Banque alimentaire\nRue du Nord\"\nLee;Bo;\"A;B\"\n")
	if lastNames(pv) != "Okafor|Lee" || len(tb.Issues) != 0 {
		t.Fatalf("%q %v", lastNames(pv), tb.Issues)
	}
	if org := pv.Import[0].Participant.Organisation; org != "Banque alimentaire Rue du Nord" {
		t.Errorf("organisation %q", org)
	}
	if pv.Import[1].Line != 4 {
		t.Errorf("line %d after a two-line record, want 4", pv.Import[1].Line)
	}
	// Two rows made one by a quote: read apart.
	tb, pv = readString(t, "Nom;Prénom;Courriel\n\"Okafor;Ada;a@x.org\nLee;Bo\";b@x.org\n")
	if lastNames(pv) != `"Okafor|Lee` || len(tb.Issues) != 1 {
		t.Errorf("%q %v", lastNames(pv), tb.Issues)
	}
	// Beyond maxQuotedLines lines, a quote is out of place.
	text := "Nom;Prénom\n\"Okafor" + strings.Repeat("\nx", maxQuotedLines+1) + "\";Ada\n"
	tb, _ = readString(t, text)
	if len(tb.Rows) != maxQuotedLines+2 || len(tb.Issues) != 1 {
		t.Errorf("%d rows, issues %v", len(tb.Rows), tb.Issues)
	}
}

// A few bytes that are not UTF-8 in a UTF-8 file are reported and
// replaced; they are no reason to read the whole file as Windows-1252.
func TestInvalidBytesInUTF8(t *testing.T) {
	text := "Nom;Prénom\nΠαπαδόπουλος;Γιώργος\nمحمد;علي\nRémy;Léa \xff\xfe\nOkafor;🎉\n"
	tb, pv := readString(t, text)
	if tb.Encoding != "UTF-8" {
		t.Fatalf("encoding %s", tb.Encoding)
	}
	if got := lastNames(pv); got != "Παπαδόπουλος|محمد|Rémy|Okafor" {
		t.Errorf("names %q", got)
	}
	if pv.Import[2].Participant.FirstName != "Léa \uFFFD" || pv.Import[3].Participant.FirstName != "🎉" {
		t.Errorf("%+v", pv.Import)
	}
	if len(tb.Issues) != 1 || tb.Issues[0].Line != 4 || tb.Issues[0].Reason != InvalidBytes {
		t.Errorf("issues %v", tb.Issues)
	}
	// A file of Windows-1252 with a line of UTF-8 is Windows-1252, and the
	// odd line is reported.
	tb, _ = readString(t, "Nom;Pr\xe9nom\nR\xe9my;L\xe9a\nC\xf4t\xe9;Th\xe9o\nN\xfa\xf1ez;In\xe8s\nOkafor;Zoé\n")
	if tb.Encoding != "Windows-1252" || tb.Header[1] != "Prénom" {
		t.Fatalf("%s %q", tb.Encoding, tb.Header)
	}
	if len(tb.Issues) != 1 || tb.Issues[0].Line != 5 || tb.Issues[0].Reason != OtherEncoding {
		t.Errorf("issues %v", tb.Issues)
	}
}

// Control characters and terminal escapes never reach a participant.
func TestEscapesStripped(t *testing.T) {
	_, pv := readString(t, "Nom;Prénom;Courriel\nRémy\x1b[2K\x1b[1A;Léa\x07;\x1b]0;owned\x07lea@x.org\n")
	p := pv.Import[0].Participant
	if p.LastName != "Rémy" || p.FirstName != "Léa" || p.Email != "lea@x.org" {
		t.Errorf("%+v", p)
	}
}

// Lines ended by CR alone (old Macs) are lines.
func TestCarriageReturnLines(t *testing.T) {
	_, pv := readString(t, "Nom;Prénom\rRémy;Léa\rLee;Bo\r")
	if lastNames(pv) != "Rémy|Lee" {
		t.Errorf("%q", lastNames(pv))
	}
}

func TestProgress(t *testing.T) {
	text := bigList(5000)
	var calls [][2]int
	tb, err := ReadWith([]byte(text), Options{Progress: func(done, total int) { calls = append(calls, [2]int{done, total}) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(calls) < 50 || len(calls) > 210 {
		t.Errorf("%d calls", len(calls))
	}
	for i := 1; i < len(calls); i++ {
		if calls[i][0] < calls[i-1][0] || calls[i][1] != calls[0][1] {
			t.Fatalf("calls %v then %v", calls[i-1], calls[i])
		}
	}
	if last := calls[len(calls)-1]; last[0] != last[1] {
		t.Errorf("last call %v", last)
	}
	calls = nil
	m, _ := GuessMapping(tb.Header)
	if _, err := PlanWith(tb, m, nil, func(done, total int) { calls = append(calls, [2]int{done, total}) }); err != nil {
		t.Fatal(err)
	}
	if last := calls[len(calls)-1]; last[0] != 5000 || last[1] != 5000 {
		t.Errorf("plan's last call %v", last)
	}
}

// bigList is a participant list of n people in French, semicolons.
func bigList(n int) string {
	var b strings.Builder
	b.WriteString("Nom;Prénom;Courriel;Structure;Fonction\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "Rémy-%d;Léa;lea.%d@example.org;\"Coopérative, %d\";Médiatrice numérique\n", i, i, i%50)
	}
	return b.String()
}

// Export neutralises terminal escapes as well as formulas.
func TestExportNeutralisesEscapes(t *testing.T) {
	var buf bytes.Buffer
	ps := []session.Participant{{LastName: "Rémy\x1b]0;owned\x07", FirstName: "\x1b[31mLéa"}}
	if err := Export(&buf, ps, ExportOptions{Header: EnglishHeader}); err != nil {
		t.Fatal(err)
	}
	if bytes.ContainsRune(buf.Bytes(), 0x1b) || !strings.Contains(buf.String(), "Léa,Rémy") {
		t.Errorf("%q", buf.String())
	}
}

// Reading and planning take time in proportion to the file: 100,000 rows.
func BenchmarkReadAndPlan100k(b *testing.B) {
	data := []byte(bigList(100000))
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tb, err := Read(data)
		if err != nil {
			b.Fatal(err)
		}
		m, _ := GuessMapping(tb.Header)
		if _, err := Plan(tb, m, nil); err != nil {
			b.Fatal(err)
		}
	}
}
