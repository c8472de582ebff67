package pdf

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"
	"github.com/johnfercher/maroto/v2/pkg/core/entity"
	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/socialtech/trainerkit/assets"
)

// family is the name the documents give the bundled DejaVu Sans.
const family = "dejavu"

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

var fontFiles = [...]string{assets.FontRegular, assets.FontBold, assets.FontItalic, assets.FontBoldItalic}

// faces holds the font files and their advance widths, read once.
type faces struct {
	bytes [4][]byte
	// widths[style][r] is the advance of rune r in thousandths of an em,
	// rounded as gofpdf rounds them, so that a line measured here is the
	// line maroto draws; 0 means the font has no glyph for r.
	widths [4][]uint16
}

var (
	facesOnce sync.Once
	theFaces  *faces
	facesErr  error
)

// loadFaces reads the bundled fonts and their metrics once per process.
func loadFaces() (*faces, error) {
	facesOnce.Do(func() {
		f := &faces{}
		for i, name := range fontFiles {
			b, err := assets.Font(name)
			if err != nil {
				facesErr = fmt.Errorf("read font %s: %w", name, err)
				return
			}
			w, err := advanceWidths(b)
			if err != nil {
				facesErr = fmt.Errorf("read font %s: %w", name, err)
				return
			}
			f.bytes[i], f.widths[i] = b, w
		}
		theFaces = f
	})
	return theFaces, facesErr
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

// measurer measures text in millimetres as gofpdf does.
type measurer struct{ f *faces }

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

// has reports whether every face has a glyph for r.
func (m measurer) has(r rune) bool {
	if r >= 0x10000 {
		return false
	}
	for _, cw := range m.f.widths {
		if cw[r] == 0 {
			return false
		}
	}
	return true
}

// invisible reports the characters that must print as nothing: zero-width
// spaces and joiners, the byte-order mark and the soft hyphen (the lines
// here are never hyphenated).
func invisible(r rune) bool {
	switch r {
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD':
		return true
	}
	return false
}

// replacements spell characters the font lacks with ones it has.
var replacements = map[rune]string{
	'\t':     "    ",
	'\u2003': " ", '\u2002': " ", '\u2009': " ", '\u200A': " ",
	// Emoji the content or a name might carry: the nearest symbol DejaVu has.
	'\u2705': "☑", '\u274C': "☒", '\u2B50': "★", '\U0001F449': "→", '\U0001F4A1': "★",
}

// clean returns s with every character the font cannot draw replaced: by a
// near equivalent when there is one, else by a question mark, so that the
// PDF never shows an empty box where a letter should be. Line breaks are
// the caller's business: they become spaces here.
func (m measurer) clean(s string) string {
	// Bytes that are not UTF-8 (a file saved in another encoding) would
	// make gofpdf read past the end of the string.
	ok := utf8.ValidString(s)
	for _, r := range s {
		if !m.has(r) || r == '\n' || r == '\r' || invisible(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			b.WriteByte(' ')
		case invisible(r):
			// Drawn, they would split words for search or show as hyphens.
		case m.has(r) && r != utf8.RuneError:
			b.WriteRune(r)
		default:
			if rep, found := replacements[r]; found && (rep == "" || m.hasAll(rep)) {
				b.WriteString(rep)
			} else if unicode.IsSpace(r) {
				b.WriteByte(' ')
			} else if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r) || unicode.IsControl(r) {
				// Combining marks the font lacks and control characters: drop.
			} else {
				b.WriteByte('?')
			}
		}
	}
	return b.String()
}

func (m measurer) hasAll(s string) bool {
	for _, r := range s {
		if !m.has(r) {
			return false
		}
	}
	return true
}

// customFonts gives maroto the four faces from the bytes read once.
func (f *faces) customFonts() []*entity.CustomFont {
	out := make([]*entity.CustomFont, 4)
	for i := range out {
		out[i] = &entity.CustomFont{Family: family, Style: fstyle(i).maroto(), Bytes: f.bytes[i]}
	}
	return out
}
