package storage

import (
	"encoding/json"
	"errors"
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

// ErrTemplateExists is returned when a template is renamed to the name of
// another one.
var ErrTemplateExists = errors.New("a template of that name exists")

// RenameTemplate gives a template another name, in one transaction.
func (db *DB) RenameTemplate(old, name string) error {
	name = strings.TrimSpace(name)
	if name == "" {
		return fmt.Errorf("rename template %q: the template needs a name", old)
	}
	err := db.bolt.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketTemplates)
		v := b.Get([]byte(old))
		if v == nil {
			return ErrNotFound
		}
		if name == old {
			return nil
		}
		if b.Get([]byte(name)) != nil {
			return ErrTemplateExists
		}
		var t Template
		if err := json.Unmarshal(v, &t); err != nil {
			return err
		}
		t.Name = name
		nv, err := json.Marshal(t)
		if err != nil {
			return err
		}
		if err := b.Put([]byte(name), nv); err != nil {
			return err
		}
		return b.Delete([]byte(old))
	})
	if err != nil {
		return fmt.Errorf("rename template %q to %q: %w", old, name, err)
	}
	return nil
}
