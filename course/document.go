package course

import "strings"

// The document model: one representation of a Markdown text that both the
// screen renderer (ui) and the PDF renderer walk. It keeps only what the kit
// shows, so that each renderer stays a simple switch over block kinds.

// BlockKind says what a Block is.
type BlockKind int

// The kinds of block.
const (
	BlockHeading BlockKind = iota
	BlockParagraph
	BlockList
	BlockTable
	BlockQuote
	BlockCode
	BlockRule
)

// Style is a set of inline text styles.
type Style uint8

// Inline styles; they combine (bold italic).
const (
	Bold Style = 1 << iota
	Italic
	Code
	Strike
	// Mark is a search hit the screen highlights; never read from
	// Markdown (ui sets it on the part a search result opens).
	Mark
)

// Inline is a run of text in one style; URL is set for a link.
type Inline struct {
	Text  string
	Style Style
	URL   string
}

// Align is a table column's alignment.
type Align int

// Column alignments.
const (
	AlignNone Align = iota
	AlignLeft
	AlignCenter
	AlignRight
)

// ListItem is one item of a list; Task marks a GFM task list item.
type ListItem struct {
	Task    bool
	Checked bool
	Blocks  []Block
}

// Block is one block of a document. Which fields are set depends on Kind.
type Block struct {
	Kind    BlockKind
	Level   int      // heading level, 1 to 6
	Inlines []Inline // heading and paragraph text
	// Lists.
	Ordered bool
	Start   int
	Items   []ListItem
	// Tables: Header and each row have one cell per column.
	Header [][]Inline
	Rows   [][][]Inline
	Align  []Align
	// Block quotes hold blocks; code blocks hold Text.
	Children []Block
	Text     string
}

// HasHeader tells whether a table's header row holds any text. Slides
// write "| | |" above a table that has no header (Markdown needs the
// row); the renderers then leave the empty row out.
func (b *Block) HasHeader() bool {
	for _, cell := range b.Header {
		if strings.TrimSpace(PlainText(cell)) != "" {
			return true
		}
	}
	return false
}

// Document is a parsed Markdown text.
type Document struct {
	Blocks []Block
}

// PlainText joins the text of inlines without styles.
func PlainText(in []Inline) string {
	var b strings.Builder
	for _, s := range in {
		b.WriteString(s.Text)
	}
	return b.String()
}

// Headings returns the document's headings in order, at every depth of nesting.
func (d *Document) Headings() []Block {
	var out []Block
	walkBlocks(d.Blocks, func(b *Block) {
		if b.Kind == BlockHeading {
			out = append(out, *b)
		}
	})
	return out
}

// FirstTable returns the first table of the document, or nil.
func (d *Document) FirstTable() *Block {
	var found *Block
	walkBlocks(d.Blocks, func(b *Block) {
		if found == nil && b.Kind == BlockTable {
			found = b
		}
	})
	return found
}

// HasTaskList reports whether any list item is a task.
func (d *Document) HasTaskList() bool {
	has := false
	walkBlocks(d.Blocks, func(b *Block) {
		for _, it := range b.Items {
			if it.Task {
				has = true
			}
		}
	})
	return has
}

// walkBlocks calls fn on every block, depth first, including those nested in
// list items and quotes.
func walkBlocks(blocks []Block, fn func(*Block)) {
	for i := range blocks {
		b := &blocks[i]
		fn(b)
		for _, it := range b.Items {
			walkBlocks(it.Blocks, fn)
		}
		walkBlocks(b.Children, fn)
	}
}

// objectiveWords start the heading of a guide's learning objectives, folded,
// in the four content languages.
var objectiveWords = []string{"objecti", "obiettiv", "learning objectives", "aims"}

// Objectives returns the learning objectives a trainer's guide states: the
// items of the first list under its "Learning objectives" heading (in any
// of the four languages), else under its first second-level heading, each
// as plain text without a final semicolon or full stop. Certificates print
// them.
func (d *Document) Objectives() []string {
	first, match := -1, -1
	for i, b := range d.Blocks {
		if b.Kind != BlockHeading || b.Level != 2 {
			continue
		}
		if first < 0 {
			first = i
		}
		h := Fold(PlainText(b.Inlines))
		for _, w := range objectiveWords {
			if match < 0 && strings.HasPrefix(h, w) {
				match = i
			}
		}
	}
	start := match
	if start < 0 {
		start = first
	}
	if start < 0 {
		return nil
	}
	var out []string
	for _, b := range d.Blocks[start+1:] {
		if b.Kind == BlockHeading && b.Level <= 2 {
			break
		}
		if b.Kind != BlockList {
			continue
		}
		for _, it := range b.Items {
			var parts []string
			for _, c := range it.Blocks {
				if c.Kind == BlockParagraph {
					parts = append(parts, PlainText(c.Inlines))
				}
			}
			if t := strings.TrimRight(strings.TrimSpace(strings.Join(parts, " ")), " ;.,"); t != "" {
				out = append(out, t)
			}
		}
		break
	}
	return out
}
