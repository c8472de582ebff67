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

// footSlack is taken off each page's last fill besides eps. maroto closes
// a page with an empty row of what is left (eps), its height cut to nine
// decimals, which ends it on gofpdf's page-break line to the last bit:
// one rounding the wrong way and gofpdf broke the page there, before its
// footer, which then went to the next page with every later page number
// one behind. With footSlack the cut leaves that row's end half a
// billionth of a millimetre above the line, far more than rounding moves.
const footSlack = 5e-10

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

// pg is one page being filled: its rows with their heights, the outline
// entries that start at a row, and the links drawn over rows.
type pg struct {
	rows     []core.Row
	hs       []float64
	used     float64
	noHeader bool // a cover or a certificate: no running header
	noFooter bool // a certificate: no footer, no page number
	marks    []mark
	links    []link
}

// A mark is a place in the document the outline and the contents link to:
// the top of row `row` of its page.
type mark struct {
	id    int
	title string
	level int // 0 for the outline's top level; -1 for a link target only
	row   int
}

// A link makes a rectangle of a row (x and w in millimetres from the left
// margin, the row's full height) go to a mark.
type link struct {
	row  int
	x, w float64
	dest int // mark id
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
	title  string // running header, left; the PDF's title
	kind   string // running header, right: what the document is
	footer string // the training body
	pages  []*pg
	cur    *pg
	// top and bottom are repeated at the top and bottom of every page: the
	// heading of an attendance sheet and the trainer's signature.
	top, bottom []block
	// coverNext marks the next page as a cover, without running header;
	// bareNext as a page without header nor footer.
	coverNext, bareNext bool
	// bare makes every page without header nor footer (certificates);
	// headless without the running header (sheets, which have their own
	// heading).
	bare, headless bool
	// topRest replaces top once a page has begun with it: the heading of
	// the next pages of an attendance sheet's day.
	topRest []block
	// keepFrom is the first row of the current page that must move with
	// what follows (a heading and its first lines, a table header and its
	// first row) when a page break comes first; -1 when none. keepNeed is
	// the number of rows of content still to come before the group may
	// stay.
	keepFrom, keepNeed int
	// marks not yet attached to a row, the count of marks, and the links
	// waiting for the next row.
	pendingMarks []mark
	nMarks       int
	pendingLinks []link
	adding       bool // addKept is adding a row
	warnings     *warnings
	report       *Report // filled by write when set
}

func newDoc(p Paper, landscape bool, lang string) (*doc, error) {
	f, err := loadFaces()
	if err != nil {
		return nil, err
	}
	return &doc{g: newGeometry(p, landscape), m: measurer{f: f, lang: lang, hy: hyphenatorFor(lang), usage: &usage{}, scratch: &wordScratch{}}, l: locales.New(lang), lang: lang, fonts: f, keepFrom: -1, warnings: &warnings{}}, nil
}

// width is the width available to content.
func (d *doc) width() float64 { return d.g.contentWidth() }

// avail is the content height of a page, between header and footer (the
// whole page between the margins in a document without them).
func (d *doc) avail() float64 {
	switch {
	case d.bare:
		return d.g.usable()
	case d.headless:
		return d.g.usable() - footerHeight
	}
	return d.g.usable() - headerHeight - footerHeight
}

// room is what is left on the current page for content. It keeps eps in
// hand: a page filled to the last hundredth of a millimetre would let
// gofpdf's own page break fire on its footer, putting the footer on a page
// of its own and every later page number one behind.
func (d *doc) room() float64 {
	if d.cur == nil {
		return d.avail() - height(d.bottom) - height(d.top) - eps - footSlack
	}
	return d.avail() - height(d.bottom) - d.cur.used - eps - footSlack
}

// fresh reports whether nothing but the page's repeated top is on it yet.
func (d *doc) fresh() bool { return d.cur == nil || len(d.cur.rows) <= len(d.top) }

func (d *doc) begin() {
	d.cur = &pg{noHeader: d.coverNext || d.bareNext || d.bare, noFooter: d.bareNext || d.bare}
	d.coverNext, d.bareNext = false, false
	d.pages = append(d.pages, d.cur)
	for _, b := range d.top {
		d.push(b.h, b.r)
	}
	if d.topRest != nil {
		d.top, d.topRest = d.topRest, nil
	}
}

