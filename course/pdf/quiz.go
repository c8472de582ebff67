package pdf

import (
	"fmt"
	"io"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/consts/border"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/props"

	"github.com/socialtech/trainerkit/course"
)

// Indents of a question's lines, in millimetres from the left margin.
const (
	questionIndent = 8.0  // the question's text, after its number
	choiceIndent   = 19.0 // a choice's text, after its box and letter
)

// QuizSheet prints a module's quiz in lang: with key false, the
// participant's sheet (a line for the name and the date, each question with
// what kind of answer it wants and a box per lettered choice, no answer);
// with key true, the trainer's key (a grid of the right letters, then each
// question with its right choices ticked, the explanation and the DigComp
// competence it checks). A question never breaks across pages unless it is
// longer than a page.
func QuizSheet(w io.Writer, lib *course.Library, module int, lang string, key bool, opts Options) error {
	if lib == nil {
		return fmt.Errorf("no course library")
	}
	m := lib.Module(module)
	if m == nil {
		return fmt.Errorf("module %d is not in the kit", module)
	}
	if !course.ValidLanguage(lang) {
		return fmt.Errorf("unknown language %q (fr, en, it or es)", lang)
	}
	qz := m.QuizIn(lang)
	if len(qz.Questions) == 0 {
		return fmt.Errorf("%w: module %d has no quiz in %s", ErrNothingToPrint, module, lang)
	}
	paper, err := opts.paper()
	if err != nil {
		return err
	}
	d, err := newDoc(paper, false, lang)
	if err != nil {
		return err
	}
	l := d.l
	d.title = moduleLabel(l, m.Number) + " · " + m.TitleIn(lang)
	d.kind = l.T("eval_doc_quiz_sheet")
	if key {
		d.kind = l.T("eval_doc_quiz_key")
	}
	d.report, d.footer = opts.Report, moduleFooter(d, opts)
	r := &renderer{doc: d}
	d.mark(d.title, 0)
	r.para(plain(moduleLabel(l, m.Number)+" · "+m.TitleIn(lang), bold, &colorMuted), fontKicker, 0, left)
	r.add(1.5, row.New(1.5))
	title := qz.Title
	if title == "" {
		title = l.T("eval_quiz")
	}
	r.para(plain(title, bold, &colorAccent), fontH[1], 0, left)
	r.add(3, row.New(3))
	if key {
		r.para(plain(d.kind, italic, &colorMuted), fontBody, 0, left)
		r.add(2, row.New(2))
		r.keyGrid(qz)
	} else {
		r.nameLine(len(qz.Questions))
		r.para(plain(l.T("eval_quiz_instructions"), italic, &colorMuted), fontBody, 0, left)
	}
	r.rule(2, 4)
	for i, q := range qz.Questions {
		r.question(i+1, q, key)
	}
	return d.write(w)
}

// nameLine is the participant's name and the date to fill in, and the
// score box the trainer fills.
func (r *renderer) nameLine(questions int) {
	l := r.l
	f := fontBody
	h := 9.0
	field := func(label string, u int) []core.Col {
		lw := r.m.width(label, bold, f.size) + 2
		lu := r.units(lw)
		lab := r.m.wrap(plain(label, bold, nil), f, lw)
		var comps []core.Component
		if len(lab) > 0 {
			comps = lab[0].components(f, 0, lw, h-f.height, left)
		}
		line := &props.Cell{BorderType: border.Bottom, BorderColor: &colorGrid, BorderThickness: 0.3}
		return []core.Col{col.New(lu).Add(comps...), col.New(u - lu).WithStyle(line)}
	}
	score := l.Tf("eval_quiz_score_box", map[string]any{"N": questions})
	su := r.units(r.m.width(score, regular, f.size) + 4)
	sl := r.m.wrap(plain(score, regular, &colorMuted), f, r.colWidth(su))
	var sc []core.Component
	if len(sl) > 0 {
		sc = sl[0].components(f, 0, r.colWidth(su), h-f.height, right)
	}
	gap := r.units(6)
	name := field(l.T("eval_quiz_name"), grid*55/100)
	date := field(l.T("eval_quiz_date"), grid-grid*55/100-2*gap-su)
	cols := append(name, col.New(gap))
	cols = append(cols, date...)
	cols = append(cols, col.New(gap), col.New(su).Add(sc...))
	r.add(h, row.New(h).Add(cols...))
	r.add(4, row.New(4))
}

// keyGrid is the right letters of every question at a glance, for marking
// a pile of sheets: "1 B · 2 A,C · 3 Faux".
func (r *renderer) keyGrid(qz course.Quiz) {
	var sp []span
	for i, q := range qz.Questions {
		if i > 0 {
			sp = append(sp, span{text: "   ", st: regular})
		}
		sp = append(sp, span{text: fmt.Sprintf("%d\u00a0", i+1), st: regular, color: &colorMuted},
			span{text: strings.ReplaceAll(q.Answers(), ",", "\u00a0+\u00a0"), st: bold, color: &colorAccent})
	}
	r.para(plain(r.l.T("eval_quiz_key_grid"), bold, nil), fontBody, 0, left)
	r.add(1, row.New(1))
	r.para(sp, fontSubtitle, 0, left)
}

