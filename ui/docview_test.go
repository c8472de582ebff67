package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
)

const docSample = `# Title

## Section

### Sub-section

Text with **bold** and a [link](https://example.org/page).

- [ ] to do
- [x] done

| Tool | Free |
|---|---|
| LibreOffice | yes |
| Office | no |

> Call-out
`

func TestDocViewBlocks(t *testing.T) {
	test.NewTempApp(t)
	v := NewDocView(course.ParseString(docSample))
	w := test.NewWindow(v)
	defer w.Close()
	w.Resize(fyne.NewSize(800, 1200))

	checks := collect[*widget.Check](v)
	if len(checks) != 2 || checks[0].Checked || !checks[1].Checked {
		t.Errorf("task list: %d check boxes", len(checks))
	}
	var tables []*fyne.Container
	for _, c := range collect[*fyne.Container](v) {
		if tl, ok := c.Layout.(*tableLayout); ok && tl.cols == 2 {
			tables = append(tables, c)
		}
	}
	if len(tables) != 1 || len(tables[0].Objects) != 6 {
		t.Fatalf("want one 2-column table of 6 cells, got %d tables", len(tables))
	}
	// Cells of one row share a top; the next row is below.
	cells := tables[0].Objects
	if cells[0].Position().Y != cells[1].Position().Y || cells[2].Position().Y <= cells[0].Position().Y {
		t.Error("table cells are not laid out as a grid")
	}
	var links int
	for _, rt := range deepCollect[*widget.RichText](v) {
		for _, s := range rt.Segments {
			if h, ok := s.(*widget.HyperlinkSegment); ok && h.URL.String() == "https://example.org/page" {
				links++
			}
		}
	}
	if links != 1 {
		t.Errorf("%d hyperlinks, want 1", links)
	}
	var accentBars int
	for _, r := range collect[*canvas.Rectangle](v) {
		if r.FillColor == theme.Color(theme.ColorNamePrimary) {
			accentBars++
		}
	}
	if accentBars != 1 {
		t.Errorf("call-out accent bars: %d", accentBars)
	}
}

func TestHeadingLevelsDistinct(t *testing.T) {
	h1, h2, h3 := headingStyle(1), headingStyle(2), headingStyle(3)
	if h1.SizeName == h2.SizeName || h2 == h3 || h1 == h3 {
		t.Errorf("heading styles not distinct: %+v %+v %+v", h1, h2, h3)
	}
	if !h3.TextStyle.Bold || h3.ColorName != theme.ColorNamePrimary {
		t.Errorf("level 3: %+v", h3)
	}
}

// Wrapped text must take the height it needs at the width it gets, so that
// nothing overlaps.
func TestStackLayoutNoOverlap(t *testing.T) {
	test.NewTempApp(t)
	v := NewDocView(course.ParseString(docSample + "\n\n" + longParagraph))
	w := test.NewWindow(v)
	defer w.Close()
	w.Resize(fyne.NewSize(400, 2000))
	prev := float32(0)
	for i, o := range v.Objects {
		if o.Position().Y < prev {
			t.Errorf("block %d starts at %v, above the end of the previous (%v)", i, o.Position().Y, prev)
		}
		prev = o.Position().Y + o.Size().Height
	}
}

const longParagraph = "Une structure de l'ESS qui numérise son accueil doit penser aux personnes éloignées du numérique, aux bénévoles, aux salarié·es et aux partenaires, et garder un accueil humain pour celles et ceux qui en ont besoin. "

func BenchmarkLayoutLongestPart(b *testing.B) {
	lib := realLib(b)
	longest := ""
	for _, m := range lib.Modules {
		for _, l := range course.Languages {
			for _, p := range course.Parts {
				if s := m.Text(l, p); len(s) > len(longest) {
					longest = s
				}
			}
		}
	}
	a := test.NewApp()
	defer a.Quit()
	w := a.NewWindow("")
	w.Resize(fyne.NewSize(900, 800))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v := NewDocView(course.ParseString(longest))
		w.SetContent(v)
		v.Resize(fyne.NewSize(900, v.MinSize().Height))
	}
	b.ReportMetric(float64(len(longest)), "bytes")
}

// A table whose header row is empty (as slides write them, "| | |") draws
// no empty shaded row: only its body's cells.
func TestTableWithoutHeaderDrawsNone(t *testing.T) {
	test.NewTempApp(t)
	b := course.ParseString("| | |\n|---|---|\n| 1. Projet | 2. Organisation |\n| 3. Outils | 4. Données |\n").Blocks[0]
	if n := len(newTable(&b).(*fyne.Container).Objects); n != 4 {
		t.Errorf("%d cells, want the 4 of the body", n)
	}
	b = course.ParseString("| A | B |\n|---|---|\n| 1 | 2 |\n").Blocks[0]
	if n := len(newTable(&b).(*fyne.Container).Objects); n != 4 {
		t.Errorf("with a header: %d cells, want 4", n)
	}
}
