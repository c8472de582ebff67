package ui

import (
	"fmt"
	"os"

	"github.com/socialtech/trainerkit/course/kit"
)

// explain is what the error dialogs show: what failed (the message key),
// then why, in plain words (kit.ErrorText).
func (mw *MainWindow) explain(key string, err error) error {
	return fmt.Errorf("%s\n\n%s", mw.tr.T(key), kit.ErrorText(mw.tr, err))
}

// discardEmpty removes the empty file a save dialog created at path when
// writing it failed, so that a failure leaves no file behind. A file with
// content is never touched.
func discardEmpty(path string) {
	if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() && info.Size() == 0 {
		os.Remove(path)
	}
}
