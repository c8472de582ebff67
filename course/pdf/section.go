package pdf

import (
	"fmt"
	"io"
	"strings"

	"github.com/socialtech/trainerkit/course"
)

// Section prints one section of a part in one language: the heading named
// (its text as the reader shows it; accents, case and Markdown marks do
// not matter) and everything under it down to the next heading of the same
// level or higher: an activity, a worksheet, the cards an activity needs.
// The part's text is the one on screen, the trainer's edits included (a
// section hidden from handouts prints too: the trainer asked for it). The
// sections a part offers are its headings:
// course.ParseString(m.Text(lang, part)).Headings().
func Section(w io.Writer, lib *course.Library, module int, lang, part, heading string, opts Options) error {
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
	if !course.ValidPart(part) {
		return fmt.Errorf("unknown part %q (theory, case, toolbox, reference, guide, slides or quiz)", part)
	}
	blocks := sectionBlocks(course.ParseString(m.Text(lang, part)).Blocks, heading)
	if len(blocks) == 0 {
		return fmt.Errorf("%w: module %d %s (%s) has no section %q", ErrNothingToPrint, module, part, lang, heading)
	}
	paper, err := opts.paper()
	if err != nil {
		return err
	}
	d, err := newDoc(paper, false, lang)
	if err != nil {
		return err
	}
	title := course.PlainText(blocks[0].Inlines)
	d.title = moduleLabel(d.l, m.Number) + " · " + m.TitleIn(lang)
	d.kind = partName(lang, part)
	d.report = opts.Report
	d.footer = moduleFooter(d, opts)
	r := &renderer{doc: d}
	r.para(plain(d.title+" · "+partName(lang, part), bold, &colorMuted), fontKicker, 0, left)
	r.gap(2)
	d.mark(title, 0)
	r.blocks(blocks, ctx{})
	return d.write(w)
}

// sectionBlocks finds the heading whose text is heading and returns it
// with the blocks under it; nil when there is none.
func sectionBlocks(bs []course.Block, heading string) []course.Block {
	want := headingKey(heading)
	for i, b := range bs {
		if b.Kind != course.BlockHeading || headingKey(course.PlainText(b.Inlines)) != want {
			continue
		}
		j := i + 1
		for j < len(bs) && !(bs[j].Kind == course.BlockHeading && bs[j].Level <= b.Level) {
			j++
		}
		return bs[i:j]
	}
	return nil
}

// headingKey is a heading as compared: folded, and every run of spaces one
// plain space, since French text binds "Activité 1 :" with a no-break
// space that nobody types on the command line.
func headingKey(s string) string {
	return strings.Join(strings.Fields(course.Fold(s)), " ")
}
