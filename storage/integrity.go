package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/socialtech/trainerkit/course/datafile"
)

// ErrCorrupt and CorruptError are datafile's: Open refuses a damaged or
// foreign file with a *CorruptError after moving it aside.
var ErrCorrupt = datafile.ErrCorrupt

// CorruptError says which data file was refused, why, and where it is kept.
type CorruptError = datafile.CorruptError

// errLocked is lockFile's timeout.
var errLocked = errors.New("file is locked")

// lockRetry is how often lockFile tries again.
const lockRetry = 50 * time.Millisecond

// reasonEmpty is what inspect says of a zero-length file.
const reasonEmpty = "the file is empty (0 bytes)"

// bbolt's file format, to read its header pages without mapping the file
// (a truncated file mapped by bbolt kills the process with SIGBUS).
const (
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	pageHeaderSize = 16 // id u64, flags u16, count u16, overflow u32
	metaSize       = 64 // magic, version, pageSize, flags u32; root, sequence, freelist, pgid, txid, checksum u64
	metaSumSize    = 56 // the bytes the checksum covers
)

type boltMeta struct {
	pageSize uint32
	root     uint64 // the root bucket's page
	freelist uint64 // the free page list's page (noFreelist: none)
	pgid     uint64 // high water mark: the file holds pages 0 to pgid-1
	txid     uint64
}

// readMeta decodes and checks a meta page (header included) as bbolt does.
func readMeta(b []byte) (boltMeta, bool) {
	if len(b) < pageHeaderSize+metaSize {
		return boltMeta{}, false
	}
	m := b[pageHeaderSize : pageHeaderSize+metaSize]
	ne := binary.NativeEndian
	if ne.Uint32(m[0:]) != boltMagic || ne.Uint32(m[4:]) != boltVersion {
		return boltMeta{}, false
	}
	h := fnv.New64a()
	h.Write(m[:metaSumSize])
	if h.Sum64() != ne.Uint64(m[56:]) {
		return boltMeta{}, false
	}
	meta := boltMeta{pageSize: ne.Uint32(m[8:]), root: ne.Uint64(m[16:]), freelist: ne.Uint64(m[32:]),
		pgid: ne.Uint64(m[40:]), txid: ne.Uint64(m[48:])}
	if meta.pageSize < 512 || meta.pageSize&(meta.pageSize-1) != 0 || meta.pgid < 2 {
		return boltMeta{}, false
	}
	return meta, true
}

// fileHeader is what inspect learnt of a whole data file.
type fileHeader struct {
	meta boltMeta // the header page bbolt will use
	// lostLast: the other header page is damaged and may have been the
	// newer one: bbolt reads the file as it was one save earlier.
	lostLast bool
}

// inspect reads the header pages of an existing data file and, when they
// are sound, the whole tree of pages (checkStructure), and says what is
// wrong with it ("" when bbolt can safely open it). It returns an error
// only when the file cannot be read.
func inspect(f *os.File) (fileHeader, string, error) {
	info, err := f.Stat()
	if err != nil {
		return fileHeader{}, "", err
	}
	size := info.Size()
	if size == 0 {
		return fileHeader{}, reasonEmpty, nil
	}
	readAt := func(off int64) ([]byte, error) {
		buf := make([]byte, pageHeaderSize+metaSize)
		n, err := f.ReadAt(buf, off)
		if err == io.EOF {
			err = nil
		}
		return buf[:n], err
	}
	head, err := readAt(0)
	if err != nil {
		return fileHeader{}, "", err
	}
	m0, ok0 := readMeta(head)
	// The second meta page is one page further; find the page size from the
	// first meta, or try every size bbolt could have used.
	sizes := []int64{}
	if ok0 {
		sizes = append(sizes, int64(m0.pageSize))
	} else {
		for ps := int64(1024); ps <= 16<<20 && ps < size; ps <<= 1 {
			sizes = append(sizes, ps)
		}
	}
	var m1 boltMeta
	var ok1 bool
	var second []byte
	for _, ps := range sizes {
		b, err := readAt(ps)
		if err != nil {
			return fileHeader{}, "", err
		}
		if m, ok := readMeta(b); ok && int64(m.pageSize) == ps {
			m1, ok1 = m, true
			break
		}
		second = b
	}
	if !ok0 && !ok1 {
		if size < pageHeaderSize+metaSize {
			return fileHeader{}, fmt.Sprintf("the file is too short to be a data file (%d bytes)", size), nil
		}
		return fileHeader{}, "the file is not a bbolt database, or both of its header pages are damaged", nil
	}
	// bbolt uses the valid meta page with the highest transaction id.
	var h fileHeader
	switch {
	case ok0 && ok1 && m1.txid > m0.txid, !ok0:
		h.meta = m1
		h.lostLast = !ok0 && !olderMeta(head, m1)
	default:
		h.meta = m0
		h.lostLast = !ok1 && !olderMeta(second, m0)
	}
	m := h.meta
	if need := int64(m.pgid) * int64(m.pageSize); size < need {
		return h, fmt.Sprintf("the file is truncated: %d bytes where its header announces %d", size, need), nil
	}
	return h, checkStructure(f, size, m), nil
}

