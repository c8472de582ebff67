package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"unicode/utf16"
)

// maroto v2 gives no access to the outline (bookmarks), internal links nor
// the document's language that its gofpdf engine, or the PDF format, has
// (maroto issue #545). finishPDF adds them to the finished file as an
// incremental update, the mechanism the PDF standard provides for amending
// a file (ISO 32000-1, 7.5.6): the bytes maroto wrote stay as they are, and
// new versions of the catalogue and of the pages that carry links, the
// outline's entries, a cross-reference section and a trailer pointing back
// to the first follow. Every reader applies it; it costs a few kilobytes
// and well under a millisecond.

// navigation is what finishPDF adds; positions are in millimetres from the
// top left of the page, page indices from 0.
type navigation struct {
	pages   int // the pages laid out
	lang    string
	height  float64 // the pages' height, to turn positions into PDF points
	outline []outlineItem
	links   []pageLink
}

type outlineItem struct {
	title string
	level int
	page  int
	y     float64
}

type pageLink struct {
	page       int
	x, y, w, h float64
	destPage   int
	destY      float64
}

// pv is a PDF value as the small parser below reads it: pdfName, pdfRef,
// pdfNum (its text as written), pdfString, []pv, *pdfDict, bool or nil.
type (
	pv        any
	pdfName   string
	pdfNum    string
	pdfString []byte
	pdfRef    struct{ num, gen int }
	pdfDict   struct {
		keys []pdfName
		vals []pv
	}
)

func (d *pdfDict) get(k pdfName) (pv, bool) {
	if i := slices.Index(d.keys, k); i >= 0 {
		return d.vals[i], true
	}
	return nil, false
}

func (d *pdfDict) set(k pdfName, v pv) {
	if i := slices.Index(d.keys, k); i >= 0 {
		d.vals[i] = v
		return
	}
	d.keys, d.vals = append(d.keys, k), append(d.vals, v)
}

// pdfReader reads the objects of a PDF with a classic cross-reference
// table (what gofpdf writes), following the chain of updates.
type pdfReader struct {
	b       []byte
	offsets map[int]int
	trailer *pdfDict
	xref    int // where the newest cross-reference section starts
}

var errPDF = errors.New("unexpected PDF structure")

func newPDFReader(b []byte) (*pdfReader, error) {
	i := bytes.LastIndex(b, []byte("startxref"))
	if i < 0 {
		return nil, fmt.Errorf("%w: no startxref", errPDF)
	}
	p := &parser{b: b, i: i + len("startxref")}
	v, err := p.value()
	n, ok := v.(pdfNum)
	if err != nil || !ok {
		return nil, fmt.Errorf("%w: startxref", errPDF)
	}
	x, _ := strconv.Atoi(string(n))
	r := &pdfReader{b: b, offsets: map[int]int{}, xref: x}
	for seen := 0; x >= 0 && seen < 100; seen++ {
		t, err := r.readXref(x)
		if err != nil {
			return nil, err
		}
		if r.trailer == nil {
			r.trailer = t
		}
		x = -1
		if prev, ok := t.get("Prev"); ok {
			if n, ok := prev.(pdfNum); ok {
				x, _ = strconv.Atoi(string(n))
			}
		}
	}
	return r, nil
}

// readXref reads one cross-reference section and its trailer; entries
// already known (from a newer section) win.
func (r *pdfReader) readXref(at int) (*pdfDict, error) {
	if at < 0 || at >= len(r.b) || !bytes.HasPrefix(r.b[at:], []byte("xref")) {
		return nil, fmt.Errorf("%w: no cross-reference table at %d", errPDF, at)
	}
	p := &parser{b: r.b, i: at + len("xref")}
	for {
		p.skip()
		if bytes.HasPrefix(r.b[p.i:], []byte("trailer")) {
			p.i += len("trailer")
			v, err := p.value()
			d, ok := v.(*pdfDict)
			if err != nil || !ok {
				return nil, fmt.Errorf("%w: trailer", errPDF)
			}
			return d, nil
		}
		first, err1 := p.int()
		count, err2 := p.int()
		if err1 != nil || err2 != nil || count < 0 {
			return nil, fmt.Errorf("%w: cross-reference subsection", errPDF)
		}
		for k := range count {
			off, err1 := p.int()
			_, err2 := p.int()
			p.skip()
			if err1 != nil || err2 != nil || p.i >= len(r.b) {
				return nil, fmt.Errorf("%w: cross-reference entry", errPDF)
			}
			kind := r.b[p.i]
			p.i++
			if _, known := r.offsets[first+k]; !known && kind == 'n' {
				r.offsets[first+k] = off
			}
		}
	}
}

