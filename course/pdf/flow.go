package pdf

import (
	"fmt"
	"io"
	"strings"

	"github.com/johnfercher/maroto/v2"
	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/page"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/config"
	"github.com/johnfercher/maroto/v2/pkg/consts/border"
	"github.com/johnfercher/maroto/v2/pkg/consts/orientation"
	"github.com/johnfercher/maroto/v2/pkg/consts/pagesize"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/props"

	"github.com/socialtech/trainerkit/locales"
)

// The layout is done here, not by maroto: every row has a height measured
// beforehand and every page is filled by this code, which then hands maroto
// whole pages that fit. So nothing relies on maroto's automatic row
// heights (which do not know mixed styles) nor on its page breaking (which
// cannot split a row taller than the space left), and the table of
// contents knows its page numbers.

// grid is maroto's number of grid columns across the content width; fine
// enough to place table columns to a tenth of a millimetre.
const grid = 2000

// eps keeps each page's rows a hair shorter than the page, so that gofpdf's
// automatic page break, which maroto relies on, fires at the next page's
// first row and never inside a page.
const eps = 0.01

// geometry is a page's size and margins, in millimetres.
type geometry struct {
	paper                    Paper
	landscape                bool
	width, height            float64
	left, right, top, bottom float64
}

func newGeometry(p Paper, landscape bool) geometry {
	g := geometry{paper: p, landscape: landscape, width: 210, height: 297, left: 18, right: 18, top: 12, bottom: 10}
	if p == Letter {
		g.width, g.height = 215.9, 279.4
	}
	if landscape {
		g.width, g.height = g.height, g.width
		g.left, g.right, g.top, g.bottom = 12, 12, 10, 8
	}
	return g
}

// contentWidth is the width between the margins.
func (g geometry) contentWidth() float64 { return g.width - g.left - g.right }

// usable is the height between the margins.
func (g geometry) usable() float64 { return g.height - g.top - g.bottom }

// Heights of the running header and footer.
const (
	headerHeight = 11.0
	footerHeight = 9.0
)

// pg is one page being filled.
type pg struct {
	rows     []core.Row
	used     float64
	noHeader bool
}

// block is a row with its height, known before it is placed.
type block struct {
	h float64
	r core.Row
}

func height(bs []block) float64 {
	h := 0.0
	for _, b := range bs {
		h += b.h
	}
	return h
}

// doc is a document being laid out.
type doc struct {
	g      geometry
	m      measurer
	l      *locales.Localizer
	lang   string
	fonts  *faces
	title  string // running header, left
	kind   string // running header, right: what the document is
	footer string // the training body
	pages  []*pg
	cur    *pg
	// top and bottom are repeated at the top and bottom of every page: the
	// heading of an attendance sheet and the trainer's signature.
	top, bottom []block
	// coverNext marks the next page as a cover, without running header.
	coverNext bool
}

func newDoc(p Paper, landscape bool, lang string) (*doc, error) {
	f, err := loadFaces()
	if err != nil {
		return nil, err
	}
	return &doc{g: newGeometry(p, landscape), m: measurer{f: f, lang: lang, hy: hyphenatorFor(lang)}, l: locales.New(lang), lang: lang, fonts: f}, nil
}

// width is the width available to content.
func (d *doc) width() float64 { return d.g.contentWidth() }

// avail is the content height of a page, between header and footer.
func (d *doc) avail() float64 { return d.g.usable() - headerHeight - footerHeight }

// room is what is left on the current page for content.
func (d *doc) room() float64 {
	if d.cur == nil {
		return d.avail() - height(d.bottom) - height(d.top)
	}
	return d.avail() - height(d.bottom) - d.cur.used
}

// fresh reports whether nothing but the page's repeated top is on it yet.
func (d *doc) fresh() bool { return d.cur == nil || len(d.cur.rows) <= len(d.top) }

func (d *doc) begin() {
	d.cur = &pg{noHeader: d.coverNext}
	d.coverNext = false
	d.pages = append(d.pages, d.cur)
	for _, b := range d.top {
		d.push(b.h, b.r)
	}
}

// finish ends the current page; the next row starts a new one.
func (d *doc) finish() {
	if d.cur == nil {
		return
	}
	if len(d.bottom) > 0 {
		// The bottom block sits at the foot of the page.
		if gap := d.avail() - height(d.bottom) - d.cur.used - eps/2; gap > 0 {
			d.push(gap, row.New(gap))
		}
		for _, b := range d.bottom {
			d.push(b.h, b.r)
		}
	}
	d.cur = nil
}

// push appends a row to the current page without checking the space.
func (d *doc) push(h float64, r core.Row) {
	d.cur.rows = append(d.cur.rows, r)
	d.cur.used += h
}

// add places a row of height h, on a new page when it does not fit.
func (d *doc) add(h float64, r core.Row) {
	if h <= 0 {
		return
	}
	if d.cur == nil {
		d.begin()
	} else if h > d.room()+1e-9 && !d.fresh() {
		d.finish()
		d.begin()
	}
	d.push(h, r)
}

// addAll places blocks one after the other.
func (d *doc) addAll(bs []block) {
	for _, b := range bs {
		d.add(b.h, b.r)
	}
}

// ensure starts a new page unless h millimetres fit on this one.
func (d *doc) ensure(h float64) {
	if d.cur != nil && h > d.room() && !d.fresh() {
		d.finish()
	}
}

// gap adds vertical space, except at the top of a page.
func (d *doc) gap(h float64) {
	if d.fresh() {
		return
	}
	if h >= d.room() {
		d.finish()
		return
	}
	d.push(h, row.New(h))
}

