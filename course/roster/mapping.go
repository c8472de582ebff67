package roster

import (
	"strings"

	"github.com/socialtech/trainerkit/course"
)

// Field is the participant field a column holds.
type Field string

// The fields a column can map to; Ignore leaves the column out.
const (
	Ignore       Field = ""
	FirstName    Field = "first_name"
	LastName     Field = "last_name"
	FullName     Field = "full_name" // "First Last" in one column
	Email        Field = "email"
	Organisation Field = "organisation"
	Role         Field = "role"
)

// Fields lists the choices of the mapping step, in order.
var Fields = []Field{FirstName, LastName, FullName, Email, Organisation, Role, Ignore}

// synonyms are header names as spreadsheets write them in the four
// languages, folded (lower case, no accents, letters only).
var synonyms = map[Field][]string{
	FirstName: {"prenom", "prenoms", "firstname", "first", "givenname", "forename", "nome", "nomi",
		"nombre", "nombres"},
	LastName: {"nom", "nomdefamille", "nomdusage", "nomdenaissance", "lastname", "last", "surname",
		"familyname", "cognome", "cognomi", "apellido", "apellidos", "primerapellido"},
	FullName: {"nomcomplet", "nometprenom", "prenometnom", "name", "fullname", "nominatif",
		"participant", "stagiaire", "nomecognome", "cognomeenome", "nominativo", "partecipante",
		"nombrecompleto", "nombreyapellidos", "participante"},
	Email: {"email", "mail", "courriel", "adressemail", "adresseemail", "adressecourriel",
		"adresseelectronique", "emailaddress", "mailaddress", "correo", "correoelectronico",
		"direcciondecorreo", "direcciondecorreoelectronico", "posta", "postaelettronica",
		"indirizzoemail", "indirizzomail", "indirizzodipostaelettronica"},
	Organisation: {"organisation", "organization", "organisme", "structure", "association",
		"entreprise", "employeur", "societe", "etablissement", "company", "employer",
		"organisationname", "organizationname", "ente", "organizzazione", "associazione",
		"azienda", "organizacion", "entidad", "empresa", "asociacion"},
	Role: {"role", "fonction", "poste", "metier", "jobtitle", "job", "position", "ruolo",
		"funzione", "mansione", "qualifica", "cargo", "puesto", "funcion"},
}

// normHeader folds a header: lower case, no accents, letters and digits only.
func normHeader(h string) string {
	return strings.Join(course.Words(course.Fold(h)), "")
}

// GuessMapping maps each header to a field by its name in any of the four
// languages; unknown headers map to Ignore and are listed in unknown. A field
// is used by one column at most: the first that names it.
func GuessMapping(header []string) (m Mapping, unknown []int) {
	m = make(Mapping, len(header))
	used := map[Field]bool{}
	for i, h := range header {
		f := lookup(normHeader(h))
		if f == Ignore || used[f] {
			unknown = append(unknown, i)
			continue
		}
		m[i], used[f] = f, true
	}
	return m, unknown
}

func lookup(h string) Field {
	for f, names := range synonyms {
		for _, n := range names {
			if h == n {
				return f
			}
		}
	}
	return Ignore
}

// Mapping says which field each column holds, by column index.
type Mapping []Field

// Has reports whether a column maps to f.
func (m Mapping) Has(f Field) bool {
	for _, x := range m {
		if x == f {
			return true
		}
	}
	return false
}

// CanImport reports whether the mapping gives every participant a last name.
func (m Mapping) CanImport() bool { return m.Has(LastName) || m.Has(FullName) }
