package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// aboutLabel is the label of the About item: Fyne moves a menu item of
// exactly this label into macOS's application menu, in place of the
// system's "About <app>", whose title macOS shows (the label itself is
// never seen).
const aboutLabel = "About"

// AboutDialog tells the kit's name and version, where the trainer's data
// are, and that nothing leaves the computer.
type AboutDialog struct {
	dlg     dialog.Dialog
	content *fyne.Container
}

// NewAboutDialog builds the About box of the kit at version, whose data are
// in dataDir ("" when it has no data file, as in screenshots).
func (mw *MainWindow) NewAboutDialog(version, dataDir string) *AboutDialog {
	tr := mw.tr
	title := widget.NewLabelWithStyle(tr.T("app_name"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	box := container.NewVBox(title, widget.NewLabel(tr.Tf("about_version", map[string]any{"Version": version})),
		wrapped(tr.T("about_offline")))
	if dataDir != "" {
		dir := widget.NewLabel(dataDir)
		dir.Selectable = true
		dir.Wrapping = fyne.TextWrapBreak
		box.Add(widget.NewLabel(tr.T("about_data")))
		box.Add(dir)
	}
	d := dialog.NewCustom(tr.T("about_title"), tr.T("safety_close"), box, mw.win)
	d.Resize(fyne.NewSize(480, 0))
	return &AboutDialog{dlg: d, content: box}
}

// Show opens the dialog.
func (a *AboutDialog) Show() { a.dlg.Show() }

// AppMenu is the kit's menu bar on macOS: its About item, which Fyne puts in
// the application menu (the system's Quit, ⌘Q, is already there and closes
// the window as its close button does, so the window's size is kept).
// Windows and Linux have no menu bar: the toolbar does it all.
func (mw *MainWindow) AppMenu(version, dataDir string) *fyne.MainMenu {
	about := fyne.NewMenuItem(aboutLabel, func() { mw.NewAboutDialog(version, dataDir).Show() })
	return fyne.NewMainMenu(fyne.NewMenu(mw.tr.T("app_name"), about))
}
