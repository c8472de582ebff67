package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/socialtech/trainerkit/course/pack"
	"github.com/socialtech/trainerkit/storage"
)

// stdin is where "pack import" reads the answer to "Replace?"; tests replace it.
var stdin io.Reader = os.Stdin

func init() { pack.KitVersion = version }

func packCommands(db *storage.DB, args []string) int {
	name, rest, ok := subcommand("pack", args)
	if !ok {
		return 2
	}
	switch name {
	case "export":
		return packExport(db, rest)
	case "import":
		return packImport(db, rest)
	}
	return unknownSub("pack", name)
}

// packExport writes the chosen session plans and customisations into a pack.
func packExport(db *storage.DB, args []string) int {
	f := newFlags("pack export")
	out := f.String("out", "", "pack file to write (.stkpack)")
	all := f.Bool("all-customisations", false, "every customisation and every own module")
	people := f.Bool("participants", false, "include the participants of the sessions (personal data)")
	var sessions listFlag
	f.Var(&sessions, "session", "session id (repeatable)")
	if !parseFlags(f, args) {
		return 2
	}
	if *out == "" || (len(sessions) == 0 && !*all) {
		fmt.Fprintf(stderr, "trainerkit pack export: give --out F%s and --session ID or --all-customisations\n\n%s", pack.Extension, usage)
		return 2
	}
	c, err := db.PackContents(storage.PackSelection{AllCustomisations: *all, Sessions: sessions, Participants: *people})
	if err != nil {
		return fail(err)
	}
	if len(c.Participants) > 0 {
		fmt.Fprintf(stderr, "warning: %s holds participants' names and emails: personal data; share it only with who may see them\n", *out)
	}
	if err := storage.WritePackFile(*out, c); err != nil {
		return fail(err)
	}
	for _, line := range describe(c) {
		fmt.Fprintln(stdout, line)
	}
	fmt.Fprintf(stdout, "wrote %s\n", *out)
	return 0
}

// describe lists what a pack holds, one line each.
func describe(c *pack.Contents) []string {
	var out []string
	for _, o := range c.Overlays {
		out = append(out, "customisation "+o.Key())
	}
	for _, m := range c.Modules {
		out = append(out, fmt.Sprintf("module %d %s %s", m.Number, m.UID, m.TitleIn("en")))
	}
	for _, s := range c.Sessions {
		out = append(out, fmt.Sprintf("session %s %s %s", s.ID, s.Start, s.Title))
		if ps := c.Participants[s.ID]; len(ps) > 0 {
			out = append(out, fmt.Sprintf("participants %d of session %s", len(ps), s.ID))
		}
	}
	return out
}

// packImport reads a pack, shows what it adds and replaces, asks before
// replacing anything (unless --yes), and imports it in one transaction.
func packImport(db *storage.DB, args []string) int {
	f := newFlags("pack import")
	yes := f.Bool("yes", false, "replace what the pack replaces without asking")
	// The file may come before or after the flags.
	var file string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		file, args = args[0], args[1:]
	}
	if err := f.Parse(args); err != nil {
		fmt.Fprintf(stderr, "trainerkit pack import: %v\n\n%s", err, usage)
		return 2
	}
	if file == "" && f.NArg() == 1 {
		file = f.Arg(0)
	} else if f.NArg() > 0 || file == "" {
		fmt.Fprintf(stderr, "trainerkit pack import: give one F%s\n\n%s", pack.Extension, usage)
		return 2
	}
	c, err := pack.ReadFile(file)
	if err != nil {
		fmt.Fprintf(stderr, "trainerkit: %v\n%s\nnothing was imported\n", err, packAdvice(err))
		return 1
	}
	items, err := db.PreviewImport(c, nil)
	if err != nil {
		return fail(err)
	}
	if len(items) == 0 {
		fmt.Fprintln(stdout, "the pack is empty: nothing to import")
		return 0
	}
	replaces := printPreview(items)
	if replaces > 0 && !*yes && !confirm(fmt.Sprintf("Replace %d item(s)? [y/N] ", replaces)) {
		fmt.Fprintln(stderr, "nothing was imported (run again with --yes to replace without asking)")
		return 1
	}
	if err := db.Import(c, nil); err != nil {
		return fail(err)
	}
	fmt.Fprintf(stdout, "imported %d item(s) from %s\n", len(items), file)
	return 0
}

// printPreview prints each item as "adds" or "replaces" and returns how
// many replace something.
func printPreview(items []storage.ImportItem) int {
	n := 0
	for _, it := range items {
		verb := "adds    "
		if it.Overwrite {
			verb = "replaces"
			n++
		}
		fmt.Fprintf(stdout, "%s %-13s %s\n", verb, it.Kind, it.Title)
	}
	return n
}

// confirm asks on stdout and reads one answer from stdin: only y or yes
// (any case) is a yes; no answer at all is a no.
func confirm(question string) bool {
	fmt.Fprint(stdout, question)
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && line == "" {
		fmt.Fprintln(stdout)
		return false
	}
	a := strings.ToLower(strings.TrimSpace(line))
	return a == "y" || a == "yes"
}

// packAdvice says in plain words what to do about a pack Read refused.
func packAdvice(err error) string {
	switch {
	case errors.Is(err, pack.ErrVersion):
		return "The pack was made by a newer version of the Trainer Kit: update the kit, or ask for a pack made with your version."
	case errors.Is(err, pack.ErrNotPack):
		return "Choose a .stkpack file exported from the Trainer Kit."
	case errors.Is(err, pack.ErrTooBig):
		return "The pack is larger than any pack the kit makes: it may be damaged or not come from the kit."
	case errors.Is(err, pack.ErrUnsafePath), errors.Is(err, pack.ErrBroken):
		return "The pack is damaged or was not made by the Trainer Kit: ask its author for a new copy."
	}
	return "The pack could not be read."
}
