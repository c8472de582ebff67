package pack

import (
	"io"
	"io/fs"

	"github.com/socialtech/trainerkit/course/datafile"
)

// Selection says what goes into a pack.
type Selection struct {
	AllCustomisations bool     // every overlay and every own module
	Overlays          []string // overlay keys (course.OverlayKey)
	Modules           []string // own module UIDs; their customisations come along
	// Sessions are session IDs; the own modules their agendas use and the
	// customisations of every module they use come along.
	Sessions     []string
	Participants bool // include the participants of those sessions
}

// Kinds of ImportItem.
const (
	ItemCustomisation = "customisation"
	ItemModule        = "module"
	ItemSession       = "session"
	ItemParticipants  = "participants"
)

// ImportItem is one thing an import adds or replaces.
type ImportItem struct {
	Kind      string // "customisation", "module", "session", "participants"
	Key       string // overlay key, module UID, session ID
	Title     string // what a trainer recognises: "Module 3 · fr · Theory", module/session title
	Overwrite bool   // something with this key is already in the data file
}

// WriteFile writes c to path through a temporary file renamed into place:
// a failure leaves no half pack. A pack holding participants is personal
// data: only its owner may read the file.
func WriteFile(path string, c *Contents) error {
	var perm fs.FileMode = 0o644
	if len(c.Participants) > 0 {
		perm = 0o600
	}
	return datafile.WriteFile(path, perm, func(w io.Writer) error { return Write(w, c) })
}
