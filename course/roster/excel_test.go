package roster

import (
	"bytes"
	"testing"

	"github.com/socialtech/trainerkit/course/session"
)

func TestExcelDelimiter(t *testing.T) {
	for lang, want := range map[string]rune{"fr": ';', "it": ';', "es": ';', "en": ',', "": ','} {
		if got := ExcelDelimiter(lang); got != want {
			t.Errorf("%q: %q, want %q", lang, got, want)
		}
	}
}

// What Excel needs byte for byte: the BOM, the delimiter of the language,
// CRLF line ends, quotes around a cell holding the delimiter or a line
// break, formulas defused; and the kit reads its own export back.
func TestExportForExcel(t *testing.T) {
	ps := []session.Participant{
		{FirstName: "Zoé", LastName: "Lefèvre", Email: "zoe@exemple.fr", Organisation: "Cœur d'Artichaut; SCIC", Role: "=chargée"},
		{FirstName: "Théo", LastName: "Núñez", Organisation: "Ateliers\nd'Été", Role: "Trésorier, bénévole"},
	}
	header := [5]string{"Prénom", "Nom", "E-mail", "Organisation", "Rôle"}
	cases := []struct {
		lang, want string
	}{
		{"fr", "\ufeffPrénom;Nom;E-mail;Organisation;Rôle\r\n" +
			"Zoé;Lefèvre;zoe@exemple.fr;\"Cœur d'Artichaut; SCIC\";'=chargée\r\n" +
			"Théo;Núñez;;\"Ateliers\r\nd'Été\";Trésorier, bénévole\r\n"},
		{"en", "\ufeffPrénom,Nom,E-mail,Organisation,Rôle\r\n" +
			"Zoé,Lefèvre,zoe@exemple.fr,Cœur d'Artichaut; SCIC,'=chargée\r\n" +
			"Théo,Núñez,,\"Ateliers\r\nd'Été\",\"Trésorier, bénévole\"\r\n"},
	}
	for _, c := range cases {
		var buf bytes.Buffer
		if err := Export(&buf, ps, ExcelOptions(c.lang, header)); err != nil {
			t.Fatal(err)
		}
		if got := buf.String(); got != c.want {
			t.Errorf("%s export:\n%q\nwant\n%q", c.lang, got, c.want)
		}
		tb, err := Read(buf.Bytes())
		if err != nil {
			t.Fatalf("%s: read back: %v", c.lang, err)
		}
		if tb.Delimiter != ExcelDelimiter(c.lang) || tb.Encoding != "UTF-8 (BOM)" {
			t.Errorf("%s: read back as %q, %s", c.lang, tb.Delimiter, tb.Encoding)
		}
		m, _ := GuessMapping(tb.Header)
		pv, err := Plan(tb, m, nil)
		if err != nil || len(pv.Import) != 2 {
			t.Fatalf("%s: plan %+v, %v", c.lang, pv, err)
		}
		// Reading makes every cell one line (issue 23: a participant's
		// fields are shown and printed on one line): the break reads as a
		// space.
		if got := pv.Import[1].Participant; got.LastName != "Núñez" || got.Organisation != "Ateliers d'Été" {
			t.Errorf("%s: read back %+v", c.lang, got)
		}
	}
}
