package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/socialtech/trainerkit/storage"
)

// command is one entry of the command line. Adding a command is adding an
// entry to commands and writing its parse function: it declares the
// command's flags, parses them (printing a usage error, and returning nil,
// when they are wrong) and returns the action that runs the command.
type command struct {
	name    string   // the words after trainerkit: "modules", "session new"; "" for the app
	aliases []string // other names: "--version"
	// help is the command's lines in the help, after "  trainerkit "; ""
	// when a sibling's lines cover it ("session list | show ID | …").
	help  string
	parse func(args []string) action
	// file: the action needs the data file, opened (in the data folder) once
	// the arguments are parsed, and closed after.
	file bool
}

// action runs a parsed command and returns its exit code: 0 success, 1
// failure, 2 usage error.
type action func(d data) int

// data is what an action runs on: the data folder (--data DIR, "" for the
// default one) and, for the commands that need it, the open data file.
type data struct {
	dir string
	db  *storage.DB
}

// commands are the commands, in the order the help lists them.
var commands []command

// usage is the help, made from commands: what trainerkit help prints, and
// what the README's command list shows (commands_test.go checks it).
var usage string

func init() {
	commands = []command{
		{name: "", help: `[--data DIR]              open the desktop app
  trainerkit [--data DIR] F.stkpack    open it on a pack's import preview`, parse: parseApp},
		{name: "modules", help: "modules [--lang L]        list the 20 modules: NN slug title", parse: parseModules},
		{name: "validate", help: "validate [--modules 1,2]  check the bundled course content", parse: parseValidate},
		{name: "screenshot", help: `screenshot --out F.png [--module N] [--part P] [--lang L]
                        [--ui-lang L] [--size 1280x800] [--theme light|dark]
                        [--view sessions [--session ID] [--tab agenda]] [--slide K [--quiz]]
                        [--dialog NAME [--file F.stkpack]] [--search QUERY] [--compare L]
                                       draw the main window into a PNG`, parse: parseScreenshot},
		{name: "present", help: `present --module N --part P --lang L | --session ID
                                       open projector mode on a part or an agenda`, parse: parsePresent},
		{name: "deck", help: `deck --module N --lang L | --session ID
                                       a deck's outline: NUMBER, WORDS, NOTE_WORDS, TITLE`, parse: parseDeck},
		{name: "session new", help: `session new --title T --start YYYY-MM-DD [--days N] [--lang L]
                        [--place P] [--trainer NAME] [--org NAME] [--modules 1,4,7]
                        [--funder F] [--reference R] [--mode in_person|remote]`, parse: parseSessionNew, file: true},
		{name: "session set", help: `session set ID [--funder F] [--reference R] [--mode in_person|remote]
                                       change a session's funder, file reference, mode`, parse: parseSessionSet, file: true},
		{name: "session list", help: "session list | show ID [--json] | delete ID | purge-expired [--yes]", parse: parseSessionList, file: true},
		{name: "session show", parse: parseSessionShow, file: true},
		{name: "session delete", parse: parseSessionDelete, file: true},
		{name: "session purge-expired", parse: parseSessionPurge, file: true},
		{name: "participants import", help: "participants import --session ID FILE", parse: parseParticipantsImport, file: true},
		{name: "participants list", help: "participants list --session ID [--csv]", parse: parseParticipantsList, file: true},
		{name: "participants forget", help: "participants forget --session ID --participant PID", parse: parseParticipantsForget, file: true},
		{name: "attendance set", help: `attendance set --session ID --participant PID --day N
                        --half am|pm --status present|absent|excused|late [--remark R]
                        [--late-minutes N]`, parse: parseAttendanceSet, file: true},
		{name: "org set", help: `org set --name N [--nda X] [--siret S] [--address A] [--town T]
                        [--signatory NAME] [--signatory-role ROLE] [--logo F.png]
                        [--reference-label L]
                                       set the organisation profile printed on the
                                       documents (flags left out keep their value)`, parse: parseOrgSet, file: true},
		{name: "org show", help: "org show                  print the organisation profile", parse: parseOrgShow, file: true},
		{name: "quiz", help: `quiz --module N --lang L  print a module's quiz, a line a question:
                                       NUMBER TYPE CHOICES ANSWERS COMPETENCE QUESTION`, parse: parseQuiz},
		{name: "quiz score", help: `quiz score --session ID --participant PID --module N --when pre|post
                        (--score S --of T | --answers "B;A,C;;D" [--lang L])`, parse: parseQuizScore, file: true},
		{name: "appreciation add", help: `appreciation add --session ID --ratings 4,3,4,4,3,4
                        [--liked TEXT] [--improve TEXT]  enter a questionnaire`, parse: parseAppreciationAdd, file: true},
		{name: "backup list", help: "backup list | create      list the backups (newest first) or take one now", parse: parseBackupList},
		{name: "backup create", parse: parseBackupCreate, file: true},
		{name: "backup restore", help: `backup restore NAME       put a backup in place of the data file (the kit
                                       must be closed; the replaced file is kept aside)`, parse: parseBackupRestore},
		{name: "backup start-fresh", help: `backup start-fresh [--yes]
                                       start with an empty data file after a damaged
                                       one (--yes: even a sound one; it is kept aside)`, parse: parseBackupStartFresh},
		{name: "export module", help: `export module --module N --lang L [--parts theory,case] --out F.pdf
                        [--org NAME] [--section HEADING (with one part)]`, parse: parseExportModule},
		{name: "export handout", help: "export handout --session ID --out F.pdf", parse: parseExportSession("handout"), file: true},
		{name: "export guide", help: "export guide --session ID --out F.pdf", parse: parseExportSession("guide"), file: true},
		{name: "export attendance", help: "export attendance --session ID --out F.pdf", parse: parseExportSession("attendance"), file: true},
		{name: "export agenda", help: `export agenda --session ID --out F.pdf [--wall] [--day N]
                        [--paper a4|letter]  the agenda alone: to hand out, type
                                       never under 8 pt (one page, else as few
                                       as that allows), or a page per day for
                                       the wall`, parse: parseExportAgenda, file: true},
		{name: "export attendance-report", help: `export attendance-report --session ID --out F.pdf|F.csv
                                       hours planned and attended, rates, absences`, parse: parseExportReport, file: true},
		{name: "export certificates", help: `export certificates --session ID --out F.pdf [--all-participants]
                        [--paper a4|letter]  print a PDF (A4 unless --paper letter)`, parse: parseExportSession("certificates"), file: true},
		{name: "export quiz", help: "export quiz --module N --lang L [--key] --out F.pdf [--paper a4|letter]", parse: parseExportQuiz},
		{name: "export report", help: "export report --session ID --out F.pdf", parse: parseExportEval("report"), file: true},
		{name: "export cards", help: "export cards | appreciation --session ID --out F.pdf [--copies N]", parse: parseExportEval("cards"), file: true},
		{name: "export appreciation", parse: parseExportEval("appreciation"), file: true},
		{name: "pack export", help: `pack export --out F.stkpack [--session ID]... [--all-customisations]
                        [--participants]
                                       put session plans, customisations and own
                                       modules in a pack for another kit`, parse: parsePackExport, file: true},
		{name: "pack import", help: `pack import F.stkpack [--yes]
                                       show what a pack adds and replaces, then import it`, parse: parsePackImport, file: true},
		{name: "version", aliases: []string{"--version"}, help: "version                   print the version", parse: parseVersion},
		{name: "help", aliases: []string{"-h", "--help", "-help"}, help: "--help                    this help", parse: parseHelp},
	}
	usage = helpText()
}

