//go:build windows

package ui

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/sys/windows/registry"
)

// wineSafeTempDir is t.TempDir emptied file by file: these tests also run
// under Wine (scripts/windows-wine-test.sh), whose Wine 8 lacks the call
// os.RemoveAll makes on Windows (FileDispositionInformationEx), which would
// fail t.TempDir's clean-up.
func wineSafeTempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "trainerkit-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { removeTree(dir) })
	return dir
}

func removeTree(dir string) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if e.IsDir() {
			removeTree(p)
		} else {
			os.Remove(p)
		}
	}
	os.Remove(dir)
}

// associate makes files ending in ext open with command, as an installer
// does for one user (HKCU\Software\Classes), until the test ends. Wine
// does not read the user's classes, only the machine's: there the key goes
// under HKEY_CLASSES_ROOT too.
func associate(t *testing.T, ext, command string) {
	t.Helper()
	progID := "TrainerKit.OpenFileTest"
	keys := []string{ext, progID + `\shell\open\command`, progID + `\shell\open`, progID + `\shell`, progID}
	set := func(root registry.Key, prefix string) {
		for _, kv := range [][2]string{{ext, progID}, {progID + `\shell\open\command`, command}} {
			k, _, err := registry.CreateKey(root, prefix+kv[0], registry.SET_VALUE)
			if err != nil {
				t.Fatal(err)
			}
			err = k.SetStringValue("", kv[1])
			k.Close()
			if err != nil {
				t.Fatal(err)
			}
		}
		t.Cleanup(func() {
			for _, p := range keys {
				_ = registry.DeleteKey(root, prefix+p)
			}
		})
	}
	set(registry.CURRENT_USER, `Software\Classes\`)
	if k, err := registry.OpenKey(registry.CLASSES_ROOT, ext, registry.QUERY_VALUE); err == nil {
		k.Close()
		return
	}
	set(registry.CLASSES_ROOT, "")
}

// Windows opens the file with the program associated with its extension,
// and that program gets the whole path: drive letter, backslashes, spaces,
// accents, and letters outside the system's code page.
func TestOpenFileUsesAssociation(t *testing.T) {
	dir := filepath.Join(wineSafeTempDir(t), "Séances de Łódź")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(dir, "Livret – Café n°2.trainerkittest")
	if err := os.WriteFile(src, []byte("opened by the association"), 0o644); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(wineSafeTempDir(t), "copy.txt")
	cmd := os.Getenv("ComSpec")
	if cmd == "" {
		cmd = `C:\Windows\System32\cmd.exe`
	}
	associate(t, ".trainerkittest", `"`+cmd+`" /c copy /y "%1" "`+dst+`"`)
	if err := openFile(src); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if b, err := os.ReadFile(dst); err == nil && string(b) == "opened by the association" {
			return
		}
	}
	t.Fatalf("the associated program never received %s", src)
}
