package course

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// md is the one goldmark parser of the kit: CommonMark plus GFM (tables,
// task lists, strikethrough, autolinks). It is safe for concurrent use.
var md = goldmark.New(goldmark.WithExtensions(extension.GFM))

// Parse turns Markdown source into the document model.
func Parse(src []byte) *Document {
	root := md.Parser().Parse(text.NewReader(src))
	c := converter{src: src}
	return &Document{Blocks: c.blocks(root)}
}

// ParseString is Parse for a string.
func ParseString(s string) *Document { return Parse([]byte(s)) }

type converter struct{ src []byte }

// blocks converts the block children of n.
func (c converter) blocks(n ast.Node) []Block {
	var out []Block
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		if b, ok := c.block(ch); ok {
			out = append(out, b)
		}
	}
	return out
}

func (c converter) block(n ast.Node) (Block, bool) {
	switch n := n.(type) {
	case *ast.Heading:
		return Block{Kind: BlockHeading, Level: n.Level, Inlines: c.inlines(n, 0, "")}, true
	case *ast.Paragraph, *ast.TextBlock:
		return Block{Kind: BlockParagraph, Inlines: c.inlines(n, 0, "")}, true
	case *ast.List:
		return c.list(n), true
	case *east.Table:
		return c.table(n), true
	case *ast.Blockquote:
		return Block{Kind: BlockQuote, Children: c.blocks(n)}, true
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		return Block{Kind: BlockCode, Text: c.lines(n)}, true
	case *ast.ThematicBreak:
		return Block{Kind: BlockRule}, true
	case *ast.HTMLBlock:
		// Raw HTML is shown as code: the kit never interprets it.
		return Block{Kind: BlockCode, Text: c.lines(n)}, true
	}
	return Block{}, false
}

func (c converter) list(n *ast.List) Block {
	b := Block{Kind: BlockList, Ordered: n.IsOrdered(), Start: n.Start}
	for it := n.FirstChild(); it != nil; it = it.NextSibling() {
		item := ListItem{Blocks: c.blocks(it)}
		// GFM puts the task box as the first inline of the item's first text.
		if first := it.FirstChild(); first != nil {
			if box, ok := first.FirstChild().(*east.TaskCheckBox); ok {
				item.Task, item.Checked = true, box.IsChecked
			}
		}
		b.Items = append(b.Items, item)
	}
	return b
}

func (c converter) table(n *east.Table) Block {
	b := Block{Kind: BlockTable}
	for _, a := range n.Alignments {
		b.Align = append(b.Align, map[east.Alignment]Align{
			east.AlignLeft: AlignLeft, east.AlignCenter: AlignCenter, east.AlignRight: AlignRight,
		}[a])
	}
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		var cells [][]Inline
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cells = append(cells, c.inlines(cell, 0, ""))
		}
		if _, ok := row.(*east.TableHeader); ok {
			b.Header = cells
		} else {
			b.Rows = append(b.Rows, cells)
		}
	}
	return b
}

func (c converter) lines(n ast.Node) string {
	var b strings.Builder
	l := n.Lines()
	for i := 0; i < l.Len(); i++ {
		seg := l.At(i)
		b.Write(seg.Value(c.src))
	}
	return strings.TrimRight(b.String(), "\n")
}

// inlines flattens the inline children of n into styled runs, merging
// neighbours of the same style and link.
func (c converter) inlines(n ast.Node, style Style, url string) []Inline {
	var out []Inline
	add := func(s string, st Style, u string) {
		if s == "" {
			return
		}
		if k := len(out) - 1; k >= 0 && out[k].Style == st && out[k].URL == u {
			out[k].Text += s
			return
		}
		out = append(out, Inline{Text: s, Style: st, URL: u})
	}
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		switch ch := ch.(type) {
		case *ast.Text:
			add(string(ch.Segment.Value(c.src)), style, url)
			if ch.HardLineBreak() {
				add("\n", style, url)
			} else if ch.SoftLineBreak() {
				add(" ", style, url)
			}
		case *ast.String:
			add(string(ch.Value), style, url)
		case *ast.Emphasis:
			st := style | Italic
			if ch.Level >= 2 {
				st = style | Bold
			}
			for _, in := range c.inlines(ch, st, url) {
				add(in.Text, in.Style, in.URL)
			}
		case *ast.CodeSpan:
			for _, in := range c.inlines(ch, style|Code, url) {
				add(in.Text, in.Style, in.URL)
			}
		case *east.Strikethrough:
			for _, in := range c.inlines(ch, style|Strike, url) {
				add(in.Text, in.Style, in.URL)
			}
		case *ast.Link:
			for _, in := range c.inlines(ch, style, string(ch.Destination)) {
				add(in.Text, in.Style, in.URL)
			}
		case *ast.AutoLink:
			u := string(ch.URL(c.src))
			add(string(ch.Label(c.src)), style, u)
		case *ast.Image:
			// Images are not part of the content format: keep their alt text.
			for _, in := range c.inlines(ch, style|Italic, url) {
				add(in.Text, in.Style, in.URL)
			}
		case *east.TaskCheckBox:
			// Recorded on the list item.
		case *ast.RawHTML:
			for i := 0; i < ch.Segments.Len(); i++ {
				seg := ch.Segments.At(i)
				add(string(seg.Value(c.src)), style|Code, url)
			}
		default:
			for _, in := range c.inlines(ch, style, url) {
				add(in.Text, in.Style, in.URL)
			}
		}
	}
	return trimInlines(out)
}

// trimInlines removes the leading space GFM leaves after a task box and any
// trailing spaces of the last run.
func trimInlines(in []Inline) []Inline {
	if len(in) > 0 {
		in[0].Text = strings.TrimLeft(in[0].Text, " ")
		k := len(in) - 1
		in[k].Text = strings.TrimRight(in[k].Text, " ")
	}
	return in
}