// helpText is the help: what the kit is, a line or a few per command, and
// what the languages, parts and data folder are.
func helpText() string {
	var b strings.Builder
	b.WriteString("Social Tech Trainer Kit: digital skills courses for the social and solidarity economy.\n\nUsage:\n")
	for _, c := range commands {
		if c.help != "" {
			b.WriteString("  trainerkit " + c.help + "\n")
		}
	}
	b.WriteString(`
Languages: fr en it es. Parts: theory case toolbox reference guide slides quiz.
The data folder is the user configuration folder + trainerkit; --data DIR or
the TRAINERKIT_DATA variable choose another.
`)
	return b.String()
}

// dispatch finds the command args name, parses its arguments, opens the
// data file if it needs it, and runs it.
func dispatch(dataDir string, args []string) int {
	c, rest, code := find(args)
	if c == nil {
		return code
	}
	act := c.parse(rest)
	if act == nil {
		return 2
	}
	d := data{dir: dataDir}
	// Until the trainer decides about a damaged data file, every command
	// says so (issue 23): the next ones would otherwise run on nothing.
	noted := !deciding[c.name] && notePending(dataDir)
	if c.file {
		db, err := openData(dataDir)
		if err != nil {
			return openFailed(err, noted)
		}
		defer db.Close()
		d.db = db
		defer noteDamaged(db)
	}
	return act(d)
}

