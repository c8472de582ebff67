package pdf

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/consts/border"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/props"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// ErrNothingToPrint is returned (wrapped) when every part asked for is
// hidden from handouts or, for an own module, not written in the language:
// the caller tells the trainer rather than writing an empty document.
var ErrNothingToPrint = errors.New("nothing to print")

// printable reports whether a part goes into a handout: not when the
// trainer hid it or every one of its sections, nor when an own module lacks
// it in lang. A bundled part missing in a language prints a notice instead.
func printable(m *course.Module, lang, part string) bool {
	if m == nil {
		return true
	}
	if m.HiddenPart(lang, part) {
		return false
	}
	if strings.TrimSpace(m.Text(lang, part)) == "" {
		return !m.Own()
	}
	return strings.TrimSpace(m.HandoutText(lang, part)) != ""
}

// nothingToPrint explains why no part of m can be printed.
func nothingToPrint(m *course.Module) error {
	if m.Own() {
		return fmt.Errorf("%w: the parts asked for are hidden from handouts or not written in this language", ErrNothingToPrint)
	}
	return fmt.Errorf("%w: every part asked for is hidden from handouts", ErrNothingToPrint)
}

// ModuleHandout prints the chosen parts of one module in one language, as
// participants get them: theory, case, toolbox and reference when parts is
// empty. The trainer's guide prints only when parts names it. Parts the
// trainer hid are left out and hidden sections removed; the trainer's notes
// never print here.
func ModuleHandout(w io.Writer, lib *course.Library, module int, lang string, parts []string, opts Options) error {
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
	if len(parts) == 0 {
		parts = course.HandoutParts
	}
	var chosen []string
	seen := map[string]bool{}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if !course.ValidPart(p) {
			return fmt.Errorf("unknown part %q (theory, case, toolbox, reference, guide, slides or quiz)", p)
		}
		if !seen[p] {
			seen[p] = true
			if printable(m, lang, p) {
				chosen = append(chosen, p)
			}
		}
	}
	if len(chosen) == 0 {
		return nothingToPrint(m)
	}
	paper, err := opts.paper()
	if err != nil {
		return err
	}
	d, err := newDoc(paper, false, lang)
	if err != nil {
		return err
	}
	d.title = moduleLabel(d.l, m.Number) + " · " + m.TitleIn(lang)
	d.kind = d.l.T("pdf_doc_handout")
	if len(chosen) == 1 && chosen[0] == course.SlidesPart {
		d.kind = d.l.T("pdf_doc_deck") // slides with their notes: the trainer's
	}
	d.report = opts.Report
	d.footer = moduleFooter(d, opts)
	r := &renderer{doc: d, handout: true}
	d.mark(d.title, 0)
	r.moduleTitle(m)
	for i, p := range chosen {
		if i > 0 {
			d.newPage()
		}
		d.mark(partName(lang, p), 1)
		r.part(lib, m.Number, p, i > 0)
	}
	return d.write(w)
}

// moduleFooter is the footer of a document without a session (a module
// handout, a section, a quiz): the profile's organisation; with
// Options.Body naming another body, that body alone, without the
// profile's declaration number (course.Org.ForBody, as on a session's
// documents); the kit's name when there is neither.
func moduleFooter(d *doc, opts Options) string {
	var o course.Org
	if opts.Org != nil {
		o = *opts.Org
	}
	b, _ := o.ForBody(opts.Body, "")
	if t := d.footerText(b); t != "" {
		return t
	}
	return d.l.T("app_name")
}

// moduleTitle is the opening of a module handout: number, title, summary,
// duration and competences.
func (r *renderer) moduleTitle(m *course.Module) {
	l := r.l
	r.para(plain(moduleLabel(l, m.Number), bold, &colorAccent), fontKicker, 0, left)
	r.para(plain(m.TitleIn(r.lang), bold, &colorAccent), fontTitle, 0, left)
	r.add(2, row.New(2))
	if s := m.SummaryIn(r.lang); s != "" {
		r.para(plain(s, italic, &colorMuted), fontSubtitle, 0, left)
	}
	meta := []string{labelValue(l, l.T("pdf_duration"), fmt.Sprintf("%d min", m.Duration))}
	if len(m.DigComp) > 0 {
		meta = append(meta, labelValue(l, l.T("pdf_digcomp"), strings.Join(m.DigComp, ", ")))
	}
	r.add(2, row.New(2))
	r.para(plain(strings.Join(meta, "   ·   "), regular, &colorMuted), fontBody, 0, left)
	r.rule(3, 6)
}

