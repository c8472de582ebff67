package search

import (
	"strings"

	"github.com/socialtech/trainerkit/course"
)

// Section is a part of a document between two headings: the heading and the
// blocks that follow it up to the next heading. A document that does not
// start with a heading has a first section without heading (Level 0).
//
// The search results point at sections by their index in Sections(doc); the
// side-by-side view can use the same split to keep two languages level, since
// every language of a part has the same headings.
type Section struct {
	// Block is the index in doc.Blocks of the section's first block (its
	// heading): the renderer scrolls to the widget of that block.
	Block int
	// End is one past the index of the section's last block.
	End int
	// Heading is the plain text of the heading, "" for a section before the
	// first heading; Level is its level (1 to 6, 0 without heading).
	Heading string
	Level   int
	// Text is the plain text of the section's blocks after the heading, without
	// Markdown markup: one line per paragraph, list item, table row or code
	// line; table cells are separated by " · ".
	Text string
}

// Sections splits a document at its top-level headings. An empty document
// has no sections.
func Sections(doc *course.Document) []Section {
	if doc == nil {
		return nil
	}
	var out []Section
	var b strings.Builder
	flush := func(end int) {
		if k := len(out) - 1; k >= 0 {
			out[k].End = end
			out[k].Text = strings.TrimRight(b.String(), "\n")
			b.Reset()
		}
	}
	for i := range doc.Blocks {
		blk := &doc.Blocks[i]
		if blk.Kind == course.BlockHeading {
			flush(i)
			out = append(out, Section{Block: i, Heading: course.PlainText(blk.Inlines), Level: blk.Level})
			continue
		}
		if len(out) == 0 {
			out = append(out, Section{Block: 0})
		}
		writeBlock(&b, blk)
	}
	flush(len(doc.Blocks))
	return out
}

// writeBlock appends the plain text of a block, ending with a newline when it
// wrote anything.
func writeBlock(b *strings.Builder, blk *course.Block) {
	line := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	switch blk.Kind {
	case course.BlockHeading, course.BlockParagraph:
		line(course.PlainText(blk.Inlines))
	case course.BlockList:
		for _, it := range blk.Items {
			for j := range it.Blocks {
				writeBlock(b, &it.Blocks[j])
			}
		}
	case course.BlockTable:
		row := func(cells [][]course.Inline) {
			texts := make([]string, 0, len(cells))
			for _, c := range cells {
				if t := strings.TrimSpace(course.PlainText(c)); t != "" {
					texts = append(texts, t)
				}
			}
			line(strings.Join(texts, " · "))
		}
		row(blk.Header)
		for _, r := range blk.Rows {
			row(r)
		}
	case course.BlockQuote:
		for j := range blk.Children {
			writeBlock(b, &blk.Children[j])
		}
	case course.BlockCode:
		line(blk.Text)
	}
}
