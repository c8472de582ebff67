package pack

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

func readBytes(b []byte) (*Contents, error) { return Read(bytes.NewReader(b), int64(len(b))) }

func TestRoundTrip(t *testing.T) {
	KitVersion = "9.9.9-test"
	defer func() { KitVersion = "unknown" }()
	want := sample()
	b := packBytes(t, want)
	got, err := readBytes(b)
	if err != nil {
		t.Fatal(err)
	}
	if got.KitVersion != "9.9.9-test" || !got.Created.Equal(want.Created) {
		t.Errorf("kit version %q, created %v", got.KitVersion, got.Created)
	}
	if !reflect.DeepEqual(got.Overlays, want.Overlays) {
		t.Errorf("overlays:\n%+v\nwant\n%+v", got.Overlays, want.Overlays)
	}
	// The stale flag needs both: the hash and the original the edit started from.
	if o := got.Overlays[0]; o.BaseHash != course.Hash(o.BaseText) || !strings.Contains(o.BaseText, "Le texte d'origine") {
		t.Errorf("base of the edit lost: %+v", o)
	}
	if len(got.Modules) != 1 || !reflect.DeepEqual(*got.Modules[0], *want.Modules[0]) {
		t.Errorf("modules:\n%+v\nwant\n%+v", got.Modules[0], want.Modules[0])
	}
	if !reflect.DeepEqual(got.Sessions, want.Sessions) {
		t.Errorf("sessions:\n%+v\nwant\n%+v", got.Sessions[0], want.Sessions[0])
	}
	if !reflect.DeepEqual(got.Participants, want.Participants) {
		t.Errorf("participants %+v", got.Participants)
	}
	// The same contents make the same bytes.
	if again := packBytes(t, got); !bytes.Equal(again, b) {
		t.Error("writing what was read gives other bytes")
	}
}

func TestLayoutFollowsTheFormat(t *testing.T) {
	es := entriesOf(t, packBytes(t, sample()))
	var names []string
	for _, e := range es {
		names = append(names, e.name)
	}
	want := []string{
		"manifest.json",
		"customisations/03-skills-frameworks/fr/theory.base.md",
		"customisations/03-skills-frameworks/fr/theory.md",
		"modules/own-abcdefghij/fr/case.md",
	}
	for _, w := range want {
		found := false
		for _, n := range names {
			found = found || n == w
		}
		if !found {
			t.Errorf("pack lacks %s: %v", w, names)
		}
	}
	if names[0] != ManifestName {
		t.Errorf("manifest is not first: %v", names)
	}
	m := string(es[0].data)
	for _, w := range []string{`"format": "trainerkit-pack"`, `"version": 1`, `"base_hash"`, `"parts"`, `"fr/theory": "modules/own-abcdefghij/fr/theory.md"`, `"participants"`} {
		if !strings.Contains(m, w) {
			t.Errorf("manifest lacks %s", w)
		}
	}
}

func TestParticipantsOnlyWhenGiven(t *testing.T) {
	c := sample()
	c.Participants = nil
	b := packBytes(t, c)
	if strings.Contains(string(entriesOf(t, b)[0].data), "participants") {
		t.Error("manifest mentions participants though none were given")
	}
	got, err := readBytes(b)
	if err != nil || got.Participants != nil {
		t.Fatalf("participants %v, %v", got.Participants, err)
	}
}

func TestEmptyPack(t *testing.T) {
	got, err := readBytes(packBytes(t, &Contents{}))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Overlays)+len(got.Modules)+len(got.Sessions) != 0 {
		t.Errorf("%+v", got)
	}
}

func TestHostilePacksRefused(t *testing.T) {
	for _, h := range hostile(t) {
		t.Run(h.name, func(t *testing.T) {
			c, err := readBytes(h.data)
			if !errors.Is(err, h.want) {
				t.Fatalf("got %v (%v), want %v", err, c, h.want)
			}
			if c != nil {
				t.Error("contents returned with an error")
			}
		})
	}
}

func TestErrorsSayWhatAndWhere(t *testing.T) {
	cases := map[string][]byte{
		"customisations/03-skills-frameworks/fr/theory.md": withFile(t, "customisations/03-skills-frameworks/fr/theory.md", entry{"other.md", nil}),
		"newer version of the kit":                         withManifest(t, func(m map[string]any) { m["version"] = 7 }),
		`"../../evil.md"`:                                  withFile(t, "modules/own-abcdefghij/fr/case.md", entry{"../../evil.md", nil}),
		`unknown language "de"`:                            withManifest(t, func(m map[string]any) { firstCustomisation(m)["lang"] = "de" }),
	}
	for want, b := range cases {
		if _, err := readBytes(b); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v does not say %s", err, want)
		}
	}
}