// rule is a thin line across the page with space above and below.
func (d *doc) rule(above, below float64) {
	d.add(above, row.New(above).Add(col.New().WithStyle(&props.Cell{BorderType: border.Bottom, BorderColor: &colorRule, BorderThickness: 0.3})))
	d.add(below, row.New(below))
}

// part prints one part of a module in the document's language, under a
// small line naming the module and the part when kicker is set: in a
// handout, as participants get it.
func (r *renderer) part(lib *course.Library, module int, part string, kicker bool) {
	m := lib.Module(module)
	title := moduleLabel(r.l, module)
	if m != nil {
		title += " · " + m.TitleIn(r.lang)
	}
	if kicker {
		r.para(plain(title+" · "+partName(r.lang, part), bold, &colorMuted), fontKicker, 0, left)
		r.add(2, row.New(2))
	}
	src := ""
	switch {
	case m != nil && r.handout:
		src = m.HandoutText(r.lang, part)
	case m != nil:
		src = m.Text(r.lang, part)
	}
	if strings.TrimSpace(src) != "" && part == course.SlidesPart {
		r.deck(m)
		return
	}
	if strings.TrimSpace(src) == "" {
		r.heading(&course.Block{Kind: course.BlockHeading, Level: 1, Inlines: []course.Inline{{Text: partName(r.lang, part)}}}, ctx{})
		r.para(plain(r.l.T("pdf_part_missing"), italic, &colorMuted), fontBody, 0, left)
		return
	}
	r.blocks(course.ParseString(src).Blocks, ctx{})
}

// entry is one module part of a session handout.
type entry struct {
	module int
	part   string
}

// handoutEntries are the module parts of the agenda that participants get,
// each once, in agenda order: never the trainer's guide, nor a part hidden
// from handouts or missing from an own module in lang.
func handoutEntries(lib *course.Library, s *session.Session, lang string) []entry {
	seen := map[entry]bool{}
	var out []entry
	for _, day := range s.Agenda {
		for _, b := range day {
			e := entry{b.Module, b.Part}
			if b.Kind != session.BlockPart || b.Part == course.Guide || !course.WrittenPart(b.Part) || seen[e] {
				continue
			}
			if !printable(lib.Module(b.Module), lang, b.Part) {
				continue
			}
			seen[e] = true
			out = append(out, e)
		}
	}
	return out
}

// SessionHandout prints what participants take home: a cover, a contents
// page (clickable), the agenda with times, then each module part of the
// agenda in the session's language, as participants get it (hidden parts
// and sections left out). Never the trainer's guide nor the trainer's
// notes. The PDF's outline lists the agenda, each module and its parts.
func SessionHandout(w io.Writer, lib *course.Library, s *session.Session, opts Options) error {
	if lib == nil {
		return fmt.Errorf("no course library")
	}
	if err := checkSession(s); err != nil {
		return err
	}
	paper, err := opts.paper()
	if err != nil {
		return err
	}
	lang := sessionLang(s)
	d, err := newDoc(paper, false, lang)
	if err != nil {
		return err
	}
	body := bodyOf(s, opts.Org)
	d.title, d.kind, d.report = s.Title, d.l.T("pdf_doc_handout"), opts.Report
	d.footer = d.footerText(body)
	r := &renderer{doc: d, handout: true}
	r.cover(s, d.kind, body)
	entries := handoutEntries(lib, s, lang)
	toc := handoutContents(lib, d, entries)
	// The contents are laid out twice: first to know how many pages they
	// take, then, once the parts are placed, with their page numbers.
	d.newPage()
	first := d.pageNumber()
	r.contents(toc, nil)
	d.finish()
	last := len(d.pages)
	d.newPage()
	toc[0].id = d.mark(toc[0].title, 0)
	r.agenda(lib, s)
	k := 1
	for _, e := range entries {
		d.newPage()
		if toc[k].level == 0 {
			toc[k].id = d.mark(toc[k].title, 0)
			k++
		}
		toc[k].id = d.mark(toc[k].title, 1)
		k++
		r.part(lib, e.module, e.part, true)
	}
	return r.fillContents(toc, first, last, w)
}

