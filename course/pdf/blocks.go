package pdf

import (
	"fmt"
	"math"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/consts/border"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/props"

	"github.com/socialtech/trainerkit/course"
)

// ctx is where a block is drawn: indent is the offset of its text from the
// left margin; inside a call-out, box is the call-out's style and boxX its
// left edge.
type ctx struct {
	indent float64
	boxX   float64
	box    *props.Cell
	depth  int // list nesting
}

// units converts a width in millimetres into grid columns of the content
// width, and back.
func (d *doc) units(w float64) int {
	return int(math.Round(w / d.width() * grid))
}

func (d *doc) colWidth(u int) float64 {
	// As maroto computes it, so that text measured here fits there.
	return d.width() * (float64(u) / float64(grid))
}

// lineRow makes the row of one line of text in ctx c; extra components
// (a list marker) join the line.
func (d *doc) lineRow(ln line, f font, c ctx, width float64, al align, extra []core.Component) core.Row {
	if c.box == nil {
		comps := append(ln.components(f, c.indent, width, 0, al), extra...)
		return row.New(f.height).Add(col.New().Add(comps...))
	}
	u := d.units(c.boxX)
	x := c.indent - d.colWidth(u)
	comps := append(ln.components(f, x, width, 0, al), extra...)
	var cols []core.Col
	if u > 0 {
		cols = append(cols, col.New(u))
	}
	cols = append(cols, col.New(grid-u).WithStyle(c.box).Add(comps...))
	return row.New(f.height).Add(cols...)
}

// emptyRow is vertical space in ctx c: shaded inside a call-out.
func (d *doc) emptyRow(h float64, c ctx) core.Row {
	if c.box == nil {
		return row.New(h)
	}
	u := d.units(c.boxX)
	var cols []core.Col
	if u > 0 {
		cols = append(cols, col.New(u))
	}
	return row.New(h).Add(append(cols, col.New(grid-u).WithStyle(c.box))...)
}

// minTextWidth is the narrowest column text is ever squeezed into: lists
// and call-outs nested deeper than the page allows stop indenting there.
const minTextWidth = 40.0

// nest is the indent of content nested by more millimetres under indent,
// or indent itself when the nesting would leave less than minTextWidth.
func (d *doc) nest(indent, by float64) float64 {
	if d.width()-indent-by < minTextWidth {
		return indent
	}
	return indent + by
}

// textWidth is the width text has in ctx c.
func (d *doc) textWidth(c ctx) float64 {
	w := d.width() - c.indent
	if c.box != nil {
		w -= 2 // right padding of a call-out
	}
	return w
}

// renderer draws the document model.
type renderer struct {
	*doc
	// marker is a list marker waiting for the first line of its item.
	marker []core.Component
	// handout is set for what participants get: parts print without the
	// sections the trainer hid.
	handout bool
	// brief is set for the agenda on the wall: blocks print their title
	// and notes alone (agendaActivity).
	brief bool
	// follow is what the last paragraph of a list item at depth
	// followDepth must share its page with, in millimetres: the list's
	// last item when it is one line (list).
	follow      float64
	followDepth int
}

// spaceIn adds vertical space in ctx c, except at the top of a page.
func (r *renderer) spaceIn(h float64, c ctx) {
	if c.box == nil {
		r.gap(h)
		return
	}
	if r.fresh() {
		return
	}
	if h >= r.room() {
		r.finish()
		return
	}
	r.push(h, r.emptyRow(h, c))
}

// lines adds a paragraph's wrapped lines, one row each, without widow
// nor orphan.
func (r *renderer) lines(lines []line, f font, c ctx, width float64) {
	r.linesThen(lines, f, c, width, 0)
}

// linesThen is lines whose last line keeps follow millimetres of what
// comes next on its page.
func (r *renderer) linesThen(lines []line, f font, c ctx, width, follow float64) {
	bs := make([]block, len(lines))
	for i, ln := range lines {
		bs[i] = block{f.height, r.lineRow(ln, f, c, width, left, r.marker)}
		r.marker = nil
	}
	r.addLines(bs, follow)
}

// blocks draws blocks in ctx c.
func (r *renderer) blocks(bs []course.Block, c ctx) {
	for i := range bs {
		r.block(&bs[i], c, i == len(bs)-1)
	}
}

