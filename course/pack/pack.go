// Package pack reads and writes .stkpack files: a zip holding a versioned
// JSON manifest and Markdown files, in which trainers pass customisations,
// own modules and session plans to each other (docs/PACKS.md).
//
// A pack may come from anyone, so Read is paranoid: it bounds sizes and
// counts, refuses names that would escape a folder, and checks every
// customisation, module and session before returning anything. It knows
// nothing of storage: storage.DB.Import writes what Read returns.
package pack

import (
	"errors"
	"fmt"
	"regexp"
	"time"
	"unicode/utf8"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/session"
)

// Contents is what a pack carries.
type Contents struct {
	Overlays     []course.Overlay
	Modules      []*course.Module                 // own modules
	Sessions     []*session.Session               // the plans; attendance never travels
	Participants map[string][]session.Participant // by session ID; nil unless asked
	// Results are the participants' quiz results, by session ID: personal
	// data, they travel only with their participants.
	Results map[string][]session.Result
	// Appreciations are the sessions' anonymous questionnaires, by session
	// ID: they travel with their session.
	Appreciations map[string][]session.Appreciation

	// Created and KitVersion say when and by which kit a pack read by Read
	// was made. Write records Created when set (now otherwise) and KitVersion.
	Created    time.Time
	KitVersion string
}

// Format and Version are the manifest's "format" and "version" this kit
// reads and writes.
const (
	Format  = "trainerkit-pack"
	Version = 1
)

// KitVersion is the version of the kit written into new packs; the command
// sets it at start.
var KitVersion = "unknown"

// Extension is the file name extension of packs.
const Extension = ".stkpack"

// Bounds on what Read accepts. A real pack with every customisation of the
// twenty modules and a hundred own modules stays far below each of them.
const (
	MaxPackSize  = 64 << 20 // the pack file itself
	MaxEntries   = 5000     // files in the zip
	MaxEntrySize = 4 << 20  // one file, uncompressed (manifest included)
	// MaxTotalSize bounds what the pack expands to: every file read,
	// uncompressed, counted each time the manifest uses it (zip bombs, and
	// one file named by thousands of customisations).
	MaxTotalSize = 64 << 20

	// Entries of the manifest: the twenty modules have 400 parts, a kit a
	// few hundred own modules and sessions.
	MaxCustomisations = 2000  // customisations
	MaxOwnModules     = 500   // own modules
	MaxSessions       = 1000  // sessions
	MaxParticipants   = 20000 // participants, all sessions together
	maxBlocks         = 100   // agenda blocks in one day
	maxListItems      = 200   // hidden sections of a part, trainers of a session, DigComp codes of a module

	maxNameLen = 255
	maxDays    = 366
	maxMinutes = 24 * 60
)

// Errors of Read, wrapped with what and where; the interface translates
// them with errors.Is.
var (
	ErrNotPack    = errors.New("this file is not a Trainer Kit pack")
	ErrVersion    = errors.New("this pack's version is not one this kit reads")
	ErrTooBig     = errors.New("this pack is too big")
	ErrUnsafePath = errors.New("this pack holds a file whose name points outside the pack")
	ErrBroken     = errors.New("this pack is damaged")
)

// broken wraps a description of a damaged pack with ErrBroken.
func broken(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBroken, fmt.Sprintf(format, args...))
}

// within says where err happened; an error that is not already one of the
// sentinels is a damaged pack.
func within(err error, format string, args ...any) error {
	where := fmt.Sprintf(format, args...)
	for _, s := range []error{ErrNotPack, ErrVersion, ErrTooBig, ErrUnsafePath, ErrBroken} {
		if errors.Is(err, s) {
			return fmt.Errorf("%s: %w", where, err)
		}
	}
	return broken("%s: %v", where, err)
}

