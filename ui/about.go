package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/locales"
)

// aboutLabel is the label of the About item: Fyne moves a menu item of
// exactly this label into macOS's application menu, in place of the
// system's "About <app>", whose title macOS shows (the label itself is
// never seen).
const aboutLabel = "About"

// About is the kit's About box (name, version, where the trainer's data
// are, nothing leaves the computer) and, on macOS, the menu bar that opens
// it. Windows and Linux have no menu bar: the toolbar does it all.
type About struct {
	app     fyne.App
	win     fyne.Window
	uiLang  func() string // the interface language when the box opens
	version string
	dataDir string // "" when the kit has no data file, as in screenshots
}

// NewAbout is the About box of the kit at version, whose data are in
// dataDir, shown over win in the language uiLang gives (the main window's:
// MainWindow.State().UILang).
func NewAbout(a fyne.App, win fyne.Window, uiLang func() string, version, dataDir string) *About {
	return &About{app: a, win: win, uiLang: uiLang, version: version, dataDir: dataDir}
}

// Menu is the kit's menu bar on macOS: its About item, which Fyne puts in
// the application menu (the system's Quit, ⌘Q, is already there and closes
// the window as its close button does, so the window's size is kept).
func (ab *About) Menu() *fyne.MainMenu {
	tr := locales.New(ab.uiLang())
	return fyne.NewMainMenu(fyne.NewMenu(tr.T("app_name"), fyne.NewMenuItem(aboutLabel, func() { ab.Show() })))
}

// Show opens the About box.
func (ab *About) Show() dialog.Dialog {
	tr := locales.New(ab.uiLang())
	title := widget.NewLabelWithStyle(tr.T("app_name"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	box := container.NewVBox(title, widget.NewLabel(tr.Tf("about_version", map[string]any{"Version": ab.version})),
		wrapped(tr.T("about_offline")))
	if ab.dataDir != "" {
		dir := widget.NewLabel(ab.dataDir)
		dir.Selectable = true
		dir.Wrapping = fyne.TextWrapBreak
		box.Add(widget.NewLabel(tr.T("about_data")))
		box.Add(dir)
	}
	d := dialog.NewCustom(tr.T("about_title"), tr.T("safety_close"), box, ab.win)
	d.Resize(fyne.NewSize(480, 0))
	showDialog(ab.win, d, nil)
	return d
}
