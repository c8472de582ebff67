package storage

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// bbolt trusts every byte of its file: a damaged page makes it panic, or
// read through a pointer past the end of the mapped file, which kills the
// process (in bbolt's own consistency check too, which runs on a goroutine
// of its own). checkStructure therefore reads the tree itself, with ReadAt
// and a bound on every size and offset, before bbolt ever maps the file. It
// holds each page to the exact layout bbolt writes: a page whose header,
// element table, keys or page links were changed by damage does not pass,
// so that bbolt only ever walks a sound tree.

// Page and element layout (internal/common/page.go of bbolt).
const (
	flagBranch   = 0x01
	flagLeaf     = 0x02
	flagMeta     = 0x04
	flagFreelist = 0x10

	elementSize      = 16 // branch: pos, ksize u32, pgid u64; leaf: flags, pos, ksize, vsize u32
	bucketHeaderSize = 16 // root pgid, sequence u64
	bucketLeafFlag   = 0x01
	noFreelist       = ^uint64(0)
	maxTreeDepth     = 64
)

// pageHeader is the 16-byte header of a page.
type pageHeader struct {
	id       uint64
	flags    uint16
	count    uint16
	overflow uint32
}

func readPageHeader(b []byte) pageHeader {
	ne := binary.NativeEndian
	return pageHeader{id: ne.Uint64(b[0:]), flags: ne.Uint16(b[8:]), count: ne.Uint16(b[10:]), overflow: ne.Uint32(b[12:])}
}

// element is one key (and value, on a leaf) of a page, as offsets in the
// page's bytes.
type element struct {
	flags      uint32
	key, value []byte
	child      uint64 // branch pages: the page the key leads to
}

// elements decodes the element table of a leaf or branch page held in b
// (header included). strict holds it to bbolt's layout: keys and values
// packed in order right after the table, nothing else in the page; it
// returns the end of the data. Without strict, it only refuses what lies
// outside b.
func elements(b []byte, h pageHeader, strict bool) ([]element, int, error) {
	leaf := h.flags == flagLeaf
	n := int(h.count)
	off := pageHeaderSize + n*elementSize
	if off > len(b) {
		return nil, 0, fmt.Errorf("%d elements do not fit in the page", n)
	}
	ne := binary.NativeEndian
	out := make([]element, n)
	for i := range out {
		e := b[pageHeaderSize+i*elementSize:]
		var pos, ksize, vsize int
		if leaf {
			out[i].flags = ne.Uint32(e[0:])
			pos, ksize, vsize = int(ne.Uint32(e[4:])), int(ne.Uint32(e[8:])), int(ne.Uint32(e[12:]))
		} else {
			pos, ksize = int(ne.Uint32(e[0:])), int(ne.Uint32(e[4:]))
			out[i].child = ne.Uint64(e[8:])
		}
		start := pageHeaderSize + i*elementSize + pos
		if strict && (start != off || ksize == 0 || out[i].flags&^bucketLeafFlag != 0) {
			return nil, 0, fmt.Errorf("element %d is not where bbolt writes it", i)
		}
		if start < 0 || ksize < 0 || vsize < 0 || start+ksize+vsize > len(b) || start+ksize+vsize < start {
			return nil, 0, fmt.Errorf("element %d points outside the page", i)
		}
		out[i].key = b[start : start+ksize]
		out[i].value = b[start+ksize : start+ksize+vsize]
		off = start + ksize + vsize
	}
	return out, off, nil
}

// pageReader reads the pages of a bbolt file: from memory when the pages
// in use fit in wholeFile bytes (one read), else page by page.
type pageReader struct {
	r        io.ReaderAt
	size     int64
	pageSize int
	hwm      uint64 // pages 0 to hwm-1 are in use
	data     []byte // the pages in use, when read at once
}

// wholeFile is the size up to which checkStructure reads the file at once.
const wholeFile = 64 << 20

// header reads the header of page id.
func (pr *pageReader) header(id uint64) (pageHeader, error) {
	if id >= pr.hwm {
		return pageHeader{}, fmt.Errorf("page %d is past the end of the file (%d pages)", id, pr.hwm)
	}
	if pr.data != nil {
		return readPageHeader(pr.data[int(id)*pr.pageSize:]), nil
	}
	var b [pageHeaderSize]byte
	if _, err := pr.r.ReadAt(b[:], int64(id)*int64(pr.pageSize)); err != nil {
		return pageHeader{}, fmt.Errorf("read page %d: %w", id, err)
	}
	return readPageHeader(b[:]), nil
}

