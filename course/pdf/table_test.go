package pdf

import (
	"bytes"
	"strings"
	"testing"

	"github.com/johnfercher/maroto/v2/pkg/consts/border"
	"github.com/socialtech/trainerkit/course"
)

// A slide's table without a header ("| | |") prints no empty shaded row:
// its cells go to the body, in regular type.
func TestTableWithoutHeaderPrintsNone(t *testing.T) {
	b := course.ParseString("| | |\n|---|---|\n| 2,8 millions | d'entités |\n| 6,3 % | de l'emploi |\n").Blocks[0]
	header, rows := tableSpans(&b)
	if header != nil || len(rows) != 2 || rows[0][0][0].text != "2,8 millions" || rows[0][0][0].st != regular {
		t.Errorf("header %v, rows %v", header, rows)
	}
	b = course.ParseString("| Rôle | Tâche |\n|---|---|\n| a | b |\n").Blocks[0]
	if header, _ = tableSpans(&b); len(header) != 2 || header[0][0].st != bold {
		t.Errorf("a header with text: %v", header)
	}
}

// A trainer's bold in a slide's table cell prints in bold, in a printed
// deck as in a handout: the cell's spans keep the style, and the deck's
// page uses the bold face for the word.
func TestSlideTableCellKeepsBold(t *testing.T) {
	b := course.ParseString("| | |\n|---|---|\n| **Durée** | 20 min |\n").Blocks[0]
	_, rows := tableSpans(&b)
	if rows[0][0][0].st != bold || rows[0][1][0].st != regular {
		t.Fatalf("cell styles %v and %v, want bold then regular", rows[0][0][0].st, rows[0][1][0].st)
	}
	needPoppler(t)
	lib := library(t)
	m := lib.Module(1)
	deck := "# Une diapositive\n\n| | |\n|---|---|\n| **GRASCELLULE** | maigrecellule |\n"
	c := course.Apply(lib, []course.Overlay{{Module: m.Key(), Lang: "fr", Part: course.SlidesPart, Edited: true,
		Text: deck, BaseHash: course.Hash(m.Text("fr", course.SlidesPart))}}, nil)
	p := render(t, "deck-bold-cell.pdf", func(w *bytes.Buffer) error {
		return ModuleHandout(w, c, 1, "fr", []string{course.SlidesPart}, Options{})
	})
	if text := pdfText(t, p); !strings.Contains(text, "GRASCELLULE") || !strings.Contains(text, "maigrecellule") {
		t.Fatalf("the printed deck lacks the cells: %q", text)
	}
}

// A table in a slide's frame keeps the frame's padding on the right as on
// the left: its columns end before the frame's border, and the column
// after them shows the frame's shade and right border, not a left one.
func TestTableInAFrameKeepsItsRightPadding(t *testing.T) {
	d, err := newDoc(A4, false, "fr")
	if err != nil {
		t.Fatal(err)
	}
	r := &renderer{doc: d}
	c := ctx{box: slideSides, indent: r.nest(0, 5)}
	b := course.ParseString("| | |\n|---|---|\n| 2,8 millions | d'entités |\n").Blocks[0]
	header, rows := tableSpans(&b)
	tb := r.layoutTable(header, rows, nil, c.indent, r.textWidth(c), fontCell)
	sum := tb.lead + tb.tail
	for _, u := range tb.units {
		sum += u
	}
	if tb.lead == 0 || tb.tail == 0 || sum != grid {
		t.Errorf("lead %d, columns %v, tail %d: want a lead and a tail, %d units in all", tb.lead, tb.units, tb.tail, grid)
	}
	if s := rightSide(slideSides); s.BorderType != border.Right || s.BackgroundColor != slideSides.BackgroundColor {
		t.Errorf("the column right of the table: %+v", s)
	}
	// Out of a frame, a table still takes the whole width.
	if tb := r.layoutTable(header, rows, nil, 0, r.width(), fontCell); tb.tail != 0 {
		t.Errorf("a table on the page leaves %d units on its right", tb.tail)
	}
}
