package storage

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/pack"
	"github.com/socialtech/trainerkit/course/session"
)

// PackSelection says what goes into a pack.
type PackSelection = pack.Selection

// PackContents gathers what sel names, read in one transaction. A key that
// is not in the data file is an error (ErrNotFound).
func (db *DB) PackContents(sel PackSelection) (*pack.Contents, error) {
	c := &pack.Contents{}
	err := db.view(func(tx *bolt.Tx) error {
		all, err := db.readAll(tx)
		if err != nil {
			return err
		}
		return all.gather(c, sel)
	})
	if err != nil {
		return nil, fmt.Errorf("gather the pack: %w", err)
	}
	return c, nil
}

// stored is what the data file holds that packs carry.
type stored struct {
	overlays map[string]course.Overlay // by key
	modules  map[string]*course.Module // own modules by UID
	sessions map[string]*session.Session
	tx       *bolt.Tx
	db       *DB
}

// readAll reads what packs carry; damaged records are left out (Damaged).
func (db *DB) readAll(tx *bolt.Tx) (*stored, error) {
	st := &stored{overlays: map[string]course.Overlay{}, modules: map[string]*course.Module{},
		sessions: map[string]*session.Session{}, tx: tx, db: db}
	ovs, err := db.readOverlays(tx)
	if err != nil {
		return nil, err
	}
	for _, o := range ovs {
		st.overlays[o.Key()] = o
	}
	own, err := db.readOwnModules(tx)
	if err != nil {
		return nil, err
	}
	for _, m := range own {
		st.modules[m.UID] = m
	}
	err = db.bucket(tx, bucketSessions).each(func(k, v []byte) error {
		s, err := decodeSession(k, v)
		if err != nil {
			return skip(err)
		}
		st.sessions[s.ID] = s
		return nil
	})
	return st, err
}

// gather fills c with what sel names, each item once, in a stable order.
func (st *stored) gather(c *pack.Contents, sel PackSelection) error {
	ovKeys, uids := map[string]bool{}, map[string]bool{}
	if sel.AllCustomisations {
		for k := range st.overlays {
			ovKeys[k] = true
		}
		for uid := range st.modules {
			uids[uid] = true
		}
	}
	for _, k := range sel.Overlays {
		if _, ok := st.overlays[k]; !ok {
			return fmt.Errorf("customisation %s: %w", k, ErrNotFound)
		}
		ovKeys[k] = true
	}
	for _, uid := range sel.Modules {
		if st.modules[uid] == nil {
			return fmt.Errorf("own module %s: %w", uid, ErrNotFound)
		}
		uids[uid] = true
	}
	if err := st.gatherSessions(c, sel, ovKeys, uids); err != nil {
		return err
	}
	// An own module's notes and hidden sections travel with it.
	for k, o := range st.overlays {
		if uids[o.Module] {
			ovKeys[k] = true
		}
	}
	for _, k := range sortedKeys(ovKeys) {
		c.Overlays = append(c.Overlays, st.overlays[k])
	}
	for _, uid := range sortedKeys(uids) {
		c.Modules = append(c.Modules, st.modules[uid])
	}
	sort.SliceStable(c.Modules, func(i, j int) bool { return c.Modules[i].Number < c.Modules[j].Number })
	return nil
}

// gatherSessions adds the selected sessions, the modules and customisations
// their agendas use, and their participants when asked.
func (st *stored) gatherSessions(c *pack.Contents, sel PackSelection, ovKeys, uids map[string]bool) error {
	if sel.Participants {
		c.Participants = map[string][]session.Participant{}
		c.Results = map[string][]session.Result{}
	}
	c.Appreciations = map[string][]session.Appreciation{}
	used := map[int]bool{}
	for _, id := range sel.Sessions {
		s := st.sessions[id]
		if s == nil {
			return fmt.Errorf("session %s: %w", id, ErrNotFound)
		}
		if containsSession(c.Sessions, id) {
			continue
		}
		c.Sessions = append(c.Sessions, s)
		for _, day := range s.Agenda {
			for _, b := range day {
				if b.Module > 0 {
					used[b.Module] = true
				}
			}
		}
		if sel.Participants {
			ps, err := st.db.participantsIn(st.tx, id)
			if err != nil {
				return err
			}
			if len(ps) > 0 {
				c.Participants[id] = ps
			}
			rs, err := st.db.resultsIn(st.tx, id)
			if err != nil {
				return err
			}
			if len(rs) > 0 && len(ps) > 0 {
				c.Results[id] = rs
			}
		}
		as, err := st.db.appreciationsIn(st.tx, id)
		if err != nil {
			return err
		}
		if len(as) > 0 {
			c.Appreciations[id] = as
		}
	}
	for uid, m := range st.modules {
		if used[m.Number] {
			uids[uid] = true
		}
	}
	for k, o := range st.overlays {
		if used[bundledNumber(o.Module)] {
			ovKeys[k] = true
		}
	}
	return nil
}