// question prints one question, kept on one page: its number and text,
// what kind of answer it wants, its choices with a box each (ticked for the
// right ones on the key), and on the key its explanation and competence.
func (r *renderer) question(n int, q course.Question, key bool) {
	var bs []block
	w := r.width() - questionIndent
	qlines := r.m.wrap(plain(q.Text, bold, nil), fontBody, w)
	num := r.m.wrap(plain(fmt.Sprintf("%d.", n), bold, &colorAccent), fontBody, questionIndent)
	for i, ln := range qlines {
		comps := ln.components(fontBody, questionIndent, w, 0, left)
		if i == 0 && len(num) > 0 {
			comps = append(comps, num[0].components(fontBody, 0, questionIndent, 0, left)...)
		}
		bs = append(bs, block{fontBody.height, row.New(fontBody.height).Add(col.New().Add(comps...))})
	}
	bs = append(bs, lineBlocks(r.m.wrap(plain(r.answerKind(q.Type), italic, &colorMuted), fontSmall, w), fontSmall, questionIndent, w, left, nil)...)
	bs = append(bs, space(1.2))
	for i, c := range q.Choices {
		bs = append(bs, r.choice(i, c, key && q.IsRight(i))...)
		bs = append(bs, space(itemGap))
	}
	if key {
		bs = append(bs, space(1.2))
		bs = append(bs, r.explanation(q)...)
	}
	bs = append(bs, space(5))
	if h := height(bs); h < r.avail()*0.9 {
		r.ensure(h)
	}
	r.addAll(bs)
}

// answerKind says what a question wants: one answer, several, true or
// false.
func (r *renderer) answerKind(t string) string {
	switch t {
	case course.QuizMultiple:
		return r.l.T("eval_quiz_multiple")
	case course.QuizTrueFalse:
		return r.l.T("eval_quiz_truefalse")
	}
	return r.l.T("eval_quiz_single")
}

// choice is one lettered choice with its box: ticked, in bold and the
// accent colour when it is a right answer on the key.
func (r *renderer) choice(i int, md string, right bool) []block {
	st, color, box := regular, (*props.Color)(nil), "☐"
	if right {
		st, color, box = bold, &colorAccent, "☑"
	}
	w := r.width() - choiceIndent
	lines := r.m.wrap(inlineSpans(md, st, color), fontBody, w)
	boxFont := font{size: 12.5, height: fontBody.height}
	mark := r.m.wrap(plain(box, regular, &colorText), boxFont, 8)
	letter := r.m.wrap(plain(course.Letter(i), bold, &colorAccent), fontBody, 6)
	out := make([]block, 0, len(lines))
	for j, ln := range lines {
		comps := ln.components(fontBody, choiceIndent, w, 0, left)
		if j == 0 {
			top := fontBody.top() + fontBody.mm() - boxFont.mm() - boxFont.top() + 0.15
			if len(mark) > 0 {
				comps = append(comps, mark[0].components(boxFont, questionIndent, 8, top, left)...)
			}
			if len(letter) > 0 {
				comps = append(comps, letter[0].components(fontBody, questionIndent+6, 6, 0, left)...)
			}
		}
		out = append(out, block{fontBody.height, row.New(fontBody.height).Add(col.New().Add(comps...))})
	}
	return out
}

// explanation is the key's shaded box under a question: why the right
// answer is right, and the competence the question checks.
func (r *renderer) explanation(q course.Question) []block {
	x := questionIndent
	w := r.width() - x - calloutPad - 2
	box := &props.Cell{BackgroundColor: &colorShade, BorderType: border.Left, BorderColor: &colorCallout, BorderThickness: 0.9}
	var lines []line
	if q.Explanation != "" {
		lines = r.m.wrap(inlineSpans(q.Explanation, regular, nil), fontCell, w)
	}
	comp := r.l.Tf("eval_quiz_checks", map[string]any{"Code": q.Competence, "Name": digcompName(r.l, q.Competence)})
	clines := r.m.wrap(plain(comp, italic, &colorMuted), fontSmall, w)
	pad := 1.6
	u := r.units(x)
	boxRow := func(h float64, comps []core.Component) block {
		return block{h, row.New(h).Add(col.New(u), col.New(grid-u).WithStyle(box).Add(comps...))}
	}
	out := []block{boxRow(pad, nil)}
	for _, ln := range lines {
		out = append(out, boxRow(fontCell.height, ln.components(fontCell, calloutPad, w, 0, left)))
	}
	for _, ln := range clines {
		out = append(out, boxRow(fontSmall.height, ln.components(fontSmall, calloutPad, w, 0, left)))
	}
	return append(out, boxRow(pad, nil))
}

// inlineSpans is a line of Markdown (a choice, an explanation) as spans:
// its emphasis and code kept, its text as written when it is not one
// paragraph.
func inlineSpans(md string, st fstyle, color *props.Color) []span {
	doc := course.ParseString(md)
	if len(doc.Blocks) != 1 || doc.Blocks[0].Kind != course.BlockParagraph {
		return plain(md, st, color)
	}
	return spansOf(doc.Blocks[0].Inlines, st, color)
}

// digcompName is a competence's name in the document's language, as the
// interface writes it.
func digcompName(l interface{ T(string) string }, code string) string {
	id := "digcomp_" + strings.ReplaceAll(code, ".", "_")
	if s := l.T(id); s != id {
		return s
	}
	return course.DigCompNames[code]
}
