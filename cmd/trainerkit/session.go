package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/roster"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/storage"
)

// withDB opens the data file for a command group and closes it after.
func withDB(dir string, args []string, fn func(*storage.DB, []string) int) int {
	if dir == "" {
		d, err := storage.DefaultDir()
		if err != nil {
			fmt.Fprintln(stderr, "trainerkit:", err)
			return 1
		}
		dir = d
	}
	db, err := storage.Open(dir)
	if err != nil {
		fmt.Fprintln(stderr, "trainerkit:", err)
		return 1
	}
	defer db.Close()
	return fn(db, args)
}

// subcommand splits "new --title …" into its name and arguments.
func subcommand(group string, args []string) (string, []string, bool) {
	if len(args) == 0 {
		fmt.Fprintf(stderr, "trainerkit %s: which command?\n\n%s", group, usage)
		return "", nil, false
	}
	return args[0], args[1:], true
}

func unknownSub(group, name string) int {
	fmt.Fprintf(stderr, "trainerkit %s: unknown command %q\n\n%s", group, name, usage)
	return 2
}

func fail(err error) int {
	fmt.Fprintln(stderr, "trainerkit:", err)
	return 1
}

// listFlag collects a repeatable flag (--trainer A --trainer B).
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ", ") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func sessionCommands(db *storage.DB, args []string) int {
	name, rest, ok := subcommand("session", args)
	if !ok {
		return 2
	}
	switch name {
	case "new":
		return sessionNew(db, rest)
	case "list":
		return sessionList(db, rest)
	case "show":
		return sessionShow(db, rest)
	case "delete":
		return sessionDelete(db, rest)
	case "purge-expired":
		return sessionPurge(db, rest)
	}
	return unknownSub("session", name)
}

func sessionNew(db *storage.DB, args []string) int {
	f := newFlags("session new")
	title := f.String("title", "", "title of the session")
	start := f.String("start", "", "first day, YYYY-MM-DD")
	days := f.Int("days", 0, "number of days (default: enough for the modules, at least 1)")
	lang := f.String("lang", "fr", "content language")
	place := f.String("place", "", "place")
	org := f.String("org", "", "training body")
	mods := f.String("modules", "", "fill the agenda from these modules' guide plans, e.g. 1,4,7")
	var trainers listFlag
	f.Var(&trainers, "trainer", "trainer's name (repeatable)")
	if !parseFlags(f, args) {
		return 2
	}
	if !course.ValidLanguage(*lang) {
		fmt.Fprintf(stderr, "trainerkit session new: unknown language %q (fr, en, it or es)\n", *lang)
		return 2
	}
	nums, err := parseModuleList(*mods)
	if err != nil {
		fmt.Fprintln(stderr, "trainerkit session new:", err)
		return 2
	}
	n := *days
	if n <= 0 {
		n = max(1, (len(nums)+1)/2)
	}
	s, err := session.New(*title, *start, n, *lang)
	if err != nil {
		fmt.Fprintln(stderr, "trainerkit session new:", err)
		return 2
	}
	s.Place, s.Body.Name, s.Trainers = *place, *org, trainers
	if len(nums) > 0 {
		lib, err := loadCustomised(db)
		if err != nil {
			return fail(err)
		}
		if err := fillFromModules(s, lib, nums); err != nil {
			return fail(err)
		}
	}
	if err := db.SaveSession(s); err != nil {
		return fail(err)
	}
	fmt.Fprintln(stdout, s.ID)
	return 0
}

// fillFromModules puts each module's ready half-day in turn into the
// morning then the afternoon of each day; what does not fit goes to the last
// day, where the agenda then warns that the day runs late.
func fillFromModules(s *session.Session, lib *course.Library, nums []int) error {
	for i, n := range nums {
		m := lib.Module(n)
		if m == nil {
			return fmt.Errorf("module %d is not in the kit", n)
		}
		blocks, err := session.ModulePlan(m, s.Lang)
		if err != nil {
			return err
		}
		day := min(i/2, len(s.Days)-1)
		s.Agenda[day] = append(s.Agenda[day], blocks...)
	}
	if len(nums) > 2*len(s.Days) {
		fmt.Fprintf(stderr, "note: %d modules for %d day(s): the last day holds more than it can\n", len(nums), len(s.Days))
	}
	return nil
}

func sessionList(db *storage.DB, args []string) int {
	if !parseFlags(newFlags("session list"), args) {
		return 2
	}
	list, err := db.Sessions()
	if err != nil {
		return fail(err)
	}
	for _, s := range list {
		fmt.Fprintf(stdout, "%s  %s  %d day(s)  %d participant(s)  %s\n", s.ID, s.Start, len(s.Days), s.Participants, s.Title)
	}
	return 0
}

