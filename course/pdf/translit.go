package pdf

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Names in scripts no bundled font draws are written in Latin letters when
// a rule exists that needs no dictionary: Korean hangul (the Revised
// Romanization, syllable by syllable) and Japanese kana (Hepburn). Chinese
// characters and Japanese kanji need a dictionary per reading: they print
// as boxes, and the export reports them.

// Revised Romanization of the jamo of a hangul syllable.
var (
	hangulInitial = [19]string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	hangulVowel   = [21]string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	hangulFinal   = [28]string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
)

// kana are the Hepburn readings of the hiragana from U+3041 (katakana are
// the same 96 code points further on); small kana are marked with "~".
var kana = strings.Fields(`~a a ~i i ~u u ~e e ~o o ka ga ki gi ku gu ke ge ko go sa za shi ji su zu se ze so zo
	ta da chi ji ~tsu tsu zu te de to do na ni nu ne no ha ba pa hi bi pi fu bu pu he be pe ho bo po
	ma mi mu me mo ~ya ya ~yu yu ~yo yo ra ri ru re ro ~wa wa wi we o n vu ~ka ~ke`)

// kanaReading is the reading of a kana, "" for anything else.
func kanaReading(r rune) string {
	switch {
	case r >= 0x3041 && r <= 0x3096:
		return kana[r-0x3041]
	case r >= 0x30A1 && r <= 0x30F6:
		return kana[r-0x30A1]
	}
	return ""
}

// transliterable reports the characters transliterate can write in Latin.
func transliterable(r rune) bool {
	return r >= 0xAC00 && r <= 0xD7A3 || kanaReading(r) != "" || r == 0x30FC || r == 0x30FB || r == 0x3000
}

// transliterate writes hangul and kana in Latin letters, each run of them
// with a capital, and leaves every other character as it is.
func transliterate(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && transliterable(rs[j]) == transliterable(rs[i]) {
			j++
		}
		if transliterable(rs[i]) {
			b.WriteString(capitalise(romanise(rs[i:j])))
		} else {
			b.WriteString(string(rs[i:j]))
		}
		i = j
	}
	return b.String()
}

// romanise writes a run of hangul and kana in Latin letters.
func romanise(rs []rune) string {
	var b strings.Builder
	double := false // a small tsu doubles the next consonant
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		var syl string
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			n := int(r - 0xAC00)
			syl = hangulInitial[n/(21*28)] + hangulVowel[n/28%21] + hangulFinal[n%28]
		case r == 0x30FC: // the long vowel mark: a macron on the vowel before
			out := []rune(b.String())
			if n := len(out); n > 0 {
				if c := norm.NFC.String(string(out[n-1]) + "\u0304"); len([]rune(c)) == 1 {
					b.Reset()
					b.WriteString(string(out[:n-1]) + c)
				}
			}
			continue
		case r == 0x30FB || r == 0x3000:
			b.WriteByte(' ')
			continue
		case kanaReading(r) != "":
			syl = kanaReading(r)
			if syl == "~tsu" {
				double = true
				continue
			}
			if strings.HasPrefix(syl, "~") {
				// A small kana after one ending in i or u makes a combined
				// sound: ki + ~ya = kya, shi + ~ya = sha, fu + ~a = fa.
				small := syl[1:]
				out := b.String()
				switch {
				case strings.HasSuffix(out, "shi") || strings.HasSuffix(out, "chi") || strings.HasSuffix(out, "ji"):
					small = strings.TrimPrefix(small, "y")
					b.Reset()
					b.WriteString(out[:len(out)-1])
				case strings.HasSuffix(out, "i") || strings.HasSuffix(out, "u"):
					b.Reset()
					b.WriteString(out[:len(out)-1])
				}
				syl = small
			}
		}
		if double && syl != "" {
			if strings.HasPrefix(syl, "ch") {
				b.WriteByte('t')
			} else if c := syl[0]; !strings.ContainsRune("aiueon", rune(c)) {
				b.WriteByte(c)
			}
		}
		double = false
		b.WriteString(syl)
	}
	return b.String()
}

// capitalise writes each word of transliterated text with a capital.
func capitalise(s string) string {
	rs := []rune(s)
	start := true
	for i, r := range rs {
		if start && unicode.IsLower(r) {
			rs[i] = unicode.ToUpper(r)
		}
		start = unicode.IsSpace(r) || r == '-'
	}
	return string(rs)
}
