package ui

import (
	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/search"
)

// markHits is a copy of blocks in which the words query matches (as the
// search matched them) are inlines of their own with the course.Mark
// style: the reader highlights them in the part a search result opens.
// Links stay whole.
func markHits(blocks []course.Block, query string) []course.Block {
	out := make([]course.Block, len(blocks))
	for i, b := range blocks {
		b.Inlines = markInlines(b.Inlines, query)
		if b.Header != nil {
			b.Header = markRow(b.Header, query)
		}
		if b.Rows != nil {
			rows := make([][][]course.Inline, len(b.Rows))
			for r, row := range b.Rows {
				rows[r] = markRow(row, query)
			}
			b.Rows = rows
		}
		if b.Items != nil {
			items := make([]course.ListItem, len(b.Items))
			for j, it := range b.Items {
				it.Blocks = markHits(it.Blocks, query)
				items[j] = it
			}
			b.Items = items
		}
		if b.Children != nil {
			b.Children = markHits(b.Children, query)
		}
		out[i] = b
	}
	return out
}

func markRow(row [][]course.Inline, query string) [][]course.Inline {
	out := make([][]course.Inline, len(row))
	for c, cell := range row {
		out[c] = markInlines(cell, query)
	}
	return out
}

// markInlines cuts each inline around the hits it holds.
func markInlines(in []course.Inline, query string) []course.Inline {
	if in == nil {
		return nil
	}
	out := make([]course.Inline, 0, len(in))
	for _, s := range in {
		if s.URL != "" {
			out = append(out, s)
			continue
		}
		at := 0
		for _, r := range search.Marks(query, s.Text) {
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
