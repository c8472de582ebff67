package main

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOrgSetShowCLI(t *testing.T) {
	data := t.TempDir()
	if _, out, _ := runCLI(t, "--data", data, "org", "show"); !strings.Contains(out, "no organisation profile yet") {
		t.Errorf("show before set: %q", out)
	}
	logo := filepath.Join(t.TempDir(), "logo.png")
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 900, 300))); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(logo, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "--data", data, "org", "set", "--name", "Coop Formation", "--nda", "11751234575",
		"--siret", "732 829 320 00074", "--address", "28 rue Pasteur", "--town", "Lyon", "--signatory", "Inès Núñez",
		"--signatory-role", "gérante", "--logo", logo)
	if code != 0 {
		t.Fatalf("org set: %d %s", code, errOut)
	}
	for _, want := range []string{"name: Coop Formation", "NDA: 11 75 12345 75", "SIRET: 732 829 320 00074", "town: Lyon",
		"signatory: Inès Núñez", "signatory's role: gérante", "logo: PNG, 600 × 200 pixels"} {
		if !strings.Contains(out, want) {
			t.Errorf("org set prints no %q:\n%s", want, out)
		}
	}
	// A flag left out keeps its value.
	if code, out, _ := runCLI(t, "--data", data, "org", "set", "--town", "Villeurbanne"); code != 0 ||
		!strings.Contains(out, "name: Coop Formation") || !strings.Contains(out, "town: Villeurbanne") {
		t.Errorf("org set --town: %d %q", code, out)
	}
	for _, bad := range []struct {
		args []string
		want string
		code int
	}{
		{[]string{"--nda", "123"}, "11 digits", 1},
		{[]string{"--siret", "73282932000075"}, "14 digits and a valid check digit", 1},
		{[]string{"--logo", filepath.Join(data, "missing.png")}, "read the logo", 2},
		{[]string{"--logo", filepath.Join("..", "..", "README.md")}, "must be a PNG image", 2},
		{nil, "give at least --name N", 2},
	} {
		code, _, errOut := runCLI(t, append([]string{"--data", data, "org", "set"}, bad.args...)...)
		if code != bad.code || !strings.Contains(errOut, bad.want) {
			t.Errorf("org set %v: %d %q, want %d and %q", bad.args, code, errOut, bad.code, bad.want)
		}
	}
	if _, out, _ := runCLI(t, "--data", data, "org", "show"); !strings.Contains(out, "NDA: 11 75 12345 75") || !strings.Contains(out, "town: Villeurbanne") {
		t.Errorf("a refused change altered the profile:\n%s", out)
	}
	// Without a name, nothing else can be set.
	empty := t.TempDir()
	if code, _, errOut := runCLI(t, "--data", empty, "org", "set", "--town", "Lyon"); code != 1 || !strings.Contains(errOut, "needs a name") {
		t.Errorf("no name: %d %q", code, errOut)
	}
}

// The funder, reference and mode are set at creation or later, shown, and
// printed on the attendance sheet with the profile; certificates for
// nobody say what to do; --all-participants prints them; a name no font
// draws is reported.
func TestSessionFunderAndExportReportsCLI(t *testing.T) {
	needPoppler(t)
	data := t.TempDir()
	run := func(args ...string) (int, string, string) {
		return runCLI(t, append([]string{"--data", data}, args...)...)
	}
	if code, _, errOut := run("org", "set", "--name", "Coop Formation", "--nda", "11751234575", "--town", "Lyon"); code != 0 {
		t.Fatal(errOut)
	}
	code, out, errOut := run("session", "new", "--title", "Atelier RGPD", "--start", "2026-12-07", "--funder", "OPCO Uniformation", "--mode", "remote")
	if code != 0 {
		t.Fatalf("session new: %s", errOut)
	}
	id := strings.TrimSpace(out)
	if code, _, _ := run("session", "new", "--title", "X", "--start", "2026-12-07", "--mode", "hybrid"); code != 2 {
		t.Error("an unknown mode was accepted")
	}
	if code, out, errOut := run("session", "set", id, "--reference", "CONV-0412"); code != 0 || !strings.Contains(out, "reference: CONV-0412") {
		t.Errorf("session set: %d %q %q", code, out, errOut)
	}
	_, out, _ = run("session", "show", id)
	for _, want := range []string{"funder: OPCO Uniformation", "reference: CONV-0412", "mode: remote"} {
		if !strings.Contains(out, want) {
			t.Errorf("show lacks %q:\n%s", want, out)
		}
	}
	if code, _, _ := run("session", "set", id); code != 2 {
		t.Error("session set without a flag")
	}
	csv := filepath.Join(t.TempDir(), "people.csv")
	if err := os.WriteFile(csv, []byte("First name,Last name\nAna,Ruiz\n明,王\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := run("participants", "import", "--session", id, csv); code != 0 {
		t.Fatal(errOut)
	}
	dir := t.TempDir()
	sheet := filepath.Join(dir, "sheet.pdf")
	code, out, errOut = run("export", "attendance", "--session", id, "--out", sheet)
	if code != 0 || !strings.Contains(out, "wrote") || !strings.Contains(errOut, "warning: 明 王 — Last name") {
		t.Errorf("export attendance: %d %q %q", code, out, errOut)
	}
	text, _ := readPDF(t, sheet)
	for _, want := range []string{"11 75 12345 75", "OPCO Uniformation", "CONV-0412", "Coop Formation"} {
		if !strings.Contains(text, want) {
			t.Errorf("the sheet lacks %q", want)
		}
	}
	cert := filepath.Join(dir, "cert.pdf")
	code, _, errOut = run("export", "certificates", "--session", id, "--out", cert)
	if code != 1 || !strings.Contains(errOut, "no participant has attended") || !strings.Contains(errOut, "--all-participants") {
		t.Errorf("certificates for nobody: %d %q", code, errOut)
	}
	code, _, errOut = run("export", "certificates", "--session", id, "--out", cert, "--all-participants")
	if _, pages := readPDF(t, cert); code != 0 || pages != 2 || !strings.Contains(errOut, "warning:") {
		t.Errorf("certificates for all: %d, %d page(s), %q", code, pages, errOut)
	}
}

func TestExportModuleSectionAndOrgCLI(t *testing.T) {
	needPoppler(t)
	t.Setenv("TRAINERKIT_DATA", filepath.Join(t.TempDir(), "none"))
	out := filepath.Join(t.TempDir(), "s.pdf")
	code, _, errOut := runCLI(t, "export", "module", "--module", "4", "--lang", "fr", "--parts", "toolbox",
		"--section", "activite 1 : suivre la donnee a la trace", "--org", "Coop Formation", "--out", out)
	if code != 0 {
		t.Fatalf("export module --section: %s", errOut)
	}
	text, pages := readPDF(t, out)
	if !strings.Contains(text, "Activité 1") || !strings.Contains(text, "Coop Formation") || pages > 4 {
		t.Errorf("%d page(s): %.400s", pages, text)
	}
	code, _, errOut = runCLI(t, "export", "module", "--module", "4", "--lang", "fr", "--parts", "toolbox", "--section", "Nulle part", "--out", out)
	if code != 1 || !strings.Contains(errOut, "headings are") || !strings.Contains(errOut, "Activité 1") {
		t.Errorf("an unknown section: %d %q", code, errOut)
	}
	if code, _, _ := runCLI(t, "export", "module", "--module", "4", "--lang", "fr", "--section", "Activité 1", "--out", out); code != 2 {
		t.Error("--section without one part was accepted")
	}
}
