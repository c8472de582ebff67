package course

import "strings"

// DiffOp says what happened to a line between two texts.
type DiffOp int

// The three kinds of line in a comparison.
const (
	Same DiffOp = iota
	Removed
	Added
)

// DiffLine is one line of a line-by-line comparison.
type DiffLine struct {
	Op   DiffOp
	Text string
}

// maxDiffCells bounds the comparison table (lines of a × lines of b) so that
// comparing two huge texts cannot exhaust memory; beyond it the differing
// middle is shown as removed then added.
const maxDiffCells = 16 << 20

// Diff compares two texts line by line: the longest common subsequence of
// lines is kept as Same, the rest is Removed (only in a) or Added (only in b).
func Diff(a, b string) []DiffLine {
	al, bl := splitLines(a), splitLines(b)
	// Common head and tail cost nothing and make the table small.
	head := 0
	for head < len(al) && head < len(bl) && al[head] == bl[head] {
		head++
	}
	tail := 0
	for tail < len(al)-head && tail < len(bl)-head && al[len(al)-1-tail] == bl[len(bl)-1-tail] {
		tail++
	}
	var out []DiffLine
	for _, l := range al[:head] {
		out = append(out, DiffLine{Same, l})
	}
	out = append(out, diffMiddle(al[head:len(al)-tail], bl[head:len(bl)-tail])...)
	for _, l := range al[len(al)-tail:] {
		out = append(out, DiffLine{Same, l})
	}
	return out
}

func diffMiddle(a, b []string) []DiffLine {
	var out []DiffLine
	if len(a)*len(b) > maxDiffCells || len(a) == 0 || len(b) == 0 {
		for _, l := range a {
			out = append(out, DiffLine{Removed, l})
		}
		for _, l := range b {
			out = append(out, DiffLine{Added, l})
		}
		return out
	}
	// lcs[i][j] is the length of the longest common subsequence of a[i:], b[j:].
	w := len(b) + 1
	lcs := make([]int32, (len(a)+1)*w)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			out = append(out, DiffLine{Same, a[i]})
			i, j = i+1, j+1
		case lcs[(i+1)*w+j] >= lcs[i*w+j+1]:
			out = append(out, DiffLine{Removed, a[i]})
			i++
		default:
			out = append(out, DiffLine{Added, b[j]})
			j++
		}
	}
	for ; i < len(a); i++ {
		out = append(out, DiffLine{Removed, a[i]})
	}
	for ; j < len(b); j++ {
		out = append(out, DiffLine{Added, b[j]})
	}
	return out
}

// splitLines cuts a text into lines, without the line ends (\n or \r\n).
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.Split(strings.TrimSuffix(strings.ReplaceAll(s, "\r\n", "\n"), "\n"), "\n")
	return lines
}

// Changed reports whether a comparison holds any added or removed line.
func Changed(d []DiffLine) bool {
	for _, l := range d {
		if l.Op != Same {
			return true
		}
	}
	return false
}
