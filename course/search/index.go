// Package search is the kit's full-text search over the course content: an
// in-memory inverted index of every module's title and summary and of every
// section of every part, in every language.
//
// Words are folded with course.Fold, so that search is insensitive to case
// and accents ("economia" finds "economía", "oeuvre" finds "œuvre"), and a
// query word matches the words that start with it ("numer" finds
// "numériques"). The words of a query must all be found in a section.
//
// The index is built once from the library (Build) and then follows the
// trainer's edits one part at a time (Put, PutInfo, PutModule, Remove,
// RemoveModule). Search may run while an edit is applied: an edit parses its
// Markdown before taking the write lock, which it holds only to swap the
// entries. The package knows nothing of Fyne or of storage.
package search

import (
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/socialtech/trainerkit/course"
)

// ModuleInfo is the Part of the entries that hold a module's title and
// summary: a hit there opens the module rather than a place in a part.
const ModuleInfo = "info"

// DocRef names one indexed text: a part of a module in a language, or with
// Part == ModuleInfo the module's title and summary in a language. Modules
// above the 20 of the catalogue are the trainer's own.
type DocRef struct {
	Module int
	Part   string
	Lang   string
}

// Fields of a section, by weight (see score in query.go).
const (
	fieldBody uint8 = iota
	fieldSummary
	fieldHeading
	fieldTitle
)

// token is one word of a section: which term it is, in which field, and its
// position for proximity. Where the word is in the text is not kept: the
// index holds a million words, and their byte ranges would more than double
// its size; the few results shown find them again (section.spans).
type token struct {
	term uint32
	at   uint32 // field<<fieldShift | position; lines and fields leave gaps
}

// fieldShift places a token's field above its position: a section would
// need a billion words to reach it.
const fieldShift = 30

func newToken(term, pos uint32, field uint8) token {
	return token{term: term, at: uint32(field)<<fieldShift | pos&(1<<fieldShift-1)}
}

// pos is the token's word position.
func (t token) pos() uint32 { return t.at & (1<<fieldShift - 1) }

// field is the field the token is in.
func (t token) field() uint8 { return uint8(t.at >> fieldShift) }

// section is one indexed unit: a section of a part, or a module's title
// (head) and summary (body).
type section struct {
	ref   DocRef
	ord   int // index in Sections(doc)
	block int
	level int
	head  string
	body  string
	toks  []token
}

// text returns the heading or body string a token points into.
func (s *section) text(field uint8) string {
	if field == fieldBody || field == fieldSummary {
		return s.body
	}
	return s.head
}

// spans lists where the section's tokens are, in the same order: each
// word's byte range in the head, then in the body, as tokens found them.
func (s *section) spans() []span {
	out := make([]span, 0, len(s.toks))
	add := func(sp span) { out = append(out, sp) }
	wordSpans(s.head, add)
	wordSpans(s.body, add)
	return out
}

// Index is the search index. The zero value is not usable: call New or Build.
type Index struct {
	mu sync.RWMutex
	// terms holds the folded terms by id; termID finds an id by term.
	terms  []string
	termID map[string]uint32
	// sorted lists the term ids in the order of their terms: the terms that
	// start with a prefix are a run of it.
	sorted []uint32
	// post[term] lists, ascending, the ids of the sections that hold the term.
	post [][]uint32
	// secs holds the sections by id, nil once removed; ids are not reused.
	secs []*section
	docs map[DocRef][]uint32 // the section ids of each indexed text
	// marks recycles the per-query term marks (one uint32 per term).
	marks sync.Pool
}

// New returns an empty index.
func New() *Index {
	return &Index{termID: map[string]uint32{}, docs: map[DocRef][]uint32{}}
}

// Build indexes every module of the library: title, summary and every
// part (deck and quiz included), in every language present. Parts are parsed and their words folded
// in parallel; each is added to the index, in order, as soon as it is ready.
func Build(lib *course.Library) *Index {
	ix := New()
	if lib == nil {
		return ix
	}
	type job struct {
		ref  DocRef
		src  string
		doc  *prepared
		done chan struct{}
	}
	var jobs []*job
	for _, m := range lib.Modules {
		for _, lang := range langsOf(m) {
			ref := DocRef{m.Number, ModuleInfo, lang}
			jobs = append(jobs, &job{ref: ref, doc: prepareInfo(ref, m.Title[lang], m.Summary[lang])})
			for _, part := range partsOf(m.Source[lang]) {
				if src := m.Text(lang, part); strings.TrimSpace(src) != "" {
					jobs = append(jobs, &job{ref: DocRef{m.Number, part, lang}, src: src, done: make(chan struct{})})
				}
			}
		}
	}
	next := make(chan *job, len(jobs))
	for _, j := range jobs {
		if j.done != nil {
			next <- j
		}
	}
	close(next)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		go func() {
			var w words
			for j := range next {
				j.doc = w.prepareDoc(j.ref, j.src)
				close(j.done)
			}
		}()
	}
	var fresh []uint32
	for _, j := range jobs {
		if j.done != nil {
			<-j.done
		}
		fresh = ix.insert(j.doc, fresh)
	}
	ix.addSorted(fresh)
	return ix
}