func (r *renderer) block(b *course.Block, c ctx, last bool) {
	gap := paraGap
	if c.depth > 0 {
		gap = itemGap
	}
	switch b.Kind {
	case course.BlockHeading:
		r.heading(b, c)
	case course.BlockParagraph:
		w := r.textWidth(c)
		lines := r.m.wrap(spansOf(b.Inlines, regular, nil), fontBody, w)
		follow := 0.0
		if last && c.depth > 0 && c.depth == r.followDepth {
			follow = r.follow
		}
		if c.depth == 0 && !last && len(lines) == 1 && leadIn(b.Inlines) {
			// A line in bold alone ("**European Union**") heads what
			// follows, as a heading does: it stays with the first two
			// lines after it (its own line counts as one of three).
			r.keep(3)
			r.lines(lines, fontBody, c, w)
		} else {
			r.linesThen(lines, fontBody, c, w, follow)
		}
		if !last || c.depth == 0 {
			r.spaceIn(gap, c)
		}
	case course.BlockList:
		r.list(b, c)
		if c.depth == 0 {
			r.spaceIn(paraGap, c)
		}
	case course.BlockTable:
		r.flushMarker(c)
		r.table(b, c)
		r.spaceIn(paraGap+1, c)
	case course.BlockQuote:
		r.flushMarker(c)
		r.quote(b, c)
		r.spaceIn(paraGap, c)
	case course.BlockCode:
		r.flushMarker(c)
		r.code(b, c)
		r.spaceIn(paraGap, c)
	case course.BlockRule:
		r.flushMarker(c)
		r.spaceIn(1.5, c)
		r.add(2, row.New(2).Add(col.New().WithStyle(&props.Cell{BorderType: border.Bottom, BorderColor: &colorRule, BorderThickness: 0.3})))
		r.spaceIn(3.5, c)
	}
}

// leadIn reports whether a paragraph is all bold: a line that heads the
// text after it.
func leadIn(in []course.Inline) bool {
	for _, x := range in {
		if x.Style&course.Bold == 0 && strings.TrimSpace(x.Text) != "" {
			return false
		}
	}
	return len(in) > 0
}

// flushMarker gives a waiting list marker its own line, before a block
// that is not text.
func (r *renderer) flushMarker(c ctx) {
	if r.marker != nil {
		r.lines([]line{{}}, fontBody, c, 0)
	}
}

func (r *renderer) heading(b *course.Block, c ctx) {
	lvl := min(max(b.Level, 1), 6)
	f := fontH[lvl]
	st, color := bold, &colorText
	switch {
	case lvl <= 2:
		color = &colorAccent
	case lvl == 4:
		st = boldItalic
	case lvl >= 5:
		color = &colorMuted
	}
	before := [...]float64{0, 5, 4.5, 3.2, 2.4, 2, 2}[lvl]
	after := [...]float64{0, 3.5, 2, 1.4, 1, 1, 1}[lvl]
	w := r.textWidth(c)
	lines := r.m.wrap(spansOf(b.Inlines, st, color), f, w)
	r.spaceIn(before, c)
	// A heading stays with the first two lines of what follows it: when
	// they do not fit, it moves to the next page with them.
	r.keep(2)
	for i, ln := range lines {
		rw := r.lineRow(ln, f, c, w, left, r.marker)
		r.marker = nil
		if lvl == 1 && i == len(lines)-1 && c.box == nil {
			rw.WithStyle(&props.Cell{BorderType: border.Bottom, BorderColor: &colorAccent, BorderThickness: 0.4})
		}
		r.addKept(f.height, rw)
	}
	r.spaceIn(after, c)
}

var bullets = []string{"•", "◦", "▪"}

