//go:build !linux

package datafile

import (
	"errors"
	"os"
)

// openUnnamed: files without a name are a Linux feature; elsewhere
// temporary files are named, and removed on every failure path.
func openUnnamed(dir string) (*os.File, error) { return nil, errors.ErrUnsupported }

func linkUnnamed(f *os.File, to string) error { return errors.ErrUnsupported }
