package ui

import "github.com/socialtech/trainerkit/course/kit"

// OpenPack reads the pack at path and shows what importing it would add and
// replace, or why it cannot be read: what the kit does when it is started
// on a .stkpack file (a double click on a pack, where the Windows installer
// has made the kit the program that opens them). The app always has a
// data file, hence packs; only a window without one (a screenshot of the
// modules) has none, and nothing to import into.
func (mw *MainWindow) OpenPack(path string) {
	if mw.packs != nil {
		mw.packs.open(path)
	}
}

// open is Packs › Import a pack… once the file is chosen: read the pack,
// then show its preview or why it was refused.
func (p *Packs) open(path string) {
	var pi *kit.PackImport
	err := roomToWork(func() (err error) {
		pi, err = p.Read(path)
		return err
	})
	if err != nil {
		p.showReadError(err)
		return
	}
	p.showImportPreview(pi)
}
