package pack

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// sample is a pack's worth of everything: an edited part with its
// original, a hidden part, an own module with a customisation, a session
// whose agenda uses both, and its participants.
func sample() *Contents {
	original := "# Théorie\n\nLe texte d'origine.\n\n## Annexe\n\nÀ cacher.\n"
	own := course.NewOwnModule(101, "fr", "Mon atelier coopératif")
	own.UID = "own-abcdefghij"
	own.Title["en"] = "My cooperative workshop"
	own.Summary["fr"] = "Un atelier."
	own.DigComp = []string{"2.4"}
	own.Source["fr"][course.Theory] = "# Atelier\n\nDes coopératives, et des œufs.\n"
	s := &session.Session{ID: "abcd2345", Title: "Atelier ESS", Start: "2026-11-23", Lang: "fr",
		Days: []session.DayTimes{session.DefaultDayTimes}, Trainers: []string{"Inès Núñez"},
		Agenda: [][]session.Block{{
			{Kind: session.BlockPart, Module: 3, Part: course.Theory, Minutes: 60},
			{Kind: session.BlockBreak, Title: "Pause", Minutes: 15},
			{Kind: session.BlockPart, Module: 101, Part: course.Theory, Minutes: 90},
		}},
		Created: time.Date(2026, 9, 1, 8, 0, 0, 0, time.UTC), Updated: time.Date(2026, 9, 2, 8, 0, 0, 0, time.UTC)}
	return &Contents{
		Overlays: []course.Overlay{
			{Module: "03-skills-frameworks", Lang: "fr", Part: course.Theory, Edited: true,
				Text: "# Théorie\n\nMon texte.\n", BaseHash: course.Hash(original), BaseText: original,
				HiddenSections: []string{"Annexe"}, Notes: "Insister sur l'exemple.",
				Updated: time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)},
			{Module: "01-digital-transition", Lang: "en", Part: course.Case, Hidden: true,
				Updated: time.Date(2026, 10, 2, 12, 0, 0, 0, time.UTC)},
			{Module: own.UID, Lang: "fr", Part: course.Theory, Notes: "Apporter des post-it."},
		},
		Modules:  []*course.Module{own},
		Sessions: []*session.Session{s},
		Participants: map[string][]session.Participant{s.ID: {
			{ID: "p1aaaaaa", FirstName: "Léa", LastName: "Rémy", Email: "lea@example.org"},
			{ID: "p2bbbbbb", LastName: "Núñez"},
		}},
		Created: time.Date(2026, 10, 3, 9, 30, 0, 0, time.UTC),
	}
}

// packBytes writes c.
func packBytes(t testing.TB, c *Contents) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, c); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// entry is a file of a hand-made zip.
type entry struct {
	name string
	data []byte
}

// zipOf makes a zip of entries as given: any name, duplicates allowed.
func zipOf(t testing.TB, entries ...entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(e.data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// entriesOf unpacks a zip.
func entriesOf(t testing.TB, b []byte) []entry {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var out []entry
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, entry{f.Name, data})
	}
	return out
}

// withManifest rewrites the manifest of the sample pack with edit, and
// adds extra files.
func withManifest(t testing.TB, edit func(m map[string]any), extra ...entry) []byte {
	t.Helper()
	es := entriesOf(t, packBytes(t, sample()))
	var m map[string]any
	if err := json.Unmarshal(es[0].data, &m); err != nil {
		t.Fatal(err)
	}
	edit(m)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	es[0].data = b
	return zipOf(t, append(es, extra...)...)
}

// withFile replaces (or with a new name, renames) the sample pack's file
// name by the given entry.
func withFile(t testing.TB, name string, e entry) []byte {
	t.Helper()
	es := entriesOf(t, packBytes(t, sample()))
	for i := range es {
		if es[i].name == name {
			es[i] = e
		}
	}
	return zipOf(t, es...)
}

// firstCustomisation returns the manifest's first customisation, for edits.
func firstCustomisation(m map[string]any) map[string]any {
	return m["customisations"].([]any)[0].(map[string]any)
}

