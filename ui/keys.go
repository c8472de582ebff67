package ui

import (
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/kit"
	"github.com/socialtech/trainerkit/locales"
)

// keyHelp is one line of the keyboard help (F1): the keys, written with
// "Ctrl" (shown as Cmd on macOS), and the message saying what they do;
// keysMsg, if set, names keys that have a name in each language.
type keyHelp struct{ keys, what, keysMsg string }

// keyHelps are the kit's keys, as the help dialog lists them; the README's
// list says the same (TestReadmeListsTheKeys).
var keyHelps = []keyHelp{
	{"F1", "keys_help", ""},
	{"Ctrl+Shift+M", "keys_modules", ""},
	{"Ctrl+Shift+S", "keys_sessions", ""},
	{"↑ ↓", "keys_module", ""},
	{"Ctrl+1 … Ctrl+7", "keys_part", ""},
	{"Ctrl+L", "keys_language", ""},
	{"Ctrl+F, Ctrl+K", "keys_search", ""},
	{"Ctrl+E", "keys_edit", ""},
	{"Ctrl+S", "keys_save", ""},
	{"Ctrl+A, Shift+↑ ↓", "keys_editor", ""},
	{"Ctrl+P", "keys_print", ""},
	{"Ctrl+N", "keys_new_session", ""},
	{"Ctrl+ +, Ctrl+ −, Ctrl+0", "keys_zoom", ""},
	{"Enter, Escape", "keys_dialogs", "keys_enter_escape"},
	{"Ctrl+Q", "keys_quit", ""},
}

// windowCommands are the window's commands that have a key and no button
// of their own: the views, print, a new session, quit and the keyboard
// help.
type windowCommands struct{ mw *MainWindow }

// addKeys binds the commands' keys in the window.
func (k windowCommands) addKeys() {
	mw := k.mw
	c := mw.win.Canvas()
	mod := fyne.KeyModifierShortcutDefault
	on := func(k fyne.KeyName, m fyne.KeyModifier, fn func()) {
		c.AddShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: m}, func(fyne.Shortcut) { fn() })
	}
	on(fyne.KeyM, mod|fyne.KeyModifierShift, func() { mw.ShowView(viewModules) })
	on(fyne.KeyS, mod|fyne.KeyModifierShift, func() { mw.ShowView(viewSessions) })
	on(fyne.KeyP, mod, k.print)
	on(fyne.KeyN, mod, k.newSession)
	on(fyne.KeyQ, mod, k.quit)
	// F1 has no modifier: it reaches the window when no field has the focus.
	keys := c.OnTypedKey()
	c.SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == fyne.KeyF1 {
			k.showKeys()
			return
		}
		if keys != nil {
			keys(e)
		}
	})
}

// print opens the PDF export of what is shown: the module in the reader,
// the session in the sessions view.
func (k windowCommands) print() {
	mw := k.mw
	if mw.view == viewSessions {
		if mw.sessions != nil && mw.sessions.Editor() != nil {
			mw.sessions.Editor().print()
		}
		return
	}
	mw.reader.act.export()
}

// newSession shows the sessions and asks for a new one.
func (k windowCommands) newSession() {
	mw := k.mw
	if mw.sessions == nil {
		return
	}
	mw.ShowView(viewSessions)
	mw.sessions.showNew()
}

// quit closes the kit as closing its window does, after asking about the
// work not saved (MainWindow.RequestClose).
func (k windowCommands) quit() { k.mw.RequestClose(k.mw.app.Quit) }

