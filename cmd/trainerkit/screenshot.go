//go:build !release

package main

import (
	"fmt"
	"image"
	"image/png"
	"io"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/ui"
)

// Screenshots draw the window with Fyne's test driver and software
// renderer. They are for developers and the checks (go run ./cmd/trainerkit
// screenshot …, make screenshots): a release build (-tags release) leaves
// this file, and the test driver, out; screenshot_release.go says so.

// parseScreenshot: trainerkit screenshot draws the main window into a PNG.
func parseScreenshot(args []string) action {
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
	tab := f.String("tab", "details", "with --view sessions: details, agenda, participants, attendance, evaluation or appreciation")
	slide := f.Int("slide", 0, "draw slide K of the part as the projector shows it")
	quiz := f.Bool("quiz", false, "with --slide K: slide K of the module's quiz on the projector")
	dlg := f.String("dialog", "", "open a dialog over the window: "+strings.Join(ui.ScreenshotDialogs, ", "))
	file := f.String("file", "", "with --dialog import-pack: the pack to preview")
	query := f.String("search", "", "open the best result of this search in the module's part, its words highlighted")
	compare := f.String("compare", "", "show the part beside this second language (fr, en, it, es)")
	if !parseFlags(f, args) {
		return nil
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
	case *compare != "" && !course.ValidLanguage(*compare):
		err = fmt.Errorf("--compare is fr, en, it or es")
	}
	if err != nil {
		fmt.Fprintln(stderr, "trainerkit screenshot:", err)
		return nil
	}
	o := ui.ScreenshotOptions{Module: *module, Part: *part, Lang: *lang, UILang: *uiLang, Theme: *th,
		Size: fyne.NewSize(float32(w), float32(h)), View: *view, Session: *sess, Tab: *tab, Slide: *slide, Quiz: *quiz,
		Dialog: *dlg, File: *file, Search: *query, Compare: *compare}
	return func(d data) int {
		lib, err := loadLibrary()
		if err != nil {
			return fail(err)
		}
		// The data file shows the sessions, the own modules and customisations.
		if *view == "sessions" || *dlg != "" || d.dir != "" {
			db, err := openData(d.dir)
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
			return fail(err)
		}
		return 0
	}
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
	return datafile.WriteFileAtomic(path, func(w io.Writer) error { return png.Encode(w, img) })
}
