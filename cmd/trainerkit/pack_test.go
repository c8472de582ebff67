package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/pack"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/storage"
)

// withStdin runs fn with answer as the terminal's input.
func withStdin(answer string, fn func()) {
	stdin = strings.NewReader(answer)
	defer func() { stdin = os.Stdin }()
	fn()
}

// dataFile is the data file's bytes: a refused import must leave them as
// they were.
func dataFile(t *testing.T, dir string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, storage.FileName))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// newSessionWithOwnModule makes a session using module 4 and an own module,
// and a customisation of module 4, in data.
func newSessionWithOwnModule(t *testing.T, data string) string {
	t.Helper()
	code, out, errOut := runCLI(t, "--data", data, "session", "new", "--title", "Atelier RGPD", "--start", "2026-12-07", "--modules", "4")
	if code != 0 {
		t.Fatalf("session new: %s", errOut)
	}
	id := strings.TrimSpace(out)
	db, err := storage.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	own := course.NewOwnModule(101, "fr", "Atelier maison")
	must(t, db.SaveOwnModule(own))
	must(t, db.SaveOverlay(course.Overlay{Module: "04-personal-data", Lang: "fr", Part: course.Case, Notes: "Penser aux exemples locaux."}))
	s, err := db.Session(id)
	must(t, err)
	s.Agenda[0] = append(s.Agenda[0], session.Block{Kind: session.BlockPart, Module: 101, Part: course.Theory, Minutes: 30})
	must(t, db.SaveSession(s))
	return id
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestPackExportImportCLI(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	id := newSessionWithOwnModule(t, a)
	file := filepath.Join(t.TempDir(), "atelier.stkpack")

	code, out, errOut := runCLI(t, "--data", a, "pack", "export", "--out", file, "--session", id)
	if code != 0 {
		t.Fatalf("export: %d %s", code, errOut)
	}
	for _, want := range []string{"session " + id, "module 101", "customisation 04-personal-data/fr/case", "wrote " + file} {
		if !strings.Contains(out, want) {
			t.Errorf("export output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(errOut, "personal data") {
		t.Error("warned of personal data without participants")
	}

	code, out, errOut = runCLI(t, "--data", b, "pack", "import", file)
	if code != 0 || !strings.Contains(out, "adds     session") || !strings.Contains(out, "imported 3 item(s)") {
		t.Fatalf("import: %d\n%s\n%s", code, out, errOut)
	}
	if _, out, _ = runCLI(t, "--data", b, "session", "show", id); !strings.Contains(out, "module 101 Atelier maison") {
		t.Errorf("imported session:\n%s", out)
	}

	// Importing again replaces: ask, and without a yes change nothing.
	before := dataFile(t, b)
	for _, answer := range []string{"", "n\n", "whatever\n"} {
		withStdin(answer, func() { code, out, errOut = runCLI(t, "--data", b, "pack", "import", file) })
		if code != 1 || !strings.Contains(out, "replaces session") || !strings.Contains(out, "[y/N]") || !strings.Contains(errOut, "--yes") {
			t.Errorf("answer %q: %d\n%s\n%s", answer, code, out, errOut)
		}
	}
	if !bytes.Equal(before, dataFile(t, b)) {
		t.Error("a refused import changed the data file")
	}
	withStdin("y\n", func() { code, _, errOut = runCLI(t, "--data", b, "pack", "import", file) })
	if code != 0 {
		t.Errorf("answer y: %d %s", code, errOut)
	}
	if code, _, errOut = runCLI(t, "--data", b, "pack", "import", "--yes", file); code != 0 {
		t.Errorf("--yes: %d %s", code, errOut)
	}
}

func TestPackExportParticipantsWarns(t *testing.T) {
	a := t.TempDir()
	id := newSessionWithOwnModule(t, a)
	csv := filepath.Join("..", "..", "course", "roster", "testdata", "duplicates.csv")
	if code, _, errOut := runCLI(t, "--data", a, "participants", "import", "--session", id, csv); code != 0 {
		t.Fatal(errOut)
	}
	file := filepath.Join(t.TempDir(), "with-people.stkpack")
	code, out, errOut := runCLI(t, "--data", a, "pack", "export", "--out", file, "--session", id, "--participants")
	if code != 0 || !strings.Contains(errOut, "personal data") || !strings.Contains(out, "participants 3 of session "+id) {
		t.Fatalf("%d\n%s\n%s", code, out, errOut)
	}
	c, err := pack.ReadFile(file)
	if err != nil || len(c.Participants[id]) != 3 {
		t.Fatalf("%v %v", c, err)
	}
	b := t.TempDir()
	if code, out, _ := runCLI(t, "--data", b, "pack", "import", file); code != 0 || !strings.Contains(out, "adds     participants  3 participant(s)") {
		t.Errorf("import: %d\n%s", code, out)
	}
	if _, out, _ := runCLI(t, "--data", b, "participants", "list", "--session", id); len(strings.Split(strings.TrimSpace(out), "\n")) != 3 {
		t.Errorf("participants after import:\n%s", out)
	}
}

func TestPackUsageErrors(t *testing.T) {
	data := t.TempDir()
	for _, args := range [][]string{
		{"pack"},
		{"pack", "send"},
		{"pack", "export", "--out", filepath.Join(data, "x.stkpack")},
		{"pack", "export", "--session", "abc"},
		{"pack", "import"},
		{"pack", "import", "a.stkpack", "b.stkpack"},
	} {
		code, _, errOut := runCLI(t, append([]string{"--data", data}, args...)...)
		if code != 2 || !strings.Contains(errOut, "Usage:") {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
	if code, _, errOut := runCLI(t, "--data", data, "pack", "export", "--out", filepath.Join(data, "x.stkpack"), "--session", "nosuchid"); code != 1 || !strings.Contains(errOut, "nosuchid") {
		t.Errorf("unknown session: %d %q", code, errOut)
	}
}

// Hostile packs: each is refused with a plain message, and the data file
// is left exactly as it was.
func TestPackImportRefusesHostilePacks(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	newSessionWithOwnModule(t, a)
	valid := filepath.Join(t.TempDir(), "valid.stkpack")
	if code, _, errOut := runCLI(t, "--data", a, "pack", "export", "--out", valid, "--all-customisations"); code != 0 {
		t.Fatal(errOut)
	}
	newSessionWithOwnModule(t, b) // b has data to lose
	before := dataFile(t, b)
	es := readEntries(t, valid)
	text := es[1].name // the first Markdown file the manifest names
	manifest := func(edit func(m map[string]any)) []zipEntry {
		var m map[string]any
		must(t, json.Unmarshal(es[0].data, &m))
		edit(m)
		out := append([]zipEntry(nil), es...)
		out[0].data, _ = json.Marshal(m)
		return out
	}
	replace := func(name string, e zipEntry) []zipEntry {
		out := append([]zipEntry(nil), es...)
		for i := range out {
			if out[i].name == name {
				out[i] = e
			}
		}
		return out
	}
	many := append([]zipEntry(nil), es...)
	for i := 0; i < pack.MaxEntries; i++ {
		many = append(many, zipEntry{"extra/" + strconv.Itoa(i) + ".md", nil})
	}
	cases := map[string]struct {
		entries []zipEntry
		says    string
	}{
		"escape":         {replace(text, zipEntry{"../../../.bashrc", []byte("x")}), "damaged"},
		"zip bomb":       {replace(text, zipEntry{text, make([]byte, 32<<20)}), "larger than any pack"},
		"newer version":  {manifest(func(m map[string]any) { m["version"] = 2 }), "newer version"},
		"broken json":    {replace(pack.ManifestName, zipEntry{pack.ManifestName, []byte(`{"format": "trainerkit-pack", "version": 1, "modules": [`)}), "damaged"},
		"huge manifest":  {replace(pack.ManifestName, zipEntry{pack.ManifestName, bytes.Repeat([]byte(" "), pack.MaxEntrySize+10)}), "larger than any pack"},
		"missing file":   {replace(text, zipEntry{"elsewhere.md", []byte("x")}), "damaged"},
		"too many files": {many, "larger than any pack"},
		"not a pack":     {[]zipEntry{{"notes.txt", []byte("hello")}}, "not a Trainer Kit pack"},
	}
	dir := t.TempDir()
	for name, tc := range cases {
		p := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".stkpack")
		writeZip(t, p, tc.entries)
		var code int
		var errOut string
		withStdin("y\n", func() { code, _, errOut = runCLI(t, "--data", b, "pack", "import", "--yes", p) })
		if code != 1 || !strings.Contains(errOut, tc.says) || !strings.Contains(errOut, "nothing was imported") {
			t.Errorf("%s: exit %d, %q", name, code, errOut)
		}
	}
	if !bytes.Equal(before, dataFile(t, b)) {
		t.Error("a hostile pack changed the data file")
	}
}

type zipEntry struct {
	name string
	data []byte
}

func readEntries(t *testing.T, path string) []zipEntry {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var out []zipEntry
	for _, f := range zr.File {
		rc, err := f.Open()
		must(t, err)
		b, err := io.ReadAll(rc)
		rc.Close()
		must(t, err)
		out = append(out, zipEntry{f.Name, b})
	}
	return out
}

func writeZip(t *testing.T, path string, entries []zipEntry) {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate})
		must(t, err)
		_, err = w.Write(e.data)
		must(t, err)
	}
	must(t, zw.Close())
	must(t, os.WriteFile(path, buf.Bytes(), 0o644))
}
