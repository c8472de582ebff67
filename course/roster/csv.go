package roster

import "strings"

// The kit reads CSV itself rather than with encoding/csv: with LazyQuotes a
// stray quote ran on to the next quote in the file and swallowed every line
// in between into one field, and without it one such quote stopped the
// whole import. Here a quoted field may span lines only when it closes
// within maxQuotedLines lines and its record has as many fields as the
// header (a cell with line breaks, as spreadsheets write them); a quote out
// of place makes its field read as written, quotes included, up to the next
// delimiter or the end of its line, and the line is reported. Each line is
// read at most maxQuotedLines+2 times: the time stays linear in the size
// of the file.

// parser reads records from the decoded text.
type parser struct {
	text  string
	pos   int // where the next record starts
	line  int // its line number
	delim byte

	progress    func(done, total int)
	total, step int // lines in the text; lines between two calls of progress
	reported    int
}

// record is one record, the line it starts on, and what was odd in it.
type record struct {
	line   int
	fields []string
	issues []Issue
}

func (p *parser) done() bool { return p.pos >= len(p.text) }

// record reads the next record. header is the header's number of fields (0
// while the header is being read).
func (p *parser) record(header int) record {
	rec := record{line: p.line}
	s := p.scan(p.pos, true)
	if s.aborted || (s.lines > 0 && (header == 0 || len(s.fields) != header)) {
		s = p.scan(p.pos, false)
		s.malformed = true
	}
	rec.fields = s.fields
	if s.malformed {
		rec.issues = append(rec.issues, Issue{Line: rec.line, Reason: MalformedQuote, Detail: shorten(s.odd)})
	}
	p.pos, p.line = s.next, p.line+s.lines+1
	if p.progress != nil && p.line-p.reported >= p.step {
		p.reported = p.line
		p.progress(min(p.line-1, p.total), p.total)
	}
	return rec
}

// scanned is what scan read.
type scanned struct {
	fields    []string
	next      int    // where the following record starts
	lines     int    // line breaks inside quoted fields
	malformed bool   // a quote was out of place (single-line mode)
	aborted   bool   // multi-line mode gave up: read the line again alone
	odd       string // the field read as written
}

// scan reads one record from pos. With multiline, a quoted field may hold
// line breaks, up to maxQuotedLines; a quote out of place after a line
// break, or no closing quote, aborts (the caller reads the line again
// without multiline). Without multiline, the end of the line ends every
// field, and a quote out of place makes its field read as written.
func (p *parser) scan(pos int, multiline bool) scanned {
	var s scanned
	t := p.text
	for {
		start := pos
		var field string
		if pos < len(t) && t[pos] == '"' {
			var b strings.Builder
			closed, unclosed := false, false
			for i := pos + 1; ; {
				if i >= len(t) {
					if s.lines > 0 {
						s.aborted = true
						return s
					}
					unclosed = true
					break
				}
				c := t[i]
				switch {
				case c == '"' && i+1 < len(t) && t[i+1] == '"':
					b.WriteByte('"')
					i += 2
					continue
				case c == '"' && (i+1 == len(t) || t[i+1] == p.delim || t[i+1] == '\n' || t[i+1] == '\r'):
					closed, pos = true, i+1
				case c == '"':
					// A quote followed by text: out of place.
					if s.lines > 0 {
						s.aborted = true
						return s
					}
					pos = i
				case c == '\n' && !multiline:
					unclosed = true
				case c == '\n':
					s.lines++
					if s.lines > maxQuotedLines {
						s.aborted = true
						return s
					}
					b.WriteByte(c)
					i++
					continue
				default:
					b.WriteByte(c)
					i++
					continue
				}
				break
			}
			switch {
			case closed:
				field = b.String()
			case unclosed:
				// Never closed: the quote is a character of its field,
				// which ends at the first delimiter.
				pos = endOfField(t, start+1, p.delim)
				field = strings.TrimSuffix(t[start:pos], "\r")
				s.malformed, s.odd = true, field
			default:
				// Closed, then text: read as written, up to the
				// delimiter or the line's end.
				pos = endOfField(t, pos, p.delim)
				field = strings.TrimSuffix(t[start:pos], "\r")
				s.malformed, s.odd = true, field
			}
		} else {
			pos = endOfField(t, pos, p.delim)
			field = strings.TrimSuffix(t[start:pos], "\r")
		}
		s.fields = append(s.fields, field)
		switch {
		case pos < len(t) && t[pos] == p.delim:
			pos++
		case pos < len(t) && t[pos] == '\r' && pos+1 < len(t) && t[pos+1] == '\n':
			s.next = pos + 2
			return s
		case pos < len(t) && t[pos] == '\r':
			// A closing quote followed by a lone CR: the field ends there.
			pos = endOfField(t, pos, p.delim)
			if pos < len(t) && t[pos] == p.delim {
				pos++
				continue
			}
			s.next = min(len(t), pos+1)
			return s
		default: // '\n' or the end
			s.next = min(len(t), pos+1)
			return s
		}
	}
}

// endOfField is the index of the delimiter or line break that ends the
// field running from pos (len(t) at the end).
func endOfField(t string, pos int, delim byte) int {
	for i := pos; i < len(t); i++ {
		if t[i] == delim || t[i] == '\n' {
			return i
		}
	}
	return len(t)
}
