package main

import (
	"flag"
	"fmt"
	"image"
	"image/png"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/storage"
	"github.com/socialtech/trainerkit/ui"
)

// newFlags is a flag set that reports errors instead of exiting.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("trainerkit "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseFlags parses args; a bad flag or a stray argument prints the usage
// on stderr and returns false.
func parseFlags(f *flag.FlagSet, args []string) bool {
	if err := f.Parse(args); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n\n%s", f.Name(), err, usage)
		return false
	}
	if f.NArg() > 0 {
		fmt.Fprintf(stderr, "%s: unexpected argument %q\n\n%s", f.Name(), f.Arg(0), usage)
		return false
	}
	return true
}

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

// cmdModules prints one line per module: NN slug title.
func cmdModules(args []string) int {
	f := newFlags("modules")
	lang := f.String("lang", "en", "content language: fr, en, it or es")
	if !parseFlags(f, args) {
		return 2
	}
	if !course.ValidLanguage(*lang) {
		fmt.Fprintf(stderr, "trainerkit modules: unknown language %q (fr, en, it or es)\n", *lang)
		return 2
	}
	lib, err := loadLibrary()
	if err != nil {
		fmt.Fprintln(stderr, "trainerkit:", err)
		return 1
	}
	for _, m := range lib.Modules {
		fmt.Fprintf(stdout, "%02d %s %s\n", m.Number, m.Slug, m.TitleIn(*lang))
	}
	return 0
}

// cmdValidate checks the content and lists each problem.
func cmdValidate(args []string) int {
	f := newFlags("validate")
	only := f.String("modules", "", "check only these modules, e.g. 1,2,5-8 (default: all 20)")
	dir := f.String("dir", "", "check a content folder on disk instead of the bundled one")
	if !parseFlags(f, args) {
		return 2
	}
	nums, err := parseModuleList(*only)
	if err != nil {
		fmt.Fprintln(stderr, "trainerkit validate:", err)
		return 2
	}
	var fsys fs.FS = assets.Course()
	if *dir != "" {
		if st, err := os.Stat(*dir); err != nil || !st.IsDir() {
			fmt.Fprintf(stderr, "trainerkit validate: %s is not a folder\n", *dir)
			return 1
		}
		fsys = os.DirFS(*dir)
	}
	problems := course.Validate(fsys, nums)
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

// cmdScreenshot draws the main window into a PNG with the software renderer.
func cmdScreenshot(dataDir string, args []string) int {
	f := newFlags("screenshot")
	out := f.String("out", "", "PNG file to write")
	module := f.Int("module", 1, "module number")
	part := f.String("part", course.Theory, "part: theory, case, toolbox, reference or guide")
	lang := f.String("lang", "en", "content language")
	uiLang := f.String("ui-lang", "en", "interface language")
	size := f.String("size", "1280x800", "window size, WIDTHxHEIGHT")
	th := f.String("theme", ui.ThemeLight, "light or dark")
	view := f.String("view", "modules", "modules or sessions")
	sess := f.String("session", "", "with --view sessions: the session to open")
	tab := f.String("tab", "details", "with --view sessions: details, agenda, participants or attendance")
	slide := f.Int("slide", 0, "draw slide K of the part as the projector shows it")
	dlg := f.String("dialog", "", "open a dialog over the window: "+strings.Join(ui.ScreenshotDialogs, ", "))
	file := f.String("file", "", "with --dialog import-pack: the pack to preview")
	if !parseFlags(f, args) {
		return 2
	}
	w, h, err := parseSize(*size)
	switch {
	case *out == "":
		err = fmt.Errorf("--out F.png is required")
	case !course.ValidPart(*part):
		err = fmt.Errorf("unknown part %q", *part)
	case !course.ValidLanguage(*lang) || !course.ValidLanguage(*uiLang):
		err = fmt.Errorf("languages are fr, en, it or es")
	case *th != ui.ThemeLight && *th != ui.ThemeDark:
		err = fmt.Errorf("--theme is light or dark")
	case *view != "modules" && *view != "sessions":
		err = fmt.Errorf("--view is modules or sessions")
	}
	if err != nil {
		fmt.Fprintln(stderr, "trainerkit screenshot:", err)
		return 2
	}
	lib, err := loadLibrary()
	if err != nil {
		fmt.Fprintln(stderr, "trainerkit:", err)
		return 1
	}
	o := ui.ScreenshotOptions{Module: *module, Part: *part, Lang: *lang, UILang: *uiLang, Theme: *th,
		Size: fyne.NewSize(float32(w), float32(h)), View: *view, Session: *sess, Tab: *tab, Slide: *slide,
		Dialog: *dlg, File: *file}
	// The data file shows the sessions, the own modules and customisations.
	if *view == "sessions" || *dlg != "" || dataDir != "" {
		dir := dataDir
		if dir == "" {
			if dir, err = storage.DefaultDir(); err != nil {
				return fail(err)
			}
		}
		db, err := storage.Open(dir)
		if err != nil {
			return fail(err)
		}
		defer db.Close()
		o.Store = db
		if lib, err = loadCustomised(db); err != nil {
			return fail(err)
		}
	}
	img, err := ui.Screenshot(lib, o)
	if err == nil {
		err = writePNG(*out, img)
	}
	if err != nil {
		fmt.Fprintln(stderr, "trainerkit:", err)
		return 1
	}
	return 0
}

func parseSize(s string) (int, int, error) {
	ws, hs, ok := strings.Cut(strings.ToLower(s), "x")
	w, errW := strconv.Atoi(ws)
	h, errH := strconv.Atoi(hs)
	if !ok || errW != nil || errH != nil || w < 320 || h < 240 || w > 7680 || h > 4320 {
		return 0, 0, fmt.Errorf("size %q is not WIDTHxHEIGHT (e.g. 1280x800)", s)
	}
	return w, h, nil
}

// writePNG encodes img through a temporary file renamed into place.
func writePNG(path string, img image.Image) error {
	return storage.WriteFileAtomic(path, func(w io.Writer) error { return png.Encode(w, img) })
}

// cmdPresent opens the app straight into projector mode on a part.
func cmdPresent(dataDir string, args []string) int {
	f := newFlags("present")
	module := f.Int("module", 1, "module number")
	part := f.String("part", course.Theory, "part: theory, case, toolbox, reference or guide")
	lang := f.String("lang", "fr", "content language")
	if !parseFlags(f, args) {
		return 2
	}
	if !course.ValidPart(*part) || !course.ValidLanguage(*lang) || *module < 1 || *module > len(course.Catalogue) {
		fmt.Fprintf(stderr, "trainerkit present: unknown module, part or language\n\n%s", usage)
		return 2
	}
	return runAppWith(dataDir, &presentRequest{module: *module, part: *part, lang: *lang}, "")
}