// A tocEntry is a line of a contents page: a title at a level (0 for a
// module or a section of the document, 1 for a part), going to a mark.
type tocEntry struct {
	title string
	level int
	id    int
}

// handoutContents lists the agenda, then each module and its parts.
func handoutContents(lib *course.Library, d *doc, entries []entry) []tocEntry {
	out := []tocEntry{{title: d.l.T("pdf_agenda")}}
	prev := -1
	for _, e := range entries {
		if e.module != prev {
			title := moduleLabel(d.l, e.module)
			if m := lib.Module(e.module); m != nil {
				title += " · " + m.TitleIn(d.lang)
			}
			out = append(out, tocEntry{title: title})
			prev = e.module
		}
		out = append(out, tocEntry{title: partName(d.lang, e.part), level: 1})
	}
	return out
}

// fillContents lays the contents out again with the page where each entry
// starts, in place of the first pass (pages first to last), and writes the
// document.
func (r *renderer) fillContents(toc []tocEntry, first, last int, w io.Writer) error {
	d := r.doc
	pages := make([]int, len(toc))
	for i, e := range toc {
		pages[i] = d.markPage(e.id)
	}
	d.finish()
	t, err := newDoc(d.g.paper, d.g.landscape, d.lang)
	if err != nil {
		return err
	}
	t.title, t.kind = d.title, d.kind
	(&renderer{doc: t}).contents(toc, pages)
	t.finish()
	if len(t.pages) != last-first+1 {
		return fmt.Errorf("table of contents: %d pages, then %d", last-first+1, len(t.pages))
	}
	copy(d.pages[first-1:last], t.pages)
	return d.write(w)
}

// TrainerGuide prints the trainer's own document: the session's details
// and a contents page, the agenda, each module's guide as the trainer
// edited it followed by the trainer's notes on the module's parts, then
// the session's notes. The outline lists the same.
func TrainerGuide(w io.Writer, lib *course.Library, s *session.Session, opts Options) error {
	if lib == nil {
		return fmt.Errorf("no course library")
	}
	if err := checkSession(s); err != nil {
		return err
	}
	paper, err := opts.paper()
	if err != nil {
		return err
	}
	d, err := newDoc(paper, false, sessionLang(s))
	if err != nil {
		return err
	}
	body := bodyOf(s, opts.Org)
	d.title, d.kind, d.report = s.Title, d.l.T("pdf_doc_guide"), opts.Report
	d.footer = d.footerText(body)
	r := &renderer{doc: d}
	r.para(plain(d.kind, bold, &colorAccent), fontKicker, 0, left)
	r.para(plain(d.detail(s.Title, FieldTitle), bold, &colorAccent), fontH[1], 0, left)
	r.add(3, row.New(3))
	r.addAll(r.fields(sessionFields(d, s, body), fontBody, 0))
	r.rule(3, 4)
	toc := []tocEntry{{title: d.l.T("pdf_agenda")}}
	for _, n := range s.Modules() {
		title := moduleLabel(d.l, n)
		if m := lib.Module(n); m != nil {
			title += " · " + m.TitleIn(d.lang)
		}
		toc = append(toc, tocEntry{title: title})
	}
	notes := strings.TrimSpace(s.Notes)
	if notes != "" {
		toc = append(toc, tocEntry{title: d.l.T("pdf_notes")})
	}
	first := d.pageNumber()
	r.contents(toc, nil)
	d.finish()
	last := len(d.pages)
	d.newPage()
	toc[0].id = d.mark(toc[0].title, 0)
	r.agenda(lib, s)
	for i, n := range s.Modules() {
		d.newPage()
		toc[i+1].id = d.mark(toc[i+1].title, 0)
		r.part(lib, n, course.Guide, true)
		if m := lib.Module(n); m != nil {
			r.partNotes(m)
		}
	}
	if notes != "" {
		d.newPage()
		toc[len(toc)-1].id = d.mark(toc[len(toc)-1].title, 0)
		r.heading(&course.Block{Kind: course.BlockHeading, Level: 1, Inlines: []course.Inline{{Text: d.l.T("pdf_notes")}}}, ctx{})
		r.blocks(course.ParseString(notes).Blocks, ctx{})
	}
	return r.fillContents(toc, first, last, w)
}