func containsSession(ss []*session.Session, id string) bool {
	for _, s := range ss {
		if s.ID == id {
			return true
		}
	}
	return false
}

// bundledNumber is the number of a bundled module key ("03-skills-frameworks"
// is 3), 0 for an own module's UID.
func bundledNumber(key string) int {
	num, _, ok := strings.Cut(key, "-")
	n, err := strconv.Atoi(num)
	if !ok || err != nil {
		return 0
	}
	return n
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Kinds of ImportItem (see pack).
const (
	ItemCustomisation = pack.ItemCustomisation
	ItemModule        = pack.ItemModule
	ItemSession       = pack.ItemSession
	ItemParticipants  = pack.ItemParticipants
	ItemUnknownModule = pack.ItemUnknownModule
)

// ErrNoFreeNumber is pack.ErrNoFreeNumber: every own-module number is
// taken.
var ErrNoFreeNumber = pack.ErrNoFreeNumber

// ImportItem is one thing an import adds, replaces or leaves out.
type ImportItem = pack.ImportItem

// PreviewImport lists what Import(c, lib) would add, replace and leave
// out, without writing anything. lib is the library the trainer sees (or
// the bundled one): a customisation is imported only for a module it
// holds, or an own module of the data file or of the pack. With a nil lib
// only the form of a bundled module's key is checked.
func (db *DB) PreviewImport(c *pack.Contents, lib *course.Library) ([]ImportItem, error) {
	if err := c.Check(); err != nil {
		return nil, fmt.Errorf("preview the pack: %w", err)
	}
	var items []ImportItem
	err := db.view(func(tx *bolt.Tx) error {
		p, err := db.planImport(tx, c, lib)
		if err != nil {
			return err
		}
		items, err = p.items(tx, c)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("preview the pack: %w", err)
	}
	return items, nil
}

// Import writes the pack's contents in one transaction: everything or, on
// any error, nothing. Items with keys already in the data file are
// replaced; participants are added to (or replace, by ID) those of their
// session; attendance on days a replaced session no longer has is deleted.
// An own module new to this kit whose number is taken gets the next free
// one (ErrNoFreeNumber when there is none), and the pack's agendas follow
// it. Customisations of modules that do not exist (see PreviewImport) are
// left out.
func (db *DB) Import(c *pack.Contents, lib *course.Library) error {
	if err := c.Check(); err != nil {
		return fmt.Errorf("import the pack: %w", err)
	}
	err := db.update(func(tx *bolt.Tx) error {
		p, err := db.planImport(tx, c, lib)
		if err != nil {
			return err
		}
		return p.apply(tx, c)
	})
	if err != nil {
		return fmt.Errorf("import the pack: %w", err)
	}
	return nil
}

// importPlan is the numbers the pack's own modules get in this kit, and the
// customisations it leaves out.
type importPlan struct {
	db      *DB
	local   map[string]*course.Module // own modules already here, by UID
	numbers map[string]int            // pack module UID -> number here
	remap   map[int]int               // number in the pack -> number here
	unknown map[string]bool           // keys of customisations of modules that do not exist
}

func (db *DB) planImport(tx *bolt.Tx, c *pack.Contents, lib *course.Library) (*importPlan, error) {
	p := &importPlan{db: db, local: map[string]*course.Module{}, numbers: map[string]int{}, remap: map[int]int{},
		unknown: map[string]bool{}}
	own, err := db.readOwnModules(tx)
	if err != nil {
		return nil, err
	}
	used := map[int]bool{}
	for _, m := range own {
		p.local[m.UID] = m
		used[m.Number] = true
	}
	// A module already here keeps its number; a new one keeps the pack's
	// number when it is free, else takes the next free one.
	for _, m := range c.Modules {
		if l := p.local[m.UID]; l != nil {
			p.numbers[m.UID] = l.Number
		}
	}
	for _, m := range c.Modules {
		if _, ok := p.numbers[m.UID]; ok {
			continue
		}
		n, err := freeNumber(m.Number, used)
		if err != nil {
			return nil, fmt.Errorf("own module %q: %w", m.TitleIn("en"), err)
		}
		used[n] = true
		p.numbers[m.UID] = n
	}
	for _, m := range c.Modules {
		p.remap[m.Number] = p.numbers[m.UID]
		if err := course.CheckOwn(p.module(m)); err != nil {
			return nil, fmt.Errorf("own module %q as numbered here: %w", m.TitleIn("en"), err)
		}
	}
	for _, o := range c.Overlays {
		if !p.moduleExists(o.Module, c, lib) {
			p.unknown[o.Key()] = true
		}
	}
	return p, nil
}

// freeNumber is want when it is a free own-module number, else the first
// free one after the highest in use, else the first free one at all.
func freeNumber(want int, used map[int]bool) (int, error) {
	if want >= course.FirstOwnNumber && want <= course.LastOwnNumber && !used[want] {
		return want, nil
	}
	highest := course.FirstOwnNumber - 1
	for n := range used {
		highest = max(highest, n)
	}
	for n := highest + 1; n <= course.LastOwnNumber; n++ {
		if !used[n] {
			return n, nil
		}
	}
	for n := course.FirstOwnNumber; n <= course.LastOwnNumber; n++ {
		if !used[n] {
			return n, nil
		}
	}
	return 0, ErrNoFreeNumber
}

// moduleExists reports whether a customisation's module is in lib, is an
// own module here, or comes with the pack.
func (p *importPlan) moduleExists(key string, c *pack.Contents, lib *course.Library) bool {
	if p.local[key] != nil {
		return true
	}
	for _, m := range c.Modules {
		if m.UID == key {
			return true
		}
	}
	if lib != nil {
		return lib.ByKey(key) != nil
	}
	return !strings.HasPrefix(key, course.OwnPrefix) && bundledNumber(key) > 0
}

// module is m with the number it gets here.
func (p *importPlan) module(m *course.Module) *course.Module {
	cp := *m
	cp.Number = p.numbers[m.UID]
	return &cp
}

// session is s with its agenda following the renumbered own modules.
func (p *importPlan) session(s *session.Session) *session.Session {
	cp := *s
	cp.Agenda = make([][]session.Block, len(s.Agenda))
	for d, day := range s.Agenda {
		cp.Agenda[d] = append([]session.Block(nil), day...)
		for i, b := range cp.Agenda[d] {
			if n, ok := p.remap[b.Module]; ok {
				cp.Agenda[d][i].Module = n
			}
		}
	}
	if s.Agenda == nil {
		cp.Agenda = nil
	}
	cp.AnchorAll() // a plan from a kit older than half-days
	return &cp
}

func (p *importPlan) apply(tx *bolt.Tx, c *pack.Contents) error {
	db := p.db
	for _, o := range c.Overlays {
		if o.Empty() || p.unknown[o.Key()] {
			continue // an empty one would delete the customisation here
		}
		if err := db.putOverlay(tx, o); err != nil {
			return fmt.Errorf("customisation %s: %w", o.Key(), err)
		}
	}
	for _, m := range c.Modules {
		if err := db.putOwnModule(tx, p.module(m)); err != nil {
			return fmt.Errorf("module %s: %w", m.UID, err)
		}
	}
	sessions := db.bucket(tx, bucketSessions)
	for _, s := range c.Sessions {
		v, err := json.Marshal(p.session(s))
		if err == nil {
			err = sessions.put(s.ID, v)
		}
		if err == nil {
			err = dropMarksAfter(tx, s.ID, len(s.Days))
		}
		if err != nil {
			return fmt.Errorf("session %q: %w", s.Title, err)
		}
	}
	for id, ps := range c.Participants {
		for i := range ps {
			if err := ps[i].Normalise(); err != nil {
				return fmt.Errorf("participants of session %s: %w", id, err)
			}
		}
		if err := db.putParticipants(tx, id, ps); err != nil {
			return fmt.Errorf("participants of session %s: %w", id, err)
		}
	}
	return db.applyEvaluation(tx, c)
}

// applyEvaluation stores the pack's quiz results and questionnaires.
func (db *DB) applyEvaluation(tx *bolt.Tx, c *pack.Contents) error {
	for id, rs := range c.Results {
		for _, r := range rs {
			if err := db.putResult(tx, id, r); err != nil {
				return fmt.Errorf("results of session %s: %w", id, err)
			}
		}
	}
	for id, as := range c.Appreciations {
		for _, a := range as {
			if err := db.putAppreciation(tx, id, a); err != nil {
				return fmt.Errorf("questionnaires of session %s: %w", id, err)
			}
		}
	}
	return nil
}

// items describes the plan for a trainer, in the order of the pack.
func (p *importPlan) items(tx *bolt.Tx, c *pack.Contents) ([]ImportItem, error) {
	titles := map[string]string{} // own module UID -> title, for its customisations
	for uid, m := range p.local {
		titles[uid] = m.TitleIn("en")
	}
	for _, m := range c.Modules {
		titles[m.UID] = m.TitleIn("en")
	}
	var out []ImportItem
	overlays := p.db.bucket(tx, bucketOverlays)
	for _, o := range c.Overlays {
		switch {
		case o.Empty():
		case p.unknown[o.Key()]:
			out = append(out, ImportItem{Kind: ItemUnknownModule, Key: o.Key(), Title: overlayTitle(o, titles)})
		default:
			out = append(out, ImportItem{Kind: ItemCustomisation, Key: o.Key(), Title: overlayTitle(o, titles),
				Overwrite: overlays.has(o.Key())})
		}
	}
	for _, m := range c.Modules {
		out = append(out, ImportItem{Kind: ItemModule, Key: m.UID, Overwrite: p.local[m.UID] != nil,
			Title: fmt.Sprintf("Module %d · %s", p.numbers[m.UID], m.TitleIn("en"))})
	}
	sessions := p.db.bucket(tx, bucketSessions)
	for _, s := range c.Sessions {
		dropped, err := marksAfter(tx, s.ID, len(s.Days))
		if err != nil {
			return nil, err
		}
		out = append(out, ImportItem{Kind: ItemSession, Key: s.ID, Title: fmt.Sprintf("%s (%s)", s.Title, s.Start),
			Overwrite: sessions.has(s.ID), DropsMarks: len(dropped)})
	}
	for _, s := range c.Sessions {
		ps := c.Participants[s.ID]
		if len(ps) == 0 {
			continue
		}
		out = append(out, ImportItem{Kind: ItemParticipants, Key: s.ID, Title: fmt.Sprintf("%d participant(s) of %s", len(ps), s.Title),
			Overwrite: anyParticipantHere(tx, s.ID, ps)})
	}
	return out, nil
}

// anyParticipantHere reports whether one of ps is already in the session here.
func anyParticipantHere(tx *bolt.Tx, sessionID string, ps []session.Participant) bool {
	b := tx.Bucket(bucketParticipants).Bucket([]byte(sessionID))
	if b == nil {
		return false
	}
	for _, p := range ps {
		if b.Get([]byte(p.ID)) != nil {
			return true
		}
	}
	return false
}

// partNames are the parts as the English interface names them.
var partNames = map[string]string{course.Theory: "Theory", course.Case: "Case", course.Toolbox: "Toolbox",
	course.Reference: "Reference model", course.Guide: "Trainer's guide"}

// overlayTitle is "Module 3 · fr · Theory", or the own module's title.
func overlayTitle(o course.Overlay, titles map[string]string) string {
	name := titles[o.Module]
	if name == "" {
		if n := bundledNumber(o.Module); n > 0 {
			name = fmt.Sprintf("Module %d", n)
		} else {
			name = o.Module
		}
	}
	return fmt.Sprintf("%s · %s · %s", name, o.Lang, partNames[o.Part])
}
