package search

import (
	"math"
	"math/bits"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/socialtech/trainerkit/course"
)

// Options of a search.
type Options struct {
	// Lang keeps the results in one content language ("fr", "en", "it",
	// "es"); "" searches all of them.
	Lang string
	// Limit is the most results returned; 0 or less returns them all.
	Limit int
	// OnePerPart keeps only the best section of each part (and one result
	// per module title and summary); Result.Matches counts the sections of
	// the part that match.
	OnePerPart bool
}

// Range is a range of runes [Start, End) in a result's Snippet or Heading.
type Range struct{ Start, End int }

// Result is one matching section, best first.
type Result struct {
	DocRef
	// Section is the index of the section in Sections(course.ParseString(part)),
	// Block the index in the document's Blocks of its first block (its
	// heading): scroll the part's view to that block. Both are 0 for a
	// ModuleInfo result.
	Section int
	Block   int
	// Heading is the plain text of the section's heading ("" when the part
	// starts without one), or the module's title for a ModuleInfo result;
	// Level is the heading's level (0 without heading, 1 for a title).
	Heading     string
	Level       int
	HeadingHits []Range
	// Snippet is about 160 characters of the section's plain text (the
	// module's summary for a ModuleInfo result) around the hits, cut at word
	// boundaries, with "…" where it was cut and lines joined by spaces. Hits
	// are the query words in it: the matched prefix of each word.
	Snippet string
	Hits    []Range
	// Score orders the results; only its order means something.
	Score float64
	// Matches is the number of sections of the part that match: 1, or more
	// with Options.OnePerPart.
	Matches int
}

// Limits of a query: longer ones are cut, not refused, so that a paste of
// a whole page still answers quickly.
const (
	maxQueryBytes = 512
	maxQueryWords = 16
)

// queryWords folds a query and splits it into distinct words.
func queryWords(q string) []string {
	if len(q) > maxQueryBytes {
		cut := maxQueryBytes
		for cut > 0 && !utf8.RuneStart(q[cut]) {
			cut--
		}
		q = q[:cut]
	}
	f := course.Fold(q)
	var words []string
	wordSpans(f, func(w span) {
		word := f[w.start:w.end]
		for _, x := range words {
			if x == word {
				return
			}
		}
		if len(words) < maxQueryWords {
			words = append(words, word)
		}
	})
	return words
}

// The ranking. Every word of the query must be found in a section (AND);
// a query word matches a term exactly or as its prefix. A section's score is
// the sum, over the query words, of
//
//   - the weight of the best place the word is found: the module's title (10)
//     beats a section heading (5), which beats the module's summary (3),
//     which beats the section's text (1); a prefix match counts for 0.6 of
//     an exact one, so "donnee" ranks "donnée" before "données";
//   - a bonus for repetition, 0.25·log2(1+n) for n occurrences (n capped at
//     16), so a section that keeps talking of the word comes before one that
//     mentions it once, without long sections taking over;
//
// plus, for a query of n ≥ 2 words, a proximity bonus 2·(n−1)·n/w where w is
// the smallest number of word positions holding them all (a line break
// counts as 3 positions, the step from heading to text as 5): "données
// personnelles" as a phrase scores 2 more than the two words far apart; and
// for a section of a part, 2 when the module's title in that language holds
// every query word, so the module about the subject comes before passing
// mentions elsewhere. Equal scores are ordered by module, part (title and
// summary, then the parts in tab order), language (fr en it es), section.
const (
	prefixFactor  = 0.6
	tfWeight      = 0.25
	tfCap         = 16
	proxWeight    = 2
	titleBonus    = 2
	exactShift    = 16 // marks: bit i is word i as a prefix, bit 16+i exact
	wordMask      = 1<<maxQueryWords - 1
	snippetRunes  = 160
	snippetBefore = 40
)

var fieldWeight = [...]float64{fieldBody: 1, fieldSummary: 3, fieldHeading: 5, fieldTitle: 10}

