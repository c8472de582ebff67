package pack

import (
	"errors"
	"fmt"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// ManifestName is the manifest's name in the zip.
const ManifestName = "manifest.json"

// manifest is manifest.json. Texts live in Markdown files beside it, which
// the manifest names.
type manifest struct {
	Format         string                            `json:"format"`
	Version        int                               `json:"version"`
	Created        string                            `json:"created"` // RFC 3339
	KitVersion     string                            `json:"kit_version"`
	Customisations []manifestOverlay                 `json:"customisations"`
	Modules        []manifestModule                  `json:"modules"`
	Sessions       []*session.Session                `json:"sessions"`
	Participants   map[string][]session.Participant  `json:"participants,omitempty"`
	Results        map[string][]session.Result       `json:"results,omitempty"`
	Appreciations  map[string][]session.Appreciation `json:"appreciations,omitempty"`
}

// manifestOverlay is a course.Overlay whose texts are files.
type manifestOverlay struct {
	Module         string    `json:"module"`
	Lang           string    `json:"lang"`
	Part           string    `json:"part"`
	Edited         bool      `json:"edited"`
	File           string    `json:"file,omitempty"`      // the edited text, when Edited
	BaseHash       string    `json:"base_hash,omitempty"` // course.Hash of the original the edit started from
	BaseFile       string    `json:"base_file,omitempty"` // that original
	Hidden         bool      `json:"hidden,omitempty"`
	HiddenSections []string  `json:"hidden_sections,omitempty"`
	Notes          string    `json:"notes,omitempty"`
	Updated        time.Time `json:"updated,omitzero"`
}

// manifestModule is an own module whose parts are files.
type manifestModule struct {
	UID      string            `json:"uid"`
	Number   int               `json:"number"`
	Slug     string            `json:"slug"`
	Title    map[string]string `json:"title"`
	Summary  map[string]string `json:"summary"`
	DigComp  []string          `json:"digcomp"`
	Duration int               `json:"duration"`
	Parts    map[string]string `json:"parts"` // "fr/theory" -> "modules/UID/fr/theory.md"
}

// files are the Markdown files of a pack by name.
type files map[string]string

// overlayFile is where an overlay's text goes: customisations/KEY/LANG/PART.md,
// or PART.base.md for the original the edit started from.
func overlayFile(o *course.Overlay, base bool) string {
	name := o.Part + ".md"
	if base {
		name = o.Part + ".base.md"
	}
	return path.Join("customisations", o.Module, o.Lang, name)
}

// moduleFile is where an own module's part goes: modules/UID/LANG/PART.md.
func moduleFile(uid, lang, part string) string {
	return path.Join("modules", uid, lang, part+".md")
}

// toManifest lays c out as a manifest and its files.
func toManifest(c *Contents, created time.Time) (*manifest, files) {
	mf := &manifest{Format: Format, Version: Version, Created: created.UTC().Format(time.RFC3339),
		KitVersion: KitVersion, Customisations: []manifestOverlay{}, Modules: []manifestModule{},
		Sessions: c.Sessions, Participants: c.Participants, Results: c.Results, Appreciations: c.Appreciations}
	if mf.Sessions == nil {
		mf.Sessions = []*session.Session{}
	}
	fs := files{}
	for i := range c.Overlays {
		o := &c.Overlays[i]
		if o.Empty() {
			continue
		}
		mo := manifestOverlay{Module: o.Module, Lang: o.Lang, Part: o.Part, Edited: o.Edited, BaseHash: o.BaseHash,
			Hidden: o.Hidden, HiddenSections: o.HiddenSections, Notes: o.Notes, Updated: o.Updated}
		if o.Edited {
			mo.File = overlayFile(o, false)
			fs[mo.File] = o.Text
		}
		if o.BaseText != "" {
			mo.BaseFile = overlayFile(o, true)
			fs[mo.BaseFile] = o.BaseText
		}
		mf.Customisations = append(mf.Customisations, mo)
	}
	for _, m := range c.Modules {
		mm := manifestModule{UID: m.UID, Number: m.Number, Slug: m.Slug, Title: m.Title, Summary: m.Summary,
			DigComp: m.DigComp, Duration: m.Duration, Parts: map[string]string{}}
		for lang, parts := range m.Source {
			for p, text := range parts {
				f := moduleFile(m.UID, lang, p)
				mm.Parts[lang+"/"+p] = f
				fs[f] = text
			}
		}
		mf.Modules = append(mf.Modules, mm)
	}
	return mf, fs
}

// fromManifest builds the contents from a manifest; read returns the text
// of a file the manifest names.
func fromManifest(mf *manifest, read func(name string) (string, error)) (*Contents, error) {
	c := &Contents{Sessions: mf.Sessions, Participants: mf.Participants, Results: mf.Results,
		Appreciations: mf.Appreciations, KitVersion: mf.KitVersion}
	c.Created, _ = time.Parse(time.RFC3339, mf.Created) // informational: a bad date is no reason to refuse
	for i, mo := range mf.Customisations {
		o, err := overlayFrom(mo, read)
		if err != nil {
			return nil, within(err, "customisation %d (%s/%s/%s)", i+1, mo.Module, mo.Lang, mo.Part)
		}
		if !o.Empty() {
			c.Overlays = append(c.Overlays, o)
		}
	}
	for i, mm := range mf.Modules {
		m, err := moduleFrom(mm, read)
		if err != nil {
			return nil, within(err, "own module %d (%s)", i+1, mm.UID)
		}
		c.Modules = append(c.Modules, m)
	}
	return c, nil
}

func overlayFrom(mo manifestOverlay, read func(string) (string, error)) (course.Overlay, error) {
	o := course.Overlay{Module: mo.Module, Lang: mo.Lang, Part: mo.Part, Edited: mo.Edited, BaseHash: mo.BaseHash,
		Hidden: mo.Hidden, HiddenSections: mo.HiddenSections, Notes: mo.Notes, Updated: mo.Updated}
	if len(o.HiddenSections) == 0 {
		o.HiddenSections = nil
	}
	var err error
	if o.Edited {
		if mo.File == "" {
			return o, errors.New("edited, but no file holds the text")
		}
		if o.Text, err = read(mo.File); err != nil {
			return o, err
		}
	}
	if mo.BaseFile != "" {
		if o.BaseText, err = read(mo.BaseFile); err != nil {
			return o, err
		}
	}
	return o, nil
}

func moduleFrom(mm manifestModule, read func(string) (string, error)) (*course.Module, error) {
	m := &course.Module{UID: mm.UID, Number: mm.Number, Slug: mm.Slug, Title: mm.Title, Summary: mm.Summary,
		DigComp: mm.DigComp, Duration: mm.Duration, Source: map[string]map[string]string{}}
	if len(m.DigComp) == 0 {
		m.DigComp = nil
	}
	keys := make([]string, 0, len(mm.Parts))
	for k := range mm.Parts {
		keys = append(keys, k)
	}
	sort.Strings(keys) // the first error is the same every time
	for _, k := range keys {
		lang, part, ok := strings.Cut(k, "/")
		if !ok || !course.ValidLanguage(lang) || !course.ValidPart(part) {
			return nil, fmt.Errorf("part %q is not LANG/PART", k)
		}
		text, err := read(mm.Parts[k])
		if err != nil {
			return nil, err
		}
		if m.Source[lang] == nil {
			m.Source[lang] = map[string]string{}
		}
		m.Source[lang][part] = text
	}
	return m, nil
}
