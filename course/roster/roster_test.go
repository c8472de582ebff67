package roster

import (
	"bytes"
	"encoding/csv"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/socialtech/trainerkit/course/session"
)

// load reads a fixture and plans its import with the guessed mapping.
func load(t *testing.T, name string, existing ...session.Participant) (*Table, *Preview) {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	tb, err := Read(b)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	m, _ := GuessMapping(tb.Header)
	pv, err := Plan(tb, m, existing)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return tb, pv
}

func names(pv *Preview) []string {
	var out []string
	for _, e := range pv.Import {
		out = append(out, e.Participant.FirstName+" "+e.Participant.LastName)
	}
	return out
}

func TestFormats(t *testing.T) {
	cases := []struct {
		file, enc string
		delim     rune
		want      []string // first and last names of the participants, in order
		org       string   // organisation of the first one
	}{
		{"fr-semicolon-latin1.csv", "Windows-1252", ';', []string{"Léa Rémy", "Théo Côté", "Maëlle Benoît"}, "Association Écrans Partagés"},
		{"en-comma-utf8.csv", "UTF-8", ',', []string{"Ada Okafor", "Sean O'Brien", "Marta Sánchez"}, "Community Tech Coop"},
		{"fr-semicolon-utf8-bom.csv", "UTF-8 (BOM)", ';', []string{"Inès Núñez", "Zoé Dupont"}, "Coopérative Œuvre"},
		{"it-tab-utf8.csv", "UTF-8", '\t', []string{"Giulia Rossi", "Luca Bianchi"}, "Cooperativa sociale Àncora"},
		{"es-comma-utf8.csv", "UTF-8", ',', []string{"María José Sánchez López", "Íñigo Peña"}, "Asociación Niños, Niñas y Familias"},
		{"windows1252-excel.csv", "Windows-1252", ';', []string{"Chloé Lefèvre", "Noël Garçon"}, "Régie de quartier «Les Œillets»"},
		{"utf16-excel-unicode.txt", "UTF-16", '\t', []string{"Ayşe Çelik", "Wróbel Łukasz"}, ""},
		{"en-quoted-multiline.csv", "UTF-8", ',', []string{`Ada O"Neill`, "Bo Lee"}, "Food Bank, North"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			tb, pv := load(t, c.file)
			if tb.Encoding != c.enc || tb.Delimiter != c.delim {
				t.Errorf("encoding %s delimiter %q, want %s %q", tb.Encoding, tb.Delimiter, c.enc, c.delim)
			}
			if got := names(pv); strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("imported %q, want %q", got, c.want)
			}
			if len(pv.Skipped) != 0 {
				t.Errorf("skipped %v", pv.Skipped)
			}
			if c.org != "" && pv.Import[0].Participant.Organisation != c.org {
				t.Errorf("organisation %q", pv.Import[0].Participant.Organisation)
			}
		})
	}
}

func TestRolesAndEmails(t *testing.T) {
	_, pv := load(t, "it-tab-utf8.csv")
	p := pv.Import[0].Participant
	if p.Email != "giulia@esempio.it" || p.Role != "Educatrice" {
		t.Errorf("%+v", p)
	}
}

func TestFullNameColumn(t *testing.T) {
	_, pv := load(t, "fullname-only.csv")
	if got := strings.Join(names(pv), "|"); got != "Ada Okafor|Chidi OKAFOR| Socrates" {
		t.Errorf("got %q", got)
	}
}

func TestDuplicates(t *testing.T) {
	existing := session.Participant{FirstName: "Pauline", LastName: "Martin"}
	_, pv := load(t, "duplicates.csv", existing)
	if got := strings.Join(names(pv), "|"); got != "Léa Rémy|Paul Martin" {
		t.Errorf("imported %q", got)
	}
	want := []Issue{
		{Line: 3, Reason: DuplicateInFile, Detail: "2"},
		{Line: 5, Reason: DuplicateInFile, Detail: "4"},
		{Line: 6, Reason: DuplicateExisting, Detail: "Pauline Martin"},
	}
	if len(pv.Skipped) != len(want) {
		t.Fatalf("skipped %v", pv.Skipped)
	}
	for i, w := range want {
		if pv.Skipped[i] != w {
			t.Errorf("skip %d = %+v, want %+v", i, pv.Skipped[i], w)
		}
	}
	if s := pv.Skipped[0].String(); s != "line 3: same person as line 2" {
		t.Errorf("message %q", s)
	}
}

