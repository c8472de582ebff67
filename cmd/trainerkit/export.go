package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/pdf"
	"github.com/socialtech/trainerkit/locales"
	"github.com/socialtech/trainerkit/storage"
)

// paperFlag adds --paper to f.
func paperFlag(f *flag.FlagSet) *string {
	return f.String("paper", "a4", "paper size: a4 or letter")
}

// exportUsage reports a usage error of an export command (exit code 2).
func exportUsage(name string, err error) {
	fmt.Fprintf(stderr, "trainerkit export %s: %v\n\n%s", name, err, usage)
}

// moduleLibrary is the library a module handout prints from: the one the
// trainer sees in the app (customised parts, own modules) when the data
// folder holds a data file, else the bundled content; with it the
// organisation profile (none without a data file). A handout needs no data
// folder, and none is created for it.
func moduleLibrary(dataDir string) (*course.Library, *course.Org, error) {
	dir, err := dataFolder(dataDir)
	if err != nil {
		lib, err := loadLibrary() // no folder to look in: nothing customised
		return lib, nil, err
	}
	if _, err := os.Stat(filepath.Join(dir, storage.FileName)); errors.Is(err, fs.ErrNotExist) {
		lib, err := loadLibrary()
		return lib, nil, err
	} else if err != nil {
		return nil, nil, fmt.Errorf("read your customisations in %s: %w", dir, err)
	}
	// Printing the bundled text instead would show participants what the
	// trainer hid: refuse rather than guess when the file cannot be read.
	db, err := storage.Open(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("read your customisations: %w", err)
	}
	defer db.Close()
	lib, err := loadCustomised(db)
	if err != nil {
		return nil, nil, err
	}
	org, err := db.Org()
	if err != nil {
		return nil, nil, err
	}
	return lib, &org, nil
}

// printReport prints what an export found worth telling, after "wrote F":
// each name printed otherwise than typed, who got no certificate.
func printReport(rep kit.ExportReport) {
	for _, line := range rep.Lines(locales.New("en")) {
		fmt.Fprintln(stderr, "warning:", line)
	}
}

// moduleInRange reports whether n can name a module: one of the catalogue,
// or an own module (numbered from course.FirstOwnNumber).
func moduleInRange(n int) bool {
	return n >= 1 && (n <= len(course.Catalogue) || n >= course.FirstOwnNumber)
}

// parseExportModule: trainerkit export module prints a module handout: the
// trainer's customised text when there is a data file, else the bundled
// content.
func parseExportModule(args []string) action {
	f := newFlags("export module")
	module := f.Int("module", 0, "module number")
	lang := f.String("lang", "en", "content language: fr, en, it or es")
	partsFlag := f.String("parts", "", "parts, comma-separated (default: theory,case,toolbox,reference)")
	out := f.String("out", "", "PDF file to write")
	body := f.String("org", "", "training body named in the footer")
	section := f.String("section", "", "print only the section under this heading (of the one part in --parts)")
	paperName := paperFlag(f)
	if !parseFlags(f, args) {
		return nil
	}
	var parts []string
	for _, p := range strings.Split(*partsFlag, ",") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	paper, err := pdf.ParsePaper(*paperName)
	switch {
	case err != nil:
	case *out == "":
		err = fmt.Errorf("--out F.pdf is required")
	case !moduleInRange(*module):
		err = fmt.Errorf("--module N is required, from 1 to %d (or %d and over for your own modules)", len(course.Catalogue), course.FirstOwnNumber)
	case !course.ValidLanguage(*lang):
		err = fmt.Errorf("unknown language %q (fr, en, it or es)", *lang)
	case *section != "" && len(parts) != 1:
		err = fmt.Errorf("--section HEADING needs the one part it is in: --parts toolbox, say")
	}
	for _, p := range parts {
		if err == nil && !course.ValidPart(p) {
			err = fmt.Errorf("unknown part %q (theory, case, toolbox, reference, guide, slides or quiz)", p)
		}
	}
	if err != nil {
		exportUsage("module", err)
		return nil
	}
	return func(d data) int {
		lib, org, err := moduleLibrary(d.dir)
		if err != nil {
			return fail(fmt.Errorf("export module %d: %w", *module, err))
		}
		p := kit.Print{Paper: paper, Org: org, Body: strings.TrimSpace(*body)}
		var rep kit.ExportReport
		if *section != "" {
			rep, err = kit.ExportSection(*out, lib, *module, *lang, parts[0], *section, p)
		} else {
			rep, err = kit.ExportModule(*out, lib, *module, *lang, parts, p)
		}
		if err != nil {
			if *section != "" && kit.ProblemOf(err) == kit.NothingToPrint {
				return fail(fmt.Errorf("%w\nthe part's headings are:\n  %s", err,
					strings.Join(kit.Sections(lib.Module(*module), *lang, parts[0]), "\n  ")))
			}
			return fail(err)
		}
		fmt.Fprintln(stdout, "wrote", *out)
		printReport(rep)
		return 0
	}
}

// parseExportSession: trainerkit export handout|guide|attendance|certificates
// prints one of a session's documents (kit.ExportSession); the session is
// read from the data file.
func parseExportSession(name string) func(args []string) action {
	return func(args []string) action {
		f := newFlags("export " + name)
		id := f.String("session", "", "session id")
		out := f.String("out", "", "PDF file to write")
		paperName := paperFlag(f)
		all := new(bool)
		if name == "certificates" {
			all = f.Bool("all-participants", false, "a certificate for every participant, even those who attended nothing")
		}
		if !parseFlags(f, args) {
			return nil
		}
		paper, err := pdf.ParsePaper(*paperName)
		if err == nil && (*id == "" || *out == "") {
			err = fmt.Errorf("give --session ID and --out F.pdf")
		}
		if err != nil {
			exportUsage(name, err)
			return nil
		}
		doc, _ := kit.ParseDoc(name)
		return func(d data) int {
			var lib *course.Library
			if doc.NeedsLibrary() {
				if lib, err = loadCustomised(d.db); err != nil {
					return fail(err)
				}
			}
			org, err := d.db.Org()
			if err != nil {
				return fail(err)
			}
			rep, err := kit.ExportSession(*out, doc, lib, d.db, *id, kit.Print{Paper: paper, Org: &org, AllParticipants: *all})
			if kit.ProblemOf(err) == kit.NobodyAttended {
				return fail(fmt.Errorf("%w\nrecord the attendance first (trainerkit attendance set), or add --all-participants", err))
			} else if err != nil {
				return fail(err)
			}
			fmt.Fprintln(stdout, "wrote", *out)
			printReport(rep)
			return 0
		}
	}
}
