package roster

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// cleanCell strips control characters and terminal escapes from a cell
// (course.CleanText): a line break stays (an address or an organisation
// written on two lines, which spreadsheets keep in a quoted cell), a tab
// becomes a space.
func cleanCell(s string) string {
	return strings.ReplaceAll(course.CleanText(s), "\t", " ")
}

// Neutralise defuses spreadsheet formula injection: a cell starting with
// = + - @ (or a tab or carriage return, which some spreadsheets skip before
// reading a formula) gets a leading apostrophe, so it is shown as text.
// Export also strips control characters and terminal escapes first
// (cleanCell): the file may be printed to a terminal.
func Neutralise(cell string) string {
	// Spaces before the formula do not stop every spreadsheet either.
	first := strings.TrimLeft(cell, " ")
	if first == "" {
		return cell
	}
	switch first[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + cell
	}
	return cell
}

// ExportOptions shape the CSV: the header labels (in the trainer's
// language), whether to start with a UTF-8 byte order mark, which Excel
// needs to read accents right, the delimiter (a comma when zero) and the line
// ends (CRLF, as Windows programs write them, or LF). ExcelOptions gives
// what Excel expects in an interface language.
type ExportOptions struct {
	Header [5]string // first name, last name, email, organisation, role
	BOM    bool
	Comma  rune
	CRLF   bool
}

// EnglishHeader is the header of the command line's export.
var EnglishHeader = [5]string{"First name", "Last name", "Email", "Organisation", "Role"}

// Export writes participants as CSV, every cell neutralised.
func Export(w io.Writer, ps []session.Participant, o ExportOptions) error {
	if o.BOM {
		if _, err := w.Write([]byte{0xEF, 0xBB, 0xBF}); err != nil {
			return fmt.Errorf("export participants: %w", err)
		}
	}
	cw := csv.NewWriter(w)
	if o.Comma != 0 {
		cw.Comma = o.Comma
	}
	cw.UseCRLF = o.CRLF
	row := func(cells ...string) error {
		for i := range cells {
			cells[i] = Neutralise(cleanCell(cells[i]))
		}
		return cw.Write(cells)
	}
	if err := row(o.Header[:]...); err != nil {
		return fmt.Errorf("export participants: %w", err)
	}
	for _, p := range ps {
		if err := row(p.FirstName, p.LastName, p.Email, p.Organisation, p.Role); err != nil {
			return fmt.Errorf("export participants: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export participants: %w", err)
	}
	return nil
}
