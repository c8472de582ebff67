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

// run dispatches to the app or a command (the table in commands.go) and
// returns the exit code: 0 success, 1 failure, 2 usage error.
func run(args []string) int {
	dataDir, args, err := globalFlags(args)
	if err != nil {
		fmt.Fprintln(stderr, err)
		fmt.Fprint(stderr, usage)
		return 2
	}
	return dispatch(dataDir, args)
}

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
