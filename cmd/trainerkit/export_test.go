package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/storage"
)

func needPoppler(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"pdftotext", "pdfinfo"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (poppler-utils): scripts/setup-debian.sh installs it", tool)
		}
	}
}

// readPDF returns a PDF's text on one line and its number of pages.
func readPDF(t *testing.T, path string) (string, int) {
	t.Helper()
	text, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	info, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", path, err)
	}
	pages := 0
	for _, l := range strings.Split(string(info), "\n") {
		if v, ok := strings.CutPrefix(l, "Pages:"); ok {
			pages, _ = strconv.Atoi(strings.TrimSpace(v))
		}
	}
	return strings.Join(strings.Fields(string(text)), " "), pages
}

func TestExportModule(t *testing.T) {
	needPoppler(t)
	// No data folder: the bundled content, and no data file is created.
	data := filepath.Join(t.TempDir(), "data")
	t.Setenv("TRAINERKIT_DATA", data)
	defer func() {
		if _, err := os.Stat(data); !os.IsNotExist(err) {
			t.Errorf("export module created the data folder %s", data)
		}
	}()
	lib, err := course.Load(assets.Course())
	if err != nil {
		t.Fatal(err)
	}
	m := lib.Modules[0]
	dir := t.TempDir()
	out := filepath.Join(dir, "module.pdf")
	code, stdout, errOut := runCLI(t, "export", "module", "--module", strconv.Itoa(m.Number), "--lang", "es", "--parts", "theory,case", "--out", out, "--paper", "letter")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(stdout, out) {
		t.Errorf("stdout %q does not name the file", stdout)
	}
	text, pages := readPDF(t, out)
	if !strings.Contains(text, strings.Join(strings.Fields(m.TitleIn("es")), " ")) || pages < 2 {
		t.Errorf("%d pages; title %q not found", pages, m.TitleIn("es"))
	}
	toolbox := course.PlainText(course.ParseString(m.Text("es", course.Toolbox)).Headings()[0].Inlines)
	if strings.Contains(text, toolbox) {
		t.Errorf("toolbox printed though --parts theory,case")
	}
	for _, args := range [][]string{
		{"export", "module", "--module", "1", "--lang", "es"},                          // no --out
		{"export", "module", "--lang", "es", "--out", out},                             // no --module
		{"export", "module", "--module", "21", "--out", out},                           // out of the catalogue
		{"export", "module", "--module", "100", "--out", out},                          // nor an own module's number
		{"export", "module", "--module", "1", "--lang", "de", "--out", out},            // language
		{"export", "module", "--module", "1", "--parts", "theory,annex", "--out", out}, // part
		{"export", "module", "--module", "1", "--paper", "a3", "--out", out},           // paper
		{"export", "module", "--module", "1", "--out", out, "stray"},                   // argument
		{"export", "poster", "--out", out},                                             // document
		{"export"},                                                                     // nothing
		{"export", "handout", "--out", out},                                            // no --session
		{"export", "attendance", "--session", "x", "--out", out, "--paper", "tabloid"}, // paper
		{"export", "certificates", "--session", "x", "--out", out, "--bogus"},          // flag
	} {
		if code, _, errOut := runCLI(t, args...); code != 2 || !strings.Contains(errOut, "Usage:") {
			t.Errorf("%v: exit %d, want 2 with the usage; stderr %q", args, code, errOut)
		}
	}
}

