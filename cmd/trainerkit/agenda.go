package main

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/course/pdf"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
	"github.com/socialtech/trainerkit/storage"
)

// sessionJSON prints a session's agenda as JSON (session.ToJSON): days,
// half-days "am" and "pm" with their times and overflow, blocks with their
// times. A block without a title of its own is named in the session's
// language: a module part by its module and part, a break as a break.
func sessionJSON(db *storage.DB, id string) int {
	s, err := db.Session(id)
	if err != nil {
		return fail(err)
	}
	lib, err := loadCustomised(db)
	if err != nil {
		return fail(err)
	}
	l := locales.New(s.Lang)
	untitled := func(b session.Block) string {
		if b.Kind == session.BlockBreak {
			return l.T("pdf_break")
		}
		part := b.Part
		if i := slices.Index(course.Parts, b.Part); i >= 0 && i < len(course.PartNames[s.Lang]) {
			part = course.PartNames[s.Lang][i]
		}
		if m := lib.Module(b.Module); m != nil {
			return m.TitleIn(s.Lang) + " · " + part
		}
		return part
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(session.ToJSON(s, untitled)); err != nil {
		return fail(fmt.Errorf("print session %s: %w", id, err))
	}
	return 0
}

// parseExportAgenda: trainerkit export agenda prints the agenda alone
// (kit.ExportAgenda), for participants or, with --wall, a page per day.
func parseExportAgenda(args []string) action {
	f := newFlags("export agenda")
	id := f.String("session", "", "session id")
	out := f.String("out", "", "PDF file to write")
	wall := f.Bool("wall", false, "a page per day in large type, for the wall")
	day := f.Int("day", 0, "print only this day (from 1)")
	paperName := paperFlag(f)
	if !parseFlags(f, args) {
		return nil
	}
	paper, err := pdf.ParsePaper(*paperName)
	switch {
	case err != nil:
	case *id == "" || *out == "":
		err = fmt.Errorf("give --session ID and --out F.pdf")
	case *day < 0:
		err = fmt.Errorf("--day N counts from 1")
	}
	if err != nil {
		exportUsage("agenda", err)
		return nil
	}
	o := pdf.AgendaOptions{Options: pdf.Options{Paper: paper}, Layout: pdf.AgendaParticipants, Day: *day}
	if *wall {
		o.Layout = pdf.AgendaWall
	}
	return func(d data) int {
		lib, err := loadCustomised(d.db)
		if err != nil {
			return fail(err)
		}
		org, err := d.db.Org()
		if err != nil {
			return fail(err)
		}
		o.Org = &org
		if err := kit.ExportAgenda(*out, lib, d.db, *id, o); err != nil {
			return fail(err)
		}
		fmt.Fprintln(stdout, "wrote", *out)
		return 0
	}
}

// parseExportReport: trainerkit export attendance-report writes the
// attendance report, as CSV when --out ends in .csv, else as a PDF.
func parseExportReport(args []string) action {
	f := newFlags("export attendance-report")
	id := f.String("session", "", "session id")
	out := f.String("out", "", "PDF or CSV file to write")
	paperName := paperFlag(f)
	if !parseFlags(f, args) {
		return nil
	}
	paper, err := pdf.ParsePaper(*paperName)
	if err == nil && (*id == "" || *out == "") {
		err = fmt.Errorf("give --session ID and --out F.pdf or F.csv")
	}
	if err != nil {
		exportUsage("attendance-report", err)
		return nil
	}
	return func(d data) int {
		org, err := d.db.Org()
		if err != nil {
			return fail(err)
		}
		if err := kit.ExportAttendanceReport(*out, d.db, *id, kit.Print{Paper: paper, Org: &org}); err != nil {
			return fail(err)
		}
		fmt.Fprintln(stdout, "wrote", *out)
		return 0
	}
}
