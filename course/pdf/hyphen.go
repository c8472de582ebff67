package pdf

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/socialtech/trainerkit/assets"
)

// hyphenator finds where a word of one language may be hyphenated, with
// Liang's algorithm (the one TeX and LibreOffice use) and the language's
// patterns from assets: a pattern such as "a1bî" says that a break between
// "a" and "b" is allowed (odd digit) where the letters "abî" occur; the
// highest digit found between two letters decides.
//
// The patterns are a trie over their UTF-8 bytes, held in pointer-free
// tables: the garbage collector never scans them, where a map of strings
// to slices (thousands of pointers a language) was rescanned at every
// cycle of a document's printing.
type hyphenator struct {
	// next maps node<<8|byte to the child node; node 0 is the root.
	next map[uint32]uint32
	// at[node] is where the values of the pattern ending at node start in
	// values, and n[node] how many there are (0: no pattern ends there).
	at          []uint32
	n           []uint8
	values      []uint8
	left, right int // the fewest letters kept before and after a break
}

var (
	hyphMu  sync.Mutex
	hyphens = map[string]*hyphenator{}
)

// hyphenatorFor returns the patterns of lang, read once; nil when the kit
// has none for it (the caller then breaks only at hyphens it finds).
func hyphenatorFor(lang string) *hyphenator {
	hyphMu.Lock()
	defer hyphMu.Unlock()
	if h, ok := hyphens[lang]; ok {
		return h
	}
	var h *hyphenator
	if b, err := assets.Hyphenation(lang); err == nil {
		h = parsePatterns(b)
	}
	hyphens[lang] = h
	return h
}

// parsePatterns reads a libhyphen file. Files with two levels (NEXTLEVEL)
// keep the second, the patterns proper; the first only governs compounds.
func parsePatterns(b []byte) *hyphenator {
	h := &hyphenator{left: 2, right: 2}
	h.reset()
	sc := bufio.NewScanner(bytes.NewReader(b))
	first := true
	for sc.Scan() {
		ln := strings.TrimSpace(sc.Text())
		if first {
			first = false // the encoding: the kit's files are UTF-8
			continue
		}
		if ln == "" || ln[0] == '%' || ln[0] == '#' {
			continue
		}
		if k, v, ok := strings.Cut(ln, " "); ok {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			switch {
			case err != nil:
			case k == "LEFTHYPHENMIN":
				h.left = n
			case k == "RIGHTHYPHENMIN":
				h.right = n
			}
			continue
		}
		if ln == "NEXTLEVEL" {
			h.reset()
			continue
		}
		if strings.ContainsAny(ln, "/=") || strings.HasPrefix(ln, "LEFTHYPHENMIN") || strings.HasPrefix(ln, "RIGHTHYPHENMIN") {
			continue // non-standard hyphenation (German "ck"), not used here
		}
		h.add(ln)
	}
	return h
}

// reset empties the trie.
func (h *hyphenator) reset() {
	h.next = map[uint32]uint32{}
	h.at, h.n, h.values = []uint32{0}, []uint8{0}, nil
}

// add records one pattern: its letters, and the digit before each letter
// and after the last. A pattern read twice keeps its last values.
func (h *hyphenator) add(p string) {
	node := uint32(0)
	at := uint32(len(h.values))
	pending := uint8(0)
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c >= '0' && c <= '9' {
			pending = c - '0'
			continue
		}
		if c < utf8.RuneSelf || utf8.RuneStart(c) {
			// A letter starts: the digit before it is its value.
			h.values = append(h.values, pending)
			pending = 0
		}
		key := node<<8 | uint32(c)
		child, ok := h.next[key]
		if !ok {
			child = uint32(len(h.at))
			h.next[key] = child
			h.at, h.n = append(h.at, 0), append(h.n, 0)
		}
		node = child
	}
	h.values = append(h.values, pending)
	h.at[node], h.n[node] = at, uint8(uint32(len(h.values))-at)
}

// points returns where word may be hyphenated: byte offsets into word
// before which a hyphen can go. Only runs of letters are hyphenated; a word
// with digits or symbols is hyphenated in its letter runs of five or more
// letters.
func (h *hyphenator) points(word string) []int {
	if h == nil {
		return nil
	}
	var out []int
	start := -1
	for i, r := range word + " " {
		if i < len(word) && unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, h.letterPoints(word[start:i], start)...)
			start = -1
		}
	}
	return out
}

// letterPoints hyphenates a run of letters found at offset off of a word.
func (h *hyphenator) letterPoints(w string, off int) []int {
	n := utf8.RuneCountInString(w)
	if n < h.left+h.right {
		return nil
	}
	// The letters in lower case between word-boundary dots, as bytes:
	// looking a byte slice up as a map key does not allocate.
	lower := []byte("." + strings.ToLower(w) + ".")
	var starts []int // byte offset of each letter, and the end
	for i := range string(lower) {
		starts = append(starts, i)
	}
	starts = append(starts, len(lower))
	if len(starts)-1 != n+2 {
		return nil // a letter whose lower case is two (rare): leave the word whole
	}
	score := make([]uint8, n+3)
	for i := 0; i < n+2; i++ {
		// Every pattern that starts with letter i: one walk down the trie.
		node := uint32(0)
		for b := starts[i]; b < len(lower); b++ {
			child, ok := h.next[node<<8|uint32(lower[b])]
			if !ok {
				break
			}
			node = child
			if c := h.n[node]; c > 0 {
				for k, d := range h.values[h.at[node] : h.at[node]+uint32(c)] {
					score[i+k] = max(score[i+k], d)
				}
			}
		}
	}
	// score[i+1] is the value between letters i-1 and i of the word.
	var out []int
	byteAt, i := off, 0
	for _, r := range w {
		if i >= h.left && i <= n-h.right && score[i+1]%2 == 1 {
			out = append(out, byteAt)
		}
		byteAt += utf8.RuneLen(r)
		i++
	}
	return out
}