// find looks up the command args start with: one word, or a group's word
// and a subcommand ("session new"). An unknown one is a usage error.
func find(args []string) (*command, []string, int) {
	word := ""
	if len(args) > 0 {
		word = args[0]
	}
	// A group's subcommand before a command of the group's name: "quiz
	// score" is not "quiz" with an argument.
	if len(args) > 1 {
		for i := range commands {
			if commands[i].name == word+" "+args[1] {
				return &commands[i], args[2:], 0
			}
		}
	}
	group := false
	for i := range commands {
		c := &commands[i]
		if c.name == "" && (len(args) == 0 || isPackArg(args)) {
			return c, args, 0 // the app, maybe on a pack
		}
		if c.name == word && len(args) > 0 {
			return c, args[1:], 0
		}
		for _, a := range c.aliases {
			if a == word {
				return c, args[1:], 0
			}
		}
		group = group || word != "" && strings.HasPrefix(c.name, word+" ")
	}
	switch {
	case !group:
		fmt.Fprintf(stderr, "trainerkit: unknown command %q\n\n", word)
		fmt.Fprint(stderr, usage)
		return nil, nil, 2
	case len(args) < 2:
		fmt.Fprintf(stderr, "trainerkit %s: which command?\n\n%s", word, usage)
		return nil, nil, 2
	}
	for i := range commands {
		if commands[i].name == word+" "+args[1] {
			return &commands[i], args[2:], 0
		}
	}
	fmt.Fprintf(stderr, "trainerkit %s: unknown command %q\n\n%s", word, args[1], usage)
	return nil, nil, 2
}

// openData opens the data file of the data folder dir ("" for the default).
func openData(dir string) (*storage.DB, error) {
	dir, err := dataFolder(dir)
	if err != nil {
		return nil, err
	}
	return storage.Open(dir)
}

// dataFolder is --data, TRAINERKIT_DATA or the default folder.
func dataFolder(dir string) (string, error) {
	if dir != "" {
		return dir, nil
	}
	return storage.DefaultDir()
}

// newFlags is a flag set that reports errors instead of exiting.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("trainerkit "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseFlags parses args; a bad flag or a stray argument prints the usage
// on stderr and returns false.
func parseFlags(f *flag.FlagSet, args []string) bool {
	if err := f.Parse(args); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n\n%s", f.Name(), err, usage)
		return false
	}
	if f.NArg() > 0 {
		fmt.Fprintf(stderr, "%s: unexpected argument %q\n\n%s", f.Name(), f.Arg(0), usage)
		return false
	}
	return true
}

// parseWithFile parses a command that takes one file (or name) before or
// after its flags; a parse error is reported like parseFlags's, a missing
// or extra file with need.
func parseWithFile(f *flag.FlagSet, args []string, need string) (string, bool) {
	var file string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		file, args = args[0], args[1:]
	}
	if err := f.Parse(args); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n\n%s", f.Name(), err, usage)
		return "", false
	}
	if file == "" && f.NArg() == 1 {
		file = f.Arg(0)
	} else if f.NArg() > 0 || file == "" {
		fmt.Fprintf(stderr, "%s: %s\n\n%s", f.Name(), need, usage)
		return "", false
	}
	return file, true
}

// fail prints a failure: exit code 1.
func fail(err error) int {
	fmt.Fprintln(stderr, "trainerkit:", err)
	return 1
}

// listFlag collects a repeatable flag (--trainer A --trainer B).
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ", ") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// parseApp: without a command, the desktop app; with a pack's path (see
// isPackArg), the app on the pack's import preview.
func parseApp(args []string) action {
	pack := ""
	if len(args) == 1 {
		pack = args[0]
	}
	return func(d data) int { return runAppWith(d.dir, nil, pack) }
}

func parseVersion(args []string) action {
	return func(data) int {
		fmt.Fprintln(stdout, "trainerkit", version)
		return 0
	}
}

func parseHelp(args []string) action {
	return func(data) int {
		fmt.Fprint(stdout, usage)
		return 0
	}
}
