package course

import (
	"os"
	"strings"
	"testing"
)

const sample = `# Title *here*

Intro with **bold**, _italic_, ` + "`code`" + ` and a [link](https://example.org).

## Section

- one
- two
  - nested
1. first
2. second

- [ ] to do
- [x] done

| Tool | Free? | Notes |
|:-----|:-----:|------:|
| LibreOffice | yes | suite |
| Office | **no** | |

> A call-out
> on two lines.

---
`

func TestParseBlocks(t *testing.T) {
	d := ParseString(sample)
	kinds := []BlockKind{BlockHeading, BlockParagraph, BlockHeading, BlockList, BlockList, BlockList, BlockTable, BlockQuote, BlockRule}
	if len(d.Blocks) != len(kinds) {
		t.Fatalf("got %d blocks, want %d: %+v", len(d.Blocks), len(kinds), d.Blocks)
	}
	for i, k := range kinds {
		if d.Blocks[i].Kind != k {
			t.Errorf("block %d is kind %d, want %d", i, d.Blocks[i].Kind, k)
		}
	}
	if h := d.Blocks[0]; h.Level != 1 || PlainText(h.Inlines) != "Title here" {
		t.Errorf("heading = level %d %q", h.Level, PlainText(h.Inlines))
	}
	if d.Blocks[2].Level != 2 {
		t.Errorf("second heading level %d, want 2", d.Blocks[2].Level)
	}
}

func TestParseInlines(t *testing.T) {
	p := ParseString(sample).Blocks[1].Inlines
	want := []Inline{
		{Text: "Intro with "}, {Text: "bold", Style: Bold}, {Text: ", "}, {Text: "italic", Style: Italic},
		{Text: ", "}, {Text: "code", Style: Code}, {Text: " and a "},
		{Text: "link", URL: "https://example.org"}, {Text: "."},
	}
	if len(p) != len(want) {
		t.Fatalf("got %+v", p)
	}
	for i := range want {
		if p[i] != want[i] {
			t.Errorf("inline %d = %+v, want %+v", i, p[i], want[i])
		}
	}
}

func TestParseListsAndTasks(t *testing.T) {
	d := ParseString(sample)
	bullets := d.Blocks[3]
	if bullets.Ordered || len(bullets.Items) != 2 {
		t.Fatalf("bullets: %+v", bullets)
	}
	nested := bullets.Items[1].Blocks
	if len(nested) != 2 || nested[1].Kind != BlockList || PlainText(nested[1].Items[0].Blocks[0].Inlines) != "nested" {
		t.Errorf("nested list lost: %+v", nested)
	}
	ordered := d.Blocks[4]
	if !ordered.Ordered || ordered.Start != 1 || len(ordered.Items) != 2 {
		t.Errorf("ordered: %+v", ordered)
	}
	tasks := d.Blocks[5]
	if !tasks.Items[0].Task || tasks.Items[0].Checked || !tasks.Items[1].Task || !tasks.Items[1].Checked {
		t.Errorf("task states: %+v", tasks.Items)
	}
	if got := PlainText(tasks.Items[0].Blocks[0].Inlines); got != "to do" {
		t.Errorf("task text %q", got)
	}
	if !d.HasTaskList() {
		t.Error("HasTaskList false")
	}
}

func TestParseTable(t *testing.T) {
	tb := ParseString(sample).FirstTable()
	if tb == nil {
		t.Fatal("no table")
	}
	if len(tb.Header) != 3 || len(tb.Rows) != 2 {
		t.Fatalf("table %dx%d", len(tb.Header), len(tb.Rows))
	}
	if got := []Align{tb.Align[0], tb.Align[1], tb.Align[2]}; got[0] != AlignLeft || got[1] != AlignCenter || got[2] != AlignRight {
		t.Errorf("alignments %v", got)
	}
	if c := tb.Rows[1][1]; len(c) != 1 || c[0].Style != Bold || c[0].Text != "no" {
		t.Errorf("bold cell %+v", c)
	}
	if len(tb.Rows[1][2]) != 0 {
		t.Errorf("empty cell %+v", tb.Rows[1][2])
	}
}

func TestParseQuote(t *testing.T) {
	q := ParseString(sample).Blocks[7]
	if len(q.Children) != 1 || PlainText(q.Children[0].Inlines) != "A call-out on two lines." {
		t.Errorf("quote %+v", q.Children)
	}
}

func TestParseAccentsAndEmoji(t *testing.T) {
	d := ParseString("Élan, «citoyenneté», ñandú, Łódź, Ω 👍")
	if got := PlainText(d.Blocks[0].Inlines); got != "Élan, «citoyenneté», ñandú, Łódź, Ω 👍" {
		t.Errorf("got %q", got)
	}
}

func TestCountWords(t *testing.T) {
	if n := CountWords("# Title\n\n- **one** two | three\n"); n != 4 {
		t.Errorf("CountWords = %d, want 4", n)
	}
	if n := CountWords(strings.Repeat("mot ", 700)); n != 700 {
		t.Errorf("CountWords = %d", n)
	}
}

func TestObjectives(t *testing.T) {
	lib, err := Load(os.DirFS("../assets/course"))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range lib.Modules {
		for _, lang := range Languages {
			objs := ParseString(m.Text(lang, Guide)).Objectives()
			if len(objs) < 3 || len(objs) > 6 {
				t.Errorf("module %d %s: %d objectives %q", m.Number, lang, len(objs), objs)
			}
		}
	}
	d := ParseString("# Guide\n\n## Plan\n\n- not this\n\n## Objectifs pédagogiques\n\nÀ la fin :\n\n1. **expliquer** la transition ;\n2. réaliser un diagnostic.\n\n- not this one\n")
	if got := d.Objectives(); len(got) != 2 || got[0] != "expliquer la transition" || got[1] != "réaliser un diagnostic" {
		t.Errorf("%q", got)
	}
	if got := ParseString("# Own guide\n\n## Goals\n\n- write a plan\n").Objectives(); len(got) != 1 || got[0] != "write a plan" {
		t.Errorf("first section's list: %q", got)
	}
}

// A table whose header row is empty (slides write "| | |") has no header
// for the renderers; one cell with text is enough to keep it.
func TestTableHasHeader(t *testing.T) {
	for src, want := range map[string]bool{
		"| | |\n|---|---|\n| 2,8 millions | d'entités |\n":  false,
		"| | exemple |\n|---|---|\n| Activité | foyers |\n": true,
		"| A | B |\n|---|---|\n| 1 | 2 |\n":                 true,
	} {
		b := ParseString(src).Blocks[0]
		if b.Kind != BlockTable || b.HasHeader() != want {
			t.Errorf("%q: kind %v, HasHeader %v", src, b.Kind, b.HasHeader())
		}
	}
}
