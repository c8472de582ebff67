package pdf

import (
	"fmt"
	"sync"

	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"
	"github.com/johnfercher/maroto/v2/pkg/core/entity"
	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/socialtech/trainerkit/assets"
)

// Font families the documents register with maroto: the bundled DejaVu
// Sans, and the fallback for scripts DejaVu lacks (Ethiopic).
const (
	family         = "dejavu"
	fallbackFamily = "fallback"
)

// fstyle is one of the four faces of the font.
type fstyle uint8

const (
	regular fstyle = iota
	bold
	italic
	boldItalic
)

func (s fstyle) maroto() fontstyle.Type {
	return [...]fontstyle.Type{fontstyle.Normal, fontstyle.Bold, fontstyle.Italic, fontstyle.BoldItalic}[s]
}

// upright is the face of the same weight without the slant.
func (s fstyle) upright() fstyle { return s &^ italic }

// A source is the font file that draws a character in a given style: one
// of the four DejaVu faces (1 to 4), or the fallback font upright or bold
// (5, 6); 0 when no bundled font has it.
type source uint8

const (
	noSource     source = 0
	fallbackBase source = 5
)

// face is the family and style maroto draws a source with.
func (s source) face() (string, fontstyle.Type) {
	if s >= fallbackBase {
		return fallbackFamily, [...]fontstyle.Type{fontstyle.Normal, fontstyle.Bold}[s-fallbackBase]
	}
	return family, fstyle(s - 1).maroto()
}

var (
	fontFiles     = [...]string{assets.FontRegular, assets.FontBold, assets.FontItalic, assets.FontBoldItalic}
	fallbackFiles = [...]string{assets.FontFallback, assets.FontFallbackBold}
)

// faces holds the font files and, for each style, which font draws each
// character of the Basic Multilingual Plane and its advance width, read
// once.
type faces struct {
	bytes    [4][]byte
	fallback [2][]byte
	// widths[style][r] is the advance of rune r in thousandths of an em as
	// drawn in that style, rounded as gofpdf rounds them, so that a line
	// measured here is the line maroto draws; src[style][r] the font that
	// draws it (noSource: none).
	widths [4][]uint16
	src    [4][]source
}

var (
	facesOnce sync.Once
	theFaces  *faces
	facesErr  error
)

// loadFaces reads the bundled fonts and their metrics once per process.
func loadFaces() (*faces, error) {
	facesOnce.Do(func() {
		theFaces, facesErr = readFaces()
	})
	return theFaces, facesErr
}

func readFaces() (*faces, error) {
	f := &faces{}
	var own [4][]uint16
	var fb [2][]uint16
	for i, name := range fontFiles {
		b, w, err := readFont(name)
		if err != nil {
			return nil, err
		}
		f.bytes[i], own[i] = b, w
	}
	for i, name := range fallbackFiles {
		b, w, err := readFont(name)
		if err != nil {
			return nil, err
		}
		f.fallback[i], fb[i] = b, w
	}
	// Each style draws a character with its own face; else (Arabic in
	// italics: DejaVu's obliques have none, and Arabic is not slanted) the
	// upright face of its weight; else the regular face; else the
	// fallback font of its weight, or upright.
	for st := range fstyle(4) {
		w, s := make([]uint16, 0x10000), make([]source, 0x10000)
		order := []struct {
			widths []uint16
			src    source
		}{
			{own[st], source(st + 1)},
			{own[st.upright()], source(st.upright() + 1)},
			{own[regular], source(regular + 1)},
			{fb[min(int(st.upright()), 1)], fallbackBase + source(min(int(st.upright()), 1))},
			{fb[0], fallbackBase},
		}
		for r := range w {
			for _, o := range order {
				if c := o.widths[r]; c != 0 {
					w[r], s[r] = c, o.src
					break
				}
			}
		}
		f.widths[st], f.src[st] = w, s
	}
	return f, nil
}

