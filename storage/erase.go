package storage

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/socialtech/trainerkit/course/datafile"
	bolt "go.etcd.io/bbolt"
)

// Erasure: forgetting a participant, purging a session's participants or
// deleting a session must leave nothing of those people in the data folder
// (GDPR Article 17). The transaction that deletes them also records who
// (session and participant ids, never names) under meta/erase; then erase
//   - rewrites the data file without its free pages (compact.go), where
//     bbolt leaves deleted records until it reuses them;
//   - rewrites every backup and every copy kept aside (before-restore-,
//     replaced-, corrupt-, before-repair-) that still holds any of their
//     records, live or in a free page, by the same filtered copy; a copy
//     too damaged for that has those records zeroed in place, page by page;
//   - then clears the list.
// A failure leaves the list: the next Open (or erasure) tries again, and
// the error wraps ErrNotErased. Copies kept aside are also deleted once
// older than the retention period (retention.go).

// ErrNotErased is datafile.ErrNotErased: people were deleted from the data
// file, but erasing them everywhere could not be finished; the kit tries
// again at the next start.
var ErrNotErased = datafile.ErrNotErased

// erasure is one participant to erase everywhere.
type erasure struct {
	Session     string `json:"s"`
	Participant string `json:"p"`
}

// eraseMu makes erasures of one process run one at a time.
var eraseMu sync.Mutex

func decodeErasures(p []byte) ([]erasure, error) {
	var es []erasure
	if err := json.Unmarshal(p, &es); err != nil {
		return nil, fmt.Errorf("list of participants to erase: %w", err)
	}
	return es, nil
}

// readErasures reads the list in tx. A damaged list reads as empty.
func readErasures(tx *bolt.Tx) []erasure {
	v := tx.Bucket(bucketMeta).Get(keyErase)
	if v == nil {
		return nil
	}
	p, ok := unseal(string(bucketMeta), keyErase, v)
	if !ok {
		return nil
	}
	es, _ := decodeErasures(p)
	return es
}

// addErasures appends to the list of participants to erase.
func addErasures(tx *bolt.Tx, add []erasure) error {
	if len(add) == 0 {
		return nil
	}
	es := append(readErasures(tx), add...)
	b, err := json.Marshal(es)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketMeta).Put(keyErase, seal(string(bucketMeta), keyErase, b))
}

// erasures is the list of participants left to erase.
func (db *DB) erasures() ([]erasure, error) {
	var es []erasure
	err := db.view(func(tx *bolt.Tx) error {
		es = readErasures(tx)
		return nil
	})
	return es, err
}

// eraseNow erases what the last deletion recorded; what names it, for the
// error.
func (db *DB) eraseNow(what string) error {
	if err := db.erase(); err != nil {
		return fmt.Errorf("%s: %w (%w)", what, ErrNotErased, err)
	}
	return nil
}

// erase carries out the erasures recorded in the data file.
func (db *DB) erase() error {
	eraseMu.Lock()
	defer eraseMu.Unlock()
	todo, err := db.erasures()
	if err != nil || len(todo) == 0 {
		return err
	}
	if _, err := db.rewrite(nil, ""); err != nil {
		return fmt.Errorf("compact %s: %w", db.path, err)
	}
	var errs []error
	for _, p := range copiesOf(db.dir) {
		if err := scrubFile(p, todo); err != nil {
			errs = append(errs, fmt.Errorf("erase from %s: %w", p, err))
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	// Done: the list goes. What it leaves in a free page is ids, no names.
	return db.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Delete(keyErase)
	})
}