// langsOf lists the languages a module has a title, summary or part in: the
// four of the kit in their order, then any other.
func langsOf(m *course.Module) []string {
	seen := map[string]bool{}
	var out []string
	add := func(l string) {
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	for _, l := range course.Languages {
		if m.Title[l] != "" || m.Summary[l] != "" || len(m.Source[l]) > 0 {
			add(l)
		}
	}
	var extra []string
	for _, mp := range []map[string]string{m.Title, m.Summary} {
		for l := range mp {
			extra = append(extra, l)
		}
	}
	for l := range m.Source {
		extra = append(extra, l)
	}
	sort.Strings(extra)
	for _, l := range extra {
		add(l)
	}
	return out
}

// partsOf lists the parts of a language: the seven of the kit in their
// order, then any other in alphabetical order.
func partsOf(src map[string]string) []string {
	var out, extra []string
	for _, p := range course.AllParts {
		if _, ok := src[p]; ok {
			out = append(out, p)
		}
	}
	for p := range src {
		if !course.ValidPart(p) && p != ModuleInfo {
			extra = append(extra, p)
		}
	}
	sort.Strings(extra)
	return append(out, extra...)
}

// Put indexes the Markdown of a part, replacing what was indexed under ref:
// a trainer's customised part, or a part of their own module. Empty Markdown
// removes the part. Use PutInfo for ref.Part == ModuleInfo.
func (ix *Index) Put(ref DocRef, markdown string) {
	var d *prepared
	if strings.TrimSpace(markdown) != "" {
		var w words
		d = w.prepareDoc(ref, markdown)
	}
	ix.replace(ref, d)
}

// PutInfo indexes a module's title and summary in a language, replacing the
// previous ones.
func (ix *Index) PutInfo(module int, lang, title, summary string) {
	ref := DocRef{module, ModuleInfo, lang}
	ix.replace(ref, prepareInfo(ref, title, summary))
}

// PutModule indexes a whole module (title, summary, parts, every language),
// replacing everything indexed under its number: for a trainer's own module.
func (ix *Index) PutModule(m *course.Module) {
	var docs []*prepared
	var w words
	for _, lang := range langsOf(m) {
		ref := DocRef{m.Number, ModuleInfo, lang}
		docs = append(docs, prepareInfo(ref, m.Title[lang], m.Summary[lang]))
		for _, part := range partsOf(m.Source[lang]) {
			if src := m.Source[lang][part]; strings.TrimSpace(src) != "" {
				docs = append(docs, w.prepareDoc(DocRef{m.Number, part, lang}, src))
			}
		}
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.removeModule(m.Number)
	var fresh []uint32
	for _, d := range docs {
		fresh = ix.insert(d, fresh)
	}
	ix.addSorted(fresh)
}

// Remove drops what was indexed under ref.
func (ix *Index) Remove(ref DocRef) { ix.replace(ref, nil) }

// RemoveModule drops everything indexed for a module number.
func (ix *Index) RemoveModule(number int) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.removeModule(number)
}

// Docs lists the indexed texts in the order of the results' tie-break.
func (ix *Index) Docs() []DocRef {
	ix.mu.RLock()
	out := make([]DocRef, 0, len(ix.docs))
	for ref := range ix.docs {
		out = append(out, ref)
	}
	ix.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool { return refLess(out[i], out[j]) })
	return out
}

// replace swaps what is indexed under ref for d (nothing when d is nil).
func (ix *Index) replace(ref DocRef, d *prepared) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.remove(ref)
	ix.addSorted(ix.insert(d, nil))
}

func (ix *Index) removeModule(number int) {
	for ref := range ix.docs {
		if ref.Module == number {
			ix.remove(ref)
		}
	}
}

// remove takes a text's sections out of the postings. Terms stay in the
// dictionary: a term without postings costs a few bytes and finds nothing.
func (ix *Index) remove(ref DocRef) {
	ids, ok := ix.docs[ref]
	if !ok {
		return
	}
	for _, id := range ids {
		for _, t := range ix.secs[id].toks {
			p := ix.post[t.term]
			k := sort.Search(len(p), func(i int) bool { return p[i] >= id })
			if k < len(p) && p[k] == id {
				ix.post[t.term] = append(p[:k], p[k+1:]...)
			}
		}
		ix.secs[id] = nil
	}
	delete(ix.docs, ref)
}

// prepared is a text cut into sections, its words found and folded, ready
// to be inserted: the tokens' term fields index terms until then.
type prepared struct {
	ref   DocRef
	secs  []*section
	terms []string // the distinct folded words of the text
}

