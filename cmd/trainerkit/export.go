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
	"github.com/socialtech/trainerkit/storage"
)

// exportCommands prints PDFs: a module handout prints the trainer's
// customised text when there is a data file, else the bundled content; the
// session documents read the session from the data file.
func exportCommands(dataDir string, args []string) int {
	name, rest, ok := subcommand("export", args)
	if !ok {
		return 2
	}
	switch name {
	case "module":
		return exportModule(dataDir, rest)
	case "handout", "guide", "attendance", "certificates":
		// Check the flags before opening the data file, which another
		// copy of the kit may hold.
		if _, _, ok := sessionExportFlags(name, rest); !ok {
			return 2
		}
		return withDB(dataDir, rest, func(db *storage.DB, args []string) int { return exportSession(db, name, args) })
	}
	return unknownSub("export", name)
}

// paperFlag adds --paper to f.
func paperFlag(f *flag.FlagSet) *string {
	return f.String("paper", "a4", "paper size: a4 or letter")
}

// exportUsage reports a usage error of an export command: exit code 2.
func exportUsage(name string, err error) int {
	fmt.Fprintf(stderr, "trainerkit export %s: %v\n\n%s", name, err, usage)
	return 2
}

// moduleLibrary is the library a module handout prints from: the one the
// trainer sees in the app (customised parts, own modules) when the data
// folder holds a data file, else the bundled content. A handout needs no
// data folder, and none is created for it.
func moduleLibrary(dataDir string) (*course.Library, error) {
	dir, err := dataFolder(dataDir)
	if err != nil {
		return loadLibrary() // no folder to look in: nothing customised
	}
	if _, err := os.Stat(filepath.Join(dir, storage.FileName)); errors.Is(err, fs.ErrNotExist) {
		return loadLibrary()
	} else if err != nil {
		return nil, fmt.Errorf("read your customisations in %s: %w", dir, err)
	}
	// Printing the bundled text instead would show participants what the
	// trainer hid: refuse rather than guess when the file cannot be read.
	db, err := storage.Open(dir)
	if err != nil {
		return nil, fmt.Errorf("read your customisations: %w", err)
	}
	defer db.Close()
	return loadCustomised(db)
}

// moduleInRange reports whether n can name a module: one of the catalogue,
// or an own module (numbered from course.FirstOwnNumber).
func moduleInRange(n int) bool {
	return n >= 1 && (n <= len(course.Catalogue) || n >= course.FirstOwnNumber)
}

func exportModule(dataDir string, args []string) int {
	f := newFlags("export module")
	module := f.Int("module", 0, "module number")
	lang := f.String("lang", "en", "content language: fr, en, it or es")
	partsFlag := f.String("parts", "", "parts, comma-separated (default: theory,case,toolbox,reference)")
	out := f.String("out", "", "PDF file to write")
	paperName := paperFlag(f)
	if !parseFlags(f, args) {
		return 2
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
	}
	for _, p := range parts {
		if err == nil && !course.ValidPart(p) {
			err = fmt.Errorf("unknown part %q (theory, case, toolbox, reference or guide)", p)
		}
	}
	if err != nil {
		return exportUsage("module", err)
	}
	lib, err := moduleLibrary(dataDir)
	if err != nil {
		return fail(fmt.Errorf("export module %d: %w", *module, err))
	}
	if err := kit.ExportModule(*out, lib, *module, *lang, parts, paper); err != nil {
		return fail(err)
	}
	fmt.Fprintln(stdout, "wrote", *out)
	return 0
}

// sessionExportFlags parses the flags every session document takes.
func sessionExportFlags(name string, args []string) (id, out string, ok bool) {
	f, idFlag, outFlag, paperName := sessionFlagSet(name)
	if !parseFlags(f, args) {
		return "", "", false
	}
	if _, err := pdf.ParsePaper(*paperName); err != nil {
		exportUsage(name, err)
		return "", "", false
	}
	if *idFlag == "" || *outFlag == "" {
		exportUsage(name, fmt.Errorf("give --session ID and --out F.pdf"))
		return "", "", false
	}
	return *idFlag, *outFlag, true
}

func sessionFlagSet(name string) (*flag.FlagSet, *string, *string, *string) {
	f := newFlags("export " + name)
	id := f.String("session", "", "session id")
	out := f.String("out", "", "PDF file to write")
	return f, id, out, paperFlag(f)
}

func exportSession(db *storage.DB, name string, args []string) int {
	f, idFlag, outFlag, paperName := sessionFlagSet(name)
	if err := f.Parse(args); err != nil {
		return exportUsage(name, err)
	}
	id, out := *idFlag, *outFlag
	paper, _ := pdf.ParsePaper(*paperName)
	doc, _ := kit.ParseDoc(name)
	var lib *course.Library
	if doc.NeedsLibrary() {
		var err error
		if lib, err = loadCustomised(db); err != nil {
			return fail(err)
		}
	}
	if err := kit.ExportSession(out, doc, lib, db, id, paper); err != nil {
		return fail(err)
	}
	fmt.Fprintln(stdout, "wrote", out)
	return 0
}
