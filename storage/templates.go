package storage

import (
	"encoding/json"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/socialtech/trainerkit/course/session"
)

// Template is a saved agenda a new session can start from.
type Template = session.Template

// SaveTemplate stores an agenda under a name, replacing one of that name.
func (db *DB) SaveTemplate(t Template) error {
	t.Name = strings.TrimSpace(t.Name)
	if t.Name == "" {
		return fmt.Errorf("save template: the template needs a name")
	}
	v, err := json.Marshal(t)
	if err != nil {
		return fmt.Errorf("save template %q: %w", t.Name, err)
	}
	err = db.update(func(tx *bolt.Tx) error {
		return db.bucket(tx, bucketTemplates).put(t.Name, v)
	})
	if err != nil {
		return fmt.Errorf("save template %q: %w", t.Name, err)
	}
	db.forgetDamage(RecordTemplate, "", t.Name)
	return nil
}

// Templates lists the saved templates by name. One that cannot be read is
// left out and listed by Damaged.
func (db *DB) Templates() ([]Template, error) {
	var out []Template
	err := db.view(func(tx *bolt.Tx) error {
		return db.bucket(tx, bucketTemplates).each(func(k, v []byte) error {
			t, err := decodeTemplate(k, v)
			if err != nil {
				return skip(err)
			}
			out = append(out, t)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list templates: %w", err)
	}
	return out, nil
}

// DeleteTemplate removes a template.
func (db *DB) DeleteTemplate(name string) error {
	err := db.update(func(tx *bolt.Tx) error {
		return db.bucket(tx, bucketTemplates).del(name)
	})
	if err != nil {
		return fmt.Errorf("delete template %q: %w", name, err)
	}
	db.forgetDamage(RecordTemplate, "", name)
	return nil
}
