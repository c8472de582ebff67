package course

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/png"
	"strings"

	xdraw "golang.org/x/image/draw"
)

// Org is the training body's profile: who runs the trainings, as French
// practice and Qualiopi audits expect to read it on attendance sheets,
// certificates and handouts. It is the trainer's own organisation, set once
// in the settings. A session names its training body too (a session run for
// a partner); ForBody decides what the documents print then.
type Org struct {
	Name    string `json:"name"`
	Address string `json:"address,omitempty"`
	// Town is where certificates are issued: "Fait à Lyon".
	Town string `json:"town,omitempty"`
	// NDA is the numéro de déclaration d'activité (11 digits), SIRET the
	// establishment's number (14 digits).
	NDA   string `json:"nda,omitempty"`
	SIRET string `json:"siret,omitempty"`
	// Signatory signs certificates, in the role SignatoryRole.
	Signatory     string `json:"signatory,omitempty"`
	SignatoryRole string `json:"signatory_role,omitempty"`
	// Logo is a PNG, already normalised by NormaliseLogo.
	Logo []byte `json:"logo,omitempty"`
	// ReferenceLabel is what the body's funders call their file number
	// ("N° de convention", "N° de dossier OPCO"): the label of a session's
	// reference on the documents; empty prints the kit's own label.
	ReferenceLabel string `json:"reference_label,omitempty"`
}

// Empty reports whether nothing of the profile is filled.
func (o Org) Empty() bool {
	return o.Name == "" && o.Address == "" && o.Town == "" && o.NDA == "" && o.SIRET == "" &&
		o.Signatory == "" && o.SignatoryRole == "" && len(o.Logo) == 0 && o.ReferenceLabel == ""
}

// Identified reports whether the profile holds something that says who
// the body is beyond its name and address: a declaration number, a SIRET,
// a signatory, a town or a logo.
func (o Org) Identified() bool {
	return o.NDA != "" || o.SIRET != "" || o.Signatory != "" || o.SignatoryRole != "" || o.Town != "" || len(o.Logo) > 0
}

// Names reports whether name is the profile's organisation: the same words
// once case, accents, punctuation and spacing are set aside, so that
// "COOP'FORMATION  Ñandú" names "Coop’Formation Nandu". A profile without a
// name is named by nothing.
func (o Org) Names(name string) bool {
	key := func(s string) string { return strings.Join(Words(Fold(s)), " ") }
	k := key(o.Name)
	return k != "" && key(name) == k
}

// ForBody is the training body a document prints when it names the body
// name at address (a session's training body, a module handout's --org),
// and whether the profile's identifiers were left out.
//
// With name empty, or naming the profile's organisation (Names), it is the
// profile, under the profile's spelling of the name, with address instead
// of the profile's when one is given. With another name it is that body's
// name and address alone: the declaration number, SIRET, signatory, town
// and logo are the profile's organisation's, and an auditor reading them
// under another body's name would take them for that body's. withheld is
// then true when the profile had any of them (Identified), for the
// documents to say so; the label of the funders' reference is kept, being
// no identifier.
func (o Org) ForBody(name, address string) (body Org, withheld bool) {
	name, address = strings.TrimSpace(name), strings.TrimSpace(address)
	if name == "" || o.Names(name) {
		if address != "" {
			o.Address = address
		}
		return o, false
	}
	return Org{Name: name, Address: address, ReferenceLabel: o.ReferenceLabel}, o.Identified()
}

// Errors of an organisation profile.
var (
	ErrOrgNoName = errors.New("the organisation needs a name")
	ErrNDA       = errors.New("a declaration number (NDA) has 11 digits")
	ErrSIRET     = errors.New("a SIRET has 14 digits and a valid check digit")
	ErrLogo      = errors.New("the logo must be a PNG image")
)

// Normalise trims every field and writes the NDA and SIRET as digits
// grouped the usual way ("11 75 12345 75", "123 456 789 00012"), then
// checks the profile: a name when anything is filled, an NDA of 11 digits,
// a SIRET of 14 digits whose Luhn check holds.
func (o *Org) Normalise() error {
	for _, f := range []*string{&o.Name, &o.Town, &o.NDA, &o.SIRET, &o.Signatory, &o.SignatoryRole, &o.ReferenceLabel} {
		*f = strings.Join(strings.Fields(*f), " ")
	}
	o.Address = strings.TrimSpace(o.Address)
	if o.Empty() {
		return nil
	}
	if o.Name == "" {
		return ErrOrgNoName
	}
	if o.NDA != "" {
		d := digits(o.NDA)
		if len(d) != 11 || len(d) != len(strings.ReplaceAll(o.NDA, " ", "")) {
			return fmt.Errorf("%w: %q", ErrNDA, o.NDA)
		}
		o.NDA = d[:2] + " " + d[2:4] + " " + d[4:9] + " " + d[9:]
	}
	if o.SIRET != "" {
		d := digits(o.SIRET)
		if len(d) != 14 || len(d) != len(strings.ReplaceAll(o.SIRET, " ", "")) || !siretValid(d) {
			return fmt.Errorf("%w: %q", ErrSIRET, o.SIRET)
		}
		o.SIRET = d[:3] + " " + d[3:6] + " " + d[6:9] + " " + d[9:]
	}
	return nil
}

func digits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// siretValid is the Luhn check of a SIRET; La Poste's establishments
// (SIREN 356 000 000), too many for the check digit, may instead sum their
// digits to a multiple of 5.
func siretValid(d string) bool {
	if strings.HasPrefix(d, "356000000") {
		sum := 0
		for _, r := range d {
			sum += int(r - '0')
		}
		if sum%5 == 0 {
			return true
		}
	}
	sum := 0
	for i := range len(d) {
		n := int(d[len(d)-1-i] - '0')
		if i%2 == 1 {
			if n *= 2; n > 9 {
				n -= 9
			}
		}
		sum += n
	}
	return sum%10 == 0
}

// Logo limits: the file a trainer picks, and the size it is kept at: the
// documents print it at most 5 cm wide, so 600 pixels is 300 dpi, and
// every page that shows it carries a copy.
const (
	MaxLogoFile   = 4 << 20
	logoMaxWidth  = 600
	logoMaxHeight = 300
)

// NormaliseLogo checks that b is a PNG image and returns it as the
// documents embed it: scaled down to fit 600 × 300 pixels, re-encoded with
// 8 bits per channel and without interlacing (the PDF writer reads only
// those), transparency kept.
func NormaliseLogo(b []byte) ([]byte, error) {
	if len(b) > MaxLogoFile {
		return nil, fmt.Errorf("%w: the file is larger than %d MB", ErrLogo, MaxLogoFile>>20)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrLogo, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > 40_000_000 {
		return nil, fmt.Errorf("%w: %d × %d pixels", ErrLogo, cfg.Width, cfg.Height)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrLogo, err)
	}
	w, h := cfg.Width, cfg.Height
	if w > logoMaxWidth || h > logoMaxHeight {
		scale := min(float64(logoMaxWidth)/float64(w), float64(logoMaxHeight)/float64(h))
		w, h = max(1, int(float64(w)*scale+0.5)), max(1, int(float64(h)*scale+0.5))
	}
	out := image.NewNRGBA(image.Rect(0, 0, w, h))
	xdraw.CatmullRom.Scale(out, out.Bounds(), img, img.Bounds(), xdraw.Src, nil)
	var buf bytes.Buffer
	if err := png.Encode(&buf, out); err != nil {
		return nil, fmt.Errorf("encode the logo: %w", err)
	}
	return buf.Bytes(), nil
}
