package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/locales"
)

// previewDelay is how long the preview waits after the last key before it
// renders again, so that typing stays fluid on long parts. The Markdown is
// then parsed off the interface thread; the preview (a docList) builds and
// measures only the blocks in view, and keeps the heights of the blocks
// that did not change.
const previewDelay = 300 * time.Millisecond

// Editor edits one part of one module in one language: Markdown on the
// left, the reader's own rendering on the right. It takes the whole window
// while open, so nothing else changes under it; Save or Cancel give the
// window back.
type Editor struct {
	env
	key, lang, part string
	guide           string                                   // the module's guide in lang: the deck's plan rows
	what            string                                   // the part, as the question before quitting names it
	store           func(key, lang, part, text string) error // keeps the text

	blocks   *blockEditor // the Markdown, one entry per block
	preview  *docList
	shown    string // the text the preview renders
	rendered bool
	saved    string // the text as last saved (or opened)
	timer    *time.Timer
	closed   bool

	root   *editorRoot
	prev   fyne.CanvasObject // the window's content to give back
	prompt dialog.Dialog     // the question before losing changes, while shown
}

// editorRoot marks the window's content while the editor is open.
type editorRoot struct {
	widget.BaseWidget
	ed      *Editor
	content fyne.CanvasObject
}

func (r *editorRoot) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.content) }

// newEditor builds the editor on a part of m; store keeps the text on
// Save. The main window puts it in place of its content (MainWindow.EditPart).
func newEditor(e env, m *course.Module, lang, part string, store func(key, lang, part, text string) error) *Editor {
	tr := e.tr
	// saved has the editor's line ends, so that a part with Windows line
	// ends counts as changed only once the trainer changes it.
	ed := &Editor{env: e, key: m.Key(), lang: lang, part: part, guide: m.Text(lang, course.Guide), store: store, saved: plainLines(m.Text(lang, part))}
	ed.blocks = newBlockEditor(ed.saved, func(f fyne.Focusable) { ed.win.Canvas().Focus(f) })
	ed.blocks.onChanged = func() { ed.schedule(ed.blocks.Text()) }
	ed.blocks.onSave, ed.blocks.onCancel = ed.Save, ed.Cancel
	ed.preview = newDocList(nil, false)

	names := map[string]any{"Part": partLabel(tr, part), "Number": m.Number, "Module": m.TitleIn(lang), "Lang": languageNames[lang]}
	ed.what = tr.Tf("quit_unsaved_part", names)
	title := widget.NewLabelWithStyle(tr.Tf("custom_editor_title", names), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	hint := wrapped(editorHint(tr, part))
	hint.TextStyle.Italic = true
	cancel := widget.NewButtonWithIcon(tr.T("custom_cancel"), theme.CancelIcon(), ed.Cancel)
	save := widget.NewButtonWithIcon(tr.T("custom_save"), theme.DocumentSaveIcon(), func() { ed.Save() })
	save.Importance = widget.HighImportance
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(cancel, save), title)
	left := container.NewBorder(boldLabel(tr.T("custom_markdown")), nil, nil, nil, ed.blocks)
	right := container.NewBorder(boldLabel(tr.T("custom_preview")), nil, nil, nil, ed.preview)
	split := container.NewHSplit(left, right)
	content := container.NewBorder(container.NewPadded(container.NewVBox(bar, hint)), nil, nil, nil, container.NewPadded(split))
	ed.root = &editorRoot{ed: ed, content: content}
	ed.root.ExtendBaseWidget(ed.root)
	return ed
}

// editorHint is the line under the editor's title: the Markdown the part
// takes (the deck and the quiz have their own keys, docs/CONTENT.md).
func editorHint(tr *locales.Localizer, part string) string {
	switch part {
	case course.SlidesPart:
		return tr.T("present_editor_hint_slides")
	case course.QuizPart:
		return tr.T("present_editor_hint_quiz")
	}
	return tr.T("custom_editor_hint")
}

// open puts the editor in place of the window's content, which Save and
// Cancel give back.
func (ed *Editor) open() {
	ed.prev = ed.win.Content()
	ed.win.SetContent(ed.root)
	ed.flush() // now that the preview has its width
	ed.win.Canvas().Focus(ed.blocks.first())
}

// openEditor is the editor open in the window w, or nil.
func openEditor(w fyne.Window) *Editor {
	if r, ok := w.Content().(*editorRoot); ok {
		return r.ed
	}
	return nil
}

// Text is the text in the editor.
func (ed *Editor) Text() string { return ed.blocks.Text() }

