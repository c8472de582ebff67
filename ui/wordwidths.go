package ui

import (
	"bytes"
	"sync"

	"fyne.io/fyne/v2"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// wordWidths measures the words of a paragraph as Fyne draws them, for
// wrapText to break its lines. Fyne measures a string with a new shaper
// each time, which builds the font's shaping tables again: measured one
// word at a time, a part's new words were about 40 % of the reader's work
// on a first visit (a CPU profile of scripts/measure-reader.sh). wordWidths shapes a
// whole segment at once with a shaper it keeps, reads each word's width
// from the advances of its letters, and keeps the widths it measured.
type wordWidths struct {
	mu     sync.Mutex // the slide fitter lays text out off the interface thread
	shaper shaping.HarfbuzzShaper
	faces  map[fyne.Resource]*font.Face
	known  map[wordKey]float32
}

// wordKey names a word's width: its text in a font at a size.
type wordKey struct {
	text string
	font fyne.Resource
	size float32
}

// maxKnownWords bounds what wordWidths keeps (about 2 MB): it starts over
// when full.
const maxKnownWords = 30000

var paragraphWords = &wordWidths{faces: map[fyne.Resource]*font.Face{}, known: map[wordKey]float32{}}

// lookup is the width of word in res at size, if measured.
func (w *wordWidths) lookup(word string, res fyne.Resource, size float32) (float32, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	v, ok := w.known[wordKey{word, res, size}]
	return v, ok
}

// forget drops the widths measured (the benchmarks of a first visit).
func (w *wordWidths) forget() {
	w.mu.Lock()
	defer w.mu.Unlock()
	clear(w.known)
}

// measure shapes text (a segment's whole text) in res at size and keeps
// the width of each of its words (runs between spaces and line breaks)
// whose letters are all in the font; words needing another font are left
// to Fyne, which finds one.
func (w *wordWidths) measure(text string, res fyne.Resource, size float32) {
	w.mu.Lock()
	defer w.mu.Unlock()
	face := w.face(res)
	if face == nil {
		return
	}
	runes := []rune(text)
	out := w.shaper.Shape(shaping.Input{Text: runes, RunEnd: len(runes), Direction: di.DirectionLTR,
		Face: face, Size: fixed.Int26_6(float64(size) * (1 << 6))})
	adv := make([]fixed.Int26_6, len(runes)+1)
	for _, g := range out.Glyphs {
		adv[g.TextIndex()] += g.Advance
	}
	if len(w.known) > maxKnownWords {
		clear(w.known)
	}
	start := 0
	covered := true
	for i := 0; i <= len(runes); i++ {
		if i < len(runes) && runes[i] != ' ' && runes[i] != '\n' {
			if _, ok := face.NominalGlyph(runes[i]); !ok {
				covered = false
			}
			continue
		}
		if i > start && covered {
			var sum fixed.Int26_6
			for _, a := range adv[start:i] {
				sum += a
			}
			w.known[wordKey{string(runes[start:i]), res, size}] = float32(float64(sum) / (1 << 6))
		}
		start, covered = i+1, true
	}
}

// face is the font of res, parsed once; nil when it cannot be read.
func (w *wordWidths) face(res fyne.Resource) *font.Face {
	if f, ok := w.faces[res]; ok {
		return f
	}
	f, err := font.ParseTTF(bytes.NewReader(res.Content()))
	if err != nil {
		fyne.LogError("read the font "+res.Name(), err)
		f = nil
	}
	w.faces[res] = f
	return f
}