func (r *renderer) list(b *course.Block, c ctx) {
	f := fontBody
	// Numbers need room for the widest one.
	mw := listIndent
	if b.Ordered {
		widest := fmt.Sprintf("%d.", b.Start+len(b.Items)-1)
		mw = max(mw, r.m.width(widest, regular, f.size)+2)
	}
	for i, it := range b.Items {
		var m line
		mf := f
		color := &colorAccent
		switch {
		case it.Task:
			box := "☐"
			if it.Checked {
				box = "☑"
			}
			mf = font{size: 12.5, height: f.height}
			m = line{runs: []run{{text: box, st: regular, color: &colorText}}}
		case b.Ordered:
			m = line{runs: []run{{text: fmt.Sprintf("%d.", b.Start+i), st: regular, color: color}}}
		default:
			m = line{runs: []run{{text: bullets[c.depth%len(bullets)], st: regular, color: color}}}
		}
		// The marker sits on the baseline of the item's first line.
		top := f.top() + f.mm() - mf.mm() - mf.top()
		if it.Task {
			top += 0.15
		}
		inner := c
		step := mw
		if it.Task {
			step = max(mw, r.m.width("☐", regular, mf.size)+2.2)
		}
		inner.indent = r.nest(c.indent, step)
		x := c.indent
		if inner.indent == c.indent {
			// Nested too deep to indent again: the marker hangs left of
			// the text, where the level above has its own.
			x = max(0, c.indent-step)
		}
		if c.box != nil {
			x -= r.colWidth(r.units(c.boxX))
		}
		r.marker = m.components(mf, x, 0, top, left)
		inner.depth = c.depth + 1
		if len(it.Blocks) == 0 {
			r.flushMarker(inner)
		}
		saved, savedDepth := r.follow, r.followDepth
		if i == len(b.Items)-2 && endsInParagraph(it.Blocks) && r.oneLine(b.Items[i+1].Blocks, r.textWidth(inner)) {
			// The last item, one line, does not start a page alone: the
			// end of this one goes with it.
			r.follow, r.followDepth = itemGap+f.height, inner.depth
		}
		r.blocks(it.Blocks, inner)
		r.follow, r.followDepth = saved, savedDepth
		r.marker = nil
		if i < len(b.Items)-1 {
			r.spaceIn(itemGap, c)
		}
	}
}

// endsInParagraph reports whether a list item's last block is a
// paragraph.
func endsInParagraph(bs []course.Block) bool {
	return len(bs) > 0 && bs[len(bs)-1].Kind == course.BlockParagraph
}

// oneLine reports whether a list item is one paragraph of one line at
// width.
func (r *renderer) oneLine(bs []course.Block, width float64) bool {
	return len(bs) == 1 && bs[0].Kind == course.BlockParagraph && len(r.m.wrap(spansOf(bs[0].Inlines, regular, nil), fontBody, width)) == 1
}

func (r *renderer) quote(b *course.Block, c ctx) {
	r.callout(b.Children, c, &props.Cell{BackgroundColor: &colorShade, BorderType: border.Left, BorderColor: &colorCallout, BorderThickness: 0.9})
}

// callout draws blocks in a shaded box of style box.
func (r *renderer) callout(children []course.Block, c ctx, box *props.Cell) {
	inner := c
	inner.boxX = c.indent
	inner.box = box
	inner.indent = r.nest(c.indent, calloutPad)
	inner.depth = 0
	pad := 2.0
	r.ensure(pad + 2*fontBody.height)
	r.add(pad, r.emptyRow(pad, inner))
	// A call-out's last paragraph needs no gap before the bottom padding.
	for i := range children {
		ch := &children[i]
		if i == len(children)-1 && ch.Kind == course.BlockParagraph {
			w := r.textWidth(inner)
			r.lines(r.m.wrap(spansOf(ch.Inlines, regular, nil), fontBody, w), fontBody, inner, w)
			continue
		}
		r.block(ch, inner, i == len(children)-1)
	}
	r.add(pad, r.emptyRow(pad, inner))
}

func (r *renderer) code(b *course.Block, c ctx) {
	inner := c
	inner.boxX = c.indent
	inner.box = &props.Cell{BackgroundColor: &colorCodeBg}
	inner.indent = r.nest(c.indent, 3)
	w := r.textWidth(inner)
	pad := 1.8
	r.add(pad, r.emptyRow(pad, inner))
	for _, src := range strings.Split(b.Text, "\n") {
		// Keep the code's indentation: leading spaces become no-break spaces.
		src = strings.ReplaceAll(src, "\t", "    ")
		trimmed := strings.TrimLeft(src, " ")
		src = strings.Repeat("\u00a0", len(src)-len(trimmed)) + trimmed
		r.lines(r.m.wrap([]span{{text: src, color: &colorText}}, fontCode, w), fontCode, inner, w)
	}
	r.add(pad, r.emptyRow(pad, inner))
}
