package course

import "strings"

// Heading is a section heading of a part, as the trainer picks it to hide.
type Heading struct {
	Level int    // 1 to 6
	Text  string // the heading's text without the #
}

// Headings lists the ATX headings (# to ######) of a Markdown text, outside
// fenced code, in order.
func Headings(text string) []Heading {
	var out []Heading
	forEachLine(text, func(line string, fenced bool) {
		if fenced {
			return
		}
		if h, ok := parseHeading(line); ok {
			out = append(out, h)
		}
	})
	return out
}

// RemoveSections returns text without the sections whose heading text is in
// hidden: from the heading to the next heading of the same or a higher
// level. Headings are compared as written, without the #.
func RemoveSections(text string, hidden []string) string {
	if len(hidden) == 0 {
		return text
	}
	drop := map[string]bool{}
	for _, h := range hidden {
		drop[strings.TrimSpace(h)] = true
	}
	var b strings.Builder
	skipLevel := 0 // > 0 while inside a hidden section of that level
	forEachLine(text, func(line string, fenced bool) {
		if !fenced {
			if h, ok := parseHeading(line); ok {
				if skipLevel > 0 && h.Level <= skipLevel {
					skipLevel = 0
				}
				if skipLevel == 0 && drop[h.Text] {
					skipLevel = h.Level
				}
			}
		}
		if skipLevel == 0 {
			b.WriteString(line)
			b.WriteByte('\n')
		}
	})
	return b.String()
}

// forEachLine calls fn with each line of text and whether it sits inside a
// fenced code block (``` or ~~~), where a # is not a heading.
func forEachLine(text string, fn func(line string, fenced bool)) {
	fence := ""
	for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		t := strings.TrimSpace(line)
		switch {
		case fence == "" && (strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~")):
			fence = t[:3]
			fn(line, true)
		case fence != "" && strings.HasPrefix(t, fence):
			fence = ""
			fn(line, true)
		default:
			fn(line, fence != "")
		}
	}
}

// parseHeading reads an ATX heading line: up to three spaces, 1-6 #, a space.
func parseHeading(line string) (Heading, bool) {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return Heading{}, false
	}
	level := 0
	for level < len(t) && t[level] == '#' {
		level++
	}
	if level == 0 || level > 6 || (level < len(t) && t[level] != ' ' && t[level] != '\t') {
		return Heading{}, false
	}
	text := strings.TrimSpace(t[level:])
	text = strings.TrimSpace(strings.TrimRight(text, "#"))
	return Heading{Level: level, Text: text}, true
}

// Plain is the heading as a reader sees it, without Markdown marks
// ("**Les moyens**" reads "Les moyens"); hidden sections are still stored
// under Text, as written.
func (h Heading) Plain() string { return PlainHeading(h.Text) }

// PlainHeading reads a heading's Markdown text as plain text.
func PlainHeading(text string) string {
	doc := ParseString(text)
	if len(doc.Blocks) > 0 {
		if s := PlainText(doc.Blocks[0].Inlines); s != "" {
			return s
		}
	}
	return text
}
