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

// ErrTemplateExists is returned when a template is renamed to the name of
// another one.
var ErrTemplateExists = errors.New("a template of that name exists")

// RenameTemplate gives a template another name, in one transaction.
func (db *DB) RenameTemplate(old, name string) error {
	name = strings.TrimSpace(name)
	if name == "" {
		return fmt.Errorf("rename template %q: the template needs a name", old)
	}
	err := db.update(func(tx *bolt.Tx) error {
		r := db.bucket(tx, bucketTemplates)
		p, err := r.get(old)
		if err != nil {
			return err
		}
		if p == nil {
			return ErrNotFound
		}
		if name == old {
			return nil
		}
		if r.has(name) {
			return ErrTemplateExists
		}
		t, err := decodeTemplate([]byte(old), p)
		if err != nil {
			return err
		}
		t.Name = name
		nv, err := json.Marshal(t)
		if err != nil {
			return err
		}
		if err := r.put(name, nv); err != nil {
			return err
		}
		return r.del(old)
	})
	if err != nil {
		return fmt.Errorf("rename template %q to %q: %w", old, name, err)
	}
	db.forgetDamage(RecordTemplate, "", old)
	return nil
}