// insert gives the sections of a prepared text their ids and their tokens
// the index's terms, and returns fresh with the ids of the terms it created
// appended. A nil d inserts nothing.
func (ix *Index) insert(d *prepared, fresh []uint32) []uint32 {
	if d == nil || len(d.secs) == 0 {
		return fresh
	}
	global := make([]uint32, len(d.terms))
	for i, f := range d.terms {
		term, ok := ix.termID[f]
		if !ok {
			// A folded ASCII word may share the memory of its section's text:
			// copy it, so that a removed text does not stay alive through it.
			f = strings.Clone(f)
			term = uint32(len(ix.terms))
			ix.terms = append(ix.terms, f)
			ix.termID[f] = term
			ix.post = append(ix.post, nil)
			fresh = append(fresh, term)
		}
		global[i] = term
	}
	ids := make([]uint32, len(d.secs))
	for i, s := range d.secs {
		id := uint32(len(ix.secs))
		ids[i] = id
		ix.secs = append(ix.secs, s)
		for k := range s.toks {
			t := &s.toks[k]
			t.term = global[t.term]
			if p := ix.post[t.term]; len(p) == 0 || p[len(p)-1] != id {
				ix.post[t.term] = append(p, id)
			}
		}
	}
	ix.docs[d.ref] = ids
	return fresh
}

// addSorted merges new term ids into the sorted list.
func (ix *Index) addSorted(fresh []uint32) {
	if len(fresh) == 0 {
		return
	}
	less := func(a, b uint32) bool { return ix.terms[a] < ix.terms[b] }
	sort.Slice(fresh, func(i, j int) bool { return less(fresh[i], fresh[j]) })
	old := ix.sorted
	merged := make([]uint32, 0, len(old)+len(fresh))
	i, j := 0, 0
	for i < len(old) && j < len(fresh) {
		if less(fresh[j], old[i]) {
			merged = append(merged, fresh[j])
			j++
		} else {
			merged = append(merged, old[i])
			i++
		}
	}
	merged = append(merged, old[i:]...)
	merged = append(merged, fresh[j:]...)
	ix.sorted = merged
}

// Gaps between word positions, so that words on two lines, or in a heading
// and its text, count as further apart than neighbours in a sentence.
const (
	lineGap  = 3
	fieldGap = 5
)

// words numbers the distinct words of a text as it is tokenised, so that
// each word is folded once per text and the index's dictionary is consulted
// once per distinct word. One per goroutine: its map is reused.
type words struct {
	local  map[string]uint32 // word as written → index in terms
	terms  []string          // folded, distinct
	byTerm map[string]uint32
}

func (w *words) reset() {
	if w.local == nil {
		w.local, w.byTerm = map[string]uint32{}, map[string]uint32{}
	}
	clear(w.local)
	clear(w.byTerm)
	w.terms = nil
}

// id returns the text-local number of a word's folded form.
func (w *words) id(word string) uint32 {
	if i, ok := w.local[word]; ok {
		return i
	}
	f := course.Fold(word)
	i, ok := w.byTerm[f]
	if !ok {
		i = uint32(len(w.terms))
		w.terms = append(w.terms, f)
		w.byTerm[f] = i
	}
	w.local[word] = i
	return i
}

// prepareDoc parses a part and cuts it into sections with their words.
// formatKeys are the keys of the deck's and the quiz's format
// (docs/CONTENT.md), written in English in every language: they are not
// the content, so a search for "note" or "single" does not find them.
var formatKeys = regexp.MustCompile(`\b(?:Step:\s*\d+|Note:|Type:\s*(?:single|multiple|truefalse)|Competence:\s*\d\.\d|Explanation:)`)

func (w *words) prepareDoc(ref DocRef, markdown string) *prepared {
	w.reset()
	parts := Sections(course.ParseString(markdown))
	d := &prepared{ref: ref, secs: make([]*section, 0, len(parts))}
	for i, p := range parts {
		body := p.Text
		if ref.Part == course.SlidesPart || ref.Part == course.QuizPart {
			body = formatKeys.ReplaceAllString(body, "")
		}
		s := &section{ref: ref, ord: i, block: p.Block, level: p.Level, head: p.Heading, body: body}
		s.toks = w.tokens(s, fieldHeading, fieldBody)
		d.secs = append(d.secs, s)
	}
	d.terms = w.terms
	return d
}

// prepareInfo makes the one section of a module's title and summary; nil
// when both are empty.
func prepareInfo(ref DocRef, title, summary string) *prepared {
	title, summary = strings.TrimSpace(title), strings.TrimSpace(summary)
	if title == "" && summary == "" {
		return nil
	}
	var w words
	w.reset()
	s := &section{ref: ref, level: 1, head: title, body: summary}
	s.toks = w.tokens(s, fieldTitle, fieldSummary)
	return &prepared{ref: ref, secs: []*section{s}, terms: w.terms}
}

// tokens lists the words of a section's head then body, in one allocation.
func (w *words) tokens(s *section, headField, bodyField uint8) []token {
	n := 0
	count := func(span) { n++ }
	wordSpans(s.head, count)
	wordSpans(s.body, count)
	toks := make([]token, 0, n)
	pos := uint32(0)
	add := func(text string, field uint8) {
		last := 0
		wordSpans(text, func(sp span) {
			if strings.IndexByte(text[last:sp.start], '\n') >= 0 {
				pos += lineGap
			}
			toks = append(toks, newToken(w.id(text[sp.start:sp.end]), pos, field))
			pos++
			last = sp.end
		})
	}
	add(s.head, headField)
	pos += fieldGap
	add(s.body, bodyField)
	return toks
}
