package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/pack"
	"github.com/socialtech/trainerkit/storage"
)

// stdin is where "pack import" reads the answer to "Replace?"; tests replace it.
var stdin io.Reader = os.Stdin

func init() { pack.KitVersion = version }

// packExport writes the chosen session plans and customisations into a pack.
func parsePackExport(args []string) action {
	f := newFlags("pack export")
	out := f.String("out", "", "pack file to write (.stkpack)")
	all := f.Bool("all-customisations", false, "every customisation and every own module")
	people := f.Bool("participants", false, "include the participants of the sessions (personal data)")
	var sessions listFlag
	f.Var(&sessions, "session", "session id (repeatable)")
	if !parseFlags(f, args) {
		return nil
	}
	if *out == "" || (len(sessions) == 0 && !*all) {
		fmt.Fprintf(stderr, "trainerkit pack export: give --out F%s and --session ID or --all-customisations\n\n%s", pack.Extension, usage)
		return nil
	}
	sel := pack.Selection{AllCustomisations: *all, Sessions: sessions, Participants: *people}
	return func(d data) int { return packExport(d.db, *out, sel) }
}

func packExport(db *storage.DB, out string, sel pack.Selection) int {
	c, err := kit.ExportPack(out, db, sel)
	if c != nil && len(c.Participants) > 0 {
		fmt.Fprintf(stderr, "warning: %s holds participants' names and emails: personal data; share it only with who may see them\n", out)
	}
	if err != nil {
		return fail(err)
	}
	for _, line := range describe(c) {
		fmt.Fprintln(stdout, line)
	}
	fmt.Fprintf(stdout, "wrote %s\n", out)
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
func parsePackImport(args []string) action {
	f := newFlags("pack import")
	yes := f.Bool("yes", false, "replace what the pack replaces without asking")
	// The file may come before or after the flags.
	file, ok := parseWithFile(f, args, "give one F"+pack.Extension)
	if !ok {
		return nil
	}
	return func(d data) int { return packImport(d.db, file, *yes) }
}

func packImport(db *storage.DB, file string, yes bool) int {
	// The library the trainer sees: a customisation of a module it does
	// not hold is left out, not stored where nothing shows it.
	lib, err := loadCustomised(db)
	if err != nil {
		return fail(err)
	}
	pi, err := kit.ReadPack(file, db, lib)
	if err != nil {
		fmt.Fprintf(stderr, "trainerkit: %v\n%s\nnothing was imported\n", err, packAdvice[kit.PackErrorKey(err)])
		return 1
	}
	pv := pi.Preview(cliTr())
	if len(pv.Apply) == 0 && len(pv.Skip) == 0 {
		fmt.Fprintln(stdout, "the pack is empty: nothing to import")
		return 0
	}
	replaces := printPreview(pv)
	if len(pv.Apply) == 0 {
		fmt.Fprintln(stdout, "nothing else to import")
		return 0
	}
	if (replaces > 0 || len(pv.Drops) > 0) && !yes && !confirm(fmt.Sprintf("Replace %d item(s)? [y/N] ", replaces)) {
		fmt.Fprintln(stderr, "nothing was imported (run again with --yes to replace without asking)")
		return 1
	}
	if err := pi.Apply(db); err != nil {
		if key := kit.PackErrorKey(err); key != "" {
			fmt.Fprintf(stderr, "trainerkit: %v\n%s\nnothing was imported\n", err, packAdvice[key])
			return 1
		}
		return fail(err)
	}
	fmt.Fprintf(stdout, "imported %d item(s) from %s\n", len(pv.Apply), file)
	return 0
}

// printPreview prints each item imported as "adds" or "replaces", the
// sessions that lose attendance marks, then the items left out under
// their heading; it returns how many replace something.
func printPreview(pv kit.PackPreview) int {
	tr := cliTr()
	n := 0
	for _, it := range pv.Apply {
		verb := "adds    "
		if it.Overwrite {
			verb = "replaces"
			n++
		}
		fmt.Fprintf(stdout, "%s %-13s %s\n", verb, it.Kind, it.Title)
	}
	for _, w := range pv.Drops {
		fmt.Fprintln(stdout, "warning:", w)
	}
	if len(pv.Skip) > 0 {
		fmt.Fprintln(stdout, pv.SkipHeading(tr))
		for _, it := range pv.Skip {
			fmt.Fprintln(stdout, "  skips   ", kit.SkipLine(tr, it, nil))
		}
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

// packAdvice says in plain words what to do about a pack that was refused,
// for each of kit.PackErrorKey's keys ("" for any other reason it could not
// be read).
var packAdvice = map[string]string{
	"packs_error_version":  "The pack was made by a newer version of the Trainer Kit: update the kit, or ask for a pack made with your version.",
	"packs_error_not_pack": "Choose a .stkpack file exported from the Trainer Kit.",
	"packs_error_too_big":  "The pack is larger than any pack the kit makes: it may be damaged or not come from the kit.",
	"packs_error_unsafe":   "The pack is damaged or was not made by the Trainer Kit: ask its author for a new copy.",
	"packs_error_broken":   "The pack is damaged or was not made by the Trainer Kit: ask its author for a new copy.",
	kit.MsgNoFreeNumber:    "Every own-module number (101 to 9999) is taken in this kit: delete some of your own modules, then import the pack again.",
	"":                     "The pack could not be read.",
}