// oneID parses a command that takes a session id as its only argument.
func oneID(name string, args []string) (string, bool) {
	if len(args) != 1 || strings.HasPrefix(args[0], "-") {
		fmt.Fprintf(stderr, "trainerkit %s: give one session id\n\n%s", name, usage)
		return "", false
	}
	return args[0], true
}

func sessionShow(db *storage.DB, args []string) int {
	id, ok := oneID("session show", args)
	if !ok {
		return 2
	}
	s, err := db.Session(id)
	if err != nil {
		return fail(err)
	}
	ps, err := db.Participants(id)
	if err != nil {
		return fail(err)
	}
	lib, err := loadCustomised(db)
	if err != nil {
		return fail(err)
	}
	w := stdout
	fmt.Fprintf(w, "%s\nid: %s\ndates: %s to %s (%d day(s))\nplace: %s\ntraining body: %s %s\ntrainers: %s\nlanguage: %s\nparticipants: %d\n",
		s.Title, s.ID, s.Start, s.End().Format(session.DateLayout), len(s.Days), s.Place, s.Body.Name, s.Body.Address,
		strings.Join(s.Trainers, ", "), s.Lang, len(ps))
	for d, blocks := range s.Agenda {
		t := s.Days[d]
		sched := session.ComputeDay(blocks, t)
		fmt.Fprintf(w, "\nDay %d, %s (%s–%s, %s–%s): %d min planned\n", d+1, s.Date(d).Format(session.DateLayout),
			t.AMStart, t.AMEnd, t.PMStart, t.PMEnd, sched.Total)
		for _, b := range sched.Blocks {
			fmt.Fprintf(w, "  %s–%s  %s\n", b.Start, b.End, blockLabel(lib, b.Block, s.Lang))
		}
		for _, warn := range sched.Warnings {
			fmt.Fprintf(w, "  warning: %s\n", warningText(warn))
		}
	}
	if s.Notes != "" {
		fmt.Fprintf(w, "\nnotes:\n%s\n", s.Notes)
	}
	return 0
}

func blockLabel(lib *course.Library, b session.Block, lang string) string {
	switch b.Kind {
	case session.BlockBreak:
		return "break" + suffix(b.Title)
	case session.BlockPart:
		title := fmt.Sprintf("module %02d", b.Module)
		if m := lib.Module(b.Module); m != nil {
			title += " " + m.TitleIn(lang)
		}
		return fmt.Sprintf("%s, %s%s", title, b.Part, suffix(b.Title))
	}
	return b.Title
}

func suffix(s string) string {
	if s == "" {
		return ""
	}
	return ": " + s
}

func warningText(w session.Warning) string {
	if w.Kind == session.WarnIntoLunch {
		return fmt.Sprintf("block %d runs %d min into the lunch break", w.Block+1, w.Over)
	}
	return fmt.Sprintf("the day runs %d min past its end", w.Over)
}

func sessionDelete(db *storage.DB, args []string) int {
	id, ok := oneID("session delete", args)
	if !ok {
		return 2
	}
	if err := db.DeleteSession(id); err != nil {
		return fail(err)
	}
	fmt.Fprintf(stdout, "deleted session %s with its participants and attendance\n", id)
	return 0
}

// sessionPurge lists the sessions past the retention period and, with
// --yes, deletes their participants.
func sessionPurge(db *storage.DB, args []string) int {
	f := newFlags("session purge-expired")
	yes := f.Bool("yes", false, "purge without asking")
	if !parseFlags(f, args) {
		return 2
	}
	exp, err := db.ExpiredSessions(time.Now())
	if err != nil {
		return fail(err)
	}
	for _, s := range exp {
		fmt.Fprintf(stdout, "%s  ended %s  %d participant(s)  %s\n", s.ID, s.End().Format(session.DateLayout), s.Participants, s.Title)
	}
	if len(exp) == 0 {
		fmt.Fprintf(stdout, "no session ended more than %d months ago still holds participants\n", db.RetentionMonths())
		return 0
	}
	if !*yes {
		fmt.Fprintln(stdout, "run again with --yes to delete these participants (the sessions stay)")
		return 0
	}
	for _, s := range exp {
		if err := db.PurgeParticipants(s.ID); err != nil {
			return fail(err)
		}
	}
	fmt.Fprintf(stdout, "purged the participants of %d session(s)\n", len(exp))
	return 0
}

func participantCommands(db *storage.DB, args []string) int {
	name, rest, ok := subcommand("participants", args)
	if !ok {
		return 2
	}
	switch name {
	case "import":
		return participantsImport(db, rest)
	case "list":
		return participantsList(db, rest)
	case "forget":
		return participantsForget(db, rest)
	}
	return unknownSub("participants", name)
}