// sessionFields are the session's details as label and value.
func sessionFields(d *doc, s *session.Session, body course.Org) [][2]string {
	l := d.l
	out := [][2]string{{l.T("pdf_dates"), sessionDates(l, s)}}
	out = append(out, [2]string{l.T("pdf_times"), sessionTimes(l, s)})
	if s.Place != "" {
		out = append(out, [2]string{l.T("pdf_place"), d.detail(s.Place, FieldPlace)})
	}
	if s.Mode != "" {
		out = append(out, [2]string{l.T("pdf_mode"), modeText(l, s.Mode)})
	}
	if len(s.Trainers) > 0 {
		out = append(out, [2]string{trainersLabel(l, len(s.Trainers)), d.detail(strings.Join(s.Trainers, ", "), FieldTrainers)})
	}
	if b := orgLine(body); b != "" {
		out = append(out, [2]string{l.T("pdf_body"), d.detail(b, FieldBody)})
	}
	return out
}

// fields lays out labels and values in two columns from x.
func (d *doc) fields(pairs [][2]string, f font, x float64) []block {
	return d.fieldColumns([][][2]string{pairs}, f, x)
}

// fieldColumns lays out labels and values in side-by-side groups from x,
// each group in its own label and value columns; a row is as tall as its
// tallest cell.
func (d *doc) fieldColumns(groups [][][2]string, f font, x float64) []block {
	lead := d.units(x)
	share := (grid - lead) / len(groups)
	type colPair struct{ lu, vu int }
	var cp []colPair
	rows := 0
	for gi, g := range groups {
		gw := d.colWidth(share)
		labelW := 0.0
		for _, p := range g {
			labelW = max(labelW, d.m.width(p[0], bold, f.size))
		}
		lu := d.units(min(labelW+5, gw*0.4))
		vu := share - lu
		if gi == len(groups)-1 {
			vu = grid - lead - share*(len(groups)-1) - lu
		}
		cp = append(cp, colPair{lu, vu})
		rows = max(rows, len(g))
	}
	var out []block
	for r := range rows {
		var cols []core.Col
		if lead > 0 {
			cols = append(cols, col.New(lead))
		}
		n := 1
		var cells [][]core.Component
		for gi, g := range groups {
			lw, vw := d.colWidth(cp[gi].lu), d.colWidth(cp[gi].vu)
			var lc, vc []core.Component
			if r < len(g) {
				ll := d.m.wrap(plain(g[r][0], bold, &colorMuted), f, lw-3)
				vl := d.m.wrap(plain(g[r][1], regular, nil), f, vw-2)
				n = max(n, len(ll), len(vl))
				for i, ln := range ll {
					lc = append(lc, ln.components(f, 0, lw, float64(i)*f.height, left)...)
				}
				for i, ln := range vl {
					vc = append(vc, ln.components(f, 0, vw, float64(i)*f.height, left)...)
				}
			}
			cells = append(cells, lc, vc)
		}
		for gi := range groups {
			cols = append(cols, col.New(cp[gi].lu).Add(cells[2*gi]...), col.New(cp[gi].vu).Add(cells[2*gi+1]...))
		}
		h := float64(n)*f.height + 1
		out = append(out, block{h, row.New(h).Add(cols...)})
	}
	return out
}

// cover is the first page of a session handout: the body's logo and
// identity at the top, what the document is, the session's title and
// details.
func (r *renderer) cover(s *session.Session, kind string, body course.Org) {
	r.coverNext = true
	top := 40.0
	if lr := r.logoRow(body, 18, 60, false); lr != nil {
		r.add(18, lr)
		top -= 18
	}
	if body.Name != "" {
		r.add(2, row.New(2))
		r.para(plain(r.detail(body.Name, FieldBody), bold, &colorMuted), fontBody, 0, left)
		var small []string
		if a := strings.TrimSpace(strings.ReplaceAll(body.Address, "\n", ", ")); a != "" {
			small = append(small, a)
		}
		small = append(small, r.identity(body)...)
		for _, l := range small {
			r.para(plain(l, regular, &colorMuted), fontSmall, 0, left)
		}
		top -= 8
	}
	r.add(max(top, 8), row.New(max(top, 8)))
	r.para(plain(kind, bold, &colorAccent), fontSubtitle, 0, left)
	r.add(3, row.New(3))
	r.para(plain(r.detail(s.Title, FieldTitle), bold, &colorAccent), fontTitle, 0, left)
	r.add(6, row.New(6).Add(col.New().WithStyle(&props.Cell{BorderType: border.Bottom, BorderColor: &colorAccent, BorderThickness: 0.6})))
	r.add(8, row.New(8))
	// Each detail under its label, in large type.
	for _, f := range sessionFields(r.doc, s, body) {
		r.ensure(fontSmall.height + 2*fontSubtitle.height)
		r.para(plain(f[0], bold, &colorMuted), fontSmall, 0, left)
		r.para(plain(f[1], regular, nil), fontSubtitle, 0, left)
		r.add(3.5, row.New(3.5))
	}
	if mods := s.Modules(); len(mods) > 0 {
		r.add(8, row.New(8))
		r.para(plain(r.l.Tn("pdf_modules_count", len(mods), nil), bold, &colorMuted), fontBody, 0, left)
	}
}

