package pdf

import (
	"fmt"
	"io"

	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/consts/border"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/props"

	"github.com/socialtech/trainerkit/course"
)

// cardColor is an answer card's colour and the colour of its letter: the
// Okabe–Ito palette, told apart by most colour-blind eyes, with the letter
// in white or in dark ink, whichever reads better on it.
type cardColor struct{ bg, ink props.Color }

var (
	white      = props.Color{Red: 255, Green: 255, Blue: 255}
	cardInk    = props.Color{Red: 33, Green: 37, Blue: 41}
	cardEdge   = props.Color{Red: 170, Green: 170, Blue: 170}
	cardColors = []cardColor{
		{props.Color{Red: 213, Green: 94, Blue: 0}, white},     // A vermilion
		{props.Color{Red: 0, Green: 114, Blue: 178}, white},    // B blue
		{props.Color{Red: 0, Green: 158, Blue: 115}, white},    // C bluish green
		{props.Color{Red: 240, Green: 228, Blue: 66}, cardInk}, // D yellow
		{props.Color{Red: 204, Green: 121, Blue: 167}, white},  // E reddish purple
		{props.Color{Red: 86, Green: 180, Blue: 233}, cardInk}, // F sky blue
	}
)

// MinCardLetters and MaxCardLetters bound the letters of a set of answer
// cards: A to D at least, as many as the longest question has choices.
const (
	MinCardLetters = 4
	MaxCardLetters = 6
)

// CardLetters is the number of cards a set needs for quizzes: as many as
// the question with the most choices, at least MinCardLetters.
func CardLetters(quizzes ...course.Quiz) int {
	n := MinCardLetters
	for _, qz := range quizzes {
		n = max(n, qz.MaxChoices())
	}
	return min(n, MaxCardLetters)
}

// AnswerCards prints the coloured cards the room raises to answer a quiz
// on the projector: one sheet per participant, its cards (A, B, C, D, and
// E, F when letters asks for them) in large letters on colour, separated by
// cutting lines. names puts each participant's name in a corner of their
// cards so that a set finds its owner; without names, copies sheets print
// blank.
func AnswerCards(w io.Writer, lang string, letters int, names []string, copies int, opts Options) error {
	if letters < MinCardLetters || letters > MaxCardLetters {
		return fmt.Errorf("answer cards: %d letters, want %d to %d", letters, MinCardLetters, MaxCardLetters)
	}
	if len(names) == 0 && copies < 1 {
		return fmt.Errorf("answer cards: no participant and no copy to print")
	}
	paper, err := opts.paper()
	if err != nil {
		return err
	}
	d, err := newDoc(paper, false, lang)
	if err != nil {
		return err
	}
	d.title, d.kind, d.report, d.bare = d.l.T("eval_doc_cards"), d.l.T("eval_doc_cards"), opts.Report, true
	sheets := len(names)
	if sheets == 0 {
		sheets = copies
	}
	for i := range sheets {
		name := ""
		if i < len(names) {
			name = d.printable(names[i], "", names[i], FieldLastName)
		}
		d.newPage()
		if name != "" {
			d.mark(name, 0)
		}
		d.cardSheet(letters, name)
	}
	return d.write(w)
}

// cardSheet lays out one participant's cards, two across, filling the
// page: two rows for four cards, three for five or six.
func (d *doc) cardSheet(letters int, name string) {
	const gap = 4.0 // the white band to cut along
	rows := (letters + 1) / 2
	h := (d.avail() - float64(rows-1)*gap - 2*eps) / float64(rows)
	gu := d.units(gap)
	cu := (grid - gu) / 2
	cw := d.colWidth(cu)
	// The letter as large as the card allows: an em of three quarters of
	// its height, its capital about 0.73 em tall and 0.7 em wide.
	big := font{size: min(h*0.75, cw*1.2) * k}
	big.height = big.mm() * 1.164
	for r := range rows {
		if r > 0 {
			d.add(gap, row.New(gap))
		}
		var cols []core.Col
		for c := range 2 {
			i := 2*r + c
			if c == 1 {
				cols = append(cols, col.New(gu))
			}
			if i >= letters {
				cols = append(cols, col.New(grid-gu-cu))
				continue
			}
			u := cu
			if c == 1 {
				u = grid - gu - cu
			}
			cols = append(cols, d.card(i, name, u, h, big))
		}
		d.add(h, row.New(h).Add(cols...))
	}
}

// card is one coloured card: its letter large in the middle, small in a
// corner with the owner's name.
func (d *doc) card(i int, name string, u int, h float64, big font) core.Col {
	cc := cardColors[i%len(cardColors)]
	w := d.colWidth(u)
	letter := course.Letter(i)
	var comps []core.Component
	if ls := d.m.wrap(plain(letter, bold, &cc.ink), big, w); len(ls) > 0 {
		comps = append(comps, ls[0].components(big, 0, w, (h-big.height)/2, center)...)
	}
	corner := letter
	if name != "" {
		corner += " · " + name
	}
	corner = d.m.truncate(corner, bold, fontSmall.size, w-8)
	if cl := d.m.wrap(plain(corner, bold, &cc.ink), fontSmall, w-8); len(cl) > 0 {
		comps = append(comps, cl[0].components(fontSmall, 4, w-8, h-fontSmall.height-3, left)...)
	}
	return col.New(u).WithStyle(&props.Cell{BackgroundColor: &cc.bg, BorderType: border.Full, BorderColor: &cardEdge, BorderThickness: 0.2}).Add(comps...)
}