// SetText replaces the whole text (a step Ctrl+Z takes back).
func (ed *Editor) SetText(text string) {
	ed.blocks.step(ed.blocks.focused, false, false)
	ed.blocks.load(text)
	ed.schedule(text)
}

// Entry is the entry with the keys (the first block's when none has
// them): where the trainer types.
func (ed *Editor) Entry() *blockEntry {
	if e := ed.blocks.focused; e != nil {
		return e
	}
	return ed.blocks.first()
}

// Preview is what the preview shows: the blocks in view.
func (ed *Editor) Preview() fyne.CanvasObject {
	return container.NewWithoutLayout(ed.preview.Objects()...)
}

// Changed reports unsaved changes.
func (ed *Editor) Changed() bool { return ed.Text() != ed.saved }

// schedule renders the preview of text once typing pauses: the text is
// parsed on the timer's goroutine, the blocks in view drawn on the
// interface thread, unless more keys came meanwhile.
func (ed *Editor) schedule(text string) {
	if ed.timer != nil {
		ed.timer.Stop()
	}
	tr, part, guide, lang := ed.tr, ed.part, ed.guide, ed.lang
	ed.timer = time.AfterFunc(previewDelay, func() {
		items := partItems(tr, part, text, guide, lang, "")
		fyne.Do(func() {
			if text == ed.Text() {
				ed.show(text, items)
			}
		})
	})
}

// flush renders the preview now if the text changed since it last did.
func (ed *Editor) flush() {
	text := ed.Text()
	if ed.closed || (ed.rendered && text == ed.shown) {
		return
	}
	ed.show(text, partItems(ed.tr, ed.part, text, ed.guide, ed.lang, ""))
}

// show puts the items of text in the preview, where it is scrolled.
func (ed *Editor) show(text string, items []docItem) {
	if ed.closed || (ed.rendered && text == ed.shown) {
		return
	}
	ed.shown, ed.rendered = text, true
	ed.preview.replace(items)
}

// Save stores the text (Ctrl+S) and gives the window back to the reader.
func (ed *Editor) Save() error {
	if ed.closed {
		return nil
	}
	text := ed.Text()
	if err := ed.store(ed.key, ed.lang, ed.part, text); err != nil {
		ed.showError("custom_error_save", err)
		return err
	}
	ed.saved = text
	ed.close()
	return nil
}

// Unsaved says, for the question before quitting, that the part holds
// changes not saved yet ("" when it holds none).
func (ed *Editor) Unsaved() string {
	if ed.closed || !ed.Changed() {
		return ""
	}
	return ed.what
}

// SaveWork saves the part when the trainer asks before quitting.
func (ed *Editor) SaveWork() bool { return ed.Save() == nil }

// Cancel leaves the editor (Escape), asking first when changes would be
// lost: keep editing (Escape), discard them, or save them (Enter, the
// highlighted button). Discarding is never the default: Enter in the
// question used to throw the trainer's work away.
func (ed *Editor) Cancel() {
	if ed.closed {
		return
	}
	if !ed.Changed() {
		ed.close()
		return
	}
	tr := ed.tr
	var d dialog.Dialog
	keepEditing := func() {
		d.Hide()
		ed.win.Canvas().Focus(ed.Entry())
	}
	save := func() {
		d.Hide()
		_ = ed.Save() // a failure is shown by Save, and the editor stays
	}
	keep := widget.NewButtonWithIcon(tr.T("custom_keep_editing"), theme.CancelIcon(), keepEditing)
	discard := widget.NewButtonWithIcon(tr.T("custom_discard"), theme.DeleteIcon(), func() { d.Hide(); ed.close() })
	discard.Importance = widget.DangerImportance
	saveBtn := widget.NewButtonWithIcon(tr.T("custom_save"), theme.DocumentSaveIcon(), save)
	saveBtn.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(tr.T("custom_discard_title"), container.NewBorder(nil,
		container.NewHBox(layout.NewSpacer(), keep, discard, saveBtn), nil, nil, wrapped(tr.T("custom_discard_message"))), ed.win)
	d.Resize(fyne.NewSize(560, 220))
	ed.prompt = d
	showDialogKeyed(ed.win, d, nil, save, keepEditing)
}

// close gives the window back, and takes away the question about losing
// changes if Ctrl+S saved them while it was asked.
func (ed *Editor) close() {
	ed.closed = true
	if ed.prompt != nil {
		ed.prompt.Hide()
	}
	if ed.timer != nil {
		ed.timer.Stop()
	}
	ed.win.SetContent(ed.prev)
}