// olderMeta reports whether the damaged meta page b still shows the
// transaction before that of the sound one, m: then the sound one is the
// newest, and nothing was lost.
func olderMeta(b []byte, m boltMeta) bool {
	if len(b) < pageHeaderSize+metaSize {
		return false
	}
	return binary.NativeEndian.Uint64(b[pageHeaderSize+48:])+1 == m.txid
}

// knownBuckets are the top-level buckets this kit (or an earlier version)
// writes.
var knownBuckets = map[string]bool{
	string(bucketMeta): true, string(bucketSettings): true, string(bucketSessions): true,
	string(bucketParticipants): true, string(bucketAttendance): true, string(bucketTemplates): true,
	string(bucketOverlays): true, string(bucketOwnModules): true,
	string(bucketResults): true, string(bucketAppreciation): true,
}

// bucketsOf are the top-level buckets a file of schema v holds: those its
// migrations created.
func bucketsOf(v uint64) [][]byte {
	out := [][]byte{bucketMeta}
	if v >= 1 {
		out = append(out, bucketSettings)
	}
	if v >= 2 {
		out = append(out, bucketSessions, bucketParticipants, bucketAttendance, bucketTemplates)
	}
	if v >= 3 {
		out = append(out, bucketOverlays, bucketOwnModules)
	}
	if v >= 6 {
		out = append(out, bucketResults, bucketAppreciation)
	}
	return out
}

// checkContents says what is wrong with an open bbolt file ("" if nothing):
// buckets of another program without the kit's schema version, or a kit
// file whose list of buckets is not the one of its schema (damage changed
// a name). (Its pages were checked before bbolt opened it: checkStructure.)
func checkContents(b *bolt.DB) (reason string) {
	c, err := guard(func() error {
		return b.View(func(tx *bolt.Tx) error {
			v := readVersion(tx)
			var foreign []string
			err := tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
				if !knownBuckets[string(name)] {
					foreign = append(foreign, fmt.Sprintf("%q", name))
				}
				return nil
			})
			if len(foreign) > 5 {
				foreign = append(foreign[:5], "…")
			}
			switch {
			case v == 0 && len(foreign) > 0:
				reason = "it is a bbolt database from another program (buckets " + strings.Join(foreign, ", ") + ")"
			case v == 0, v > SchemaVersion():
				// A new file, one from before versioning, or a newer kit's.
			case len(foreign) > 0:
				reason = "its list of buckets is damaged (unknown " + strings.Join(foreign, ", ") + ")"
			default:
				for _, name := range bucketsOf(v) {
					if tx.Bucket(name) == nil {
						reason = fmt.Sprintf("its list of buckets is damaged (%q is missing)", name)
					}
				}
			}
			return err
		})
	})
	switch {
	case c != nil:
		return fmt.Sprintf("reading it failed: %v", c.value)
	case err != nil && reason == "":
		return "reading it failed: " + err.Error()
	}
	return reason
}

// moveAside renames path to path.KIND-YYYYMMDD-HHMMSS (plus -2, -3… if that
// name is taken), never replacing an existing file, and returns the new path.
func moveAside(path, kind string, now time.Time) (string, error) {
	to, err := asideName(path, kind, now)
	if err != nil {
		return "", err
	}
	if err := os.Rename(path, to); err != nil {
		return "", fmt.Errorf("move %s aside: %w", path, datafile.Classify(err))
	}
	datafile.SyncDir(filepath.Dir(path))
	return to, nil
}

// asideName is a free name for keeping path aside.
func asideName(path, kind string, now time.Time) (string, error) {
	base := fmt.Sprintf("%s.%s-%s", path, kind, now.UTC().Format(stampLayout))
	for i := 1; i < 1000; i++ {
		to := base
		if i > 1 {
			to = fmt.Sprintf("%s-%d", base, i)
		}
		if _, err := os.Lstat(to); errors.Is(err, fs.ErrNotExist) {
			return to, nil
		}
	}
	return "", fmt.Errorf("move %s aside: no free name", path)
}

// stampLayout is the date and time in backup and kept-aside file names (UTC).
const stampLayout = "20060102-150405"