var (
	// moduleKeyPattern: a bundled module's folder name or an own module's
	// UID; it becomes a folder name inside the pack.
	moduleKeyPattern = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)
	// idPattern: session and participant IDs (session.NewID makes them).
	idPattern = regexp.MustCompile(`^[a-z0-9-]{1,64}$`)
)

// Check reports the first thing that makes c unfit to write or to import:
// more entries of a kind than the bounds allow (ErrTooBig), a
// customisation, own module, session or participant that the kit could not
// use, or two items with the same key (ErrBroken). Whether a customised
// module exists is for the importing kit to say (storage.DB.Import).
func (c *Contents) Check() error {
	if err := c.checkCounts(); err != nil {
		return err
	}
	if err := checkOverlays(c.Overlays); err != nil {
		return err
	}
	if err := checkModules(c.Modules); err != nil {
		return err
	}
	sessions, err := checkSessions(c.Sessions)
	if err != nil {
		return err
	}
	if err := checkParticipants(c.Participants, sessions); err != nil {
		return err
	}
	return checkEvaluation(c, sessions)
}

// checkEvaluation checks the results (each of a participant the pack
// carries) and the questionnaires (each of a session it carries).
func checkEvaluation(c *Contents, sessions map[string]bool) error {
	for sid, rs := range c.Results {
		people := map[string]bool{}
		for _, p := range c.Participants[sid] {
			people[p.ID] = true
		}
		seen := map[string]bool{}
		for i, r := range rs {
			if !people[r.Participant] {
				return broken("result %d of session %s: participant %q is not in the pack", i+1, sid, r.Participant)
			}
			if err := r.Validate(); err != nil || seen[r.Key()] {
				return broken("result %d of session %s: repeated or %v", i+1, sid, err)
			}
			seen[r.Key()] = true
		}
	}
	for sid, as := range c.Appreciations {
		if !sessions[sid] {
			return broken("questionnaires of session %q, which the pack does not hold", sid)
		}
		for i, a := range as {
			if !idPattern.MatchString(a.ID) {
				return broken("questionnaire %d of session %s: id %q", i+1, sid, a.ID)
			}
			if err := a.Normalise(); err != nil { // a is a copy; its map is not changed by a valid one
				return broken("questionnaire %d of session %s: %v", i+1, sid, err)
			}
		}
	}
	return nil
}

// checkCounts bounds the number of entries of each kind.
func (c *Contents) checkCounts() error {
	people := 0
	for _, ps := range c.Participants {
		people += len(ps)
	}
	for _, n := range []struct {
		what       string
		count, max int
	}{
		{"customisations", len(c.Overlays), MaxCustomisations},
		{"own modules", len(c.Modules), MaxOwnModules},
		{"sessions", len(c.Sessions), MaxSessions},
		{"participants", people, MaxParticipants},
	} {
		if n.count > n.max {
			return fmt.Errorf("%w: %d %s, at most %d", ErrTooBig, n.count, n.what, n.max)
		}
	}
	for _, o := range c.Overlays {
		if len(o.HiddenSections) > maxListItems {
			return fmt.Errorf("%w: customisation %s hides %d sections, at most %d", ErrTooBig, o.Key(), len(o.HiddenSections), maxListItems)
		}
	}
	for _, m := range c.Modules {
		if m != nil && len(m.DigComp) > maxListItems {
			return fmt.Errorf("%w: own module %s has %d DigComp codes, at most %d", ErrTooBig, m.UID, len(m.DigComp), maxListItems)
		}
	}
	for _, s := range c.Sessions {
		if s != nil && len(s.Trainers) > maxListItems {
			return fmt.Errorf("%w: session %s has %d trainers, at most %d", ErrTooBig, s.ID, len(s.Trainers), maxListItems)
		}
	}
	return nil
}

