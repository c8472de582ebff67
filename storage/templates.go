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
	err = db.bolt.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketTemplates).Put([]byte(t.Name), v)
	})
	if err != nil {
		return fmt.Errorf("save template %q: %w", t.Name, err)
	}
	return nil
}

// Templates lists the saved templates by name.
func (db *DB) Templates() ([]Template, error) {
	var out []Template
	err := db.bolt.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketTemplates).ForEach(func(k, v []byte) error {
			var t Template
			if err := json.Unmarshal(v, &t); err != nil {
				return fmt.Errorf("template %s: %w", k, err)
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
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketTemplates).Delete([]byte(name))
	})
	if err != nil {
		return fmt.Errorf("delete template %q: %w", name, err)
	}
	return nil
}
