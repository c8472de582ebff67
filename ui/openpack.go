package ui

// OpenPack reads the pack at path and shows what importing it would add and
// replace, or why it cannot be read: what Packs › Import a pack… does once
// the file is chosen, and what the kit does when it is started on a
// .stkpack file (a double click on a pack, where the Windows installer has
// made the kit the program that opens them).
func (mw *MainWindow) OpenPack(path string) {
	pi, err := mw.ReadPack(path)
	if err != nil {
		mw.showPackReadError(err)
		return
	}
	mw.showImportPreview(pi)
}
