package ui

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
)

// OrgProfile is the organisation profile, opened from the settings: the
// training body's name, address and town, its declaration number (NDA) and
// SIRET, who signs certificates, what its funders call their file number,
// and its logo. Every export prints it (attendance sheets, certificates,
// handouts' cover and footer).
type OrgProfile struct {
	env
	store OrgStore

	name, address, town, nda, siret *widget.Entry
	signatory, role, refLabel       *widget.Entry
	form                            *widget.Form
	// logo is the PNG kept (already normalised); preview shows it, or
	// noLogo says there is none; logoErr says why a file was refused.
	logo    []byte
	preview *canvas.Image
	noLogo  *widget.Label
	logoErr *widget.Label
	remove  *widget.Button
	dlg     dialog.Dialog
}

// showOrgProfile opens the profile as stored.
func showOrgProfile(e env, store OrgStore) *OrgProfile {
	p := newOrgProfile(e, store)
	// The buttons stay in view below the fields, which scroll on a small
	// screen.
	save := widget.NewButtonWithIcon(e.tr.T("dialog_save"), theme.DocumentSaveIcon(), func() { p.Save() })
	save.Importance = widget.HighImportance
	cancel := widget.NewButton(e.tr.T("dialog_cancel"), nil)
	buttons := container.NewHBox(layout.NewSpacer(), cancel, save)
	p.dlg = dialog.NewCustomWithoutButtons(e.tr.T("org_title"), container.NewBorder(nil, buttons, nil, nil, container.NewVScroll(p.form)), e.win)
	cancel.OnTapped = p.dlg.Hide
	p.dlg.Resize(fyne.NewSize(820, 700))
	p.dlg.Show()
	return p
}

func newOrgProfile(e env, store OrgStore) *OrgProfile {
	tr := e.tr
	o, err := store.Org()
	if err != nil {
		e.showError("org_error_read", err)
	}
	p := &OrgProfile{env: e, store: store, logo: o.Logo}
	entry := func(v string, check func(string) error) *widget.Entry {
		w := widget.NewEntry()
		w.SetText(v)
		w.Validator = check
		return w
	}
	p.name = entry(o.Name, nil)
	p.address = widget.NewMultiLineEntry()
	p.address.SetText(o.Address)
	p.address.SetMinRowsVisible(2)
	p.town = entry(o.Town, nil)
	p.nda = entry(o.NDA, p.check(func(v string) course.Org { return course.Org{Name: "-", NDA: v} }, "org_invalid_nda"))
	p.nda.SetPlaceHolder("11 75 12345 75")
	p.siret = entry(o.SIRET, p.check(func(v string) course.Org { return course.Org{Name: "-", SIRET: v} }, "org_invalid_siret"))
	p.siret.SetPlaceHolder("123 456 789 00012")
	p.signatory, p.role, p.refLabel = entry(o.Signatory, nil), entry(o.SignatoryRole, nil), entry(o.ReferenceLabel, nil)
	p.refLabel.SetPlaceHolder(tr.T("pdf_reference"))

	item := func(key string, w fyne.CanvasObject, hint string) *widget.FormItem {
		it := widget.NewFormItem(tr.T(key), w)
		if hint != "" {
			it.HintText = tr.T(hint)
		}
		return it
	}
	p.form = widget.NewForm(
		item("org_name", p.name, ""),
		item("org_address", p.address, ""),
		item("org_town", p.town, "org_town_hint"),
		item("org_nda", p.nda, "org_nda_hint"),
		item("org_siret", p.siret, "org_siret_hint"),
		item("org_signatory", p.signatory, ""),
		item("org_signatory_role", p.role, ""),
		item("org_reference_label", p.refLabel, "org_reference_label_hint"),
		item("org_logo", p.logoRow(), "org_logo_hint"),
	)
	p.showLogo()
	return p
}

// check is a validator: v is refused, with the message key (short: it
// shows under the field), when the
// profile made of it does not normalise. An empty field is allowed.
func (p *OrgProfile) check(org func(v string) course.Org, key string) func(string) error {
	return func(v string) error {
		o := org(v)
		if v == "" || o.Normalise() == nil {
			return nil
		}
		return errors.New(p.tr.T(key))
	}
}