// finish ends the current page; the next row starts a new one.
func (d *doc) finish() {
	if d.cur == nil {
		return
	}
	if len(d.bottom) > 0 {
		// The bottom block sits at the foot of the page.
		if gap := d.avail() - height(d.bottom) - d.cur.used - eps - footSlack; gap > 0 {
			d.push(gap, row.New(gap))
		}
		for _, b := range d.bottom {
			d.push(b.h, b.r)
		}
	}
	d.cur = nil
	d.keepFrom, d.keepNeed = -1, 0
}

// breakPage ends the page because what comes does not fit. Rows that must
// stay with what follows (keep) go to the new page with it, unless they
// already start their page. It reports whether rows moved.
func (d *doc) breakPage() bool {
	if d.cur == nil {
		return false
	}
	from := d.keepFrom
	if from < 0 || from <= len(d.top) || from >= len(d.cur.rows) {
		d.finish()
		return false
	}
	old := d.cur
	rows, hs := append([]core.Row(nil), old.rows[from:]...), append([]float64(nil), old.hs[from:]...)
	var marks []mark
	keepMarks := old.marks[:0]
	for _, mk := range old.marks {
		if mk.row >= from {
			mk.row -= from
			marks = append(marks, mk)
		} else {
			keepMarks = append(keepMarks, mk)
		}
	}
	var links []link
	keepLinks := old.links[:0]
	for _, ln := range old.links {
		if ln.row >= from {
			ln.row -= from
			links = append(links, ln)
		} else {
			keepLinks = append(keepLinks, ln)
		}
	}
	old.marks, old.links = keepMarks, keepLinks
	for _, h := range hs {
		old.used -= h
	}
	old.rows, old.hs = old.rows[:from], old.hs[:from]
	need := d.keepNeed
	d.finish()
	d.begin()
	base := len(d.cur.rows)
	for i, r := range rows {
		d.push(hs[i], r)
	}
	for _, mk := range marks {
		mk.row += base
		d.cur.marks = append(d.cur.marks, mk)
	}
	for _, ln := range links {
		ln.row += base
		d.cur.links = append(d.cur.links, ln)
	}
	d.keepFrom, d.keepNeed = base, need
	return true
}

// keep starts (or, when one is open, extends) a group of rows that must
// stay on the page of the next need rows of content: call it before a
// heading or a table header.
func (d *doc) keep(need int) {
	if d.cur == nil {
		d.begin()
	}
	if d.keepFrom < 0 {
		d.keepFrom = len(d.cur.rows)
	}
	d.keepNeed = max(d.keepNeed, need)
}

// push appends a row to the current page without checking the space; the
// marks and links waiting for a row land on it.
func (d *doc) push(h float64, r core.Row) {
	p := d.cur
	for _, mk := range d.pendingMarks {
		mk.row = len(p.rows)
		p.marks = append(p.marks, mk)
	}
	for _, ln := range d.pendingLinks {
		ln.row = len(p.rows)
		p.links = append(p.links, ln)
	}
	d.pendingMarks, d.pendingLinks = d.pendingMarks[:0], d.pendingLinks[:0]
	p.rows = append(p.rows, r)
	p.hs = append(p.hs, h)
	p.used += h
}

// contentRow is the least height of a row that counts as content for a
// keep group: a line of text, a table row; not a gap nor a box's padding.
const contentRow = 3.0

// add places a row of height h, on a new page when it does not fit.
func (d *doc) add(h float64, r core.Row) {
	if h <= 0 {
		return
	}
	if d.cur == nil {
		d.begin()
	} else if h > d.room() && !d.fresh() {
		d.breakPage()
		if d.cur == nil {
			d.begin()
		}
	}
	d.push(h, r)
	if d.keepFrom >= 0 && h >= contentRow && !d.adding {
		if d.keepNeed--; d.keepNeed <= 0 {
			d.keepFrom, d.keepNeed = -1, 0
		}
	}
}

// addKept adds a row that belongs to the open keep group (a heading's
// line, a table header): it does not count as the content the group waits
// for.
func (d *doc) addKept(h float64, r core.Row) {
	d.adding = true
	d.add(h, r)
	d.adding = false
}