// span reads page id and its overflow pages.
func (pr *pageReader) span(id uint64, overflow uint32) ([]byte, error) {
	if id+uint64(overflow) >= pr.hwm || id+uint64(overflow) < id {
		return nil, fmt.Errorf("page %d and its %d overflow pages go past the end of the file", id, overflow)
	}
	from, to := int(id)*pr.pageSize, (int(id)+int(overflow)+1)*pr.pageSize
	if pr.data != nil {
		return pr.data[from:to:to], nil
	}
	b := make([]byte, to-from)
	if _, err := pr.r.ReadAt(b, int64(from)); err != nil {
		return nil, fmt.Errorf("read page %d: %w", id, err)
	}
	return b, nil
}

// structureCheck walks the tree of one meta page.
type structureCheck struct {
	pr        *pageReader
	reachable map[uint64]bool
	freed     map[uint64]bool
}

// checkStructure says what is wrong with the page tree of the file r under
// meta m ("" when nothing): every page the tree links to is in the file,
// says it is the page it should be, has bbolt's exact layout, holds its keys
// in order and bounded by its parent's, and is linked to once; the freelist
// lists each other page once; no page is lost.
func checkStructure(r io.ReaderAt, size int64, m boltMeta) (reason string) {
	pr := &pageReader{r: r, size: size, pageSize: int(m.pageSize), hwm: m.pgid}
	if used := int64(m.pgid) * int64(m.pageSize); used <= wholeFile {
		pr.data = make([]byte, used)
		if _, err := r.ReadAt(pr.data, 0); err != nil && !errors.Is(err, io.EOF) {
			return "reading it failed: " + err.Error()
		}
	}
	c := &structureCheck{pr: pr, reachable: map[uint64]bool{0: true, 1: true}, freed: map[uint64]bool{}}
	if err := c.freelist(m.freelist); err != nil {
		return "its list of free pages is damaged: " + err.Error()
	}
	if _, _, err := c.tree(m.root, 0, true); err != nil {
		return "its tree of pages is damaged: " + err.Error()
	}
	if m.freelist != noFreelist {
		for id := uint64(2); id < m.pgid; id++ {
			if !c.reachable[id] && !c.freed[id] {
				return fmt.Sprintf("its tree of pages is damaged: page %d is neither used nor free", id)
			}
		}
	}
	return ""
}

// freelist reads the free page list.
func (c *structureCheck) freelist(id uint64) error {
	if id == noFreelist {
		return nil
	}
	h, err := c.pr.header(id)
	if err != nil {
		return err
	}
	if h.id != id || h.flags != flagFreelist {
		return fmt.Errorf("page %d is not a freelist page", id)
	}
	b, err := c.pr.span(id, h.overflow) // checks the overflow first
	if err != nil {
		return err
	}
	for i := uint64(0); i <= uint64(h.overflow); i++ {
		c.reachable[id+i] = true
	}
	n, at := int(h.count), pageHeaderSize
	if h.count == 0xFFFF {
		n = int(binary.NativeEndian.Uint64(b[at:]))
		at += 8
	}
	if n < 0 || n > (len(b)-at)/8 {
		return fmt.Errorf("%d free pages do not fit in the list", n)
	}
	prev := uint64(1)
	for i := 0; i < n; i++ {
		p := binary.NativeEndian.Uint64(b[at+8*i:])
		if p <= prev || p >= c.pr.hwm || c.reachable[p] {
			return fmt.Errorf("free page %d is out of order, out of the file or in use", p)
		}
		c.freed[p] = true
		prev = p
	}
	return nil
}

