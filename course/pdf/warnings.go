package pdf

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

// Warning says that a name or a detail could not be printed as typed: it
// holds characters no bundled font draws (Chinese, Japanese kanji, emoji…).
// Hangul and kana then print in Latin transliteration; anything else as a
// visible box □ per character, to be written by hand. The export returns
// the list (Options.Report) for the command line to print and the
// interface to show. A warning with Profile set says instead that the
// training body a document names is not the profile's organisation
// (OtherBody).
type Warning struct {
	// Participant is the participant's ID; "" for a detail of the session
	// or of the organisation.
	Participant string
	// Who is the participant's name as typed, or the session's title.
	Who string
	// Field is what was printed: one of the Field… constants.
	Field string
	// Value is the text as typed, Printed as printed.
	Value, Printed string
	// Transliterated is set when Printed is a Latin transliteration of
	// the whole value; otherwise boxes stand for the missing characters.
	Transliterated bool
	// Profile is the name of the organisation profile on a warning that
	// the training body named (Value, in Field FieldBody or FieldFooter)
	// is another organisation: the document prints it without the
	// profile's declaration number, SIRET, signatory, town and logo.
	Profile string
}

// The fields a Warning may name.
const (
	FieldFirstName    = "first_name"
	FieldLastName     = "last_name"
	FieldOrganisation = "organisation"
	FieldTitle        = "title"
	FieldPlace        = "place"
	FieldTrainers     = "trainers"
	FieldBody         = "body"
	FieldFunder       = "funder"
	FieldReference    = "reference"
	FieldSignatory    = "signatory"
	// FieldFooter is the training body a module handout or quiz names in
	// its footer (Options.Body).
	FieldFooter = "footer"
)

// OtherBody is the warning for a document that names the training body
// name (a session's, in field FieldBody, or a module handout's footer, in
// FieldFooter) when it is not the organisation of the profile o and the
// profile's identifiers were therefore left out (course.Org.ForBody); who
// is the session's title or the module's. ok is false when there is
// nothing to say.
func OtherBody(who, field, name string, o *course.Org) (w Warning, ok bool) {
	if o == nil {
		return Warning{}, false
	}
	if _, withheld := o.ForBody(name, ""); !withheld {
		return Warning{}, false
	}
	return Warning{Who: who, Field: field, Value: strings.TrimSpace(name), Profile: o.Name}, true
}

// Message is the warning as a sentence in lang (fr, en, it, es).
func (w Warning) Message(lang string) string {
	l := locales.New(lang)
	data := map[string]any{"Who": w.Who, "Field": fieldLabel(l, w.Field), "Value": w.Value, "Printed": w.Printed, "Profile": w.Profile}
	switch {
	case w.Profile != "" && w.Field == FieldFooter:
		return l.Tf("pdf_warn_other_body_footer", data)
	case w.Profile != "":
		return l.Tf("pdf_warn_other_body", data)
	case w.Transliterated:
		return l.Tf("pdf_warn_transliterated", data)
	}
	return l.Tf("pdf_warn_boxed", data)
}

func fieldLabel(l *locales.Localizer, field string) string {
	switch field {
	case FieldFirstName:
		return l.T("pdf_col_first_name")
	case FieldLastName:
		return l.T("pdf_col_last_name")
	case FieldOrganisation:
		return l.T("pdf_col_organisation")
	case FieldTitle:
		return l.T("pdf_training")
	case FieldPlace:
		return l.T("pdf_place")
	case FieldTrainers:
		return l.Tn("pdf_trainers", 1, nil)
	case FieldBody, FieldFooter:
		return l.T("pdf_body")
	case FieldFunder:
		return l.T("pdf_funder")
	case FieldReference:
		return l.T("pdf_reference")
	}
	return l.T("pdf_signatory")
}

// Report is what an export found worth telling: the warnings, and for
// certificates the participants left out because they attended nothing.
// Pass a pointer in Options.Report to receive it.
type Report struct {
	Warnings []Warning
	// Skipped are the participants who got no certificate (no half-day
	// attended); Options.AllParticipants prints one for everyone.
	Skipped []string
	// Pages is the number of pages written.
	Pages int
}

// warnings collects a document's warnings, each once.
type warnings struct {
	list []Warning
	seen map[string]bool
}

func (ws *warnings) add(w Warning) {
	key := w.Participant + "\x00" + w.Field + "\x00" + w.Value
	if ws.seen == nil {
		ws.seen = map[string]bool{}
	}
	if !ws.seen[key] {
		ws.seen[key] = true
		ws.list = append(ws.list, w)
	}
}

// undrawable reports a character no bundled font draws and that is not
// meant to be invisible.
func (m measurer) undrawable(r rune) bool {
	if m.has(r) || unicode.IsSpace(r) || invisible(r) || isVariation(r) || r == '\n' || r == '\r' {
		return false
	}
	if _, ok := replacements[r]; ok {
		return false
	}
	return !(unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Cf, r) || unicode.IsControl(r))
}

func (m measurer) anyUndrawable(s string) bool {
	for _, r := range s {
		if m.undrawable(r) {
			return true
		}
	}
	return false
}

// printable returns a name or detail as it can be printed, recording a
// warning when it cannot be printed as typed: hangul and kana in Latin
// letters, anything else no font draws as boxes.
func (d *doc) printable(value, participant, who, field string) string {
	s := norm.NFC.String(value)
	if !d.m.anyUndrawable(s) {
		return value
	}
	t := transliterate(s)
	w := Warning{Participant: participant, Who: who, Field: field, Value: value}
	if !d.m.anyUndrawable(t) {
		w.Printed, w.Transliterated = t, true
	} else {
		w.Printed = strings.TrimSpace(d.m.clean(t))
	}
	d.warnings.add(w)
	return w.Printed
}

// detail is a session or organisation detail made printable.
func (d *doc) detail(value, field string) string {
	if value == "" {
		return ""
	}
	return d.printable(value, "", d.title, field)
}
