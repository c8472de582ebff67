package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/storage"
)

// parseBackupCreate: trainerkit backup create takes a backup now.
func parseBackupCreate(args []string) action {
	if !parseFlags(newFlags("backup create"), args) {
		return nil
	}
	return func(d data) int {
		b, err := d.db.CreateBackup()
		if err != nil {
			return fail(err)
		}
		fmt.Fprintln(stdout, b.Name)
		return 0
	}
}

// backupList prints one backup a line, newest first: name, local time, size
// and, for a damaged one, its mark and what is wrong.
func parseBackupList(args []string) action {
	if !parseFlags(newFlags("backup list"), args) {
		return nil
	}
	return func(d data) int { return backupList(d.dir) }
}

func backupList(dataDir string) int {
	dir, err := dataFolder(dataDir)
	if err != nil {
		return fail(err)
	}
	list, err := storage.ListBackups(dir)
	if err != nil {
		return fail(err)
	}
	if len(list) == 0 {
		fmt.Fprintf(stderr, "no backups yet in %s\n", storage.BackupDir(dir))
		return 0
	}
	tr := cliTr()
	for _, b := range list {
		line := fmt.Sprintf("%s  %s  %s", b.Name, b.Time.Local().Format("2006-01-02 15:04"), humanSize(b.Size))
		// A damaged backup is listed, marked: what is wrong follows.
		if mark := kit.BackupMark(tr, b); mark != "" {
			line += "  (" + mark + ": " + b.Problem + ")"
		}
		fmt.Fprintln(stdout, line)
	}
	return 0
}

// parseBackupRestore: trainerkit backup restore NAME, with the kit closed.
func parseBackupRestore(args []string) action {
	f := newFlags("backup restore")
	if err := f.Parse(args); err != nil || f.NArg() != 1 {
		fmt.Fprintf(stderr, "trainerkit backup restore: give the name of one backup (trainerkit backup list)\n\n%s", usage)
		return nil
	}
	return func(d data) int { return backupRestore(d.dir, f.Arg(0)) }
}

func backupRestore(dataDir, name string) int {
	dir, err := dataFolder(dataDir)
	if err != nil {
		return fail(err)
	}
	aside, err := storage.Restore(dir, name)
	switch {
	case errors.Is(err, storage.ErrAlreadyOpen):
		fmt.Fprintf(stderr, "trainerkit backup restore: the Trainer Kit is open on %s: close it, then restore again. Nothing was changed.\n", dir)
		return 1
	case errors.Is(err, storage.ErrNoBackup):
		fmt.Fprintf(stderr, "trainerkit backup restore: %v\nThe backups are listed by: trainerkit backup list\n", err)
		return 1
	case err != nil:
		return fail(err)
	}
	fmt.Fprintf(stdout, "restored %s\n", name)
	if aside != "" {
		fmt.Fprintf(stdout, "the data file it replaced is kept as %s\n", aside)
	}
	return 0
}

// humanSize writes a byte count as kB or MB.
func humanSize(n int64) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 1000*1000:
		return fmt.Sprintf("%.0f kB", float64(n)/1000)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}

// autoBackup takes the daily backup at start; a failure is printed and
// returned for the window to mention, but does not stop the app.
func autoBackup(db *storage.DB) error {
	_, _, err := db.AutoBackup(time.Now())
	if err != nil {
		fmt.Fprintln(stderr, "trainerkit: automatic backup failed:", err)
	}
	return err
}
