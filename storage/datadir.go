package storage

import (
	"os"
	"path/filepath"
)

// PortableFolder is the data folder of a portable kit: beside the program,
// so that the kit and the trainer's data travel together (a USB key, an
// office computer where nothing may be installed).
const PortableFolder = "trainerkit-data"

// portableMarkers are the names of the file that, put beside the program,
// makes the kit portable: "portable", or "portable.txt" as Notepad names a
// new text file on Windows, where extensions are hidden.
var portableMarkers = []string{"portable", "portable.txt"}

// portableDir is the data folder beside the program exe when a portable
// marker sits next to it.
func portableDir(exe string) (string, bool) {
	if exe == "" {
		return "", false
	}
	// A link to the program (a shortcut on Linux, Homebrew's bin) is not
	// where it lives: the marker sits beside the real file.
	if real, err := filepath.EvalSymlinks(exe); err == nil {
		exe = real
	}
	dir := filepath.Dir(exe)
	for _, m := range portableMarkers {
		if info, err := os.Stat(filepath.Join(dir, m)); err == nil && info.Mode().IsRegular() {
			return filepath.Join(dir, PortableFolder), true
		}
	}
	return "", false
}

// executable is the running program's path, "" when the system cannot say.
func executable() string {
	p, err := os.Executable()
	if err != nil {
		return ""
	}
	return p
}