// object reads object num.
func (r *pdfReader) object(num int) (pv, error) {
	at, ok := r.offsets[num]
	if !ok {
		return nil, fmt.Errorf("%w: object %d missing", errPDF, num)
	}
	p := &parser{b: r.b, i: at}
	if n, err := p.int(); err != nil || n != num {
		return nil, fmt.Errorf("%w: object %d", errPDF, num)
	}
	if _, err := p.int(); err != nil {
		return nil, fmt.Errorf("%w: object %d", errPDF, num)
	}
	p.skip()
	if !bytes.HasPrefix(r.b[p.i:], []byte("obj")) {
		return nil, fmt.Errorf("%w: object %d", errPDF, num)
	}
	p.i += 3
	return p.value()
}

// dict reads the dictionary a reference points to.
func (r *pdfReader) dict(v pv) (*pdfDict, error) {
	if ref, ok := v.(pdfRef); ok {
		o, err := r.object(ref.num)
		if err != nil {
			return nil, err
		}
		v = o
	}
	d, ok := v.(*pdfDict)
	if !ok {
		return nil, fmt.Errorf("%w: not a dictionary", errPDF)
	}
	return d, nil
}

// pages lists the page objects in order, walking the page tree.
func (r *pdfReader) pages() ([]pdfRef, error) {
	root, _ := r.trailer.get("Root")
	cat, err := r.dict(root)
	if err != nil {
		return nil, err
	}
	top, _ := cat.get("Pages")
	var out []pdfRef
	var walk func(v pv, depth int) error
	walk = func(v pv, depth int) error {
		ref, ok := v.(pdfRef)
		if !ok || depth > 32 {
			return fmt.Errorf("%w: page tree", errPDF)
		}
		d, err := r.dict(ref)
		if err != nil {
			return err
		}
		if t, _ := d.get("Type"); t == pdfName("Page") {
			out = append(out, ref)
			return nil
		}
		kids, _ := d.get("Kids")
		arr, _ := kids.([]pv)
		for _, k := range arr {
			if err := walk(k, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	return out, walk(top, 0)
}

// finishPDF adds the outline, the links and the language to a PDF.
func finishPDF(b []byte, nav navigation) ([]byte, error) {
	r, err := newPDFReader(b)
	if err != nil {
		return nil, err
	}
	pages, err := r.pages()
	if err != nil {
		return nil, err
	}
	objs := map[int]pv{}
	// maroto closes each page with a filler row that reaches gofpdf's
	// page-break line to the last rounding error: at the end of the
	// document it may open one more, blank page. The page tree loses it.
	if nav.pages > 0 && len(pages) == nav.pages+1 {
		if err := dropLastPage(r, objs); err != nil {
			return nil, err
		}
		pages = pages[:nav.pages]
	}
	if nav.pages > 0 && len(pages) != nav.pages {
		return nil, fmt.Errorf("%w: %d pages laid out, %d written", errPDF, nav.pages, len(pages))
	}
	sizeV, _ := r.trailer.get("Size")
	size, _ := strconv.Atoi(fmt.Sprint(sizeV))
	if size <= 0 {
		return nil, fmt.Errorf("%w: trailer size", errPDF)
	}
	rootV, _ := r.trailer.get("Root")
	root, _ := rootV.(pdfRef)
	cat, err := r.dict(rootV)
	if err != nil {
		return nil, err
	}
	next := size
	newObj := func() int { next++; return next - 1 }

	pt := func(mm float64) pdfNum { return pdfNum(strconv.FormatFloat(mm*k, 'f', 2, 64)) }
	dest := func(page int, y float64) []pv {
		page = min(max(page, 0), len(pages)-1)
		return []pv{pages[page], pdfName("XYZ"), pdfNum("0"), pt(nav.height - y), pdfNum("null")}
	}

	// The outline: a tree by level, top level closed on its children.
	if len(nav.outline) > 0 {
		rootNum := newObj()
		type node struct {
			num      int
			d        *pdfDict
			children []*node
		}
		top := &node{num: rootNum, d: &pdfDict{}}
		stack := []*node{top}
		levels := []int{-1}
		for _, it := range nav.outline {
			for len(levels) > 1 && levels[len(levels)-1] >= it.level {
				stack, levels = stack[:len(stack)-1], levels[:len(levels)-1]
			}
			parent := stack[len(stack)-1]
			n := &node{num: newObj(), d: &pdfDict{}}
			n.d.set("Title", textString(it.title))
			n.d.set("Parent", pdfRef{parent.num, 0})
			n.d.set("Dest", dest(it.page, it.y))
			parent.children = append(parent.children, n)
			stack, levels = append(stack, n), append(levels, it.level)
		}
		var link func(n *node)
		link = func(n *node) {
			for i, c := range n.children {
				if i > 0 {
					c.d.set("Prev", pdfRef{n.children[i-1].num, 0})
				}
				if i < len(n.children)-1 {
					c.d.set("Next", pdfRef{n.children[i+1].num, 0})
				}
				link(c)
			}
			if len(n.children) > 0 {
				n.d.set("First", pdfRef{n.children[0].num, 0})
				n.d.set("Last", pdfRef{n.children[len(n.children)-1].num, 0})
				count := len(n.children)
				if n != top {
					count = -count // closed: the reader opens a module to see its parts
				}
				n.d.set("Count", pdfNum(strconv.Itoa(count)))
			}
			objs[n.num] = n.d
		}
		top.d.set("Type", pdfName("Outlines"))
		link(top)
		cat.set("Outlines", pdfRef{rootNum, 0})
		cat.set("PageMode", pdfName("UseOutlines"))
	}
	if nav.lang != "" {
		cat.set("Lang", textString(nav.lang))
	}
	cat.set("ViewerPreferences", &pdfDict{keys: []pdfName{"DisplayDocTitle"}, vals: []pv{true}})
	objs[root.num] = cat

	// Links: each page that has some gets a new version with them added to
	// its annotations.
	byPage := map[int][]pageLink{}
	for _, l := range nav.links {
		if l.page >= 0 && l.page < len(pages) {
			byPage[l.page] = append(byPage[l.page], l)
		}
	}
	for pi, ls := range byPage {
		pd, err := r.dict(pages[pi])
		if err != nil {
			return nil, err
		}
		var annots []pv
		if a, ok := pd.get("Annots"); ok {
			if ref, isRef := a.(pdfRef); isRef {
				if a, err = r.object(ref.num); err != nil {
					return nil, err
				}
			}
			annots, _ = a.([]pv)
		}
		for _, l := range ls {
			annots = append(annots, &pdfDict{
				keys: []pdfName{"Type", "Subtype", "Rect", "Border", "Dest"},
				vals: []pv{pdfName("Annot"), pdfName("Link"),
					[]pv{pt(l.x), pt(nav.height - l.y - l.h), pt(l.x + l.w), pt(nav.height - l.y)},
					[]pv{pdfNum("0"), pdfNum("0"), pdfNum("0")}, dest(l.destPage, l.destY)},
			})
		}
		pd.set("Annots", annots)
		objs[pages[pi].num] = pd
	}

	// The update: the objects, a cross-reference section, the trailer.
	out := bytes.NewBuffer(make([]byte, 0, len(b)+4096+len(objs)*200))
	out.Write(b)
	if len(b) > 0 && b[len(b)-1] != '\n' {
		out.WriteByte('\n')
	}
	nums := make([]int, 0, len(objs))
	for n := range objs {
		nums = append(nums, n)
	}
	slices.Sort(nums)
	offsets := make([]int, len(nums))
	for i, n := range nums {
		offsets[i] = out.Len()
		fmt.Fprintf(out, "%d 0 obj\n", n)
		emit(out, objs[n])
		out.WriteString("\nendobj\n")
	}
	xref := out.Len()
	out.WriteString("xref\n")
	for i := 0; i < len(nums); {
		j := i
		for j+1 < len(nums) && nums[j+1] == nums[j]+1 {
			j++
		}
		fmt.Fprintf(out, "%d %d\n", nums[i], j-i+1)
		for k := i; k <= j; k++ {
			fmt.Fprintf(out, "%010d 00000 n \n", offsets[k])
		}
		i = j + 1
	}
	tr := &pdfDict{}
	tr.set("Size", pdfNum(strconv.Itoa(max(next, size))))
	tr.set("Root", root)
	for _, k := range []pdfName{"Info", "ID"} {
		if v, ok := r.trailer.get(k); ok {
			tr.set(k, v)
		}
	}
	tr.set("Prev", pdfNum(strconv.Itoa(r.xref)))
	out.WriteString("trailer\n")
	emit(out, tr)
	fmt.Fprintf(out, "\nstartxref\n%d\n%%%%EOF\n", xref)
	return out.Bytes(), nil
}

// dropLastPage writes a new version of the page tree without its last
// page; the tree must be flat, as gofpdf writes it.
func dropLastPage(r *pdfReader, objs map[int]pv) error {
	rootV, _ := r.trailer.get("Root")
	cat, err := r.dict(rootV)
	if err != nil {
		return err
	}
	top, _ := cat.get("Pages")
	ref, ok := top.(pdfRef)
	if !ok {
		return fmt.Errorf("%w: page tree", errPDF)
	}
	d, err := r.dict(ref)
	if err != nil {
		return err
	}
	kids, _ := d.get("Kids")
	arr, _ := kids.([]pv)
	if len(arr) == 0 {
		return fmt.Errorf("%w: page tree", errPDF)
	}
	if last, err := r.dict(arr[len(arr)-1]); err != nil || last == nil {
		return fmt.Errorf("%w: page tree", errPDF)
	} else if t, _ := last.get("Type"); t != pdfName("Page") {
		return fmt.Errorf("%w: nested page tree", errPDF)
	}
	d.set("Kids", arr[:len(arr)-1])
	d.set("Count", pdfNum(strconv.Itoa(len(arr)-1)))
	objs[ref.num] = d
	return nil
}

// textString is a PDF text string in UTF-16 with its byte-order mark,
// which holds any character.
func textString(s string) pdfString {
	u := utf16.Encode([]rune(s))
	out := make([]byte, 2, 2+2*len(u))
	out[0], out[1] = 0xFE, 0xFF
	for _, c := range u {
		out = append(out, byte(c>>8), byte(c))
	}
	return pdfString(out)
}

// emit writes a value in PDF syntax; strings go out in hexadecimal.
func emit(w *bytes.Buffer, v pv) {
	switch x := v.(type) {
	case nil:
		w.WriteString("null")
	case bool:
		w.WriteString(strconv.FormatBool(x))
	case pdfNum:
		w.WriteString(string(x))
	case pdfName:
		w.WriteByte('/')
		for _, c := range []byte(x) {
			if c <= ' ' || c >= 0x7F || bytes.IndexByte([]byte("#()<>[]{}/%"), c) >= 0 {
				fmt.Fprintf(w, "#%02X", c)
			} else {
				w.WriteByte(c)
			}
		}
	case pdfString:
		fmt.Fprintf(w, "<%X>", []byte(x))
	case pdfRef:
		fmt.Fprintf(w, "%d %d R", x.num, x.gen)
	case []pv:
		w.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				w.WriteByte(' ')
			}
			emit(w, e)
		}
		w.WriteByte(']')
	case *pdfDict:
		w.WriteString("<<")
		for i, k := range x.keys {
			w.WriteByte(' ')
			emit(w, k)
			w.WriteByte(' ')
			emit(w, x.vals[i])
		}
		w.WriteString(" >>")
	}
}

// parser reads PDF values from b at i.
type parser struct {
	b []byte
	i int
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool { return bytes.IndexByte([]byte("()<>[]{}/%"), c) >= 0 }

// skip passes white space and comments.
func (p *parser) skip() {
	for p.i < len(p.b) {
		switch c := p.b[p.i]; {
		case isSpace(c):
			p.i++
		case c == '%':
			for p.i < len(p.b) && p.b[p.i] != '\n' && p.b[p.i] != '\r' {
				p.i++
			}
		default:
			return
		}
	}
}

// token reads a run of regular characters.
func (p *parser) token() string {
	p.skip()
	start := p.i
	for p.i < len(p.b) && !isSpace(p.b[p.i]) && !isDelim(p.b[p.i]) {
		p.i++
	}
	return string(p.b[start:p.i])
}

func (p *parser) int() (int, error) { return strconv.Atoi(p.token()) }

// value reads one value; "N G R" is a reference.
func (p *parser) value() (pv, error) {
	p.skip()
	if p.i >= len(p.b) {
		return nil, fmt.Errorf("%w: end of file", errPDF)
	}
	switch c := p.b[p.i]; {
	case c == '<' && p.i+1 < len(p.b) && p.b[p.i+1] == '<':
		p.i += 2
		d := &pdfDict{}
		for {
			p.skip()
			if p.i+1 < len(p.b) && p.b[p.i] == '>' && p.b[p.i+1] == '>' {
				p.i += 2
				return d, nil
			}
			k, err := p.value()
			if err != nil {
				return nil, err
			}
			name, ok := k.(pdfName)
			if !ok {
				return nil, fmt.Errorf("%w: dictionary key", errPDF)
			}
			v, err := p.value()
			if err != nil {
				return nil, err
			}
			d.keys, d.vals = append(d.keys, name), append(d.vals, v)
		}
	case c == '<':
		end := bytes.IndexByte(p.b[p.i:], '>')
		if end < 0 {
			return nil, fmt.Errorf("%w: hex string", errPDF)
		}
		hex := bytes.Map(func(r rune) rune {
			if isSpace(byte(r)) {
				return -1
			}
			return r
		}, p.b[p.i+1:p.i+end])
		p.i += end + 1
		if len(hex)%2 == 1 {
			hex = append(hex, '0')
		}
		out := make([]byte, len(hex)/2)
		for j := range out {
			n, err := strconv.ParseUint(string(hex[2*j:2*j+2]), 16, 8)
			if err != nil {
				return nil, fmt.Errorf("%w: hex string", errPDF)
			}
			out[j] = byte(n)
		}
		return pdfString(out), nil
	case c == '(':
		return p.literal()
	case c == '[':
		p.i++
		var arr []pv
		for {
			p.skip()
			if p.i < len(p.b) && p.b[p.i] == ']' {
				p.i++
				return arr, nil
			}
			v, err := p.value()
			if err != nil {
				return nil, err
			}
			arr = append(arr, v)
		}
	case c == '/':
		p.i++
		start := p.i
		for p.i < len(p.b) && !isSpace(p.b[p.i]) && !isDelim(p.b[p.i]) {
			p.i++
		}
		return pdfName(unescapeName(p.b[start:p.i])), nil
	}
	t := p.token()
	switch t {
	case "":
		return nil, fmt.Errorf("%w: unexpected %q at %d", errPDF, p.b[p.i], p.i)
	case "true":
		return true, nil
	case "false":
		return false, nil
	case "null":
		return nil, nil
	}
	if _, err := strconv.Atoi(t); err == nil {
		// A reference is "num gen R".
		save := p.i
		if g := p.token(); g != "" {
			if gen, err := strconv.Atoi(g); err == nil && p.token() == "R" {
				num, _ := strconv.Atoi(t)
				return pdfRef{num, gen}, nil
			}
		}
		p.i = save
	}
	return pdfNum(t), nil
}

// literal reads a (string) with its escapes and nested parentheses.
func (p *parser) literal() (pv, error) {
	p.i++
	var out []byte
	depth := 1
	for p.i < len(p.b) {
		c := p.b[p.i]
		p.i++
		switch c {
		case '\\':
			if p.i >= len(p.b) {
				break
			}
			e := p.b[p.i]
			p.i++
			switch e {
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case '\r', '\n':
				if e == '\r' && p.i < len(p.b) && p.b[p.i] == '\n' {
					p.i++
				}
			default:
				if e >= '0' && e <= '7' {
					n := int(e - '0')
					for k := 0; k < 2 && p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '7'; k++ {
						n = n*8 + int(p.b[p.i]-'0')
						p.i++
					}
					out = append(out, byte(n))
				} else {
					out = append(out, e)
				}
			}
		case '(':
			depth++
			out = append(out, c)
		case ')':
			if depth--; depth == 0 {
				return pdfString(out), nil
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return nil, fmt.Errorf("%w: unterminated string", errPDF)
}

// unescapeName decodes #xx in a name.
func unescapeName(b []byte) string {
	if bytes.IndexByte(b, '#') < 0 {
		return string(b)
	}
	var out []byte
	for i := 0; i < len(b); i++ {
		if b[i] == '#' && i+2 < len(b) {
			if n, err := strconv.ParseUint(string(b[i+1:i+3]), 16, 8); err == nil {
				out = append(out, byte(n))
				i += 2
				continue
			}
		}
		out = append(out, b[i])
	}
	return string(out)
}