// A header may claim a small size while the data inflate to much more.
func TestLyingSizesStopped(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: ManifestName, Method: zip.Deflate})
	w.Write(append([]byte(`{"format":"trainerkit-pack","version":1,"kit_version":"`), bytes.Repeat([]byte("a"), 6<<20)...))
	zw.Close()
	b := buf.Bytes()
	// Patch the central directory's uncompressed size (offset 24 of the
	// record) to 100 bytes.
	i := bytes.LastIndex(b, []byte("PK\x01\x02"))
	copy(b[i+24:], []byte{100, 0, 0, 0})
	if _, err := readBytes(b); !errors.Is(err, ErrTooBig) && !errors.Is(err, ErrBroken) {
		t.Fatalf("got %v", err)
	}
}

func TestZipBombAcrossFiles(t *testing.T) {
	// Each file is under the bound, their sum is not.
	n := MaxTotalSize/MaxEntrySize + 1
	big := bytes.Repeat([]byte("a"), MaxEntrySize-1)
	c := sample()
	c.Modules[0].Source = map[string]map[string]string{}
	es := entriesOf(t, packBytes(t, c))
	parts := map[string]any{}
	for i := 0; i < n; i++ {
		lang, part := course.Languages[i/5%4], course.Parts[i%5]
		name := "modules/own-abcdefghij/" + lang + "/" + part + ".md"
		parts[lang+"/"+part] = name
		es = append(es, entry{name, big})
	}
	var m map[string]any
	jsonUnmarshal(t, es[0].data, &m)
	m["modules"].([]any)[0].(map[string]any)["parts"] = parts
	es[0].data = jsonMarshal(t, m)
	if _, err := readBytes(zipOf(t, es...)); !errors.Is(err, ErrTooBig) {
		t.Fatalf("got %v", err)
	}
}

func TestTooManyEntries(t *testing.T) {
	if _, err := readBytes(manyEntries(t, MaxEntries)); !errors.Is(err, ErrTooBig) {
		t.Errorf("%d entries: %v", MaxEntries+4, err)
	}
	if _, err := readBytes(manyEntries(t, 100)); err != nil {
		t.Errorf("100 unknown files are harmless: %v", err)
	}
}

// A small file made of nothing but directory records is refused before
// archive/zip builds them all.
func TestDirectoryFlood(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 60,000-entry zip")
	}
	if _, err := readBytes(manyEntries(t, 60000)); !errors.Is(err, ErrTooBig) {
		t.Errorf("got %v", err)
	}
}

func TestPackFileTooBig(t *testing.T) {
	if _, err := Read(bytes.NewReader(nil), MaxPackSize+1); !errors.Is(err, ErrTooBig) {
		t.Errorf("got %v", err)
	}
}

func TestReadFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "atelier"+Extension)
	if err := os.WriteFile(p, packBytes(t, sample()), 0o644); err != nil {
		t.Fatal(err)
	}
	if c, err := ReadFile(p); err != nil || len(c.Sessions) != 1 {
		t.Fatalf("%v %v", c, err)
	}
	if _, err := ReadFile(p + ".missing"); err == nil || !strings.Contains(err.Error(), ".missing") {
		t.Errorf("missing file: %v", err)
	}
	os.WriteFile(p, []byte("not a zip"), 0o644)
	if _, err := ReadFile(p); !errors.Is(err, ErrNotPack) || !strings.Contains(err.Error(), p) {
		t.Errorf("not a pack: %v", err)
	}
}

