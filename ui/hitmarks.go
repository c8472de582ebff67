package ui

import (
	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/search"
)

// hits are the words a search matched in a part: the reader highlights
// them in the part a search result opens. The zero value marks nothing.
type hits struct{ part, query string }

// doc parses Markdown of the part with its hits marked.
func (h hits) doc(src string) *course.Document {
	d := course.ParseString(src)
	if h.query != "" {
		d.Blocks = markHits(d.Blocks, h)
	}
	return d
}

// inlines are plain text of the part as one inline, its hits marked.
func (h hits) inlines(text string) []course.Inline {
	return markInlines([]course.Inline{{Text: text}}, h)
}

// markHits is a copy of blocks in which the words the query matches (as
// the search matched them) are inlines of their own with the course.Mark
// style. Links stay whole.
func markHits(blocks []course.Block, h hits) []course.Block {
	out := make([]course.Block, len(blocks))
	for i, b := range blocks {
		b.Inlines = markInlines(b.Inlines, h)
		if b.Header != nil {
			b.Header = markRow(b.Header, h)
		}
		if b.Rows != nil {
			rows := make([][][]course.Inline, len(b.Rows))
			for r, row := range b.Rows {
				rows[r] = markRow(row, h)
			}
			b.Rows = rows
		}
		if b.Items != nil {
			items := make([]course.ListItem, len(b.Items))
			for j, it := range b.Items {
				it.Blocks = markHits(it.Blocks, h)
				items[j] = it
			}
			b.Items = items
		}
		if b.Children != nil {
			b.Children = markHits(b.Children, h)
		}
		out[i] = b
	}
	return out
}

func markRow(row [][]course.Inline, h hits) [][]course.Inline {
	out := make([][]course.Inline, len(row))
	for c, cell := range row {
		out[c] = markInlines(cell, h)
	}
	return out
}

// markInlines cuts each inline around the hits it holds.
func markInlines(in []course.Inline, h hits) []course.Inline {
	if in == nil || h.query == "" {
		return in
	}
	out := make([]course.Inline, 0, len(in))
	for _, s := range in {
		if s.URL != "" {
			out = append(out, s)
			continue
		}
		at := 0
		for _, r := range search.PartMarks(h.part, h.query, s.Text) {
			if r.Start > at {
				out = append(out, course.Inline{Text: s.Text[at:r.Start], Style: s.Style})
			}
			out = append(out, course.Inline{Text: s.Text[r.Start:r.End], Style: s.Style | course.Mark})
			at = r.End
		}
		if at < len(s.Text) {
			out = append(out, course.Inline{Text: s.Text[at:], Style: s.Style})
		}
	}
	return out
}
