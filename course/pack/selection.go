package pack

import (
	"fmt"
	"io"
	"io/fs"

	"github.com/socialtech/trainerkit/course"
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
	// ItemUnknownModule is a customisation of a module neither the kit
	// nor the pack has: the import leaves it out (it would be stored,
	// shown nowhere, and could not be removed).
	ItemUnknownModule = "unknown-module"
)

// ErrNoFreeNumber means an own module of a pack needs a number and every
// one from course.FirstOwnNumber to course.LastOwnNumber is taken.
var ErrNoFreeNumber = fmt.Errorf("no own-module number is free (%d to %d are all taken)", course.FirstOwnNumber, course.LastOwnNumber)

// ImportItem is one thing an import adds, replaces or leaves out.
type ImportItem struct {
	Kind      string // ItemCustomisation, ItemModule, ItemSession, ItemParticipants, ItemUnknownModule
	Key       string // overlay key, module UID, session ID
	Title     string // what a trainer recognises: "Module 3 · fr · Theory", module/session title
	Overwrite bool   // something with this key is already in the data file
	// DropsMarks, for a session that replaces one with more days: how many
	// attendance records, on the days the pack's plan no longer has,
	// importing deletes. The preview warns of it.
	DropsMarks int
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