func TestHostileInput(t *testing.T) {
	_, pv := load(t, "hostile.csv")
	got := names(pv)
	if len(got) != 7 {
		t.Fatalf("imported %d: %q", len(got), got)
	}
	if pv.Import[0].Participant.LastName != `=HYPERLINK("http://evil.example","click")` {
		t.Errorf("formula not kept as data: %q", pv.Import[0].Participant.LastName)
	}
	if l := len([]rune(pv.Import[1].Participant.LastName)); l != 1004 {
		t.Errorf("long name cut to %d runes", l)
	}
	if pv.Import[2].Participant.FirstName != "🎉" || pv.Import[3].Participant.LastName != "محمد" {
		t.Errorf("emoji or Arabic lost: %+v %+v", pv.Import[2].Participant, pv.Import[3].Participant)
	}
	if len(pv.Skipped) != 1 || pv.Skipped[0].Reason != NoLastName || pv.Skipped[0].Line != 7 {
		t.Errorf("skipped %v", pv.Skipped)
	}
	if len(pv.Notes) != 1 || pv.Notes[0].Reason != ExtraFields || pv.Notes[0].Detail != "extra1 | extra2" {
		t.Errorf("notes %v", pv.Notes)
	}
	if last := pv.Import[6].Participant; last.LastName != "TooFew" || last.Email != "" {
		t.Errorf("short row %+v", last)
	}
}

func TestInvalidBytesDecodeAsWindows1252(t *testing.T) {
	tb, pv := load(t, "invalid-bytes.csv")
	if tb.Encoding != "Windows-1252" || tb.Header[1] != "Prénom" {
		t.Fatalf("%s %q", tb.Encoding, tb.Header)
	}
	if pv.Import[0].Participant.LastName != "Vallée" || pv.Import[0].Participant.FirstName != "Jürgen" {
		t.Errorf("%+v", pv.Import[0].Participant)
	}
	if len(pv.Import) != 2 {
		t.Errorf("the row of undefined bytes was dropped: %v", pv.Skipped)
	}
}

func TestUnknownHeadersNeedMapping(t *testing.T) {
	b, _ := os.ReadFile("testdata/headerless-unknown.csv")
	tb, err := Read(b)
	if err != nil {
		t.Fatal(err)
	}
	m, unknown := GuessMapping(tb.Header)
	if len(unknown) != 3 {
		t.Errorf("unknown columns %v", unknown)
	}
	if _, err := Plan(tb, m, nil); err != ErrNoLastNameColumn {
		t.Errorf("plan without a last name column: %v", err)
	}
	// The trainer maps the columns by hand.
	pv, err := Plan(tb, Mapping{LastName, FirstName, Email}, nil)
	if err != nil || len(pv.Import) != 1 || pv.Import[0].Participant.Email != "lea@exemple.fr" {
		t.Errorf("manual mapping: %v %+v", err, pv)
	}
}

func TestGuessMappingFourLanguages(t *testing.T) {
	cases := map[string]Field{
		"Nom": LastName, "Prénom": FirstName, "Courriel": Email, "E-mail": Email, "Structure": Organisation,
		"Organisme": Organisation, "Cognome": LastName, "Nome": FirstName, "Ente": Organisation,
		"Apellidos": LastName, "Nombre": FirstName, "Correo electrónico": Email, "Organización": Organisation,
		"Fonction": Role, "Ruolo": Role, "Cargo": Role, "ADRESSE E-MAIL": Email, " Last Name ": LastName,
	}
	for h, want := range cases {
		m, _ := GuessMapping([]string{h})
		if m[0] != want {
			t.Errorf("%q mapped to %q, want %q", h, m[0], want)
		}
	}
}

func TestEmptyFile(t *testing.T) {
	b, _ := os.ReadFile("testdata/empty.csv")
	if _, err := Read(b); err != ErrEmpty {
		t.Errorf("empty file: %v", err)
	}
	if _, err := Read(make([]byte, MaxFileSize+1)); err == nil {
		t.Error("huge file accepted")
	}
}