func TestWriteRefusesWhatReadWould(t *testing.T) {
	for name, edit := range map[string]func(c *Contents){
		"module key with a slash": func(c *Contents) { c.Overlays[0].Module = "03/../x" },
		"duplicate overlay":       func(c *Contents) { c.Overlays = append(c.Overlays, c.Overlays[0]) },
		"two own modules, one number": func(c *Contents) {
			m := *c.Modules[0]
			m.UID = "own-zzzzzzzzzz"
			c.Modules = append(c.Modules, &m)
		},
		"session of no day": func(c *Contents) { c.Sessions[0].Days = nil },
		"block of a part":   func(c *Contents) { c.Sessions[0].Agenda[0][0].Part = "annex" },
	} {
		c := sample()
		edit(c)
		if err := Write(&bytes.Buffer{}, c); !errors.Is(err, ErrBroken) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestEmptyOverlaysLeftOut(t *testing.T) {
	c := sample()
	c.Overlays = append(c.Overlays, course.Overlay{Module: "05-data-culture", Lang: "it", Part: course.Guide, Notes: "  "})
	got, err := readBytes(packBytes(t, c))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Overlays) != 3 {
		t.Errorf("%d overlays, want 3", len(got.Overlays))
	}
}

// Each use of a file counts toward MaxTotalSize: a few kilobytes of pack
// naming one file from thousands of customisations no longer fills the
// data file.
func TestEachUseOfAFileCounts(t *testing.T) {
	if _, err := readBytes(oneFileManyTimes(t, 60, 1<<20)); err != nil {
		t.Errorf("60 uses of 1 MiB (60 MiB): %v", err)
	}
	b := oneFileManyTimes(t, 80, 1<<20)
	if _, err := readBytes(b); !errors.Is(err, ErrTooBig) {
		t.Errorf("80 uses of 1 MiB (80 MiB): %v", err)
	}
	t.Logf("a %d-byte pack expanding to 80 MiB is refused", len(b))
}

// Counts of entries are bounded far above what a real pack holds.
func TestEntryCaps(t *testing.T) {
	c := &Contents{}
	for i := 0; i <= MaxCustomisations; i++ {
		c.Overlays = append(c.Overlays, course.Overlay{Module: "m" + strconv.Itoa(i), Lang: "fr", Part: course.Theory, Notes: "x"})
	}
	if err := c.Check(); !errors.Is(err, ErrTooBig) {
		t.Errorf("%d customisations: %v", len(c.Overlays), err)
	}
	c.Overlays = c.Overlays[:MaxCustomisations]
	if err := c.Check(); err != nil {
		t.Errorf("%d customisations: %v", len(c.Overlays), err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, c); err != nil {
		t.Fatal(err)
	}
	if _, err := readBytes(buf.Bytes()); err != nil {
		t.Errorf("read %d customisations: %v", MaxCustomisations, err)
	}
	people := &Contents{Sessions: sample().Sessions, Participants: map[string][]session.Participant{}}
	for i := 0; i <= MaxParticipants; i++ {
		people.Participants["abcd2345"] = append(people.Participants["abcd2345"], session.Participant{ID: "p" + strconv.Itoa(i), LastName: "X"})
	}
	if err := people.Check(); !errors.Is(err, ErrTooBig) {
		t.Errorf("%d participants: %v", MaxParticipants+1, err)
	}
}

// Every string of a pack is stripped of control characters and terminal
// escapes at import: a session title cannot rewrite the lines the command
// line prints, nor a name a CSV export.
func TestControlCharactersStripped(t *testing.T) {
	c := sample()
	esc := "\x1b[2K\x1b[1A\r"
	c.Sessions[0].Title = "Atelier" + esc + " ESS"
	c.Sessions[0].Place = "Salle\x1b]0;owned\x07 2"
	c.Sessions[0].Notes = "Ligne 1\r\nLigne 2\x1b[31m"
	c.Sessions[0].Trainers = []string{"Inès\u202e Núñez"}
	c.Sessions[0].Agenda[0][1].Title = "Pause\x00"
	c.Participants["abcd2345"][0].LastName = "Rémy\x1b[8m"
	c.Overlays[0].Notes = "Insister\x07 sur l'exemple."
	c.Overlays[0].HiddenSections = []string{"Annexe\n"}
	c.Modules[0].Title["fr"] = "Mon atelier\x1b[5m"
	// Write refuses nothing of this: it is text; Read cleans it.
	got, err := readBytes(packBytes(t, c))
	if err != nil {
		t.Fatal(err)
	}
	s := got.Sessions[0]
	for what, v := range map[string][2]string{
		"title":     {s.Title, "Atelier  ESS"},
		"place":     {s.Place, "Salle 2"},
		"notes":     {s.Notes, "Ligne 1\nLigne 2"},
		"trainer":   {s.Trainers[0], "Inès Núñez"},
		"block":     {s.Agenda[0][1].Title, "Pause"},
		"last name": {got.Participants["abcd2345"][0].LastName, "Rémy"},
		"note":      {got.Overlays[0].Notes, "Insister sur l'exemple."},
		"section":   {got.Overlays[0].HiddenSections[0], "Annexe "},
		"module":    {got.Modules[0].Title["fr"], "Mon atelier"},
	} {
		if v[0] != v[1] {
			t.Errorf("%s: %q, want %q", what, v[0], v[1])
		}
	}
	assertClean(t, got)
}

// assertClean fails when a string of c holds a control character other
// than a line break or a tab.
func assertClean(t testing.TB, c *Contents) {
	t.Helper()
	walkStrings(reflect.ValueOf(c), func(s string) {
		for _, r := range s {
			if (unicode.IsControl(r) && r != '\n' && r != '\t') || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) {
				t.Fatalf("%q holds %U", s, r)
			}
		}
	})
}

// walkStrings calls fn with every string reachable from v.
func walkStrings(v reflect.Value, fn func(string)) {
	switch v.Kind() {
	case reflect.String:
		fn(v.String())
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkStrings(v.Elem(), fn)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				walkStrings(v.Field(i), fn)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			walkStrings(v.Index(i), fn)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			walkStrings(k, fn)
			walkStrings(v.MapIndex(k), fn)
		}
	}
}

// A version-0 pack is damaged or unknown, not "made by a newer version".
func TestVersionZeroIsNotNewer(t *testing.T) {
	_, err := readBytes(withManifest(t, func(m map[string]any) { m["version"] = 0 }))
	if !errors.Is(err, ErrBroken) || errors.Is(err, ErrVersion) || strings.Contains(err.Error(), "newer") {
		t.Errorf("version 0: %v", err)
	}
}