func checkOverlays(ovs []course.Overlay) error {
	seen := map[string]bool{}
	for i := range ovs {
		o := &ovs[i]
		if err := o.Check(); err != nil {
			return broken("%v", err)
		}
		if !moduleKeyPattern.MatchString(o.Module) || len(o.Module) > 80 {
			return broken("customisation of %q: not a module key", o.Module)
		}
		if seen[o.Key()] {
			return broken("customisation %s appears twice", o.Key())
		}
		seen[o.Key()] = true
		if !utf8.ValidString(o.Text) || !utf8.ValidString(o.BaseText) {
			return broken("customisation %s: the text is not UTF-8", o.Key())
		}
	}
	return nil
}

func checkModules(ms []*course.Module) error {
	uids, numbers := map[string]bool{}, map[int]string{}
	for _, m := range ms {
		if m == nil {
			return broken("an own module is empty")
		}
		if err := course.CheckOwn(m); err != nil {
			return broken("%v", err)
		}
		if uids[m.UID] {
			return broken("own module %s appears twice", m.UID)
		}
		if other, ok := numbers[m.Number]; ok {
			return broken("own modules %s and %s have the same number %d", other, m.UID, m.Number)
		}
		uids[m.UID], numbers[m.Number] = true, m.UID
		for lang, parts := range m.Source {
			for p, text := range parts {
				if !utf8.ValidString(text) {
					return broken("own module %s, %s/%s: the text is not UTF-8", m.UID, lang, p)
				}
			}
		}
	}
	return nil
}

// checkSessions returns the sessions by ID.
func checkSessions(ss []*session.Session) (map[string]bool, error) {
	ids := map[string]bool{}
	for i, s := range ss {
		if s == nil {
			return nil, broken("session %d is empty", i+1)
		}
		if !idPattern.MatchString(s.ID) {
			return nil, broken("session %q: not a session id", s.ID)
		}
		if ids[s.ID] {
			return nil, broken("session %s appears twice", s.ID)
		}
		ids[s.ID] = true
		if err := checkSession(s); err != nil {
			return nil, broken("session %s (%q): %v", s.ID, s.Title, err)
		}
	}
	return ids, nil
}

func checkSession(s *session.Session) error {
	if err := s.Validate(); err != nil {
		return err
	}
	if len(s.Days) > maxDays {
		return fmt.Errorf("%d days", len(s.Days))
	}
	if len(s.Agenda) > len(s.Days) {
		return fmt.Errorf("an agenda of %d days for %d days", len(s.Agenda), len(s.Days))
	}
	for d, day := range s.Agenda {
		if len(day) > maxBlocks {
			return fmt.Errorf("day %d has %d blocks, at most %d", d+1, len(day), maxBlocks)
		}
		for i, b := range day {
			if err := checkBlock(b); err != nil {
				return fmt.Errorf("day %d, block %d: %w", d+1, i+1, err)
			}
		}
	}
	return nil
}

func checkBlock(b session.Block) error {
	switch b.Kind {
	case session.BlockPart:
		if b.Module < 1 || !course.ValidPart(b.Part) {
			return fmt.Errorf("module %d part %q is not a module part", b.Module, b.Part)
		}
	case session.BlockBreak, session.BlockCustom:
	default:
		return fmt.Errorf("unknown kind %q", b.Kind)
	}
	if b.Minutes < 0 || b.Minutes > maxMinutes {
		return fmt.Errorf("%d minutes", b.Minutes)
	}
	return nil
}

func checkParticipants(byID map[string][]session.Participant, sessions map[string]bool) error {
	for sid, ps := range byID {
		if !sessions[sid] {
			return broken("participants of session %q, which the pack does not hold", sid)
		}
		seen := map[string]bool{}
		for i, p := range ps {
			if !idPattern.MatchString(p.ID) || seen[p.ID] {
				return broken("participant %d of session %s: missing or repeated id %q", i+1, sid, p.ID)
			}
			seen[p.ID] = true
			if err := p.Normalise(); err != nil { // p is a copy
				return broken("participant %d of session %s: %v", i+1, sid, err)
			}
		}
	}
	return nil
}