// showKeys opens the keyboard help.
func (k windowCommands) showKeys() {
	mw := k.mw
	grid := container.New(layout.NewFormLayout())
	for _, h := range keyHelps {
		text := h.keys
		if h.keysMsg != "" {
			text = mw.tr.T(h.keysMsg)
		}
		keys := widget.NewLabelWithStyle(keyLabel(mw.tr, text), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		grid.Add(keys)
		grid.Add(widget.NewLabel(mw.tr.T(h.what)))
	}
	d := dialog.NewCustom(mw.tr.T("keys_title"), mw.tr.T("dialog_ok"), fitHeight(grid, mw.win), mw.win)
	showDialog(mw.win, d, nil)
}

// fitHeight scrolls content when it is taller than a dialog in the window
// can show (a small laptop screen at 150 %), and shows it whole otherwise.
func fitHeight(content fyne.CanvasObject, w fyne.Window) fyne.CanvasObject {
	room := w.Canvas().Size().Height - 200 // the dialog's title, button and margins
	size := content.MinSize()
	if room <= 0 || size.Height <= room {
		return content
	}
	s := container.NewVScroll(content)
	s.SetMinSize(fyne.NewSize(size.Width, room))
	return s
}

// keyLabel writes keys for this system and language: Shift as the
// language names it (Maj, Maiusc, Mayús), Cmd for Ctrl on macOS.
func keyLabel(tr *locales.Localizer, keys string) string {
	keys = strings.ReplaceAll(keys, "Shift", tr.T("keys_shift"))
	if runtime.GOOS == "darwin" {
		return strings.ReplaceAll(keys, "Ctrl", "Cmd")
	}
	return keys
}

// print opens the PDF export of the session.
func (e *SessionEditor) print() {
	showExportSession(e.env, e.s, func(path string, doc kit.Doc, p kit.Print) (kit.ExportReport, error) {
		org, err := e.store.Org()
		if err != nil {
			return kit.ExportReport{}, err
		}
		p.Org = &org
		return kit.ExportSession(path, doc, e.lib, e.store, e.s.ID, p)
	})
}

// unsaved is the work not saved yet in the window's screens: the part being
// edited, the session open.
func (k windowCommands) unsaved() []unsavedWork {
	mw := k.mw
	var screens []unsavedWork
	if ed := mw.OpenEditor(); ed != nil {
		screens = append(screens, ed)
	}
	if mw.sessions != nil && mw.sessions.Editor() != nil {
		screens = append(screens, mw.sessions.Editor())
	}
	var out []unsavedWork
	for _, s := range screens {
		if s.Unsaved() != "" {
			out = append(out, s)
		}
	}
	return out
}

// close closes the kit with close once the trainer answered about the
// work not saved (MainWindow.RequestClose).
func (k windowCommands) close(close func()) {
	mw := k.mw
	if mw.closeAsk != nil {
		return // already asked
	}
	work := k.unsaved()
	if len(work) == 0 {
		mw.SaveSize()
		close()
		return
	}
	tr := mw.tr
	lines := []string{tr.Tn("quit_unsaved_message", len(work), nil)}
	for _, w := range work {
		lines = append(lines, "• "+w.Unsaved())
	}
	var d dialog.Dialog
	answered := func() { mw.closeAsk = nil; d.Hide() }
	stay := answered
	saveAndQuit := func() {
		answered()
		for _, w := range work {
			if !w.SaveWork() {
				return // the screen says why; the kit stays open
			}
		}
		mw.SaveSize()
		close()
	}
	keep := widget.NewButtonWithIcon(tr.T("custom_keep_editing"), theme.CancelIcon(), stay)
	discard := widget.NewButtonWithIcon(tr.T("quit_discard"), theme.DeleteIcon(), func() {
		answered()
		mw.SaveSize()
		close()
	})
	discard.Importance = widget.DangerImportance
	save := widget.NewButtonWithIcon(tr.T("quit_save"), theme.DocumentSaveIcon(), saveAndQuit)
	save.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(tr.T("quit_unsaved_title"), container.NewBorder(nil,
		container.NewHBox(layout.NewSpacer(), keep, discard, save), nil, nil, wrapped(strings.Join(lines, "\n"))), mw.win)
	d.Resize(fyne.NewSize(600, 240))
	mw.closeAsk = d
	showDialogKeyed(mw.win, d, nil, saveAndQuit, stay)
}