// logoRow is the logo's preview with its buttons: choose a PNG, remove.
func (p *OrgProfile) logoRow() fyne.CanvasObject {
	p.preview = canvas.NewImageFromResource(nil)
	p.preview.FillMode = canvas.ImageFillContain
	p.preview.SetMinSize(fyne.NewSize(180, 72))
	p.noLogo = widget.NewLabel(p.tr.T("org_logo_none"))
	p.logoErr = widget.NewLabel("")
	p.logoErr.Importance = widget.DangerImportance
	p.logoErr.Wrapping = fyne.TextWrapWord
	p.logoErr.Hide()
	choose := widget.NewButtonWithIcon(p.tr.T("org_logo_choose"), theme.FolderOpenIcon(), p.chooseLogo)
	p.remove = widget.NewButtonWithIcon(p.tr.T("org_logo_remove"), theme.DeleteIcon(), func() {
		p.logo = nil
		p.sayLogo("")
		p.showLogo()
	})
	return container.NewVBox(container.NewHBox(container.NewStack(p.noLogo, p.preview), choose, p.remove), p.logoErr)
}

// chooseLogo asks for a PNG file and takes it (setLogoFile).
func (p *OrgProfile) chooseLogo() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			p.showError("org_error_logo", err)
			return
		}
		if r == nil {
			return
		}
		defer r.Close()
		b, err := io.ReadAll(io.LimitReader(r, course.MaxLogoFile+1))
		if err != nil {
			p.showError("org_error_logo", fmt.Errorf("read %s: %w", r.URI().Name(), err))
			return
		}
		p.setLogoFile(b)
	}, p.win)
	d.SetFilter(fstorage.NewExtensionFileFilter([]string{".png", ".PNG"}))
	d.Show()
}

// setLogoFile takes the content of a chosen file as the logo when it is a
// PNG (scaled down as the documents print it); otherwise it keeps the logo
// there was and says why.
func (p *OrgProfile) setLogoFile(b []byte) bool {
	png, err := course.NormaliseLogo(b)
	if err != nil {
		p.sayLogo(p.tr.T("org_error_logo"))
		return false
	}
	p.logo = png
	p.sayLogo("")
	p.showLogo()
	return true
}

// sayLogo shows why a file was refused; "" hides the message.
func (p *OrgProfile) sayLogo(msg string) {
	p.logoErr.SetText(msg)
	p.logoErr.Hidden = msg == ""
	p.logoErr.Refresh()
}

// showLogo shows the logo kept, or says there is none.
func (p *OrgProfile) showLogo() {
	if len(p.logo) == 0 {
		p.preview.Resource = nil
		p.preview.Hide()
		p.noLogo.Show()
		p.remove.Disable()
		return
	}
	p.preview.Resource = fyne.NewStaticResource("logo.png", p.logo)
	p.preview.Show()
	p.noLogo.Hide()
	p.remove.Enable()
	p.preview.Refresh()
}

// profile is the profile as filled in.
func (p *OrgProfile) profile() course.Org {
	return course.Org{Name: p.name.Text, Address: p.address.Text, Town: p.town.Text, NDA: p.nda.Text, SIRET: p.siret.Text,
		Signatory: p.signatory.Text, SignatoryRole: p.role.Text, ReferenceLabel: p.refLabel.Text, Logo: p.logo}
}

// orgErrorKeys are the plain messages of a refused profile.
var orgErrorKeys = []struct {
	err error
	key string
}{{course.ErrOrgNoName, "org_error_name"}, {course.ErrNDA, "org_error_nda"}, {course.ErrSIRET, "org_error_siret"}}

// Save checks and stores the profile, then closes the screen; a refused
// field is said in plain words and nothing is stored.
func (p *OrgProfile) Save() bool {
	if err := p.form.Validate(); err != nil {
		dialog.ShowError(err, p.win)
		return false
	}
	o := p.profile()
	if err := p.store.SaveOrg(o); err != nil {
		for _, k := range orgErrorKeys {
			if errors.Is(err, k.err) {
				dialog.ShowError(errors.New(p.tr.T(k.key)), p.win)
				return false
			}
		}
		p.showError("org_error_save", err)
		return false
	}
	if p.dlg != nil {
		p.dlg.Hide()
	}
	return true
}

// logoShown reports whether the preview shows a logo (tests).
func (p *OrgProfile) logoShown() bool {
	return p.preview.Visible() && bytes.Equal(p.preview.Resource.Content(), p.logo)
}