// hostile lists packs Read must refuse, with the error each must wrap.
func hostile(t testing.TB) []struct {
	name string
	data []byte
	want error
} {
	t.Helper()
	zeros := make([]byte, 5<<20) // compresses to a few KiB
	theory := "customisations/03-skills-frameworks/fr/theory.md"
	return []struct {
		name string
		data []byte
		want error
	}{
		{"not a zip", []byte("# just Markdown\n"), ErrNotPack},
		{"no manifest", zipOf(t, entry{"readme.md", []byte("hello")}), ErrNotPack},
		{"other format", withManifest(t, func(m map[string]any) { m["format"] = "something-else" }), ErrNotPack},
		{"newer version", withManifest(t, func(m map[string]any) { m["version"] = 2 }), ErrVersion},
		{"version zero", withManifest(t, func(m map[string]any) { delete(m, "version") }), ErrBroken},
		{"negative version", withManifest(t, func(m map[string]any) { m["version"] = -1 }), ErrBroken},
		{"broken json", withFile(t, ManifestName, entry{ManifestName, []byte(`{"format":"trainerkit-pack","version":1,"customisations":[{`)}), ErrBroken},
		{"json then junk", withFile(t, ManifestName, entry{ManifestName, []byte(`{"format":"trainerkit-pack","version":1} {}`)}), ErrBroken},
		{"huge manifest", withFile(t, ManifestName, entry{ManifestName, append([]byte(`{"format":"trainerkit-pack","version":1,"kit_version":"`),
			bytes.Repeat([]byte("x"), MaxEntrySize)...)}), ErrTooBig},
		{"escape with dots", withFile(t, theory, entry{"../../evil.md", []byte("x")}), ErrUnsafePath},
		{"absolute path", withFile(t, theory, entry{"/etc/evil.md", []byte("x")}), ErrUnsafePath},
		{"backslashes", withFile(t, theory, entry{`customisations\..\evil.md`, []byte("x")}), ErrUnsafePath},
		{"drive letter", withFile(t, theory, entry{"C:/evil.md", []byte("x")}), ErrUnsafePath},
		{"empty element", withFile(t, theory, entry{"customisations//evil.md", []byte("x")}), ErrUnsafePath},
		{"control character", withFile(t, theory, entry{"evil\n.md", []byte("x")}), ErrUnsafePath},
		{"duplicate name", withManifest(t, func(map[string]any) {}, entry{theory, []byte("again")}), ErrBroken},
		{"missing file", withFile(t, theory, entry{"other.md", []byte("x")}), ErrBroken},
		{"manifest as text", withManifest(t, func(m map[string]any) { firstCustomisation(m)["file"] = ManifestName }), ErrBroken},
		{"not utf-8", withFile(t, theory, entry{theory, []byte("caf\xe9\n")}), ErrBroken},
		{"zip bomb", withFile(t, theory, entry{theory, zeros}), ErrTooBig},
		{"unknown language", withManifest(t, func(m map[string]any) { firstCustomisation(m)["lang"] = "de" }), ErrBroken},
		{"module key as path", withManifest(t, func(m map[string]any) { firstCustomisation(m)["module"] = "../03" }), ErrBroken},
		{"edited without text", withManifest(t, func(m map[string]any) { delete(firstCustomisation(m), "file") }), ErrBroken},
		{"own module number", withManifest(t, func(m map[string]any) { m["modules"].([]any)[0].(map[string]any)["number"] = 3 }), ErrBroken},
		{"own module part", withManifest(t, func(m map[string]any) {
			m["modules"].([]any)[0].(map[string]any)["parts"] = map[string]any{"fr/annex": theory}
		}), ErrBroken},
		{"session without title", withManifest(t, func(m map[string]any) { m["sessions"].([]any)[0].(map[string]any)["title"] = "" }), ErrBroken},
		{"agenda longer than days", withManifest(t, func(m map[string]any) {
			s := m["sessions"].([]any)[0].(map[string]any)
			s["agenda"] = append(s["agenda"].([]any), []any{})
		}), ErrBroken},
		{"participants of no session", withManifest(t, func(m map[string]any) {
			m["participants"] = map[string]any{"zzzz2222": []any{map[string]any{"id": "p1", "last_name": "X"}}}
		}), ErrBroken},
		{"participant without a name", withManifest(t, func(m map[string]any) {
			m["participants"] = map[string]any{"abcd2345": []any{map[string]any{"id": "p1", "last_name": " "}}}
		}), ErrBroken},
		{"null session", withManifest(t, func(m map[string]any) { m["sessions"] = []any{nil} }), ErrBroken},
		{"one file for many customisations", oneFileManyTimes(t, 80, 1<<20), ErrTooBig},
		{"too many blocks", withManifest(t, func(m map[string]any) {
			s := m["sessions"].([]any)[0].(map[string]any)
			day := []any{}
			for i := 0; i < 101; i++ {
				day = append(day, map[string]any{"kind": "break", "minutes": 1})
			}
			s["agenda"] = []any{day}
		}), ErrBroken},
	}
}

// oneFileManyTimes is a small pack whose n customisations (of modules that
// need not exist) all name one file of size bytes: what each expands to
// counts, each time.
func oneFileManyTimes(t testing.TB, n, size int) []byte {
	t.Helper()
	es := entriesOf(t, packBytes(t, sample()))
	var m map[string]any
	jsonUnmarshal(t, es[0].data, &m)
	var cs []any
	for i := 0; i < n; i++ {
		cs = append(cs, map[string]any{"module": "m" + strconv.Itoa(i/20), "lang": course.Languages[i/5%4], "part": course.Parts[i%5],
			"edited": true, "file": "big.md"})
	}
	m["customisations"] = cs
	es[0].data = jsonMarshal(t, m)
	return zipOf(t, append(es, entry{"big.md", bytes.Repeat([]byte("a"), size)})...)
}

// manyEntries is a pack with n tiny files besides a valid manifest.
func manyEntries(t testing.TB, n int) []byte {
	es := entriesOf(t, packBytes(t, sample()))
	for i := 0; i < n; i++ {
		es = append(es, entry{"extra/" + strings.Repeat("x", i%7) + strconv.Itoa(i) + ".md", nil})
	}
	return zipOf(t, es...)
}

func jsonUnmarshal(t testing.TB, b []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}

func jsonMarshal(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
