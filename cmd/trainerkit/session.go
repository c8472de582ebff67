package main

import (
	"errors"
	"flag"
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

// parseSessionNew: trainerkit session new creates a session and prints its id.
func parseSessionNew(args []string) action {
	f := newFlags("session new")
	title := f.String("title", "", "title of the session")
	start := f.String("start", "", "first day, YYYY-MM-DD")
	days := f.Int("days", 0, "number of days (default: enough for the modules, at least 1)")
	lang := f.String("lang", "fr", "content language")
	place := f.String("place", "", "place")
	org := f.String("org", "", "training body")
	mods := f.String("modules", "", "fill the agenda from these modules' guide plans, e.g. 1,4,7")
	funder := f.String("funder", "", "who pays for the training")
	ref := f.String("reference", "", "the funder's file reference")
	modeName := f.String("mode", "", "in_person or remote")
	var trainers listFlag
	f.Var(&trainers, "trainer", "trainer's name (repeatable)")
	if !parseFlags(f, args) {
		return nil
	}
	if !course.ValidLanguage(*lang) {
		fmt.Fprintf(stderr, "trainerkit session new: unknown language %q (fr, en, it or es)\n", *lang)
		return nil
	}
	nums, err := parseModuleList(*mods)
	if err != nil {
		fmt.Fprintln(stderr, "trainerkit session new:", err)
		return nil
	}
	mode, err := session.ParseMode(*modeName)
	if err != nil {
		fmt.Fprintln(stderr, "trainerkit session new:", err)
		return nil
	}
	n := *days
	if n <= 0 {
		n = session.DaysFor(len(nums))
	}
	s, err := session.New(*title, *start, n, *lang)
	if err != nil {
		fmt.Fprintln(stderr, "trainerkit session new:", err)
		return nil
	}
	s.Place, s.Body.Name, s.Trainers = *place, *org, trainers
	s.Funder, s.Reference, s.Mode = strings.TrimSpace(*funder), strings.TrimSpace(*ref), mode
	return func(d data) int {
		s.SetTimes(d.db.DefaultDayTimes())
		if len(nums) > 0 {
			lib, err := loadCustomised(d.db)
			if err != nil {
				return fail(err)
			}
			if err := s.PlaceModules(lib, nums); err != nil {
				return fail(err)
			}
		}
		if err := d.db.SaveSession(s); err != nil {
			return fail(err)
		}
		fmt.Fprintln(stdout, s.ID)
		return 0
	}
}

// parseSessionSet: trainerkit session set ID changes the funder, the file
// reference or the mode of a session; the flags left out keep their value.
func parseSessionSet(args []string) action {
	f := newFlags("session set")
	funder := f.String("funder", "", "who pays for the training")
	ref := f.String("reference", "", "the funder's file reference")
	modeName := f.String("mode", "", "in_person or remote (\"\" for not said)")
	id, ok := parseWithFile(f, args, "give one session id")
	if !ok {
		return nil
	}
	given := map[string]bool{}
	f.Visit(func(fl *flag.Flag) { given[fl.Name] = true })
	mode, err := session.ParseMode(*modeName)
	if err == nil && len(given) == 0 {
		err = fmt.Errorf("give --funder, --reference or --mode")
	}
	if err != nil {
		fmt.Fprintf(stderr, "trainerkit session set: %v\n\n%s", err, usage)
		return nil
	}
	return func(d data) int {
		s, err := d.db.Session(id)
		if err != nil {
			return fail(err)
		}
		if given["funder"] {
			s.Funder = strings.TrimSpace(*funder)
		}
		if given["reference"] {
			s.Reference = strings.TrimSpace(*ref)
		}
		if given["mode"] {
			s.Mode = mode
		}
		if err := d.db.SaveSession(s); err != nil {
			return fail(err)
		}
		fmt.Fprintf(stdout, "funder: %s\nreference: %s\nmode: %s\n", s.Funder, s.Reference, modeText(s.Mode))
		return 0
	}
}

// modeText is a session's mode as the command line prints it.
func modeText(m session.Mode) string {
	switch m {
	case session.InPerson:
		return "in person"
	case session.Remote:
		return "remote"
	}
	return "not said"
}

// parseSessionList: trainerkit session list prints one session a line.
func parseSessionList(args []string) action {
	if !parseFlags(newFlags("session list"), args) {
		return nil
	}
	return func(d data) int {
		list, err := d.db.Sessions()
		if err != nil {
			return fail(err)
		}
		for _, s := range list {
			fmt.Fprintf(stdout, "%s  %s  %d day(s)  %d participant(s)  %s\n", s.ID, s.Start, len(s.Days), s.Participants, s.Title)
		}
		return 0
	}
}

// oneID parses a command that takes a session id as its only argument.
func oneID(name string, args []string) (string, bool) {
	if len(args) != 1 || strings.HasPrefix(args[0], "-") {
		fmt.Fprintf(stderr, "trainerkit %s: give one session id\n\n%s", name, usage)
		return "", false
	}
	return args[0], true
}

// parseSessionShow: trainerkit session show ID prints a session's details
// and its agenda with computed times; --json prints the agenda for scripts
// (sessionJSON).
func parseSessionShow(args []string) action {
	f := newFlags("session show")
	asJSON := f.Bool("json", false, "print the agenda as JSON")
	id, ok := parseWithFile(f, args, "give one session id")
	if !ok {
		return nil
	}
	if *asJSON {
		return func(d data) int { return sessionJSON(d.db, id) }
	}
	return func(d data) int { return sessionShow(d.db, id) }
}

func sessionShow(db *storage.DB, id string) int {
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
	fmt.Fprintf(w, "%s\nid: %s\ndates: %s to %s (%d day(s))\nplace: %s\nmode: %s\ntraining body: %s %s\nfunder: %s\nreference: %s\ntrainers: %s\nlanguage: %s\nparticipants: %d\n",
		s.Title, s.ID, s.Start, s.End().Format(session.DateLayout), len(s.Days), s.Place, modeText(s.Mode), s.Body.Name, s.Body.Address,
		s.Funder, s.Reference, strings.Join(s.Trainers, ", "), s.Lang, len(ps))
	for d, blocks := range s.Agenda {
		t := s.Days[d]
		sched := session.ComputeDay(blocks, t)
		fmt.Fprintf(w, "\nDay %d, %s (%s–%s, %s–%s): %d min planned\n", d+1, s.Date(d).Format(session.DateLayout),
			t.AMStart, t.AMEnd, t.PMStart, t.PMEnd, sched.Total)
		for _, h := range sched.Halves() {
			state := fmt.Sprintf("%d min free", h.Free())
			if over := h.Overflow(); over > 0 {
				state = fmt.Sprintf("%d min over", over)
			}
			fmt.Fprintf(w, " %s %s–%s (%s)\n", h.Half, h.Start, h.End, state)
			for _, b := range h.Blocks {
				fmt.Fprintf(w, "  %2d %s–%s  %s\n", b.N, b.Start, b.End, blockLabel(lib, b.Block, s.Lang))
			}
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

// parseSessionDelete: trainerkit session delete ID.
func parseSessionDelete(args []string) action {
	id, ok := oneID("session delete", args)
	if !ok {
		return nil
	}
	return func(d data) int {
		return erased(d.db.DeleteSession(id), fmt.Sprintf("deleted session %s with its participants and attendance", id))
	}
}

// sessionPurge lists the sessions past the retention period and, with
// --yes, deletes their participants.
func parseSessionPurge(args []string) action {
	f := newFlags("session purge-expired")
	yes := f.Bool("yes", false, "purge without asking")
	if !parseFlags(f, args) {
		return nil
	}
	return func(d data) int { return sessionPurge(d.db, *yes) }
}

func sessionPurge(db *storage.DB, yes bool) int {
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
	if !yes {
		fmt.Fprintln(stdout, "run again with --yes to delete these participants (the sessions stay)")
		return 0
	}
	// A purge whose erasure could not be finished has still deleted: the
	// others go on, and the end says what is left to erase.
	var notErased error
	for _, s := range exp {
		err := db.PurgeParticipants(s.ID)
		if errors.Is(err, storage.ErrNotErased) {
			notErased = err
			continue
		}
		if err != nil {
			return fail(err)
		}
	}
	return erased(notErased, fmt.Sprintf("purged the participants of %d session(s)", len(exp)))
}

// participantsImport reads a CSV file into a session: "imported N, skipped
// M" on stdout, each reason on stderr; exit 0 whenever the file was read.
func parseParticipantsImport(args []string) action {
	f := newFlags("participants import")
	id := f.String("session", "", "session id")
	// The file may come before or after the flags.
	const need = "give --session ID and one FILE"
	file, ok := parseWithFile(f, args, need)
	if ok && *id == "" {
		fmt.Fprintf(stderr, "%s: %s\n\n%s", f.Name(), need, usage)
		ok = false
	}
	if !ok {
		return nil
	}
	return func(d data) int { return participantsImport(d.db, *id, file) }
}

func participantsImport(db *storage.DB, id, file string) int {
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
	err = im.Save(db, id)
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

// parseParticipantsList: trainerkit participants list prints a session's
// participants, or writes them as CSV.
func parseParticipantsList(args []string) action {
	f := newFlags("participants list")
	id := f.String("session", "", "session id")
	asCSV := f.Bool("csv", false, "write CSV (formulas neutralised)")
	if !parseFlags(f, args) {
		return nil
	}
	if *id == "" {
		fmt.Fprintf(stderr, "trainerkit participants list: give --session ID\n\n%s", usage)
		return nil
	}
	return func(d data) int { return participantsList(d.db, *id, *asCSV) }
}

func participantsList(db *storage.DB, id string, asCSV bool) int {
	ps, err := db.Participants(id)
	if err != nil {
		return fail(err)
	}
	if asCSV {
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

// parseParticipantsForget: trainerkit participants forget deletes a
// participant and their attendance.
func parseParticipantsForget(args []string) action {
	f := newFlags("participants forget")
	id := f.String("session", "", "session id")
	pid := f.String("participant", "", "participant id")
	if !parseFlags(f, args) {
		return nil
	}
	if *id == "" || *pid == "" {
		fmt.Fprintf(stderr, "trainerkit participants forget: give --session ID --participant PID\n\n%s", usage)
		return nil
	}
	return func(d data) int {
		return erased(d.db.ForgetParticipant(*id, *pid), fmt.Sprintf("forgot participant %s and their attendance", *pid))
	}
}

// parseAttendanceSet: trainerkit attendance set marks a half-day.
func parseAttendanceSet(args []string) action {
	f := newFlags("attendance set")
	id := f.String("session", "", "session id")
	pid := f.String("participant", "", "participant id")
	day := f.Int("day", 0, "day number, from 1")
	half := f.String("half", "", "am or pm")
	status := f.String("status", "", "present, absent, excused or late")
	remark := f.String("remark", "", "remark")
	late := f.Int("late-minutes", 0, "with --status late: how many minutes late")
	if !parseFlags(f, args) {
		return nil
	}
	h, errH := session.ParseHalf(*half)
	st, errS := session.ParseStatus(*status)
	if err := errors.Join(errH, errS); err != nil || *id == "" || *pid == "" {
		if err == nil {
			err = errors.New("give --session ID and --participant PID")
		}
		fmt.Fprintf(stderr, "trainerkit attendance set: %v\n\n%s", err, usage)
		return nil
	}
	m := session.Mark{Participant: *pid, Half: h, Status: st, Remark: *remark}
	if st == session.Late {
		m.LateMinutes = max(0, *late)
	}
	return func(d data) int { return attendanceSet(d.db, *id, *day, m) }
}

// attendanceSet records m on day (from 1) of the session id.
func attendanceSet(db *storage.DB, id string, day int, m session.Mark) int {
	s, err := db.Session(id)
	if err != nil {
		return fail(err)
	}
	if day < 1 || day > len(s.Days) {
		fmt.Fprintf(stderr, "trainerkit attendance set: day %d is outside the session's %d day(s)\n", day, len(s.Days))
		return 2
	}
	m.Day = day - 1
	if err := db.SetMark(id, m); err != nil {
		return fail(err)
	}
	fmt.Fprintf(stdout, "day %s %s: %s\n", strconv.Itoa(day), m.Half, m.Status)
	return 0
}
