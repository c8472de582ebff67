package pdf

import (
	"bytes"
	"image/png"
	"strings"
	"unicode/utf8"

	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/image"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/consts/extension"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/props"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
	"github.com/socialtech/trainerkit/locales"
)

// bodyOf is the training body a session's documents print: the profile
// (Options.Org) when the session names no body or names the profile's
// organisation, else the session's body by its name and address alone,
// without the profile's declaration number, SIRET, signatory, town and logo
// (course.Org.ForBody: the one rule of every document).
func bodyOf(s *session.Session, o *course.Org) course.Org {
	b, _ := forBody(s, o)
	return b
}

// forBody is bodyOf, and whether the profile's identifiers were left out.
func forBody(s *session.Session, o *course.Org) (course.Org, bool) {
	var p course.Org
	if o != nil {
		p = *o
	}
	if s == nil {
		return p, false
	}
	return p.ForBody(s.Body.Name, s.Body.Address)
}

// orgLine is the body's name and address on one line.
func orgLine(o course.Org) string {
	return bodyLine(session.Body{Name: o.Name, Address: o.Address})
}

// footerText is the running footer's left part: the body, and its
// declaration number when it has one. It fits the footer's line whole
// (shortenFooter): the running footer has a single line, and the
// declaration number must never be what is cut.
func (d *doc) footerText(o course.Org) string {
	var nda string
	if o.NDA != "" {
		nda = labelledID(d.l, d.l.T("pdf_nda"), o.NDA)
	}
	return d.shortenFooter(o.Name, o.Address, nda)
}

// footerReserve is the widest page number a running footer leaves room
// for on its right ("i / n", drawn by footerRows), with the gap before it.
const footerReserve = "888 / 888"

// shortenFooter joins the body's name, its address and its identifier
// (already labelled) with " · " on one line as wide as the running footer
// leaves for them. When they do not fit, the address is shortened with an
// ellipsis, or left out when little of it would stay, then the name; the
// identifier always prints whole.
func (d *doc) shortenFooter(name, address, id string) string {
	name = strings.TrimSpace(strings.ReplaceAll(name, "\n", ", "))
	address = strings.TrimSpace(strings.ReplaceAll(address, "\n", ", "))
	f := fontSmall
	room := d.width() - d.m.width(footerReserve, regular, f.size) - 6 - 0.5
	join := func(parts ...string) string {
		var out []string
		for _, p := range parts {
			if p != "" {
				out = append(out, p)
			}
		}
		return strings.Join(out, " · ")
	}
	fits := func(s string) bool { return d.m.width(d.m.clean(s), regular, f.size) <= room-0.05 }
	whole := join(name, address, id)
	if whole == "" || fits(whole) {
		return whole
	}
	sep := d.m.width(" · ", regular, f.size)
	rest := func(parts ...string) float64 {
		w := 0.0
		for _, p := range parts {
			if p != "" {
				w += d.m.width(d.m.clean(p), regular, f.size) + sep
			}
		}
		return w
	}
	// The address first, while most of it stays.
	if name != "" && address != "" {
		if left := room - rest(name, id); left > 0 {
			if a := d.shorten(address, f.size, left); 2*utf8.RuneCountInString(a) >= utf8.RuneCountInString(address) {
				return join(name, a, id)
			}
		}
		address = ""
		if s := join(name, id); fits(s) {
			return s
		}
	}
	// Then the name (or the address when there is no name).
	if name == "" {
		name = address
	}
	left := room
	if id != "" {
		left -= rest(id)
	}
	if left < 10 {
		return id // no room for a name worth reading
	}
	return join(d.shorten(name, f.size, left), id)
}

// shorten is s in at most width millimetres: whole when it fits, else cut
// after its last whole word that leaves room for an ellipsis ("12 rue de
// l'Économie…"), or anywhere when even its first word is too wide.
func (d *doc) shorten(s string, size, width float64) string {
	s = d.m.clean(s)
	if d.m.width(s, regular, size) <= width-0.05 {
		return s
	}
	room := width - 0.05 - d.m.width("…", regular, size)
	head := ""
	for i, r := range s {
		if r != ' ' || i == 0 {
			continue
		}
		cut := strings.TrimRight(s[:i], " ,;:·-–—")
		if d.m.width(cut, regular, size) > room {
			break
		}
		head = cut
	}
	if head == "" {
		return d.m.truncate(s, regular, size, width)
	}
	return head + "…"
}

// keepTogether binds the groups of digits of an identifier ("32 59 12345
// 59") with no-break spaces, so that no line breaks inside it.
func keepTogether(id string) string { return strings.ReplaceAll(id, " ", "\u00a0") }

// labelledID is "SIRET : 123 456 789 00007" with no line break inside the
// identifier nor between it and its label.
func labelledID(l *locales.Localizer, label, id string) string {
	s := labelValue(l, label, "\x00")
	i := strings.IndexByte(s, 0)
	if i < 0 {
		return labelValue(l, label, keepTogether(id))
	}
	head := s[:i]
	if strings.HasSuffix(head, " ") {
		head = strings.TrimSuffix(head, " ") + "\u00a0"
	}
	return head + keepTogether(id) + s[i+1:]
}

// blankLine is a line of n underscores, for a name or a town written by
// hand on the printed page.
func blankLine(n int) string { return strings.Repeat("_", n) }

// identity is the lines that say who the body is, for a cover or a
// sheet's heading: the declaration number and SIRET.
func (d *doc) identity(o course.Org) []string {
	var out []string
	if o.NDA != "" {
		out = append(out, labelledID(d.l, d.l.T("pdf_nda_long"), o.NDA))
	}
	if o.SIRET != "" {
		out = append(out, labelledID(d.l, "SIRET", o.SIRET))
	}
	return out
}

// logoRow is a row of height h with the body's logo at its left, at most
// maxW millimetres wide; nil without a logo (or one that does not decode).
func (d *doc) logoRow(o course.Org, h, maxW float64, right bool) core.Row {
	if len(o.Logo) == 0 {
		return nil
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(o.Logo))
	if err != nil || cfg.Height == 0 {
		return nil
	}
	w := min(h*float64(cfg.Width)/float64(cfg.Height), maxW)
	u := max(1, d.units(w))
	img := image.NewFromBytes(o.Logo, extension.Png, props.Rect{Percent: 100})
	if right {
		return row.New(h).Add(col.New(grid-u), col.New(u).Add(img))
	}
	return row.New(h).Add(col.New(u).Add(img), col.New(grid-u))
}