func TestExportSessionDocuments(t *testing.T) {
	needPoppler(t)
	data := t.TempDir()
	code, out, errOut := runCLI(t, "--data", data, "session", "new", "--title", "Formation « Données & ESS »", "--start", "2026-12-07",
		"--place", "Besançon", "--trainer", "Agnès Łodzińska", "--org", "Coop'Formation Ñandú", "--modules", "1,4,7", "--lang", "fr")
	if code != 0 {
		t.Fatalf("session new: %d %s", code, errOut)
	}
	id := strings.TrimSpace(out)
	csv := filepath.Join(data, "people.csv")
	people := "Prénom,Nom,Email,Structure\nZoë,Œuvray-Ñúñez,zoe@example.org,Coopérative Élan\nŁukasz,Wałęsa,lukasz@example.org,Fundacja\nÖdön,Erdős,odon@example.org,Ωmega Egyesület\n"
	if err := os.WriteFile(csv, []byte(people), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := runCLI(t, "--data", data, "participants", "import", "--session", id, csv); code != 0 || !strings.Contains(out, "imported 3") {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	_, out, _ = runCLI(t, "--data", data, "participants", "list", "--session", id)
	var zoe string
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "Zoë") {
			zoe = strings.Fields(l)[0]
		}
	}
	for _, half := range []string{"am", "pm"} {
		if code, _, errOut := runCLI(t, "--data", data, "attendance", "set", "--session", id, "--participant", zoe, "--day", "1", "--half", half, "--status", "present"); code != 0 {
			t.Fatalf("attendance: %s", errOut)
		}
	}
	dir := t.TempDir()
	names := []string{"Zoë Œuvray-Ñúñez", "Łukasz Wałęsa", "Ödön Erdős"}
	for _, c := range []struct {
		doc   string
		pages func(int) bool
		want  []string
		never []string
	}{
		{"handout", func(n int) bool { return n > 10 }, []string{"Support de formation", "Sommaire", "Programme", "Agnès Łodzińska"}, []string{"Guide d'animation"}},
		{"guide", func(n int) bool { return n > 3 }, []string{"Guide d'animation", "Programme"}, nil},
		{"attendance", func(n int) bool { return n == 2 }, []string{"Feuille d'émargement", "Jour 2 sur 2", "Coop'Formation Ñandú", "Œuvray-Ñúñez", "Zoë", "Wałęsa", "Łukasz", "Erdős", "Ödön"}, nil},
		// Only Zoë attended a half-day: only she gets a certificate.
		{"certificates", func(n int) bool { return n == 1 }, []string{"Certificat de réalisation", "7 h sur 14 h prévues", "Taux d'assiduité", names[0]}, names[1:]},
	} {
		file := filepath.Join(dir, c.doc+".pdf")
		code, _, errOut := runCLI(t, "--data", data, "export", c.doc, "--session", id, "--out", file)
		if code != 0 {
			t.Errorf("export %s: exit %d: %s", c.doc, code, errOut)
			continue
		}
		text, pages := readPDF(t, file)
		if !c.pages(pages) {
			t.Errorf("%s: %d pages", c.doc, pages)
		}
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: %q not found", c.doc, w)
			}
		}
		for _, w := range c.never {
			if strings.Contains(text, w) {
				t.Errorf("%s: %q found", c.doc, w)
			}
		}
	}
	// A session that does not exist: failure, and no file, not even a
	// temporary one.
	bad := filepath.Join(dir, "none.pdf")
	if code, _, errOut := runCLI(t, "--data", data, "export", "handout", "--session", "nosuchid", "--out", bad); code != 1 || !strings.Contains(errOut, "nosuchid") {
		t.Errorf("unknown session: exit %d %q", code, errOut)
	}
	// A folder that does not exist: failure with the path.
	if code, _, errOut := runCLI(t, "--data", data, "export", "guide", "--session", id, "--out", filepath.Join(dir, "no", "g.pdf")); code != 1 || !strings.Contains(errOut, "g.pdf") {
		t.Errorf("missing folder: exit %d %q", code, errOut)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") || e.Name() == "none.pdf" {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

// customisedData makes a data folder where module 1 in French has its
// theory hidden, an edited case with a hidden section and notes, and the
// trainer has written module 101.
func customisedData(t *testing.T) (string, *course.Module) {
	t.Helper()
	data := t.TempDir()
	db, err := storage.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	lib, err := course.Load(assets.Course())
	if err != nil {
		t.Fatal(err)
	}
	m := lib.Module(1)
	for _, o := range []course.Overlay{
		{Module: m.Key(), Lang: "fr", Part: course.Theory, Hidden: true},
		{Module: m.Key(), Lang: "fr", Part: course.Case, Edited: true, BaseHash: course.Hash(m.Text("fr", course.Case)),
			Text:           "# Notre cas MONCAS\n\n## Pour le groupe\n\nTexte PARTAGE.\n\n## Entre nous\n\nTexte SECRET.\n",
			HiddenSections: []string{"Entre nous"}, Notes: "Note NOTEPERSO"},
	} {
		if err := db.SaveOverlay(o); err != nil {
			t.Fatal(err)
		}
	}
	own := course.NewOwnModule(course.FirstOwnNumber, "fr", "Bénévolat et numérique")
	own.Source["fr"][course.Theory] = "# Les bénévoles OWNTHEORY\n\nTexte.\n"
	if err := db.SaveOwnModule(own); err != nil {
		t.Fatal(err)
	}
	return data, m
}

func TestExportModuleCustomised(t *testing.T) {
	needPoppler(t)
	data, m := customisedData(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "m1.pdf")
	if code, _, errOut := runCLI(t, "--data", data, "export", "module", "--module", "1", "--lang", "fr", "--out", out); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	text, _ := readPDF(t, out)
	theory := course.PlainText(course.ParseString(m.Text("fr", course.Theory)).Headings()[0].Inlines)
	for _, w := range []string{theory, "SECRET", "NOTEPERSO", "Cas pratique : Bobinoscope"} {
		if strings.Contains(text, w) {
			t.Errorf("%q printed: hidden, replaced or the trainer's notes", w)
		}
	}
	if !strings.Contains(text, "MONCAS") || !strings.Contains(text, "PARTAGE") {
		t.Errorf("the trainer's case not printed")
	}
	// The same data folder through TRAINERKIT_DATA.
	t.Setenv("TRAINERKIT_DATA", data)
	own := filepath.Join(dir, "own.pdf")
	if code, _, errOut := runCLI(t, "export", "module", "--module", "101", "--lang", "fr", "--out", own); code != 0 {
		t.Fatalf("own module: exit %d: %s", code, errOut)
	}
	if text, pages := readPDF(t, own); !strings.Contains(text, "Module 101") || !strings.Contains(text, "OWNTHEORY") || pages != 1 {
		t.Errorf("own module: %d pages, %q", pages, text)
	}
	// Nothing left to print, or no such module: a failure that says why,
	// and no file.
	none := filepath.Join(dir, "none.pdf")
	for args, want := range map[string]string{
		"--module 1 --lang fr --parts theory": "hidden",
		"--module 101 --lang en":              "not written",
		"--module 102 --lang fr":              "no module of your own",
	} {
		code, _, errOut := runCLI(t, append([]string{"export", "module", "--out", none}, strings.Fields(args)...)...)
		if code != 1 || !strings.Contains(errOut, want) {
			t.Errorf("%s: exit %d %q, want 1 and %q", args, code, errOut, want)
		}
		if _, err := os.Stat(none); err == nil {
			t.Errorf("%s: a file was written", args)
		}
	}
}

func TestExportGuideWithNotes(t *testing.T) {
	needPoppler(t)
	data, _ := customisedData(t)
	code, out, errOut := runCLI(t, "--data", data, "session", "new", "--title", "Atelier", "--start", "2026-12-07", "--modules", "1,101", "--lang", "fr")
	if code != 0 {
		t.Fatalf("session new: %d %s", code, errOut)
	}
	id := strings.TrimSpace(out)
	dir := t.TempDir()
	guide, handout := filepath.Join(dir, "guide.pdf"), filepath.Join(dir, "handout.pdf")
	for doc, file := range map[string]string{"guide": guide, "handout": handout} {
		if code, _, errOut := runCLI(t, "--data", data, "export", doc, "--session", id, "--out", file); code != 0 {
			t.Fatalf("export %s: %d %s", doc, code, errOut)
		}
	}
	if text, _ := readPDF(t, guide); !strings.Contains(text, "Notes de la formatrice ou du formateur") || !strings.Contains(text, "NOTEPERSO") {
		t.Errorf("the guide lacks the trainer's notes")
	}
	if text, _ := readPDF(t, handout); strings.Contains(text, "NOTEPERSO") || strings.Contains(text, "SECRET") {
		t.Errorf("the handout shows the trainer's notes or a hidden section")
	}
}

// export module --parts slides prints the deck with its speaker notes.
func TestExportModuleDeck(t *testing.T) {
	needPoppler(t)
	t.Setenv("TRAINERKIT_DATA", filepath.Join(t.TempDir(), "data"))
	lib, err := course.Load(assets.Course())
	if err != nil {
		t.Fatal(err)
	}
	m := lib.Module(3)
	out := filepath.Join(t.TempDir(), "deck.pdf")
	if code, _, errOut := runCLI(t, "export", "module", "--module", "3", "--lang", "it", "--parts", "slides", "--out", out); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	text, _ := readPDF(t, out)
	slides := m.DeckIn("it")
	for _, want := range []string{"Slide con le note per chi conduce", "Slide 1 di", "Note per chi conduce",
		strings.Join(strings.Fields(slides[len(slides)-1].Title), " ")} {
		if !strings.Contains(text, want) {
			t.Errorf("the printed deck lacks %q", want)
		}
	}
}
