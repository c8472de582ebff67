// Package roster reads participant lists as they arrive from spreadsheets
// (any of comma, semicolon or tab; UTF-8 with or without BOM, UTF-16 or
// Windows-1252; headers in French, English, Italian or Spanish) and writes
// them back out as CSV that spreadsheets open safely.
package roster

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// MaxFileSize bounds what Read accepts: a participant list is kilobytes; a
// larger file is a mistake (the wrong file chosen).
const MaxFileSize = 20 << 20

// Table is a CSV file decoded: its header and rows, each with its line.
type Table struct {
	Encoding  string // "UTF-8", "UTF-8 (BOM)", "UTF-16", "Windows-1252"
	Delimiter rune
	Header    []string
	Rows      []Row
}

// Row is one record of the file and the line it starts on.
type Row struct {
	Line   int
	Fields []string
}

// ErrEmpty is returned for a file with no header row.
var ErrEmpty = errors.New("the file is empty")

// Read decodes and parses a participant list.
func Read(data []byte) (*Table, error) {
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("the file is %d MB, more than a participant list can be (%d MB at most)", len(data)>>20, MaxFileSize>>20)
	}
	text, enc, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("decode the file: %w", err)
	}
	t := &Table{Encoding: enc, Delimiter: detectDelimiter(text)}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = t.Delimiter
	r.FieldsPerRecord = -1 // rows may have more or fewer fields: reported, not fatal
	r.LazyQuotes = true    // a stray quote in a name is data, not an error
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := r.FieldPos(0)
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		line, _ := r.FieldPos(0)
		for i := range rec {
			rec[i] = clean(rec[i])
		}
		if blank(rec) {
			continue
		}
		if t.Header == nil {
			t.Header = rec
			continue
		}
		t.Rows = append(t.Rows, Row{Line: line, Fields: rec})
	}
	if t.Header == nil {
		return nil, ErrEmpty
	}
	return t, nil
}

// decode turns the bytes into text: a BOM says UTF-8 or UTF-16; valid UTF-8
// is UTF-8; anything else is taken as Windows-1252, what Excel writes on
// Western European systems (a superset of Latin-1's printable characters).
func decode(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return string(data[3:]), "UTF-8 (BOM)", nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder()
		out, _, err := transform.Bytes(dec, data)
		return string(out), "UTF-16", err
	case utf8.Valid(data):
		return string(data), "UTF-8", nil
	}
	out, _, err := transform.Bytes(charmap.Windows1252.NewDecoder(), data)
	return string(out), "Windows-1252", err
}

// detectDelimiter counts commas, semicolons and tabs outside quotes on the
// first non-blank line (the header) and takes the most frequent.
func detectDelimiter(text string) rune {
	line := ""
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			line = l
			break
		}
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

// clean trims a field and drops control characters, which spreadsheets
// never show and which would break printing.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\n' {
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

func blank(rec []string) bool {
	for _, f := range rec {
		if f != "" {
			return false
		}
	}
	return true
}
