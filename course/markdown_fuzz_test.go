package course

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// FuzzParse: any Markdown source parses into the document model without
// panicking, and every text goldmark finds in it (text runs, code spans and
// blocks, raw HTML shown as code, link and image labels) survives in the
// document, so that nothing a trainer wrote silently disappears from the
// screen or the PDF. Seeds: testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	f.Add(sample)
	f.Fuzz(func(t *testing.T, src string) {
		doc := ParseString(src)
		doc.Headings()
		doc.FirstTable()
		doc.HasTaskList()
		got := documentText(doc)
		for _, want := range sourceTexts([]byte(src)) {
			if !strings.Contains(got, want) {
				t.Fatalf("text %q of the source is missing from the document\nsource: %q\ndocument text: %q", want, src, got)
			}
		}
	})
}

// sourceTexts lists the texts goldmark's syntax tree holds, trimmed.
func sourceTexts(src []byte) []string {
	var out []string
	keep := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	root := md.Parser().Parse(text.NewReader(src))
	ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			keep(string(n.Segment.Value(src)))
		case *ast.String:
			keep(string(n.Value))
		case *ast.RawHTML:
			for i := 0; i < n.Segments.Len(); i++ {
				seg := n.Segments.At(i)
				keep(string(seg.Value(src)))
			}
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				keep(string(seg.Value(src)))
			}
		case *ast.AutoLink:
			keep(string(n.Label(src)))
		}
		return ast.WalkContinue, nil
	})
	return out
}

// documentText joins every text of a document: inline runs, link targets,
// code, table cells, list items and quotes.
func documentText(d *Document) string {
	var b strings.Builder
	inl := func(in []Inline) {
		for _, s := range in {
			b.WriteString(s.Text)
			b.WriteString("\x00")
			b.WriteString(s.URL)
			b.WriteString("\x00")
		}
		b.WriteString("\n")
	}
	var blocks func([]Block)
	blocks = func(bs []Block) {
		for _, bl := range bs {
			inl(bl.Inlines)
			for _, c := range bl.Header {
				inl(c)
			}
			for _, r := range bl.Rows {
				for _, c := range r {
					inl(c)
				}
			}
			for _, it := range bl.Items {
				blocks(it.Blocks)
			}
			blocks(bl.Children)
			b.WriteString(bl.Text)
			b.WriteString("\n")
		}
	}
	blocks(d.Blocks)
	return b.String()
}

func TestDocumentKeepsSourceTexts(t *testing.T) {
	doc := ParseString(sample)
	got := documentText(doc)
	texts := sourceTexts([]byte(sample))
	if len(texts) < 10 || !utf8.ValidString(got) {
		t.Fatalf("%d texts", len(texts))
	}
	for _, w := range texts {
		if !strings.Contains(got, w) {
			t.Errorf("%q missing", w)
		}
	}
}
