package storage

// The IDs of the messages (locales/safety.*.toml, locales/packs.*.toml) that
// tell a trainer, in their language, what storage reports; errors and
// values name the case, the interface and the command line say it.
// DamagedRecord.MessageID gives those of damaged records. Plural messages
// take {{.N}} (locales.Localizer.Tn).
const (
	// MsgPending leads the start window while a damaged data file awaits
	// the trainer's decision (*CorruptError with Pending): {{.Aside}},
	// {{.Date}} (when it was found).
	MsgPending = "safety_pending"
	// MsgPendingCLI is what every command prints meanwhile: the same, and
	// the two commands that decide.
	MsgPendingCLI = "safety_pending_cli"
	// MsgDamagedAdvice follows the messages of damaged records.
	MsgDamagedAdvice = "safety_damaged_advice"
	// MsgRepair names the action that calls DB.Repair; MsgRepaired says
	// what it did: {{.N}} records removed, the old file kept as {{.Aside}}.
	MsgRepair   = "safety_repair"
	MsgRepaired = "safety_repaired"
	// MsgBackupUnusable and MsgBackupRecords mark a backup in a list: not
	// Usable, or Usable with a Problem (some records cannot be read).
	MsgBackupUnusable = "safety_backup_unusable"
	MsgBackupRecords  = "safety_backup_records"
	// MsgNotErased explains ErrNotErased: {{.Reason}}.
	MsgNotErased = "safety_not_erased"
	// MsgNoFreeNumber explains ErrNoFreeNumber.
	MsgNoFreeNumber = "packs_error_no_number"
	// MsgWillSkip heads the ImportItems of kind ItemUnknownModule (plural),
	// each said by MsgUnknownModule: {{.Module}}, {{.Lang}}, {{.Part}}.
	MsgWillSkip      = "packs_will_skip"
	MsgUnknownModule = "packs_item_unknown_module"
	// MsgDropsMarks warns of an ImportItem's DropsMarks: {{.N}}, {{.Title}}.
	MsgDropsMarks = "packs_drops_marks"
)