func TestExportNeutralisesFormulas(t *testing.T) {
	ps := []session.Participant{
		{FirstName: "=1+1", LastName: "+cmd", Email: "@SUM(A1)", Organisation: "-2", Role: "Chargée, « ESS »"},
		{LastName: "Núñez", Organisation: "\tTab"},
	}
	var buf bytes.Buffer
	if err := Export(&buf, ps, ExportOptions{Header: EnglishHeader, BOM: true}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte{0xEF, 0xBB, 0xBF}) {
		t.Error("no BOM")
	}
	rows, err := csv.NewReader(bytes.NewReader(buf.Bytes()[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"'=1+1", "'+cmd", "'@SUM(A1)", "'-2", "Chargée, « ESS »"}
	if strings.Join(rows[1], "|") != strings.Join(want, "|") {
		t.Errorf("row %q, want %q", rows[1], want)
	}
	// The tab became a space (control characters are stripped).
	if rows[2][3] != " Tab" || rows[2][1] != "Núñez" {
		t.Errorf("row %q", rows[2])
	}
	// Export then import gives the same people back (apostrophes aside).
	tb, err := Read(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	m, _ := GuessMapping(tb.Header)
	pv, _ := Plan(tb, m, nil)
	if len(pv.Import) != 2 || pv.Import[1].Participant.LastName != "Núñez" {
		t.Errorf("round trip %+v", pv.Import)
	}
}

// FuzzRead: no input makes Read or Plan panic; whatever Read accepts has
// no control character or escape in any cell, rows in the order of their
// lines and within the file, issues on lines of the file, and plans into
// participants who all have a last name.
func FuzzRead(f *testing.F) {
	entries, _ := os.ReadDir("testdata")
	for _, e := range entries {
		if b, err := os.ReadFile("testdata/" + e.Name()); err == nil && !e.IsDir() {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"Nom;Prénom;Courriel\n\"Okafor;Ada;a@x.org\nLee;Bo;b@x.org\nDee;Cy;\"c@x.org\"\n",
		"Nom;Prénom\nO'Brien \"Junior\" Sr;Sean\n\"Okafor\" Jr;Ada\n",
		"Nom;Prénom;Structure\nOkafor;Ada;\"Banque\nRue du Nord\"\n",
		"Nom;Prénom\nΠαπαδόπουλος;Γιώργος\nRémy;Léa \xff\xfe\n",
		"Nom;Prénom\rRémy;Léa\rLee;Bo\r",
		"Nom;Prénom;Courriel\nRémy\x1b[2K;Léa\x07;\x1b]0;owned\x07lea@x.org\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tb, err := Read(data)
		if err != nil {
			return
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		if !bytes.Contains(data, []byte("\n")) {
			lines = bytes.Count(data, []byte("\r")) + 1
		}
		if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
			lines = len(data) // UTF-16: lines are not bytes
		}
		clean := func(s string) {
			for _, r := range s {
				if unicode.IsControl(r) {
					t.Fatalf("cell %q holds %U", s, r)
				}
			}
		}
		for _, h := range tb.Header {
			clean(h)
		}
		prev := 0
		for _, row := range tb.Rows {
			if row.Line <= prev || row.Line > lines {
				t.Fatalf("row at line %d after line %d (%d lines)", row.Line, prev, lines)
			}
			prev = row.Line
			for _, c := range row.Fields {
				clean(c)
			}
		}
		for _, is := range tb.Issues {
			if is.Line < 1 || is.Line > lines {
				t.Fatalf("issue on line %d of %d", is.Line, lines)
			}
		}
		m, _ := GuessMapping(tb.Header)
		if !m.CanImport() {
			m[0] = LastName
		}
		pv, err := Plan(tb, m, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range pv.Import {
			if e.Participant.LastName == "" {
				t.Fatal("imported a participant without a last name")
			}
		}
		var ps []session.Participant
		for _, e := range pv.Import {
			ps = append(ps, e.Participant)
		}
		var out bytes.Buffer
		if err := Export(&out, ps, ExportOptions{}); err != nil {
			t.Fatal(err)
		}
		if bytes.ContainsAny(out.Bytes(), "\x1b\x07\x00") {
			t.Fatal("the export holds a control character")
		}
	})
}

// In one column, the words in capitals are the last name wherever they
// stand, as French, Italian and Spanish lists write it; without capitals the
// name splits at its first space.
func TestFullNameInCapitals(t *testing.T) {
	for in, want := range map[string][2]string{
		"DUPONT Jean":                {"Jean", "DUPONT"},
		"ROSSI Maria Grazia":         {"Maria Grazia", "ROSSI"},
		"María José GARCÍA PEÑALVER": {"María José", "GARCÍA PEÑALVER"},
		"Jean-Pierre DE LA FONTAINE": {"Jean-Pierre", "DE LA FONTAINE"},
		"D'ANGELO Lucía":             {"Lucía", "D'ANGELO"},
		"Ada Okafor":                 {"Ada", "Okafor"},
		"MARIO ROSSI":                {"MARIO", "ROSSI"},
		"J. DUPONT":                  {"J.", "DUPONT"},
		"OKAFOR, Ada":                {"Ada", "OKAFOR"},
		"Socrates":                   {"", "Socrates"},
		"  Lê Thị HƯƠNG  ":           {"Lê Thị", "HƯƠNG"},
		"Noémie Dubois-Lefèvre":      {"Noémie", "Dubois-Lefèvre"},
	} {
		if first, last := splitFullName(in); first != want[0] || last != want[1] {
			t.Errorf("%q: first %q, last %q; want %q, %q", in, first, last, want[0], want[1])
		}
	}
}
