package pdf

import (
	"bytes"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

// A session run under another body's name prints that name alone on every
// document: none of the profile's declaration number, SIRET, signatory,
// town or logo, which are not that body's; its certificates leave lines
// for the signatory's name and the town. A session naming the profile's
// organisation, in any case or accents, prints the whole profile.
func TestOtherBodyPrintsNoneOfTheProfile(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib := library(t)
	org := testOrg(t)
	profile := []string{"43 25 01234 25", "732 829 320", "Łodzińska", "Ōmura"}
	for _, lang := range course.Languages {
		for _, paper := range []Paper{A4, Letter} {
			s := testSession(t, lang, 1, 4)
			s.Body.Name, s.Body.Address = "Cooperativa Sociale La Fenice", "Via del Pratello 12, Bologna"
			s.Place, s.Trainers = "Casa delle Associazioni", []string{"Niccolò Ferrà"}
			opts := Options{Paper: paper, Org: org, AllParticipants: true}
			name := "other-body-" + lang + "-" + string(paper)
			docs := map[string]string{
				"certificates": render(t, name+"-certificates.pdf", func(w *bytes.Buffer) error { return Certificates(w, lib, s, names[:2], nil, opts) }),
				"attendance":   render(t, name+"-attendance.pdf", func(w *bytes.Buffer) error { return AttendanceSheet(w, s, names[:2], opts) }),
				"handout":      render(t, name+"-handout.pdf", func(w *bytes.Buffer) error { return SessionHandout(w, lib, s, opts) }),
				"report":       render(t, name+"-report.pdf", func(w *bytes.Buffer) error { return AttendanceReport(w, s, names[:2], nil, opts) }),
			}
			for doc, p := range docs {
				f := flat(pdfText(t, p))
				if !strings.Contains(f, "Cooperativa Sociale La Fenice") {
					t.Errorf("%s %s %s: the session's body is not named", lang, paper, doc)
				}
				for _, no := range profile {
					if strings.Contains(f, no) {
						t.Errorf("%s %s %s: prints the profile's %q", lang, paper, doc, no)
					}
				}
			}
			l := locales.New(lang)
			town := flat(l.Tf("pdf_done_at", map[string]any{"Place": "Besançon", "Date": ""}))
			intro := l.Tf("pdf_cert_intro_signed", map[string]any{"Who": blankLine(24), "Body": "Cooperativa Sociale La Fenice"})
			done := l.Tf("pdf_done_at", map[string]any{"Place": blankLine(14), "Date": ""})
			signer := labelValue(l, l.T("pdf_signatory"), blankLine(24))
			for i, pg := range pageTexts(t, docs["certificates"]) {
				f := flat(pg)
				if strings.Contains(f, town) {
					t.Errorf("%s %s certificate %d: issued in the profile's town: %s", lang, paper, i+1, f)
				}
				for _, want := range []string{flat(intro), flat(done), flat(signer), flat(l.T("pdf_signature_body"))} {
					if !strings.Contains(f, want) {
						t.Errorf("%s %s certificate %d: %q not found in %s", lang, paper, i+1, want, f)
					}
				}
			}
			if in := info(t, docs["certificates"]); in.pages != 2 {
				t.Errorf("%s %s: %d certificates, want 2", lang, paper, in.pages)
			}
		}
	}
	// The profile's organisation, written otherwise: the whole profile,
	// under its own spelling.
	s := testSession(t, "it", 1)
	s.Body.Name, s.Body.Address = "COOP FORMATION nandu", ""
	p := render(t, "same-body-certificates.pdf", func(w *bytes.Buffer) error {
		return Certificates(w, lib, s, names[:1], nil, Options{Org: org, AllParticipants: true})
	})
	f := flat(pdfText(t, p))
	for _, want := range append(profile, "directrice", "Coop'Formation Ñandú", "Rilasciato a Besançon") {
		if !strings.Contains(f, want) {
			t.Errorf("same body: %q not found in %s", want, f)
		}
	}
	if strings.Contains(f, "____") || strings.Contains(f, "COOP FORMATION nandu") {
		t.Errorf("same body: blank lines or the session's spelling: %s", f)
	}
}

// The running footer prints the declaration number whole, however long
// the body's name and address: the address gives way first, then the name.
func TestFooterKeepsTheDeclarationNumberWhole(t *testing.T) {
	t.Parallel()
	needPoppler(t)
	lib := library(t)
	long := testOrg(t)
	long.Name = "Coopérative Numérique Solidaire des Hauts-de-France et de la Picardie maritime"
	long.Address = "12 rue de l'Économie Sociale et Solidaire, bâtiment B, 59000 Lille"
	longer := *long
	longer.Name += " pour l'inclusion numérique des personnes éloignées de l'emploi et de la formation"
	for _, lang := range course.Languages {
		for _, paper := range []Paper{A4, Letter} {
			for _, o := range []*course.Org{long, &longer} {
				d, err := newDoc(paper, false, lang)
				if err != nil {
					t.Fatal(err)
				}
				text := moduleFooter(d, Options{Org: o})
				nda := labelledID(d.l, d.l.T("pdf_nda"), o.NDA)
				room := d.width() - d.m.width("1 / 17", regular, fontSmall.size) - 6
				if !strings.HasSuffix(text, nda) || d.m.width(d.m.clean(text), regular, fontSmall.size) > room {
					t.Errorf("%s %s: footer %q (%.1f mm of %.1f)", lang, paper, text, d.m.width(text, regular, fontSmall.size), room)
				}
				if !strings.HasPrefix(text, o.Name[:20]) {
					t.Errorf("%s %s: footer %q lost the name", lang, paper, text)
				}
			}
			p := render(t, "footer-"+lang+"-"+string(paper)+".pdf", func(w *bytes.Buffer) error {
				return ModuleHandout(w, lib, 10, lang, []string{course.Theory}, Options{Paper: paper, Org: &longer})
			})
			for i, pg := range pageTexts(t, p) {
				if !strings.Contains(flat(pg), "43 25 01234 25") {
					t.Errorf("%s %s page %d: the declaration number is not whole in %s", lang, paper, i+1, flat(pg))
				}
			}
		}
	}
}

// A module handout or quiz named for another body (--org) prints its name
// alone in the footer; for the profile's organisation, the profile's
// footer; without a profile, the body or the kit's name.
func TestModuleFooterBody(t *testing.T) {
	org := testOrg(t)
	d, err := newDoc(A4, false, "es")
	if err != nil {
		t.Fatal(err)
	}
	profile := "Coop'Formation Ñandú · 3 place Ōmura, 25000 Besançon · N.º de declaración:\u00a043\u00a025\u00a001234\u00a025"
	for _, c := range []struct {
		opts Options
		want string
	}{
		{Options{Org: org, Body: "Red de Economía Solidaria"}, "Red de Economía Solidaria"},
		{Options{Org: org, Body: "coop'formation ÑANDÚ"}, profile},
		{Options{Org: org}, profile},
		{Options{Body: "Red de Economía Solidaria"}, "Red de Economía Solidaria"},
		{Options{}, "Social Tech Trainer Kit"},
	} {
		if got := moduleFooter(d, c.opts); got != c.want {
			t.Errorf("Body %q: footer %q, want %q", c.opts.Body, got, c.want)
		}
	}
}

// The warning that a document names another body than the profile's, in
// the four languages.
func TestOtherBodyWarning(t *testing.T) {
	org := testOrg(t)
	if _, ok := OtherBody("S", FieldBody, "COOP'FORMATION nandu", org); ok {
		t.Error("a warning for the profile's own organisation")
	}
	if _, ok := OtherBody("S", FieldBody, "La Fenice", nil); ok {
		t.Error("a warning without a profile")
	}
	if _, ok := OtherBody("S", FieldBody, "La Fenice", &course.Org{Name: "Coop"}); ok {
		t.Error("a warning though the profile has nothing to withhold")
	}
	w, ok := OtherBody("Atelier", FieldBody, " La Fenice ", org)
	if !ok || w.Value != "La Fenice" || w.Profile != org.Name {
		t.Fatalf("%+v %v", w, ok)
	}
	footer := w
	footer.Field = FieldFooter
	for _, lang := range course.Languages {
		for _, w := range []Warning{w, footer} {
			msg := w.Message(lang)
			if strings.HasPrefix(msg, "pdf_warn") || !strings.HasPrefix(msg, "Atelier — ") || !strings.Contains(msg, "La Fenice") || !strings.Contains(msg, org.Name) {
				t.Errorf("%s %s: %q", lang, w.Field, msg)
			}
		}
	}
}
