package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The README's command list is what trainerkit help prints: both come from
// the command table.
func TestREADMECommandListIsTheHelp(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(b), "## Command line\n")
	if !ok {
		t.Fatal("the README has no Command line section")
	}
	_, block, _ := strings.Cut(after, "```\n")
	block, _, _ = strings.Cut(block, "```\n")
	code, out, _ := runCLI(t, "help")
	if code != 0 || block != out {
		t.Errorf("the README's command list differs from trainerkit help; paste this in README.md:\n%s", out)
	}
}

// Every command is in the help, on its own lines or on a sibling's
// ("session list | show ID | delete ID"), and every group's name finds it.
func TestEveryCommandIsInTheHelp(t *testing.T) {
	for _, c := range commands {
		words := strings.Fields(c.name)
		if c.help != "" {
			if c.name != "" && c.name != "help" && !strings.HasPrefix(c.help, c.name) {
				t.Errorf("%q: its help starts %q", c.name, c.help)
			}
			continue
		}
		covered := false
		for _, o := range commands {
			if o.help != "" && len(words) == 2 && strings.HasPrefix(o.help, words[0]+" ") &&
				strings.Contains(o.help, "| "+words[1]) {
				covered = true
			}
		}
		if !covered {
			t.Errorf("%q is in no line of the help", c.name)
		}
		if found, _, _ := find(words); found == nil || found.name != c.name {
			t.Errorf("%q does not find itself", c.name)
		}
	}
}

func TestGroupsAndUnknownCommands(t *testing.T) {
	data := t.TempDir()
	for args, want := range map[string]string{
		"session":                         "trainerkit session: which command?",
		"export poster":                   `trainerkit export: unknown command "poster"`,
		"attendance get":                  `trainerkit attendance: unknown command "get"`,
		"frobnicate":                      `trainerkit: unknown command "frobnicate"`,
		"session new --bogus":             "trainerkit session new: flag provided but not defined: -bogus",
		"backup restore a b":              "trainerkit backup restore: give the name of one backup",
		"pack import a.stkpack b.stkpack": "trainerkit pack import: give one F.stkpack",
	} {
		code, _, errOut := runCLI(t, append([]string{"--data", data}, strings.Fields(args)...)...)
		if code != 2 || !strings.HasPrefix(errOut, want) || !strings.Contains(errOut, "Usage:") {
			t.Errorf("%s: exit %d, stderr %q", args, code, errOut)
		}
	}
	// A usage error leaves the data folder alone: the data file is opened
	// only once the arguments are right.
	if entries, _ := os.ReadDir(data); len(entries) != 0 {
		t.Errorf("usage errors created %v", entries)
	}
}
