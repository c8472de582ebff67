package course

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/png"
	"testing"
)

func TestOrgNormalise(t *testing.T) {
	o := Org{Name: "  Coop'Formation  ", NDA: "11751234575", SIRET: "732 829 320 00074", Town: " Lyon ", Signatory: "Agnès  Łodzińska"}
	if err := o.Normalise(); err != nil {
		t.Fatal(err)
	}
	if o.Name != "Coop'Formation" || o.NDA != "11 75 12345 75" || o.SIRET != "732 829 320 00074" || o.Town != "Lyon" || o.Signatory != "Agnès Łodzińska" {
		t.Errorf("%+v", o)
	}
	// Normalising twice changes nothing.
	again := o
	if err := again.Normalise(); err != nil || again.NDA != o.NDA || again.SIRET != o.SIRET {
		t.Errorf("second pass: %+v %v", again, err)
	}
	for _, c := range []struct {
		o    Org
		want error
	}{
		{Org{NDA: "11751234575"}, ErrOrgNoName},
		{Org{Name: "X", NDA: "1175123457"}, ErrNDA},
		{Org{Name: "X", NDA: "11-75-12345-75"}, ErrNDA},
		{Org{Name: "X", SIRET: "73282932000075"}, ErrSIRET}, // check digit wrong
		{Org{Name: "X", SIRET: "7328293200007"}, ErrSIRET},
	} {
		if err := c.o.Normalise(); !errors.Is(err, c.want) {
			t.Errorf("%+v: %v, want %v", c.o, err, c.want)
		}
	}
	// La Poste's establishments follow their own rule.
	if err := (&Org{Name: "La Poste", SIRET: "356 000 000 00014"}).Normalise(); err != nil { // digits sum to 15
		t.Errorf("La Poste: %v", err)
	}
	var empty Org
	if err := empty.Normalise(); err != nil || !empty.Empty() {
		t.Errorf("empty profile: %v", err)
	}
}

func TestNormaliseLogo(t *testing.T) {
	// A wide 16-bit logo with transparency: scaled down to 600 px, 8 bits.
	src := image.NewNRGBA64(image.Rect(0, 0, 1600, 200))
	for x := range 1600 {
		for y := range 200 {
			src.SetNRGBA64(x, y, color.NRGBA64{R: uint16(x * 40), G: 0x8000, B: 0x1000, A: uint16(y * 300)})
		}
	}
	var in bytes.Buffer
	if err := png.Encode(&in, src); err != nil {
		t.Fatal(err)
	}
	out, err := NormaliseLogo(in.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 600 || b.Dy() != 75 {
		t.Errorf("logo %v, want 600×75", b)
	}
	if _, ok := img.(*image.NRGBA); !ok {
		t.Errorf("logo decoded as %T, want 8-bit NRGBA", img)
	}
	if _, err := NormaliseLogo([]byte("GIF89a not a png")); !errors.Is(err, ErrLogo) {
		t.Errorf("not a PNG: %v", err)
	}
}

// A session's training body is the profile's organisation when it is
// empty or names it, whatever its case, accents, punctuation and spacing;
// another body prints without the profile's identifiers.
func TestOrgForBody(t *testing.T) {
	o := Org{Name: "Coop'Formation Ñandú", Address: "3 place Ōmura", Town: "Besançon", NDA: "43 25 01234 25",
		SIRET: "732 829 320 00074", Signatory: "Agnès Łodzińska", SignatoryRole: "directrice", Logo: []byte{1}, ReferenceLabel: "N° de convention"}
	for _, name := range []string{"", "  ", "Coop'Formation Ñandú", "COOP’FORMATION  nandu", "coop formation - Ñandú"} {
		if !o.Names(name) && name != "" && name != "  " {
			t.Errorf("%q does not name the profile", name)
		}
		b, withheld := o.ForBody(name, "")
		if withheld || b.Name != o.Name || b.NDA != o.NDA || b.SIRET != o.SIRET || b.Signatory != o.Signatory || b.Town != o.Town || len(b.Logo) == 0 || b.Address != o.Address {
			t.Errorf("%q: %+v, withheld %v", name, b, withheld)
		}
	}
	// The session's address replaces the profile's for the same body.
	if b, _ := o.ForBody("coop'formation ñandú", "12 rue Ŝtefan"); b.Name != o.Name || b.Address != "12 rue Ŝtefan" || b.NDA != o.NDA {
		t.Errorf("same body, own address: %+v", b)
	}
	for _, name := range []string{"Cooperativa Sociale La Fenice", "Coop'Formation", "Coop'Formation Ñandú Lyon"} {
		b, withheld := o.ForBody(name, "Via Roma 1")
		if !withheld || b.Name != name || b.Address != "Via Roma 1" || b.NDA != "" || b.SIRET != "" || b.Signatory != "" ||
			b.SignatoryRole != "" || b.Town != "" || len(b.Logo) != 0 || b.ReferenceLabel != o.ReferenceLabel {
			t.Errorf("%q: %+v, withheld %v", name, b, withheld)
		}
	}
	// Nothing is withheld from a profile that has only a name and an
	// address, nor without a profile.
	if _, withheld := (Org{Name: "Coop", Address: "Lyon"}).ForBody("La Fenice", ""); withheld {
		t.Error("a profile without identifiers withholds them")
	}
	if b, withheld := (Org{}).ForBody("La Fenice", "Bologna"); withheld || b.Name != "La Fenice" || b.Address != "Bologna" {
		t.Errorf("no profile: %+v, %v", b, withheld)
	}
	if (Org{}).Names("") {
		t.Error("a profile without a name is named by the empty name")
	}
}