// newPage makes the next row start a page.
func (d *doc) newPage() { d.finish() }

// pageNumber is the number of the page the next row goes to, from 1, when
// it fits.
func (d *doc) pageNumber() int {
	if d.cur == nil {
		return len(d.pages) + 1
	}
	return len(d.pages)
}

// lineBlocks makes one row per line of text, so that a paragraph breaks
// across pages between any two lines; indent is the offset of the text,
// width the width it was wrapped to (for centring), bg the style of the
// rows (the shade of a call-out).
func lineBlocks(lines []line, f font, indent, width float64, al align, bg *props.Cell) []block {
	out := make([]block, 0, len(lines))
	for _, ln := range lines {
		c := col.New().Add(ln.components(f, indent, width, 0, al)...)
		r := row.New(f.height).Add(c)
		if bg != nil {
			r.WithStyle(bg)
		}
		out = append(out, block{f.height, r})
	}
	return out
}

// text wraps spans to the width left of indent and makes their rows.
func (d *doc) text(spans []span, f font, indent float64, al align) []block {
	w := d.width() - indent
	return lineBlocks(d.m.wrap(spans, f, w), f, indent, w, al, nil)
}

// para adds wrapped spans.
func (d *doc) para(spans []span, f font, indent float64, al align) {
	d.addAll(d.text(spans, f, indent, al))
}

// space is an empty block of height h.
func space(h float64) block { return block{h, row.New(h)} }

// headerRows is the running header: the session's (or module's) title on
// the left, what the document is on the right; blank on a cover.
func (d *doc) headerRows(p *pg) []core.Row {
	if p.noHeader {
		return []core.Row{row.New(headerHeight)}
	}
	w := d.width()
	lw, rw := w*0.62, w*0.36
	f := fontSmall
	title := d.m.truncate(d.title, regular, f.size, lw)
	kind := d.m.truncate(d.kind, italic, f.size, rw)
	top := 1.0
	comps := line{runs: []run{{text: title, st: regular, w: d.m.width(title, regular, f.size), color: &colorMuted}}}.components(f, 0, lw, top, left)
	kl := line{runs: []run{{text: kind, st: italic, w: d.m.width(kind, italic, f.size), color: &colorMuted}}}
	kl.w = kl.runs[0].w
	comps = append(comps, kl.components(f, 0, w, top, right)...)
	rule := row.New(f.height + top + 0.8).Add(col.New().Add(comps...)).WithStyle(&props.Cell{BorderType: border.Bottom, BorderColor: &colorRule, BorderThickness: 0.2})
	return []core.Row{rule, row.New(headerHeight - (f.height + top + 0.8))}
}

// footerRows is the running footer of page i of n: the training body on
// the left, "i / n" on the right.
func (d *doc) footerRows(i, n int) []core.Row {
	w := d.width()
	f := fontSmall
	num := fmt.Sprintf("%d / %d", i, n)
	nw := d.m.width(num, regular, f.size)
	body := d.m.truncate(d.footer, regular, f.size, w-nw-6)
	comps := line{runs: []run{{text: body, st: regular, color: &colorMuted}}}.components(f, 0, w, 1.5, left)
	nl := line{runs: []run{{text: num, st: regular, w: nw, color: &colorMuted}}, w: nw}
	comps = append(comps, nl.components(f, 0, w, 1.5, right)...)
	return []core.Row{
		row.New(footerHeight - f.height - 1.5).Add(col.New()),
		row.New(f.height + 1.5).Add(col.New().Add(comps...)).WithStyle(&props.Cell{BorderType: border.Top, BorderColor: &colorRule, BorderThickness: 0.2}),
	}
}

// validUTF8 replaces the bytes of s that are not UTF-8, which gofpdf cannot
// read, with question marks.
func validUTF8(s string) string { return strings.ToValidUTF8(s, "?") }

// write hands the pages to maroto and writes the PDF to w.
func (d *doc) write(w io.Writer) error {
	d.finish()
	if len(d.pages) == 0 {
		d.begin()
		d.finish()
	}
	b := config.NewBuilder().
		WithPageSize(pagesize.Type(d.g.paper)).
		WithLeftMargin(d.g.left).WithRightMargin(d.g.right).
		WithTopMargin(d.g.top).WithBottomMargin(d.g.bottom).
		WithMaxGridSize(grid).
		WithCustomFonts(d.fonts.customFonts()).
		WithDefaultFont(&props.Font{Family: family, Size: fontBody.size, Color: &colorText}).
		WithCompression(true).
		WithTitle(validUTF8(d.title), true).
		WithSubject(validUTF8(d.kind), true).
		WithCreator("Social Tech Trainer Kit", true)
	if d.footer != "" {
		b = b.WithAuthor(validUTF8(d.footer), true)
	}
	if d.g.landscape {
		b = b.WithOrientation(orientation.Horizontal)
	}
	mr := maroto.New(b.Build())
	n := len(d.pages)
	for i, p := range d.pages {
		rows := d.headerRows(p)
		rows = append(rows, p.rows...)
		if fill := d.avail() - p.used - eps; fill > 0 {
			rows = append(rows, row.New(fill))
		}
		rows = append(rows, d.footerRows(i+1, n)...)
		mr.AddPages(page.New().Add(rows...))
	}
	out, err := mr.Generate()
	if err != nil {
		return fmt.Errorf("generate the PDF: %w", err)
	}
	if _, err := w.Write(out.GetBytes()); err != nil {
		return fmt.Errorf("write the PDF: %w", err)
	}
	return nil
}
