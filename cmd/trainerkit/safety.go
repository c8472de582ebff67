package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/locales"
	"github.com/socialtech/trainerkit/storage"
)

// cliTr speaks the language of the terminal (LC_ALL, LC_MESSAGES, LANG;
// English when it is none of the four): the messages the window and the
// command line share are said in it.
func cliTr() *locales.Localizer {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if l := os.Getenv(v); l != "" {
			return locales.New(locales.Match(l))
		}
	}
	return locales.New("en")
}

// deciding are the commands that decide about a damaged data file: they
// do not repeat that a decision is awaited.
var deciding = map[string]bool{"backup restore": true, "backup start-fresh": true, "help": true, "version": true}

// notePending says on stderr, before a command runs, that a damaged data
// file of the data folder awaits the trainer's decision, and how to make
// it; it reports whether it did.
func notePending(dataDir string) bool {
	dir, err := dataFolder(dataDir)
	if err != nil {
		return false
	}
	ce, ok := storage.Pending(dir)
	if !ok {
		return false
	}
	fmt.Fprintln(stderr, "trainerkit:", kit.PendingMessage(cliTr(), ce, true))
	return true
}

// noteDamaged says on stderr, after a command, which records of the data
// file could not be read (left out of what it printed) and what can be
// done.
func noteDamaged(db *storage.DB) {
	damaged := db.Damaged()
	if len(damaged) == 0 {
		return
	}
	for _, line := range kit.DamagedLines(cliTr(), damaged) {
		fmt.Fprintln(stderr, "trainerkit:", line)
	}
	fmt.Fprintln(stderr, "trainerkit: to get them back, restore a backup (trainerkit backup list, trainerkit backup restore NAME); to remove them, open the kit's window and choose to remove what cannot be read")
}

// openFailed reports why the data file did not open: a damaged one that
// awaits a decision in the trainer's words (unless notePending said it
// already), anything else as it is.
func openFailed(err error, noted bool) int {
	var ce *storage.CorruptError
	if errors.As(err, &ce) && ce.Pending {
		if !noted {
			fmt.Fprintln(stderr, "trainerkit:", kit.PendingMessage(cliTr(), ce, true))
		}
		return 1
	}
	return fail(err)
}

// erased reports the end of a forget, purge or delete: when the people
// were deleted but not yet erased from every copy (storage.ErrNotErased),
// it says so and fails; other errors fail as usual. done is printed when
// the deletion happened.
func erased(err error, done string) int {
	if msg, ok := kit.NotErased(cliTr(), err); ok {
		fmt.Fprintln(stdout, done)
		fmt.Fprintln(stderr, "trainerkit:", msg)
		fmt.Fprintln(stderr, "trainerkit:", err)
		return 1
	}
	if err != nil {
		return fail(err)
	}
	fmt.Fprintln(stdout, done)
	return 0
}

// parseBackupStartFresh: trainerkit backup start-fresh replaces the data
// file with an empty one: the decision about a damaged file, or with --yes
// a new start (the current file is kept aside either way).
func parseBackupStartFresh(args []string) action {
	f := newFlags("backup start-fresh")
	yes := f.Bool("yes", false, "start with an empty file even though the data file is sound")
	if !parseFlags(f, args) {
		return nil
	}
	return func(d data) int { return backupStartFresh(d.dir, *yes) }
}

func backupStartFresh(dataDir string, yes bool) int {
	dir, err := dataFolder(dataDir)
	if err != nil {
		return fail(err)
	}
	if _, pending := storage.Pending(dir); !pending && !yes {
		fmt.Fprintln(stderr, "trainerkit backup start-fresh: no damaged data file awaits a decision. To start with an empty file all the same, run it again with --yes (your current data file will be kept aside).")
		return 1
	}
	aside, err := storage.StartFresh(dir)
	if errors.Is(err, storage.ErrAlreadyOpen) {
		fmt.Fprintf(stderr, "trainerkit backup start-fresh: the Trainer Kit is open on %s: close it, then start again. Nothing was changed.\n", dir)
		return 1
	}
	if err != nil {
		return fail(err)
	}
	fmt.Fprintln(stdout, "the kit starts with an empty data file")
	if aside != "" {
		fmt.Fprintf(stdout, "the data file it replaced is kept as %s\n", aside)
	}
	return 0
}
