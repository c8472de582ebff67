// Command trainerkit is the Social Tech Trainer Kit: without arguments the
// desktop app, with a command the command line (trainerkit --help).
package main

import (
	"fmt"
	"io"
	"os"
)

// stdout and stderr are where commands write; tests replace them.
var (
	stdout io.Writer = os.Stdout
	stderr io.Writer = os.Stderr
)

// version is set at release time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

func main() {
	os.Exit(run(os.Args[1:]))
}

// run dispatches to the app or a command and returns the exit code:
// 0 success, 1 failure, 2 usage error.
func run(args []string) int {
	dataDir, args, err := globalFlags(args)
	if err != nil {
		fmt.Fprintln(stderr, err)
		fmt.Fprint(stderr, usage)
		return 2
	}
	if len(args) == 0 {
		return runApp(dataDir)
	}
	if p, ok := packArg(args); ok {
		return runAppWith(dataDir, nil, p)
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "modules":
		return cmdModules(rest)
	case "validate":
		return cmdValidate(rest)
	case "screenshot":
		return cmdScreenshot(dataDir, rest)
	case "present":
		return cmdPresent(dataDir, rest)
	case "session":
		return withDB(dataDir, rest, sessionCommands)
	case "participants":
		return withDB(dataDir, rest, participantCommands)
	case "attendance":
		return withDB(dataDir, rest, attendanceCommands)
	case "export":
		return exportCommands(dataDir, rest)
	case "backup":
		return backupCommands(dataDir, rest)
	case "pack":
		return withDB(dataDir, rest, packCommands)
	case "version", "--version":
		fmt.Fprintln(stdout, "trainerkit", version)
		return 0
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "trainerkit: unknown command %q\n\n", cmd)
	fmt.Fprint(stderr, usage)
	return 2
}

const usage = `Social Tech Trainer Kit: digital skills courses for the social and solidarity economy.

Usage:
  trainerkit [--data DIR]              open the desktop app
  trainerkit [--data DIR] F.stkpack    open it on a pack's import preview
  trainerkit modules [--lang L]        list the 20 modules: NN slug title
  trainerkit validate [--modules 1,2]  check the bundled course content
  trainerkit screenshot --out F.png [--module N] [--part P] [--lang L]
                        [--ui-lang L] [--size 1280x800] [--theme light|dark]
                        [--view sessions [--session ID] [--tab agenda]] [--slide K]
                        [--dialog NAME [--file F.stkpack]]
                                       draw the main window into a PNG
  trainerkit present --module N --part P --lang L
                                       open projector mode on a part
  trainerkit session new --title T --start YYYY-MM-DD [--days N] [--lang L]
                        [--place P] [--trainer NAME] [--org NAME] [--modules 1,4,7]
  trainerkit session list | show ID | delete ID | purge-expired [--yes]
  trainerkit participants import --session ID FILE
  trainerkit participants list --session ID [--csv]
  trainerkit participants forget --session ID --participant PID
  trainerkit attendance set --session ID --participant PID --day N
                        --half am|pm --status present|absent|excused|late [--remark R]
  trainerkit backup list | create      list the backups (newest first) or take one now
  trainerkit backup restore NAME       put a backup in place of the data file (the kit
                                       must be closed; the replaced file is kept aside)
  trainerkit export module --module N --lang L [--parts theory,case] --out F.pdf
  trainerkit export handout --session ID --out F.pdf
  trainerkit export guide --session ID --out F.pdf
  trainerkit export attendance --session ID --out F.pdf
  trainerkit export certificates --session ID --out F.pdf
                        [--paper a4|letter]  print a PDF (A4 unless --paper letter)
  trainerkit pack export --out F.stkpack [--session ID]... [--all-customisations]
                        [--participants]
                                       put session plans, customisations and own
                                       modules in a pack for another kit
  trainerkit pack import F.stkpack [--yes]
                                       show what a pack adds and replaces, then import it
  trainerkit version                   print the version
  trainerkit --help                    this help

Languages: fr en it es. Parts: theory case toolbox reference guide.
The data folder is the user configuration folder + trainerkit; --data DIR or
the TRAINERKIT_DATA variable choose another.
`

// globalFlags takes --data DIR (or --data=DIR) from before the command.
func globalFlags(args []string) (string, []string, error) {
	dir := ""
	for len(args) > 0 {
		a := args[0]
		switch {
		case a == "--data" || a == "-data":
			if len(args) < 2 {
				return "", nil, fmt.Errorf("trainerkit: --data needs a folder")
			}
			dir, args = args[1], args[2:]
		case len(a) > 7 && a[:7] == "--data=":
			dir, args = a[7:], args[1:]
		case len(a) > 1 && a[0] == '-' && a != "-h" && a != "--help" && a != "-help" && a != "--version":
			return "", nil, fmt.Errorf("trainerkit: unknown flag %s", a)
		default:
			return dir, args, nil
		}
	}
	return dir, args, nil
}