// match is a token that matches some query words.
type match struct {
	pos   uint32
	mask  uint32
	field uint8
	tok   int // index in the section's tokens
}

// modLang is a module in a language.
type modLang struct {
	module int
	lang   string
}

type scored struct {
	sec   *section
	score float64
	count int
}

// Search returns the sections that hold every word of q, best first. A
// query without words (empty, punctuation, emoji) finds nothing. It is safe
// to call while the index is being updated.
func (ix *Index) Search(q string, opts Options) []Result {
	out, _ := ix.SearchTotal(q, opts)
	return out
}

// SearchTotal is Search that also returns how many results there were
// before opts.Limit cut them, for "100 of 340 results".
func (ix *Index) SearchTotal(q string, opts Options) ([]Result, int) {
	words := queryWords(q)
	if len(words) == 0 {
		return nil, 0
	}
	n := len(words)
	full := uint32(1)<<n - 1

	ix.mu.RLock()
	defer ix.mu.RUnlock()

	marks := ix.getMarks()
	var runs [][2]int // the runs of ix.sorted marked, to clear them after
	defer func() {
		for _, r := range runs {
			for _, id := range ix.sorted[r[0]:r[1]] {
				marks[id] = 0
			}
		}
		ix.marks.Put(&marks)
	}()

	// Mark the terms each word is a prefix of, and keep the sections that
	// hold a term of every word.
	words64 := (len(ix.secs) + 63) / 64
	cand := make([]uint64, words64)
	set := make([]uint64, words64)
	for i, w := range words {
		lo := sort.Search(len(ix.sorted), func(k int) bool { return ix.terms[ix.sorted[k]] >= w })
		hi := lo
		clear(set)
		for ; hi < len(ix.sorted) && strings.HasPrefix(ix.terms[ix.sorted[hi]], w); hi++ {
			id := ix.sorted[hi]
			marks[id] |= 1 << i
			if len(ix.terms[id]) == len(w) {
				marks[id] |= 1 << (exactShift + i)
			}
			for _, s := range ix.post[id] {
				set[s>>6] |= 1 << (s & 63)
			}
		}
		runs = append(runs, [2]int{lo, hi})
		if hi == lo {
			return nil, 0
		}
		if i == 0 {
			copy(cand, set)
		} else {
			for k := range cand {
				cand[k] &= set[k]
			}
		}
	}

	// Score the candidates.
	var found []scored
	var ms []match
	titled := map[modLang]bool{} // the modules whose title holds every word
	for k, b := range cand {
		for b != 0 {
			id := k*64 + bits.TrailingZeros64(b)
			b &= b - 1
			s := ix.secs[id]
			if s == nil || opts.Lang != "" && s.ref.Lang != opts.Lang {
				continue
			}
			ms = matches(s, marks, ms[:0])
			sc := score(ms, n)
			if sc == 0 {
				continue
			}
			if s.ref.Part == ModuleInfo {
				var inTitle uint32
				for _, m := range ms {
					if m.field == fieldTitle {
						inTitle |= m.mask
					}
				}
				if inTitle&full == full {
					titled[modLang{s.ref.Module, s.ref.Lang}] = true
				}
			}
			found = append(found, scored{sec: s, score: sc, count: 1})
		}
	}
	for i := range found {
		if r := found[i].sec.ref; r.Part != ModuleInfo && titled[modLang{r.Module, r.Lang}] {
			found[i].score += titleBonus
		}
	}
	sort.Slice(found, func(i, j int) bool {
		a, b := found[i], found[j]
		if a.score != b.score {
			return a.score > b.score
		}
		if a.sec.ref != b.sec.ref {
			return refLess(a.sec.ref, b.sec.ref)
		}
		return a.sec.ord < b.sec.ord
	})
	if opts.OnePerPart {
		first := map[DocRef]int{}
		kept := found[:0]
		for _, f := range found {
			if k, ok := first[f.sec.ref]; ok {
				kept[k].count++
				continue
			}
			first[f.sec.ref] = len(kept)
			kept = append(kept, f)
		}
		found = kept
	}
	total := len(found)
	if opts.Limit > 0 && len(found) > opts.Limit {
		found = found[:opts.Limit]
	}

	out := make([]Result, len(found))
	for i, f := range found {
		s := f.sec
		ms = matches(s, marks, ms[:0])
		out[i] = Result{
			DocRef: s.ref, Section: s.ord, Block: s.block, Heading: s.head, Level: s.level,
			Score: f.score, Matches: f.count,
		}
		out[i].HeadingHits, out[i].Snippet, out[i].Hits = highlight(s, ms, words, n)
	}
	return out, total
}

