package storage

import (
	"bytes"
	"errors"
	"image"
	"image/png"
	"testing"

	"github.com/socialtech/trainerkit/course"
)

func TestOrgProfileRoundTrip(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if o, err := db.Org(); err != nil || !o.Empty() {
		t.Fatalf("new file: %+v, %v", o, err)
	}
	var raw bytes.Buffer
	if err := png.Encode(&raw, image.NewGray(image.Rect(0, 0, 40, 20))); err != nil {
		t.Fatal(err)
	}
	logo, err := course.NormaliseLogo(raw.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := course.Org{Name: "Coop'Formation Ñandú", Address: "3 place Ōmura\n25000 Besançon", Town: "Besançon",
		NDA: "43 25 01234 25", SIRET: "732 829 320 00074", Signatory: "Agnès Łodzińska", SignatoryRole: "Directrice",
		Logo: logo, ReferenceLabel: "N° de convention"}
	if err := db.SaveOrg(want); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveOrg(course.Org{Name: "X", NDA: "12"}); !errors.Is(err, course.ErrNDA) {
		t.Errorf("bad NDA saved: %v", err)
	}
	db.Close()
	db, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	got, err := db.Org()
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != want.Name || got.Address != want.Address || got.NDA != want.NDA || got.SIRET != want.SIRET ||
		got.Town != want.Town || got.Signatory != want.Signatory || got.SignatoryRole != want.SignatoryRole ||
		!bytes.Equal(got.Logo, logo) || got.ReferenceLabel != want.ReferenceLabel {
		t.Errorf("read back %+v", got)
	}
	if err := db.SaveOrg(course.Org{}); err != nil {
		t.Fatal(err)
	}
	if o, err := db.Org(); err != nil || !o.Empty() {
		t.Errorf("cleared profile: %+v, %v", o, err)
	}
}