// addLines places the rows of one paragraph's lines with widow and orphan
// control: a page neither ends with the paragraph's first line alone nor
// starts with its last line alone. When the lines do not all fit, the
// page ends a line earlier, or before the paragraph (with what keep holds
// to it, a heading). follow is the height of what must share the page of
// the last line (a list's one-line last item, which must not start a
// page alone); 0 when none.
func (d *doc) addLines(bs []block, follow float64) {
	n := len(bs)
	for i := 0; i < n; {
		if d.cur == nil {
			d.begin()
		}
		room := d.room()
		k, h := 0, 0.0
		for i+k < n && h+bs[i+k].h <= room-1e-9 {
			h += bs[i+k].h
			k++
		}
		fits := k
		switch {
		case k == n-i && (follow <= 0 || h+follow <= room-1e-9):
		case k == n-i:
			k -= min(2, k) // the last lines go with what follows, two of them
		case n-i-k == 1:
			k-- // no widow
		}
		if i == 0 && k < 2 && k < n {
			k = 0 // no orphan: the paragraph starts on the next page
		}
		if k == 0 && d.fresh() {
			k = max(fits, 1) // nothing to leave behind: as much as fits
		}
		d.addAll(bs[i : i+k])
		if i += k; i < n {
			d.breakPage()
		}
	}
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
		d.breakPage()
	}
}

// gap adds vertical space, except at the top of a page.
func (d *doc) gap(h float64) {
	if d.fresh() {
		return
	}
	if h >= d.room() {
		d.breakPage()
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

// mark records a place for the outline (level ≥ 0) or for links only
// (level -1) at the next row, and returns its id.
func (d *doc) mark(title string, level int) int {
	d.nMarks++
	d.pendingMarks = append(d.pendingMarks, mark{id: d.nMarks, title: title, level: level})
	return d.nMarks
}

// linkNext makes part of the next row (x, w in millimetres from the left
// margin) a link to mark dest.
func (d *doc) linkNext(x, w float64, dest int) {
	d.pendingLinks = append(d.pendingLinks, link{x: x, w: w, dest: dest})
}

// markPage is the page number of a mark, 0 when not placed.
func (d *doc) markPage(id int) int {
	for i, p := range d.pages {
		for _, mk := range p.marks {
			if mk.id == id {
				return i + 1
			}
		}
	}
	return 0
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

// para adds wrapped spans, without widow nor orphan.
func (d *doc) para(spans []span, f font, indent float64, al align) {
	d.addLines(d.text(spans, f, indent, al), 0)
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

// write hands the pages to maroto, adds the outline, the links and the
// language (finishPDF), and writes the PDF to w.
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
		WithCustomFonts(d.fonts.customFonts(d.m.usage.fallback)).
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
		var rows []core.Row
		if !d.bare && !d.headless {
			rows = d.headerRows(p)
		}
		rows = append(rows, p.rows...)
		if fill := d.avail() - p.used - eps - footSlack; fill > 1e-9 {
			rows = append(rows, row.New(fill))
		}
		switch {
		case d.bare:
		case p.noFooter:
			rows = append(rows, row.New(footerHeight))
		default:
			rows = append(rows, d.footerRows(i+1, n)...)
		}
		mr.AddPages(page.New().Add(rows...))
	}
	out, err := mr.Generate()
	if err != nil {
		return fmt.Errorf("generate the PDF: %w", err)
	}
	pdf, err := finishPDF(out.GetBytes(), d.navigation())
	if err != nil {
		return fmt.Errorf("add the outline and links to the PDF: %w", err)
	}
	if _, err := w.Write(pdf); err != nil {
		return fmt.Errorf("write the PDF: %w", err)
	}
	if d.report != nil {
		d.report.Warnings = append(d.report.Warnings, d.warnings.list...)
		d.report.Pages = n
	}
	return nil
}

// navigation is what finishPDF adds: the outline from the marks, the links,
// the language; positions in millimetres from the page's top left.
func (d *doc) navigation() navigation {
	nav := navigation{pages: len(d.pages), lang: d.lang, height: d.g.height}
	type place struct {
		page int
		y    float64
	}
	at := map[int]place{}
	rowY := func(p *pg, r int) float64 {
		y := d.g.top
		if !d.bare && !d.headless {
			y += headerHeight
		}
		for _, h := range p.hs[:min(r, len(p.hs))] {
			y += h
		}
		return y
	}
	for i, p := range d.pages {
		for _, mk := range p.marks {
			y := rowY(p, mk.row)
			at[mk.id] = place{i, y}
			if mk.level >= 0 {
				nav.outline = append(nav.outline, outlineItem{title: mk.title, level: mk.level, page: i, y: y})
			}
		}
	}
	for i, p := range d.pages {
		for _, ln := range p.links {
			dest, ok := at[ln.dest]
			if !ok || ln.row >= len(p.hs) {
				continue
			}
			y := rowY(p, ln.row)
			nav.links = append(nav.links, pageLink{page: i, x: d.g.left + ln.x, y: y, w: ln.w, h: p.hs[ln.row], destPage: dest.page, destY: dest.y})
		}
	}
	return nav
}