// getMarks returns a zeroed slice of one mark per term.
func (ix *Index) getMarks() []uint32 {
	if p, ok := ix.marks.Get().(*[]uint32); ok && len(*p) >= len(ix.terms) {
		return *p
	}
	return make([]uint32, len(ix.terms), len(ix.terms)+len(ix.terms)/4)
}

// matches lists the tokens of s that match a query word.
func matches(s *section, marks []uint32, ms []match) []match {
	for k, t := range s.toks {
		if m := marks[t.term]; m != 0 {
			ms = append(ms, match{pos: t.pos(), mask: m, field: t.field(), tok: k})
		}
	}
	return ms
}

// score applies the ranking described above to the matches of a section;
// 0 when a word is missing.
func score(ms []match, n int) float64 {
	var best [maxQueryWords]float64
	var tf [maxQueryWords]int
	for _, m := range ms {
		w := fieldWeight[m.field]
		for i := 0; i < n; i++ {
			if m.mask&(1<<i) == 0 {
				continue
			}
			tf[i]++
			v := w * prefixFactor
			if m.mask&(1<<(exactShift+i)) != 0 {
				v = w
			}
			best[i] = max(best[i], v)
		}
	}
	total := 0.0
	for i := 0; i < n; i++ {
		if tf[i] == 0 {
			return 0
		}
		total += best[i] + tfWeight*math.Log2(1+float64(min(tf[i], tfCap)))
	}
	if n > 1 {
		_, span := minWindow(ms, n)
		total += proxWeight * float64(n-1) * float64(n) / float64(max(span, n))
	}
	return total
}

// minWindow finds the shortest run of matches holding every word: the index
// of its first match and its length in word positions (0 when some word is
// missing).
func minWindow(ms []match, n int) (first, span int) {
	var count [maxQueryWords]int
	covered, l := 0, 0
	for r := range ms {
		for m := ms[r].mask & wordMask; m != 0; m &= m - 1 {
			i := bits.TrailingZeros32(m)
			if i >= n {
				break
			}
			if count[i] == 0 {
				covered++
			}
			count[i]++
		}
		for covered == n {
			if w := int(ms[r].pos-ms[l].pos) + 1; span == 0 || w < span {
				first, span = l, w
			}
			for m := ms[l].mask & wordMask; m != 0; m &= m - 1 {
				i := bits.TrailingZeros32(m)
				if i >= n {
					break
				}
				if count[i]--; count[i] == 0 {
					covered--
				}
			}
			l++
		}
	}
	return first, span
}

// refLess orders texts by module, part (ModuleInfo first, then tab order),
// language (fr en it es, then others).
func refLess(a, b DocRef) bool {
	if a.Module != b.Module {
		return a.Module < b.Module
	}
	if pa, pb := partRank(a.Part), partRank(b.Part); pa != pb {
		return pa < pb
	}
	if a.Part != b.Part {
		return a.Part < b.Part
	}
	if la, lb := langRank(a.Lang), langRank(b.Lang); la != lb {
		return la < lb
	}
	return a.Lang < b.Lang
}

func partRank(p string) int {
	if p == ModuleInfo {
		return 0
	}
	for i, x := range course.AllParts {
		if x == p {
			return i + 1
		}
	}
	return len(course.AllParts) + 1
}

func langRank(l string) int {
	for i, x := range course.Languages {
		if x == l {
			return i
		}
	}
	return len(course.Languages)
}
