package kit

import (
	"errors"
	"sort"
	"strings"
	"time"

	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/pack"
	"github.com/socialtech/trainerkit/locales"
)

// The IDs of the messages (locales/safety.*.toml, locales/packs.*.toml) that
// tell a trainer, in their language, what the data file reports; errors
// and values name the case, the window and the command line say it through
// the functions below. datafile.DamagedRecord.MessageID gives those of
// damaged records; plural messages take {{.N}} (locales.Localizer.Tn).
const (
	// MsgPending leads the start window while a damaged data file awaits
	// the trainer's decision: {{.Aside}}, {{.Date}} (when it was found).
	MsgPending = "safety_pending"
	// MsgPendingCLI is what every command prints meanwhile: the same, and
	// the two commands that decide.
	MsgPendingCLI = "safety_pending_cli"
	// MsgDamagedAdvice follows the messages of damaged records.
	MsgDamagedAdvice = "safety_damaged_advice"
	// MsgRepair names the action that removes damaged records; MsgRepaired
	// says what it did: {{.N}} records removed, the old file kept as
	// {{.Aside}}.
	MsgRepair   = "safety_repair"
	MsgRepaired = "safety_repaired"
	// MsgBackupUnusable and MsgBackupRecords mark a backup in a list: not
	// Usable, or Usable with a Problem (some records cannot be read).
	MsgBackupUnusable = "safety_backup_unusable"
	MsgBackupRecords  = "safety_backup_records"
	// MsgNotErased explains datafile.ErrNotErased: {{.Reason}}.
	MsgNotErased = "safety_not_erased"
	// MsgNoFreeNumber explains pack.ErrNoFreeNumber.
	MsgNoFreeNumber = "packs_error_no_number"
	// MsgWillSkip heads the ImportItems of kind pack.ItemUnknownModule
	// (plural), each said by MsgUnknownModule: {{.Module}}, {{.Lang}},
	// {{.Part}}.
	MsgWillSkip      = "packs_will_skip"
	MsgUnknownModule = "packs_item_unknown_module"
	// MsgDropsMarks warns of an ImportItem's DropsMarks: {{.N}}, {{.Title}}.
	MsgDropsMarks = "packs_drops_marks"
	// MsgShortened warns, before a session loses days, of the attendance
	// marks on them: {{.N}}.
	MsgShortened = "safety_shortened"
)

// FormatDate writes a date the way each language reads it: 7 Dec 2026 in
// English, 07/12/2026 in French, Italian and Spanish.
func FormatDate(lang string, t time.Time) string {
	if lang == "en" {
		return t.Format("2 Jan 2006")
	}
	return t.Format("02/01/2006")
}

// PendingMessage says that the data file was found damaged, where it is
// kept and that the kit waits for the trainer's decision; cli adds the two
// commands that decide.
func PendingMessage(tr *locales.Localizer, e *datafile.CorruptError, cli bool) string {
	id := MsgPending
	if cli {
		id = MsgPendingCLI
	}
	found := e.Found
	if found.IsZero() {
		found = time.Now()
	}
	return tr.Tf(id, map[string]any{"Aside": e.Aside, "Date": FormatDate(tr.Lang(), found.Local())})
}

// DamagedText is what the window says after opening a file some records of
// which could not be read: one line per kind (how many), then the advice.
// "" when there are none.
func DamagedText(tr *locales.Localizer, damaged []datafile.DamagedRecord) string {
	if len(damaged) == 0 {
		return ""
	}
	return strings.Join(append(DamagedLines(tr, damaged), tr.T(MsgDamagedAdvice)), "\n\n")
}

// DamagedLines says how many records of each kind could not be read, a
// line per kind (the command line gives its own advice).
func DamagedLines(tr *locales.Localizer, damaged []datafile.DamagedRecord) []string {
	counts := map[string]int{}
	for _, d := range damaged {
		counts[d.MessageID()]++
	}
	ids := make([]string, 0, len(counts))
	for id := range counts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	lines := make([]string, 0, len(ids))
	for _, id := range ids {
		lines = append(lines, tr.Tn(id, counts[id], nil))
	}
	return lines
}

// RepairedText says what removing the damaged records did.
func RepairedText(tr *locales.Localizer, removed int, aside string) string {
	return tr.Tn(MsgRepaired, removed, map[string]any{"Aside": aside})
}

// BackupMark is how a list of backups marks b: "" for a sound one.
func BackupMark(tr *locales.Localizer, b datafile.Backup) string {
	switch {
	case !b.Usable:
		return tr.T(MsgBackupUnusable)
	case !b.Sound():
		return tr.T(MsgBackupRecords)
	}
	return ""
}

// NotErased says, when err wraps datafile.ErrNotErased, that the people
// were deleted but are not yet erased from every copy, and why; "", false
// for any other error (the deletion itself failed).
func NotErased(tr *locales.Localizer, err error) (string, bool) {
	if !errors.Is(err, datafile.ErrNotErased) {
		return "", false
	}
	reason := PlainError(tr, err)
	if reason == "" {
		reason = err.Error()
	}
	return tr.Tf(MsgNotErased, map[string]any{"Reason": reason}), true
}

// PackPreview is an import's items sorted for a preview: what it adds or
// replaces, and what it leaves out (customisations of modules the kit does
// not have), with the warnings of sessions that lose attendance marks.
type PackPreview struct {
	Apply []pack.ImportItem // added or replaced
	Skip  []pack.ImportItem // pack.ItemUnknownModule: left out
	Drops []string          // one warning per session that loses marks, in tr's language
}

// Preview sorts the pack's items for the window and the command line.
func (pi *PackImport) Preview(tr *locales.Localizer) PackPreview {
	var p PackPreview
	for _, it := range pi.Items {
		if it.Kind == pack.ItemUnknownModule {
			p.Skip = append(p.Skip, it)
			continue
		}
		p.Apply = append(p.Apply, it)
		if it.DropsMarks > 0 {
			p.Drops = append(p.Drops, tr.Tn(MsgDropsMarks, it.DropsMarks, map[string]any{"Title": pi.sessionTitle(it)}))
		}
	}
	return p
}

// sessionTitle is the title of the pack's session an item names, as the
// trainer wrote it; the item's own title when the pack has none.
func (pi *PackImport) sessionTitle(it pack.ImportItem) string {
	for _, s := range pi.Contents.Sessions {
		if s.ID == it.Key {
			return s.Title
		}
	}
	return it.Title
}

// SkipHeading heads the items left out (plural on their number).
func (p PackPreview) SkipHeading(tr *locales.Localizer) string {
	return tr.Tn(MsgWillSkip, len(p.Skip), nil)
}

// SkipLine says one item left out: which module, language and part its
// key names (module/lang/part; partName names the part, nil keeps the
// key's word), its title when the key is not one.
func SkipLine(tr *locales.Localizer, it pack.ImportItem, partName func(string) string) string {
	parts := strings.SplitN(it.Key, "/", 3)
	if len(parts) != 3 {
		return it.Title
	}
	part := parts[2]
	if partName != nil {
		part = partName(part)
	}
	return tr.Tf(MsgUnknownModule, map[string]any{"Module": parts[0], "Lang": strings.ToUpper(parts[1]), "Part": part})
}
