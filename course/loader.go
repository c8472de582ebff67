package course

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"

	"github.com/BurntSushi/toml"
)

// Library is the set of modules loaded from a content folder.
type Library struct {
	Modules []*Module
}

// Module returns the module with the given number, or nil.
func (l *Library) Module(number int) *Module {
	for _, m := range l.Modules {
		if m.Number == number {
			return m
		}
	}
	return nil
}

// dirPattern matches a module folder name: two digits, a dash, a slug.
var dirPattern = regexp.MustCompile(`^(\d\d)-([a-z0-9]+(?:-[a-z0-9]+)*)$`)

// moduleFile is the shape of module.toml.
type moduleFile struct {
	Number   int               `toml:"number"`
	Slug     string            `toml:"slug"`
	DigComp  []string          `toml:"digcomp"`
	Duration int               `toml:"duration"`
	Title    map[string]string `toml:"title"`
	Summary  map[string]string `toml:"summary"`
}

// Load reads every module folder (NN-slug) at the root of fsys. A part file
// that is missing loads as empty text: the validator, not the loader, says
// what is incomplete, so that the app still opens with partial content.
func Load(fsys fs.FS) (*Library, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("read course folder: %w", err)
	}
	lib := &Library{}
	for _, e := range entries {
		if !e.IsDir() || !dirPattern.MatchString(e.Name()) {
			continue
		}
		// A folder without module.toml is not a module yet (the validator
		// says so); a module.toml that does not parse is an error.
		if _, err := fs.Stat(fsys, path.Join(e.Name(), "module.toml")); err != nil {
			continue
		}
		m, err := LoadModule(fsys, e.Name())
		if err != nil {
			return nil, err
		}
		lib.Modules = append(lib.Modules, m)
	}
	sort.Slice(lib.Modules, func(i, j int) bool { return lib.Modules[i].Number < lib.Modules[j].Number })
	return lib, nil
}

// LoadModule reads one module folder: its module.toml and the parts present.
func LoadModule(fsys fs.FS, dir string) (*Module, error) {
	mf, err := ParseModuleTOML(fsys, path.Join(dir, "module.toml"))
	if err != nil {
		return nil, err
	}
	m := &Module{
		Number: mf.Number, Slug: mf.Slug, DigComp: mf.DigComp, Duration: mf.Duration,
		Title: mf.Title, Summary: mf.Summary, Source: map[string]map[string]string{},
	}
	if m.Number == 0 {
		// Fall back on the folder name so a module always has a place in the list.
		sub := dirPattern.FindStringSubmatch(dir)
		m.Number, _ = strconv.Atoi(sub[1])
	}
	for _, lang := range Languages {
		m.Source[lang] = map[string]string{}
		for _, part := range AllParts {
			b, err := fs.ReadFile(fsys, path.Join(dir, lang, part+".md"))
			if err != nil {
				continue
			}
			m.Source[lang][part] = string(b)
		}
	}
	return m, nil
}

// ParseModuleTOML reads and decodes a module.toml file.
func ParseModuleTOML(fsys fs.FS, name string) (*moduleFile, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return decodeModuleTOML(name, b)
}

func decodeModuleTOML(name string, b []byte) (*moduleFile, error) {
	var mf moduleFile
	if _, err := toml.Decode(string(b), &mf); err != nil {
		return nil, fmt.Errorf("parse %s: %w", name, err)
	}
	if mf.Title == nil {
		mf.Title = map[string]string{}
	}
	if mf.Summary == nil {
		mf.Summary = map[string]string{}
	}
	return &mf, nil
}
