package ui

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

func pngOf(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for x := range w {
		img.Set(x, h/2, color.NRGBA{R: 200, A: 255})
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// The profile is filled in, the logo chosen and previewed, and everything
// saved normalised; a bad NDA or SIRET is refused in plain words.
func TestOrgProfileSaves(t *testing.T) {
	mw, db := newSessionWindow(t)
	p := showOrgProfile(mw.env, db)
	if p.logoShown() || !p.noLogo.Visible() || !p.remove.Disabled() {
		t.Error("a new profile shows a logo")
	}
	test.Type(p.name, "Coop Formation")
	test.Type(p.town, "Lyon")
	test.Type(p.nda, "11751234575")
	test.Type(p.siret, "73282932000074")
	test.Type(p.signatory, "Inès Núñez")
	test.Type(p.role, "gérante")
	if p.setLogoFile([]byte("GIF89a not a png")) || !strings.Contains(p.logoErr.Text, "PNG") {
		t.Errorf("a GIF was taken as the logo; message %q", p.logoErr.Text)
	}
	if !p.setLogoFile(pngOf(t, 1200, 300)) || !p.logoShown() || p.noLogo.Visible() || p.logoErr.Text != "" {
		t.Fatal("the PNG logo is not shown")
	}
	if !p.Save() {
		t.Fatal("the profile was not saved")
	}
	o, err := db.Org()
	if err != nil {
		t.Fatal(err)
	}
	if o.Name != "Coop Formation" || o.NDA != "11 75 12345 75" || o.SIRET != "732 829 320 00074" || o.Signatory != "Inès Núñez" {
		t.Errorf("stored %+v", o)
	}
	if cfg, err := png.DecodeConfig(bytes.NewReader(o.Logo)); err != nil || cfg.Width != 600 || cfg.Height != 150 {
		t.Errorf("stored logo %v %v, want 600 × 150", cfg, err)
	}
	// Reopened, it shows what is stored; a wrong SIRET is refused.
	q := showOrgProfile(mw.env, db)
	if q.nda.Text != "11 75 12345 75" || !q.logoShown() {
		t.Errorf("reopened: NDA %q, logo shown %v", q.nda.Text, q.logoShown())
	}
	q.siret.SetText("73282932000075")
	if q.siret.Validate() == nil {
		t.Error("the field accepts a SIRET whose check digit is wrong")
	}
	if q.Save() {
		t.Error("a wrong SIRET was saved")
	}
	if !strings.Contains(topText(mw.win), "14") {
		t.Errorf("the refusal says %q", topText(mw.win))
	}
	if o2, _ := db.Org(); o2.SIRET != o.SIRET {
		t.Errorf("the refused SIRET replaced %q with %q", o.SIRET, o2.SIRET)
	}
	q.nda.SetText("123")
	if err := q.nda.Validate(); err == nil || !strings.Contains(err.Error(), "11 chiffres") {
		t.Errorf("NDA 123: %v", err)
	}
	test.Tap(q.remove)
	if q.logoShown() || len(q.profile().Logo) != 0 {
		t.Error("the logo was not removed")
	}
}

// The settings offer the profile with a data file.
func TestSettingsOpenTheOrgProfile(t *testing.T) {
	mw, _ := newSessionWindow(t)
	mw.showSettings()
	tapInTopOverlay(t, mw.win, "Profil de l'organisme…")
	if text := topText(mw.win); !strings.Contains(text, "Profil de l'organisme") || !strings.Contains(text, "Pas de logo") {
		t.Errorf("the profile is not open:\n%s", topText(mw.win))
	}
}
