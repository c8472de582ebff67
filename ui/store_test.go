package ui

import "github.com/socialtech/trainerkit/storage"

// storage.DB is the data file behind every screen; ui itself never imports
// storage (no bbolt in its dependencies), so the check is here.
var (
	_ Store          = (*storage.DB)(nil)
	_ BackupStore    = (*storage.DB)(nil)
	_ packStore      = (*storage.DB)(nil)
	_ DamageRepairer = (*storage.DB)(nil)
)