func readFont(name string) ([]byte, []uint16, error) {
	b, err := assets.Font(name)
	if err != nil {
		return nil, nil, fmt.Errorf("read font %s: %w", name, err)
	}
	w, err := advanceWidths(b)
	if err != nil {
		return nil, nil, fmt.Errorf("read font %s: %w", name, err)
	}
	return b, w, nil
}

// advanceWidths reads the advance width of every character of the Basic
// Multilingual Plane the font maps, in 1/1000 em.
func advanceWidths(ttf []byte) ([]uint16, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, err
	}
	var buf sfnt.Buffer
	upem := f.UnitsPerEm()
	out := make([]uint16, 0x10000)
	for r := rune(0x20); r < 0x10000; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		g, err := f.GlyphIndex(&buf, r)
		if err != nil || g == 0 {
			continue
		}
		// At a ppem of unitsPerEm, the advance comes in font units (26.6).
		adv, err := f.GlyphAdvance(&buf, g, fixed.Int26_6(upem)<<6, xfont.HintingNone)
		if err != nil {
			continue
		}
		units := (int(adv) + 32) >> 6
		w := int(float64(units)*1000/float64(upem) + 0.5)
		if w <= 0 {
			w = 0xFFFF // mapped but without advance, as gofpdf records it
		}
		out[r] = uint16(w)
	}
	return out, nil
}

// measurer measures and breaks text in millimetres as gofpdf draws it, in
// a document's language.
type measurer struct {
	f    *faces
	lang string      // French spacing, hyphenation
	hy   *hyphenator // nil: words break only at their own hyphens
	// cells breaks lines between syllables to fill them in a narrow
	// column (table cells), not only words wider than a line.
	cells bool
	// usage, shared by a document's copies, records that its text needs
	// the fallback font, which the document then embeds.
	usage *usage
	// scratch, shared by a document's copies, holds the arrays words
	// fills, reused from one paragraph to the next; nil: new ones each time.
	scratch *wordScratch
}

type usage struct{ fallback bool }

// wordScratch is the words and pieces of the last paragraph measured. A
// document is printed by one goroutine, and what words returns is used
// before the next call (wrap and measureCell keep no word), so one pair of
// arrays serves every paragraph instead of two new ones each.
type wordScratch struct {
	pieces []piece
	words  []word
}

// note records the fonts s needs.
func (m measurer) note(s string) {
	if m.usage == nil || m.usage.fallback {
		return
	}
	src := m.f.src[regular]
	for _, r := range s {
		if r >= 0x1200 && r < 0x10000 && src[r] >= fallbackBase {
			m.usage.fallback = true
			return
		}
	}
}

// forCells is the measurer of table cells.
func (m measurer) forCells() measurer {
	m.cells = true
	return m
}

// k is gofpdf's scale factor from points to millimetres.
const k = 72.0 / 25.4

// width is the width of s in style st at size points, in millimetres.
func (m measurer) width(s string, st fstyle, size float64) float64 {
	cw := m.f.widths[st]
	w := 0
	for _, r := range s {
		if r < 0x10000 {
			if c := cw[r]; c > 0 && c != 0xFFFF {
				w += int(c)
			}
		}
	}
	return float64(w) * (size / k) / 1000
}

// has reports whether a bundled font draws r (in every style, then: a style
// without it borrows another face's).
func (m measurer) has(r rune) bool {
	return r < 0x10000 && m.f.src[regular][r] != noSource
}

// customFonts gives maroto the four faces, and the fallback font when
// the text needs it, from the bytes read once.
func (f *faces) customFonts(fallback bool) []*entity.CustomFont {
	out := make([]*entity.CustomFont, 0, 6)
	for i := range f.bytes {
		out = append(out, &entity.CustomFont{Family: family, Style: fstyle(i).maroto(), Bytes: f.bytes[i]})
	}
	for i := range f.fallback {
		if !fallback {
			break
		}
		fam, st := (fallbackBase + source(i)).face()
		out = append(out, &entity.CustomFont{Family: fam, Style: st, Bytes: f.fallback[i]})
	}
	return out
}