// tree checks the bucket tree rooted at page id and returns its first and
// last keys. The root bucket (root) holds buckets only.
func (c *structureCheck) tree(id uint64, depth int, root bool) (first, last []byte, err error) {
	if depth > maxTreeDepth {
		return nil, nil, fmt.Errorf("page %d: the tree is deeper than any bbolt writes", id)
	}
	if id < 2 {
		return nil, nil, fmt.Errorf("a link points to header page %d", id)
	}
	h, err := c.pr.header(id)
	if err != nil {
		return nil, nil, err
	}
	if h.id != id {
		return nil, nil, fmt.Errorf("page %d says it is page %d", id, h.id)
	}
	if h.flags != flagLeaf && h.flags != flagBranch {
		return nil, nil, fmt.Errorf("page %d is linked as a tree page but has type %#x", id, h.flags)
	}
	b, err := c.pr.span(id, h.overflow) // checks the overflow first
	if err != nil {
		return nil, nil, err
	}
	for i := uint64(0); i <= uint64(h.overflow); i++ {
		switch {
		case c.reachable[id+i]:
			return nil, nil, fmt.Errorf("page %d is linked twice", id+i)
		case c.freed[id+i]:
			return nil, nil, fmt.Errorf("page %d is in use and listed as free", id+i)
		}
		c.reachable[id+i] = true
	}
	es, end, err := elements(b, h, true)
	if err != nil {
		return nil, nil, fmt.Errorf("page %d: %w", id, err)
	}
	if need := (end + c.pr.pageSize - 1) / c.pr.pageSize; int(h.overflow)+1 != need {
		return nil, nil, fmt.Errorf("page %d spans %d pages for %d bytes", id, h.overflow+1, end)
	}
	if err := inOrder(es); err != nil {
		return nil, nil, fmt.Errorf("page %d: %w", id, err)
	}
	if h.flags == flagBranch {
		return c.branch(id, es, depth, root)
	}
	for _, e := range es {
		if root && e.flags&bucketLeafFlag == 0 {
			return nil, nil, fmt.Errorf("page %d: the root holds a value %q", id, e.key)
		}
		if e.flags&bucketLeafFlag != 0 {
			if err := c.bucket(e, depth); err != nil {
				return nil, nil, fmt.Errorf("bucket %q: %w", e.key, err)
			}
		}
	}
	if len(es) == 0 {
		return nil, nil, nil
	}
	return es[0].key, es[len(es)-1].key, nil
}

// branch checks the children of a branch page: each starts with the key
// that leads to it and ends before the next one.
func (c *structureCheck) branch(id uint64, es []element, depth int, root bool) (first, last []byte, err error) {
	if len(es) == 0 {
		return nil, nil, fmt.Errorf("branch page %d is empty", id)
	}
	for i, e := range es {
		f, l, err := c.tree(e.child, depth+1, root)
		if err != nil {
			return nil, nil, err
		}
		if f == nil || !bytes.Equal(f, e.key) {
			return nil, nil, fmt.Errorf("page %d: key %d does not start the page it leads to", id, i)
		}
		if i+1 < len(es) && bytes.Compare(l, es[i+1].key) >= 0 {
			return nil, nil, fmt.Errorf("page %d: the page under key %d runs past key %d", id, i, i+1)
		}
		last = l
	}
	return es[0].key, last, nil
}

// bucket checks a nested bucket: a link to its own tree, or a whole page
// inline in the value.
func (c *structureCheck) bucket(e element, depth int) error {
	if len(e.value) < bucketHeaderSize {
		return fmt.Errorf("bucket header too short")
	}
	root := binary.NativeEndian.Uint64(e.value)
	if root != 0 {
		if len(e.value) != bucketHeaderSize {
			return fmt.Errorf("bucket header of %d bytes", len(e.value))
		}
		_, _, err := c.tree(root, depth+1, false)
		return err
	}
	_, err := inlinePage(e.value[bucketHeaderSize:])
	return err
}

// inlinePage checks and decodes the page of a small bucket stored inside
// its parent's value: a leaf holding values only, filling the value exactly.
func inlinePage(b []byte) ([]element, error) {
	if len(b) < pageHeaderSize {
		return nil, fmt.Errorf("inline page too short")
	}
	h := readPageHeader(b)
	if h.id != 0 || h.flags != flagLeaf || h.overflow != 0 {
		return nil, fmt.Errorf("inline page header damaged")
	}
	es, end, err := elements(b, h, true)
	if err != nil {
		return nil, fmt.Errorf("inline page: %w", err)
	}
	if end != len(b) {
		return nil, fmt.Errorf("inline page: %d bytes of data in %d", end, len(b))
	}
	for _, e := range es {
		if e.flags != 0 {
			return nil, fmt.Errorf("inline page holds a bucket")
		}
	}
	return es, inOrder(es)
}

// inOrder checks that the keys of a page increase.
func inOrder(es []element) error {
	for i := 1; i < len(es); i++ {
		if bytes.Compare(es[i-1].key, es[i].key) >= 0 {
			return fmt.Errorf("keys %d and %d are out of order", i-1, i)
		}
	}
	return nil
}
