// Package roster reads participant lists as they arrive from spreadsheets
// (any of comma, semicolon or tab; UTF-8 with or without BOM, UTF-16 or
// Windows-1252; headers in French, English, Italian or Spanish) and writes
// them back out as CSV that spreadsheets open safely.
package roster

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/socialtech/trainerkit/course"
)

// MaxFileSize bounds what Read accepts: a participant list is kilobytes; a
// larger file is a mistake (the wrong file chosen).
const MaxFileSize = 20 << 20

// maxQuotedLines is how many lines a quoted field may span: a spreadsheet
// cell with line breaks (an address, a note) takes a few; a stray quote
// would otherwise run on to the next quote in the file, swallowing every
// line in between.
const maxQuotedLines = 10

// Table is a CSV file decoded: its header and rows, each with its line.
type Table struct {
	Encoding  string // "UTF-8", "UTF-8 (BOM)", "UTF-16", "Windows-1252"
	Delimiter rune
	Header    []string
	Rows      []Row
	// Issues are the lines read with a remark: a misplaced quote (the
	// line was read as written), bytes that are not text in the file's
	// encoding (replaced by U+FFFD). Plan passes them on as notes.
	Issues []Issue
}

// Row is one record of the file and the line it starts on.
type Row struct {
	Line   int
	Fields []string
}

// ErrEmpty is returned for a file with no header row.
var ErrEmpty = errors.New("the file is empty")

// Options change how ReadWith reads.
type Options struct {
	// Progress, when set, is told how far reading has got: done of total
	// lines, about a hundred times, and once with done == total at the
	// end. The interface shows it while a large file is read off its
	// thread.
	Progress func(done, total int)
}

// Read decodes and parses a participant list.
func Read(data []byte) (*Table, error) { return ReadWith(data, Options{}) }

// ReadWith is Read with options. It takes time in proportion to the size
// of the file (100,000 lines in a fraction of a second: docs/PERFORMANCE.md).
func ReadWith(data []byte, o Options) (*Table, error) {
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("the file is %d MB, more than a participant list can be (%d MB at most)", len(data)>>20, MaxFileSize>>20)
	}
	text, enc, issues, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("decode the file: %w", err)
	}
	// Escape sequences and control characters go before the lines are
	// split into fields: a sequence may hold the delimiter. A CR left
	// inside a line becomes a space, so that lines keep their numbers.
	text = course.CleanText(strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", " "))
	t := &Table{Encoding: enc, Delimiter: detectDelimiter(text), Issues: issues}
	p := &parser{text: text, delim: byte(t.Delimiter), line: 1, progress: o.Progress,
		total: strings.Count(text, "\n") + 1, step: max(1, (strings.Count(text, "\n")+1)/100)}
	for !p.done() {
		rec := p.record(len(t.Header))
		for i := range rec.fields {
			rec.fields[i] = strings.TrimSpace(course.CleanLine(rec.fields[i]))
		}
		t.Issues = append(t.Issues, rec.issues...)
		if blank(rec.fields) {
			continue
		}
		if t.Header == nil {
			t.Header = rec.fields
			continue
		}
		t.Rows = append(t.Rows, Row{Line: rec.line, Fields: rec.fields})
	}
	if o.Progress != nil {
		o.Progress(p.total, p.total)
	}
	if t.Header == nil {
		return nil, ErrEmpty
	}
	sortIssues(t.Issues)
	return t, nil
}

// decode turns the bytes into text: a BOM says UTF-8 or UTF-16. Without
// one, the file is read line by line: UTF-8 when its lines are UTF-8, even
// if a few hold bytes that are not (each such line is reported, the bytes
// replaced by U+FFFD); Windows-1252, what Excel writes on Western European
// systems, when no line holds UTF-8's accented letters but some hold other
// bytes.
func decode(data []byte) (string, string, []Issue, error) {
	if bytes.IndexByte(data, '\n') < 0 && !bytes.HasPrefix(data, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		data = bytes.ReplaceAll(data, []byte{'\r'}, []byte{'\n'}) // lines ended by CR alone, as old Macs wrote
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		text, issues := utf8Lines(data[3:])
		return text, "UTF-8 (BOM)", issues, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder()
		out, _, err := transform.Bytes(dec, data)
		return string(out), "UTF-16", nil, err
	}
	utf8Letters, bad := 0, 0
	forLines(data, func(_ int, line []byte) {
		switch {
		case utf8.Valid(line):
			if !isASCII(line) {
				utf8Letters++
			}
		default:
			bad++
		}
	})
	if bad == 0 || utf8Letters >= bad {
		text, issues := utf8Lines(data)
		return text, "UTF-8", issues, nil
	}
	var issues []Issue
	forLines(data, func(n int, line []byte) {
		if !isASCII(line) && utf8.Valid(line) {
			issues = append(issues, Issue{Line: n, Reason: OtherEncoding})
		}
	})
	out, _, err := transform.Bytes(charmap.Windows1252.NewDecoder(), data)
	return string(out), "Windows-1252", issues, err
}

// utf8Lines is data as UTF-8, each invalid byte replaced by U+FFFD and its
// line reported.
func utf8Lines(data []byte) (string, []Issue) {
	if utf8.Valid(data) {
		return string(data), nil
	}
	var issues []Issue
	var b strings.Builder
	b.Grow(len(data))
	forLines(data, func(n int, line []byte) {
		if n > 1 {
			b.WriteByte('\n')
		}
		if utf8.Valid(line) {
			b.Write(line)
			return
		}
		fixed := strings.ToValidUTF8(string(line), "\uFFFD")
		issues = append(issues, Issue{Line: n, Reason: InvalidBytes, Detail: shorten(strings.TrimSpace(course.CleanLine(fixed)))})
		b.WriteString(fixed)
	})
	return b.String(), issues
}

// forLines calls fn with each line of data and its number (from 1),
// without its line break.
func forLines(data []byte, fn func(n int, line []byte)) {
	for n := 1; ; n++ {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			fn(n, data)
			return
		}
		fn(n, data[:i])
		data = data[i+1:]
	}
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// shorten keeps the start of a long detail.
func shorten(s string) string {
	if utf8.RuneCountInString(s) <= 80 {
		return s
	}
	r := []rune(s)
	return string(r[:79]) + "…"
}

// detectDelimiter counts commas, semicolons and tabs outside quotes on the
// first non-blank line (the header) and takes the most frequent.
func detectDelimiter(text string) rune {
	line := ""
	for rest := text; rest != ""; {
		l, after, _ := strings.Cut(rest, "\n")
		if strings.TrimSpace(l) != "" {
			line = l
			break
		}
		rest = after
	}
	counts := map[rune]int{}
	quoted := false
	for _, r := range line {
		switch {
		case r == '"':
			quoted = !quoted
		case !quoted && (r == ',' || r == ';' || r == '\t'):
			counts[r]++
		}
	}
	best, n := ',', 0
	for _, d := range []rune{',', ';', '\t'} {
		if counts[d] > n {
			best, n = d, counts[d]
		}
	}
	return best
}

func blank(rec []string) bool {
	for _, f := range rec {
		if f != "" {
			return false
		}
	}
	return true
}