// copiesOf lists every backup and copy of the data file kept in dir.
func copiesOf(dir string) []string {
	var out []string
	if bs, err := listBackups(dir); err == nil {
		for _, b := range bs {
			out = append(out, b.Path)
		}
	}
	if cs, err := keptCopies(dir); err == nil {
		for p := range cs {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// eraseTargets are the participants to erase, by id and by session.
type eraseTargets struct {
	ids       map[string]bool
	bySession map[string]map[string]bool
}

func targetsOf(es []erasure) eraseTargets {
	t := eraseTargets{ids: map[string]bool{}, bySession: map[string]map[string]bool{}}
	for _, e := range es {
		t.ids[e.Participant] = true
		if t.bySession[e.Session] == nil {
			t.bySession[e.Session] = map[string]bool{}
		}
		t.bySession[e.Session][e.Participant] = true
	}
	return t
}

// keep is the filter of a rewrite that erases the targets.
func (t eraseTargets) keep(path [][]byte, k, v []byte) bool {
	if len(path) != 2 {
		return true
	}
	ps := t.bySession[string(path[1])]
	switch {
	case ps == nil:
		return true
	case bytes.Equal(path[0], bucketParticipants):
		return !ps[string(k)]
	case bytes.Equal(path[0], bucketAttendance), bytes.Equal(path[0], bucketResults):
		pid, _, _ := strings.Cut(string(k), "|")
		return !ps[pid]
	}
	return true
}

// matches reports whether a record, found anywhere in a file, is one of the
// targets': a participant record (its key is the id, and its contents start
// with it) or an attendance record (key id|day|half, contents naming the id).
func (t eraseTargets) matches(k, v []byte) bool {
	if t.ids[string(k)] && bytes.HasPrefix(v, participantPrefix(string(k))) {
		return true
	}
	pid, _, ok := bytes.Cut(k, []byte("|"))
	return ok && t.ids[string(pid)] && bytes.Contains(v, []byte(`"participant":"`+string(pid)+`"`))
}

// participantPrefix is how the stored record of participant id starts.
func participantPrefix(id string) []byte {
	return append([]byte{participantV1}, append([]byte(id), unitSep)...)
}

// scrubFile erases the targets from the data file copy at path when it
// holds any of their records. A file bbolt can read is rewritten; one too
// damaged for that has the records zeroed in place.
func scrubFile(path string, todo []erasure) error {
	t := targetsOf(todo)
	found, err := rawScrub(path, t, false)
	if err != nil || found == 0 {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return datafile.Classify(err)
	}
	_, reason, err := inspect(f)
	f.Close()
	if err == nil && reason == "" {
		err = rewriteFile(path, t.keep)
	} else {
		err = errors.New("unreadable")
	}
	if err != nil {
		if _, err := rawScrub(path, t, true); err != nil {
			return err
		}
	}
	if left, err := rawScrub(path, t, false); err != nil || left > 0 {
		return errors.Join(err, fmt.Errorf("%d records are still there", left))
	}
	return nil
}

// rawScrub reads every page of the file at path as a leaf page (in use or
// free: a free page may hold an older version of a record), without
// trusting any of it, and counts the targets' records; with zero, it
// overwrites each with zeros. Records whose page is too damaged to be read
// as a page are found by their first bytes and zeroed as far as their
// e-mail (participants) or their braces (attendance).
func rawScrub(path string, t eraseTargets, zero bool) (found int, err error) {
	flag := os.O_RDONLY
	if zero {
		flag = os.O_RDWR
	}
	f, err := os.OpenFile(path, flag, 0)
	if err != nil {
		return 0, datafile.Classify(err)
	}
	defer f.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, datafile.Classify(err)
	}
	ps := scrubPageSize(f)
	changed := false
	for off := 0; off+pageHeaderSize <= len(data); off += ps {
		h := readPageHeader(data[off:])
		if h.flags != flagLeaf {
			continue
		}
		end := min(len(data), off+(int(h.overflow)+1)*ps)
		if int(h.overflow) > len(data)/ps {
			end = min(len(data), off+ps)
		}
		n := scrubLeaf(data[off:end], h, t, zero)
		found += n
		changed = changed || (zero && n > 0)
	}
	n := scrubLoose(data, t, zero)
	found += n
	changed = changed || (zero && n > 0)
	if changed {
		if _, err := f.WriteAt(data, 0); err != nil {
			return found, datafile.Classify(err)
		}
		if err := f.Sync(); err != nil {
			return found, datafile.Classify(err)
		}
	}
	return found, nil
}

// scrubPageSize is the page size of the file: from a sound header page, or
// the system's page size, which bbolt uses for new files.
func scrubPageSize(f *os.File) int {
	if h, _, err := inspect(f); err == nil && h.meta.pageSize > 0 {
		return int(h.meta.pageSize)
	}
	return os.Getpagesize()
}

// scrubLeaf counts (and zeroes) the targets' records in one leaf page,
// descending into small buckets stored inside it.
func scrubLeaf(b []byte, h pageHeader, t eraseTargets, zero bool) int {
	found := 0
	ne := binary.NativeEndian
	for i := 0; i < int(h.count); i++ {
		at := pageHeaderSize + i*elementSize
		if at+elementSize > len(b) {
			break
		}
		e := b[at:]
		flags, pos, ksize, vsize := ne.Uint32(e[0:]), int(ne.Uint32(e[4:])), int(ne.Uint32(e[8:])), int(ne.Uint32(e[12:]))
		start := at + pos
		if pos < 0 || ksize < 0 || vsize < 0 || start+ksize+vsize > len(b) || start+ksize+vsize < start {
			continue
		}
		k, v := b[start:start+ksize], b[start+ksize:start+ksize+vsize]
		if flags&bucketLeafFlag != 0 {
			if len(v) > bucketHeaderSize+pageHeaderSize && ne.Uint64(v) == 0 {
				inner := v[bucketHeaderSize:]
				found += scrubLeaf(inner, readPageHeader(inner), t, zero)
			}
			continue
		}
		if t.matches(k, v) {
			found++
			if zero {
				clear(k)
				clear(v)
			}
		}
	}
	return found
}

// scrubLoose finds what scrubLeaf could not reach: a participant record's
// first bytes (version, id, separator) and an attendance record naming the
// id, wherever they are.
func scrubLoose(data []byte, t eraseTargets, zero bool) int {
	found := 0
	for id := range t.ids {
		prefix := participantPrefix(id)
		for at := 0; ; {
			i := bytes.Index(data[at:], prefix)
			if i < 0 {
				break
			}
			i += at
			found++
			// Up to the separator after the e-mail: version, id, first
			// name, last name, e-mail.
			end, seps := i+len(prefix), 1
			for end < len(data) && seps < 4 && end-i < 4096 {
				if data[end] == unitSep {
					seps++
				}
				end++
			}
			if zero {
				clear(data[i:end])
			}
			at = i + 1
			if zero {
				at = end
			}
		}
		mark := []byte(`"participant":"` + id + `"`)
		for at := 0; ; {
			i := bytes.Index(data[at:], mark)
			if i < 0 {
				break
			}
			i += at
			found++
			start, lo := i, max(0, i-64)
			if j := bytes.LastIndexByte(data[lo:i], '{'); j >= 0 {
				start = lo + j
			}
			end := i + len(mark)
			if j := bytes.IndexByte(data[end:min(len(data), end+4096)], '}'); j >= 0 {
				end += j + 1
			}
			if zero {
				clear(data[start:end])
				at = end
			} else {
				at = i + 1
			}
		}
	}
	return found
}