// activity is the agenda's text for a block: its title (a module part's
// with the module and part under it), then its notes.
func activity(lib *course.Library, l string, loc interface{ T(string) string }, b session.Block) []span {
	var out []span
	switch b.Kind {
	case session.BlockBreak:
		t := b.Title
		if t == "" {
			t = loc.T("pdf_break")
		}
		out = plain(t, italic, &colorMuted)
	case session.BlockPart:
		t := b.Title
		if t == "" {
			t = partName(l, b.Part)
		}
		where := fmt.Sprintf("%02d", b.Module)
		if m := lib.Module(b.Module); m != nil {
			where += " · " + m.TitleIn(l)
		}
		out = []span{{text: t, st: bold}, {text: "\n"}, {text: where + " · " + partName(l, b.Part), st: italic, color: &colorMuted}}
	default:
		out = []span{{text: b.Title, st: bold}}
	}
	if d := strings.TrimSpace(b.Description); d != "" {
		out = append(out, span{text: "\n"}, span{text: d, st: regular})
	}
	return out
}

// agenda prints each day's half-days with their blocks and times, as the
// printed agenda does (agenda.go).
func (r *renderer) agenda(lib *course.Library, s *session.Session) {
	l := r.l
	r.heading(&course.Block{Kind: course.BlockHeading, Level: 1, Inlines: []course.Inline{{Text: l.T("pdf_agenda")}}}, ctx{})
	r.agendaDays(lib, s)
}

// contents prints a contents page: each entry with its page, pages nil
// the first time round (the layout is the same), each line a link to where
// its entry starts.
func (r *renderer) contents(entries []tocEntry, pages []int) {
	r.heading(&course.Block{Kind: course.BlockHeading, Level: 1, Inlines: []course.Inline{{Text: r.l.T("pdf_toc")}}}, ctx{})
	f := fontBody
	numW := 14.0
	pattern := r.m.width(" .", regular, f.size)
	for i, e := range entries {
		num := "0"
		if pages != nil {
			num = fmt.Sprint(pages[i])
		}
		indent, st, color := 0.0, bold, &colorAccent
		if e.level > 0 {
			indent, st, color = listIndent, regular, nil
		} else {
			r.gap(2)
		}
		w := r.width() - indent - numW
		lines := r.m.wrap(plain(e.title, st, color), f, w)
		if e.level == 0 {
			// A module's title stays with its first part.
			r.ensure(float64(len(lines)+1) * (f.height + 0.6))
		}
		for j, ln := range lines {
			comps := ln.components(f, indent, w, 0, left)
			if j == len(lines)-1 {
				// Dot leaders from the text to the number.
				nw := r.m.width(num, regular, f.size)
				from := indent + ln.w + 2
				if n := int((r.width() - nw - 2 - from) / pattern); n > 0 {
					ll := line{runs: []run{{text: strings.TrimSpace(strings.Repeat(" .", n)), st: regular, color: &colorRule}}}
					comps = append(comps, ll.components(f, from, 0, 0, left)...)
				}
				nl := line{runs: []run{{text: num, st: regular}}, w: nw}
				comps = append(comps, nl.components(f, 0, r.width(), 0, right)...)
			}
			if e.id > 0 {
				r.linkNext(0, r.width(), e.id)
			}
			r.add(f.height+0.6, row.New(f.height+0.6).Add(col.New().Add(comps...)))
		}
	}
}
