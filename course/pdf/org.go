package pdf

import (
	"bytes"
	"image/png"
	"strings"

	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/image"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/consts/extension"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/props"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// bodyOf is the training body a session's documents print: the profile
// (Options.Org), with the session's own body name and address instead of
// the profile's when the session has them.
func bodyOf(s *session.Session, o *course.Org) course.Org {
	var b course.Org
	if o != nil {
		b = *o
	}
	if s != nil && strings.TrimSpace(s.Body.Name) != "" {
		b.Name, b.Address = s.Body.Name, s.Body.Address
	} else if s != nil && strings.TrimSpace(s.Body.Address) != "" && b.Name == "" {
		b.Address = s.Body.Address
	}
	return b
}

// orgLine is the body's name and address on one line.
func orgLine(o course.Org) string {
	return bodyLine(session.Body{Name: o.Name, Address: o.Address})
}

// footerText is the running footer's left part: the body, and its
// declaration number when it has one.
func (d *doc) footerText(o course.Org) string {
	parts := []string{}
	if b := orgLine(o); b != "" {
		parts = append(parts, b)
	}
	if o.NDA != "" {
		parts = append(parts, labelValue(d.l, d.l.T("pdf_nda"), o.NDA))
	}
	return strings.Join(parts, " · ")
}

// identity is the lines that say who the body is, for a cover or a
// sheet's heading: the declaration number and SIRET.
func (d *doc) identity(o course.Org) []string {
	var out []string
	if o.NDA != "" {
		out = append(out, labelValue(d.l, d.l.T("pdf_nda_long"), o.NDA))
	}
	if o.SIRET != "" {
		out = append(out, labelValue(d.l, "SIRET", o.SIRET))
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