// participantsImport reads a CSV file into a session: "imported N, skipped
// M" on stdout, each reason on stderr; exit 0 whenever the file was read.
func participantsImport(db *storage.DB, args []string) int {
	f := newFlags("participants import")
	id := f.String("session", "", "session id")
	// The file may come before or after the flags.
	var file string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		file, args = args[0], args[1:]
	}
	if err := f.Parse(args); err != nil {
		fmt.Fprintf(stderr, "trainerkit participants import: %v\n\n%s", err, usage)
		return 2
	}
	if file == "" && f.NArg() == 1 {
		file = f.Arg(0)
	} else if f.NArg() > 0 || file == "" || *id == "" {
		fmt.Fprintf(stderr, "trainerkit participants import: give --session ID and one FILE\n\n%s", usage)
		return 2
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return fail(fmt.Errorf("read %s: %w", file, err))
	}
	im, err := kit.ReadParticipants(file, data)
	if err != nil {
		return fail(err)
	}
	for _, c := range im.Unknown {
		fmt.Fprintf(stderr, "column %q not recognised: ignored\n", im.Table.Header[c])
	}
	err = im.Save(db, *id)
	if errors.Is(err, roster.ErrNoLastNameColumn) {
		return fail(fmt.Errorf("%s: no column holds the last name (columns: %s); name one Nom, Last name, Cognome or Apellidos, or import it in the app to choose the columns",
			file, strings.Join(im.Table.Header, ", ")))
	}
	if err != nil {
		return fail(err)
	}
	pv := im.Preview
	for _, is := range pv.Skipped {
		fmt.Fprintln(stderr, "skipped", is)
	}
	for _, is := range pv.Notes {
		fmt.Fprintln(stderr, "note", is)
	}
	fmt.Fprintf(stdout, "imported %d, skipped %d\n", len(pv.Import), len(pv.Skipped))
	return 0
}

func participantsList(db *storage.DB, args []string) int {
	f := newFlags("participants list")
	id := f.String("session", "", "session id")
	asCSV := f.Bool("csv", false, "write CSV (formulas neutralised)")
	if !parseFlags(f, args) {
		return 2
	}
	if *id == "" {
		fmt.Fprintf(stderr, "trainerkit participants list: give --session ID\n\n%s", usage)
		return 2
	}
	ps, err := db.Participants(*id)
	if err != nil {
		return fail(err)
	}
	if *asCSV {
		if err := roster.Export(stdout, ps, roster.ExportOptions{Header: roster.EnglishHeader}); err != nil {
			return fail(err)
		}
		return 0
	}
	for _, p := range ps {
		fmt.Fprintf(stdout, "%s  %s, %s  %s  %s  %s\n", p.ID, p.LastName, p.FirstName, p.Email, p.Organisation, p.Role)
	}
	return 0
}

func participantsForget(db *storage.DB, args []string) int {
	f := newFlags("participants forget")
	id := f.String("session", "", "session id")
	pid := f.String("participant", "", "participant id")
	if !parseFlags(f, args) {
		return 2
	}
	if *id == "" || *pid == "" {
		fmt.Fprintf(stderr, "trainerkit participants forget: give --session ID --participant PID\n\n%s", usage)
		return 2
	}
	if err := db.ForgetParticipant(*id, *pid); err != nil {
		return fail(err)
	}
	fmt.Fprintf(stdout, "forgot participant %s and their attendance\n", *pid)
	return 0
}

func attendanceCommands(db *storage.DB, args []string) int {
	name, rest, ok := subcommand("attendance", args)
	if !ok {
		return 2
	}
	if name != "set" {
		return unknownSub("attendance", name)
	}
	f := newFlags("attendance set")
	id := f.String("session", "", "session id")
	pid := f.String("participant", "", "participant id")
	day := f.Int("day", 0, "day number, from 1")
	half := f.String("half", "", "am or pm")
	status := f.String("status", "", "present, absent, excused or late")
	remark := f.String("remark", "", "remark")
	if !parseFlags(f, rest) {
		return 2
	}
	h, errH := session.ParseHalf(*half)
	st, errS := session.ParseStatus(*status)
	if err := errors.Join(errH, errS); err != nil || *id == "" || *pid == "" {
		if err == nil {
			err = errors.New("give --session ID and --participant PID")
		}
		fmt.Fprintf(stderr, "trainerkit attendance set: %v\n\n%s", err, usage)
		return 2
	}
	s, err := db.Session(*id)
	if err != nil {
		return fail(err)
	}
	if *day < 1 || *day > len(s.Days) {
		fmt.Fprintf(stderr, "trainerkit attendance set: day %d is outside the session's %d day(s)\n", *day, len(s.Days))
		return 2
	}
	m := session.Mark{Participant: *pid, Day: *day - 1, Half: h, Status: st, Remark: *remark}
	if err := db.SetMark(*id, m); err != nil {
		return fail(err)
	}
	fmt.Fprintf(stdout, "day %s %s: %s\n", strconv.Itoa(*day), h, st)
	return 0
}
