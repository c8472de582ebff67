package main

import (
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/storage"
)

func loadLibrary() (*course.Library, error) {
	lib, err := course.Load(assets.Course())
	if err != nil {
		return nil, fmt.Errorf("load the bundled course content: %w", err)
	}
	return lib, nil
}

// loadCustomised is the library the trainer sees in the app: the bundled
// modules with the customisations stored in db, and the own modules.
func loadCustomised(db *storage.DB) (*course.Library, error) {
	lib, err := loadLibrary()
	if err != nil {
		return nil, err
	}
	custom, err := db.Library(lib)
	if err != nil {
		return nil, fmt.Errorf("read your customisations: %w", err)
	}
	return custom, nil
}

// clearUnknownCustomisations deletes the customisations an earlier kit
// imported for modules that exist neither bundled nor among the own
// modules of lib: nothing shows them and nothing could remove them. A
// failure is printed; they stay, unseen, until the next start.
func clearUnknownCustomisations(db *storage.DB, lib *course.Library) {
	keys, err := db.UnknownCustomisations(lib)
	if err == nil && len(keys) > 0 {
		err = db.DeleteCustomisations(keys)
	}
	if err != nil {
		fmt.Fprintln(stderr, "trainerkit:", err)
	}
}

// parseModules: trainerkit modules prints one line per module: NN slug title.
func parseModules(args []string) action {
	f := newFlags("modules")
	lang := f.String("lang", "en", "content language: fr, en, it or es")
	if !parseFlags(f, args) {
		return nil
	}
	if !course.ValidLanguage(*lang) {
		fmt.Fprintf(stderr, "trainerkit modules: unknown language %q (fr, en, it or es)\n", *lang)
		return nil
	}
	return func(data) int {
		lib, err := loadLibrary()
		if err != nil {
			return fail(err)
		}
		for _, m := range lib.Modules {
			fmt.Fprintf(stdout, "%02d %s %s\n", m.Number, m.Slug, m.TitleIn(*lang))
		}
		return 0
	}
}

// parseValidate: trainerkit validate checks the content and lists each problem.
func parseValidate(args []string) action {
	f := newFlags("validate")
	only := f.String("modules", "", "check only these modules, e.g. 1,2,5-8 (default: all 20)")
	dir := f.String("dir", "", "check a content folder on disk instead of the bundled one")
	draft := f.String("draft", "", "modules still being written: their deck and quiz may be missing")
	if !parseFlags(f, args) {
		return nil
	}
	nums, err := parseModuleList(*only)
	if err != nil {
		fmt.Fprintln(stderr, "trainerkit validate:", err)
		return nil
	}
	drafts, err := parseModuleList(*draft)
	if err != nil {
		fmt.Fprintln(stderr, "trainerkit validate:", err)
		return nil
	}
	return func(data) int {
		var fsys fs.FS = assets.Course()
		if *dir != "" {
			if st, err := os.Stat(*dir); err != nil || !st.IsDir() {
				fmt.Fprintf(stderr, "trainerkit validate: %s is not a folder\n", *dir)
				return 1
			}
			fsys = os.DirFS(*dir)
		}
		problems := course.ValidateDrafts(fsys, nums, drafts)
		for _, p := range problems {
			fmt.Fprintln(stdout, p)
		}
		checked := len(nums)
		if checked == 0 {
			checked = len(course.Catalogue)
		}
		if len(problems) > 0 {
			fmt.Fprintf(stderr, "%d problem(s) in %d module(s) checked\n", len(problems), checked)
			return 1
		}
		fmt.Fprintf(stdout, "content complete: %d module(s), 5 parts, 4 languages each\n", checked)
		return 0
	}
}

// parseModuleList reads "1,2,5-8" into module numbers within 1 to 20.
func parseModuleList(s string) ([]int, error) {
	var out []int
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	for _, item := range strings.Split(s, ",") {
		lo, hi, isRange := strings.Cut(strings.TrimSpace(item), "-")
		a, err := strconv.Atoi(lo)
		b := a
		if err == nil && isRange {
			b, err = strconv.Atoi(hi)
		}
		// Own modules are numbered from course.FirstOwnNumber; whether one
		// exists is checked against the library later.
		inRange := func(n int) bool { return n >= 1 && (n <= len(course.Catalogue) || n >= course.FirstOwnNumber) }
		if err != nil || !inRange(a) || !inRange(b) || a > b || b-a > 100 {
			return nil, fmt.Errorf("%q is not a module number or range within 1-%d (or %d and over for your own modules)", item, len(course.Catalogue), course.FirstOwnNumber)
		}
		for n := a; n <= b; n++ {
			out = append(out, n)
		}
	}
	return out, nil
}

// parsePresent: trainerkit present opens the app straight into projector
// mode on a part.
func parsePresent(args []string) action {
	f := newFlags("present")
	module := f.Int("module", 1, "module number")
	part := f.String("part", course.Theory, "part: theory, case, toolbox, reference or guide")
	lang := f.String("lang", "fr", "content language")
	id := f.String("session", "", "a session's id: present its agenda")
	if !parseFlags(f, args) {
		return nil
	}
	if *id != "" {
		return func(d data) int { return runAppWith(d.dir, &presentRequest{session: *id}, "") }
	}
	if !course.ValidPart(*part) || !course.ValidLanguage(*lang) || *module < 1 || *module > len(course.Catalogue) {
		fmt.Fprintf(stderr, "trainerkit present: unknown module, part or language\n\n%s", usage)
		return nil
	}
	return func(d data) int {
		return runAppWith(d.dir, &presentRequest{module: *module, part: *part, lang: *lang}, "")
	}
}
