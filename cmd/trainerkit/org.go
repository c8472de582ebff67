package main

import (
	"bytes"
	"flag"
	"fmt"
	"image/png"
	"io"
	"os"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/storage"
)

// orgFields names the profile's text fields by their flag.
func orgFields(o *course.Org) map[string]*string {
	return map[string]*string{
		"name": &o.Name, "address": &o.Address, "town": &o.Town, "nda": &o.NDA, "siret": &o.SIRET,
		"signatory": &o.Signatory, "signatory-role": &o.SignatoryRole, "reference-label": &o.ReferenceLabel,
	}
}

// parseOrgSet: trainerkit org set changes the organisation profile: the
// flags given replace their field, the others keep theirs; --logo ""
// removes the logo.
func parseOrgSet(args []string) action {
	f := newFlags("org set")
	help := map[string]string{
		"name": "the training body's name", "address": "its address", "town": "the town certificates are issued in (Fait à …)",
		"nda": "declaration number (NDA), 11 digits", "siret": "SIRET, 14 digits", "signatory": "who signs certificates",
		"signatory-role": "the signatory's role", "reference-label": "what your funders call their file number",
	}
	var o course.Org
	for name, p := range orgFields(&o) {
		f.StringVar(p, name, "", help[name])
	}
	logo := f.String("logo", "", "the logo, a PNG file (\"\" removes it)")
	if !parseFlags(f, args) {
		return nil
	}
	given := map[string]bool{}
	f.Visit(func(fl *flag.Flag) { given[fl.Name] = true })
	if len(given) == 0 {
		fmt.Fprintf(stderr, "trainerkit org set: give at least --name N\n\n%s", usage)
		return nil
	}
	var logoPNG []byte
	if given["logo"] && *logo != "" {
		b, err := readLogo(*logo)
		if err != nil {
			fmt.Fprintln(stderr, "trainerkit org set:", err)
			return nil
		}
		logoPNG = b
	}
	return func(d data) int {
		cur, err := d.db.Org()
		if err != nil {
			return fail(err)
		}
		into := orgFields(&cur)
		for name, v := range orgFields(&o) {
			if given[name] {
				*into[name] = *v
			}
		}
		if given["logo"] {
			cur.Logo = logoPNG
		}
		if cur.Name == "" && !cur.Empty() {
			fmt.Fprintln(stderr, "trainerkit org set: the organisation needs a name: give --name N")
			return 1
		}
		if err := d.db.SaveOrg(cur); err != nil {
			return fail(err)
		}
		return orgShow(d.db)
	}
}

// readLogo reads a logo file and makes it what the documents embed.
func readLogo(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read the logo: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, course.MaxLogoFile+1))
	if err != nil {
		return nil, fmt.Errorf("read the logo %s: %w", path, err)
	}
	out, err := course.NormaliseLogo(b)
	if err != nil {
		return nil, fmt.Errorf("the logo %s: %w", path, err)
	}
	return out, nil
}

// parseOrgShow: trainerkit org show prints the organisation profile.
func parseOrgShow(args []string) action {
	if !parseFlags(newFlags("org show"), args) {
		return nil
	}
	return func(d data) int { return orgShow(d.db) }
}

func orgShow(db *storage.DB) int {
	o, err := db.Org()
	if err != nil {
		return fail(err)
	}
	if o.Empty() {
		fmt.Fprintln(stdout, "no organisation profile yet: trainerkit org set --name N sets one")
		return 0
	}
	logo := "none"
	if cfg, err := png.DecodeConfig(bytes.NewReader(o.Logo)); err == nil {
		logo = fmt.Sprintf("PNG, %d × %d pixels", cfg.Width, cfg.Height)
	}
	fmt.Fprintf(stdout, "name: %s\naddress: %s\ntown: %s\nNDA: %s\nSIRET: %s\nsignatory: %s\nsignatory's role: %s\nreference label: %s\nlogo: %s\n",
		o.Name, o.Address, o.Town, o.NDA, o.SIRET, o.Signatory, o.SignatoryRole, o.ReferenceLabel, logo)
	return 0
}
