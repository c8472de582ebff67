package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/socialtech/trainerkit/storage"
)

// backupCommands: trainerkit backup list | create | restore NAME.
func backupCommands(dataDir string, args []string) int {
	name, rest, ok := subcommand("backup", args)
	if !ok {
		return 2
	}
	switch name {
	case "list":
		return backupList(dataDir, rest)
	case "create":
		if !parseFlags(newFlags("backup create"), rest) {
			return 2
		}
		return withDB(dataDir, nil, func(db *storage.DB, _ []string) int {
			b, err := db.CreateBackup()
			if err != nil {
				return fail(err)
			}
			fmt.Fprintln(stdout, b.Name)
			return 0
		})
	case "restore":
		return backupRestore(dataDir, rest)
	}
	return unknownSub("backup", name)
}

// dataFolder is --data, TRAINERKIT_DATA or the default folder.
func dataFolder(dir string) (string, error) {
	if dir != "" {
		return dir, nil
	}
	return storage.DefaultDir()
}

// backupList prints one backup a line, newest first: name, local time, size.
func backupList(dataDir string, args []string) int {
	if !parseFlags(newFlags("backup list"), args) {
		return 2
	}
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
	for _, b := range list {
		fmt.Fprintf(stdout, "%s  %s  %s\n", b.Name, b.Time.Local().Format("2006-01-02 15:04"), humanSize(b.Size))
	}
	return 0
}

func backupRestore(dataDir string, args []string) int {
	f := newFlags("backup restore")
	if err := f.Parse(args); err != nil || f.NArg() != 1 {
		fmt.Fprintf(stderr, "trainerkit backup restore: give the name of one backup (trainerkit backup list)\n\n%s", usage)
		return 2
	}
	dir, err := dataFolder(dataDir)
	if err != nil {
		return fail(err)
	}
	aside, err := storage.Restore(dir, f.Arg(0))
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
	fmt.Fprintf(stdout, "restored %s\n", f.Arg(0))
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
