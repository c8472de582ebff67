package session

import (
	"errors"
	"strings"

	"github.com/socialtech/trainerkit/course"
)

// Participant is one person registered for a session. Only the last name is
// required.
type Participant struct {
	ID           string `json:"id"`
	FirstName    string `json:"first_name,omitempty"`
	LastName     string `json:"last_name"`
	Email        string `json:"email,omitempty"`
	Organisation string `json:"organisation,omitempty"`
	Role         string `json:"role,omitempty"`
}

// ErrNoLastName is returned for a participant without a last name.
var ErrNoLastName = errors.New("a participant needs a last name")

// Normalise trims the fields and checks the last name.
func (p *Participant) Normalise() error {
	for _, f := range []*string{&p.FirstName, &p.LastName, &p.Email, &p.Organisation, &p.Role} {
		*f = strings.TrimSpace(*f)
	}
	if p.LastName == "" {
		return ErrNoLastName
	}
	return nil
}

// FullName is "First Last".
func (p Participant) FullName() string {
	return strings.TrimSpace(p.FirstName + " " + p.LastName)
}

// DuplicateKey identifies a person for duplicate detection: the email when
// there is one, else the names folded (accents and case ignored).
func (p Participant) DuplicateKey() string {
	if e := strings.ToLower(strings.TrimSpace(p.Email)); e != "" {
		return "email:" + e
	}
	return "name:" + strings.Join(course.Words(course.Fold(p.FirstName)), " ") + "|" +
		strings.Join(course.Words(course.Fold(p.LastName)), " ")
}
