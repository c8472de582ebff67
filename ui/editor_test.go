package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
)

func TestEditorPreviewFollowsTyping(t *testing.T) {
	mw, _ := newCustomWindow(t)
	ed := mw.EditPart()
	if ed == nil || mw.OpenEditor() != ed {
		t.Fatal("Edit did not open the editor in the window")
	}
	if !strings.Contains(allText(ed.Preview()), firstLine(mw.current().Text("en", course.Theory))) {
		t.Error("the preview does not start with the part's text")
	}
	ed.SetText("")
	typeText(ed, "# Welcome, cooperators\n\nA **short** start.")
	if strings.Contains(allText(ed.Preview()), "Welcome, cooperators") {
		t.Error("the preview rendered before typing paused")
	}
	ed.flush() // what the pause timer does
	got := allText(ed.Preview())
	if !strings.Contains(got, "Welcome, cooperators") || !strings.Contains(got, "short") {
		t.Errorf("the preview does not show the typed text: %q", got)
	}
	before := ed.preview.Objects()
	ed.flush()
	if after := ed.preview.Objects(); len(after) == 0 || after[0] != before[0] {
		t.Error("the preview rendered again although the text did not change")
	}
}

func TestEditorSaveShowsTextAndBadge(t *testing.T) {
	mw, db := newCustomWindow(t)
	orig := mw.current().Text("en", course.Theory)
	ed := mw.EditPart()
	ed.SetText("# My own theory\n\nFor our cooperative.\n")
	// Ctrl+S in the entry saves, as in a real window.
	ed.Entry().TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault})
	if mw.OpenEditor() != nil {
		t.Fatal("the editor is still open after saving")
	}
	o := storedOverlay(t, db, course.Theory)
	if o == nil || !o.Edited || o.Text != "# My own theory\n\nFor our cooperative.\n" {
		t.Fatalf("stored overlay %+v", o)
	}
	if o.BaseHash != course.Hash(orig) || o.BaseText != orig {
		t.Error("the overlay does not record the original it started from")
	}
	if got := firstHeading(mw); got != "My own theory" {
		t.Errorf("the reader shows %q", got)
	}
	if !mw.reader.tabs.marked(0) {
		t.Error("the customised tab has no mark")
	}
	if mw.reader.tabs.marked(1) {
		t.Error("a part not customised has the mark")
	}
	if !strings.Contains(allText(mw.reader.status[course.Theory]), "Customised by you") {
		t.Error("no 'Customised by you' line above the part")
	}
	// The original stays at hand.
	if mw.current().OriginalText("en", course.Theory) != orig {
		t.Error("the original was lost")
	}
}

func TestEditorSavingTheOriginalRemovesTheEdit(t *testing.T) {
	mw, db := newCustomWindow(t)
	ed := mw.EditPart()
	orig := ed.Text()
	ed.SetText(orig + "\nOne more line.\n")
	if err := ed.Save(); err != nil {
		t.Fatal(err)
	}
	ed = mw.EditPart()
	ed.SetText(orig)
	if err := ed.Save(); err != nil {
		t.Fatal(err)
	}
	if o := storedOverlay(t, db, course.Theory); o != nil {
		t.Errorf("an overlay is left after saving the original text: %+v", o)
	}
	if mw.current().Customised("en", course.Theory) {
		t.Error("the part still counts as customised")
	}
}

func TestEditorCancel(t *testing.T) {
	mw, db := newCustomWindow(t)
	reader := mw.win.Content()
	ed := mw.EditPart()
	ed.Entry().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if mw.OpenEditor() != nil || mw.win.Content() != reader {
		t.Fatal("Escape without changes did not give the window back")
	}
	ed = mw.EditPart()
	typeText(ed, "Draft ")
	ed.Entry().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if mw.OpenEditor() != ed {
		t.Fatal("Escape with changes closed the editor without asking")
	}
	if mw.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no question before losing the changes")
	}
	if storedOverlay(t, db, course.Theory) != nil {
		t.Error("cancelling saved something")
	}
	// Ctrl+S while the question is asked saves, and the question goes.
	mw.win.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault})
	if mw.OpenEditor() != nil || storedOverlay(t, db, course.Theory) == nil {
		t.Fatal("Ctrl+S over the question did not save")
	}
	if mw.win.Canvas().Overlays().Top() != nil {
		t.Error("the question about losing changes stays over the reader")
	}
}

func TestEditShortcutAndNoStore(t *testing.T) {
	mw, _ := newCustomWindow(t)
	mw.win.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault})
	ed := mw.OpenEditor()
	if ed == nil {
		t.Fatal("Ctrl+E did not open the editor")
	}
	ed.SetText("# Saved from the window\n")
	mw.win.Canvas().Unfocus()
	mw.win.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault})
	if mw.OpenEditor() != nil || firstHeading(mw) != "Saved from the window" {
		t.Error("Ctrl+S outside the entry did not save")
	}

	plain, _, _ := newTestWindow(t, defaultState()) // no data file
	if !plain.reader.edit.Disabled() || !plain.reader.more.Disabled() {
		t.Error("edit actions are enabled without a data file")
	}
	if plain.EditPart() != nil {
		t.Error("the editor opened with nowhere to save")
	}
}

func TestEditOwnModule(t *testing.T) {
	mw, db := newCustomWindow(t)
	own := course.NewOwnModule(mw.lib.NextOwnNumber(), "en", "Our fundraising")
	if err := db.SaveOwnModule(own); err != nil {
		t.Fatal(err)
	}
	mw.lib.Replace(course.Customise(own, nil))
	mw.SelectModule(own.Number)
	ed := mw.EditPart()
	ed.SetText("# Crowdfunding\n\nStart small.\n")
	if err := ed.Save(); err != nil {
		t.Fatal(err)
	}
	stored, err := db.OwnModules()
	if err != nil || len(stored) != 1 {
		t.Fatalf("own modules %v, %v", stored, err)
	}
	if got := stored[0].Text("en", course.Theory); got != "# Crowdfunding\n\nStart small.\n" {
		t.Errorf("stored text %q", got)
	}
	if firstHeading(mw) != "Crowdfunding" || mw.current().Customised("en", course.Theory) {
		t.Error("the own module's text is not shown as its own")
	}
}

// With the focus outside the text box, Escape still leaves the editor and
// the arrows do not change the module hidden under it.
func TestEditorKeysWithoutFocus(t *testing.T) {
	mw, _ := newCustomWindow(t)
	reader := mw.win.Content()
	ed := mw.EditPart()
	module := mw.st.Module
	mw.win.Canvas().Unfocus()
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if mw.st.Module != module || mw.OpenEditor() != ed {
		t.Fatal("an arrow over the editor changed the module")
	}
	mw.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if mw.OpenEditor() != nil || mw.win.Content() != reader {
		t.Fatal("Escape outside the text box did not leave the editor")
	}
}

// Accented text typed in the editor is saved as typed.
func TestEditorKeepsAccents(t *testing.T) {
	mw, db := newCustomWindow(t)
	ed := mw.EditPart()
	ed.SetText("")
	typeText(ed, "Épiceries solidaires : à Lyon, ça marche ; ¿Qué? ñ ü")
	if err := ed.Save(); err != nil {
		t.Fatal(err)
	}
	o := storedOverlay(t, db, course.Theory)
	if o == nil || o.Text != "Épiceries solidaires : à Lyon, ça marche ; ¿Qué? ñ ü" {
		t.Fatalf("saved %+v", o)
	}
}

// typeText types s where the keys go, as the window sends them: a line
// break is the Return key.
func typeText(ed *Editor, s string) {
	for _, r := range s {
		if r == '\n' {
			ed.Entry().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			continue
		}
		ed.Entry().TypedRune(r)
	}
}

// Opened and saved without a change, every part of the module is stored as
// it was: no overlay (the blocks reassemble the text to the byte).
func TestEditorSavesAnUntouchedPartAsItWas(t *testing.T) {
	mw, db := newCustomWindow(t)
	for _, part := range course.AllParts {
		mw.st.Part = part
		ed := mw.EditPart()
		if ed == nil {
			t.Fatalf("no editor on %s", part)
		}
		if ed.Changed() || ed.Text() != mw.current().Text("en", part) {
			t.Fatalf("%s: the editor's text differs from the part's", part)
		}
		if err := ed.Save(); err != nil {
			t.Fatal(err)
		}
		if o := storedOverlay(t, db, part); o != nil {
			t.Errorf("%s: saving the untouched text stored an overlay", part)
		}
	}
}

// A part with Windows line ends (written in a Windows editor, brought in by
// a pack) opens with plain ones: no \r left in a block beside the line
// ends typed after it, and untouched it counts as unchanged.
func TestEditorOpensWindowsLineEndsPlain(t *testing.T) {
	key := testLib(t).Module(1).Key()
	crlf := "# Our theory\r\n\r\nFirst line\r\nsecond line.\r\n\r\n- one\r\n- two\r\n"
	mw, db := newCustomWindow(t, course.Overlay{Module: key, Lang: "en", Part: course.Theory, Edited: true, Text: crlf})
	ed := mw.EditPart()
	if ed.Changed() {
		t.Error("the untouched part counts as changed")
	}
	if strings.Contains(ed.Text(), "\r") {
		t.Fatalf("the editor kept the \\r: %q", ed.Text())
	}
	ed.Entry().TypedRune('!')
	if err := ed.Save(); err != nil {
		t.Fatal(err)
	}
	want := "!# Our theory\n\nFirst line\nsecond line.\n\n- one\n- two\n"
	if o := storedOverlay(t, db, course.Theory); o == nil || o.Text != want {
		t.Fatalf("stored %+v, want the text %q", o, want)
	}
}

// Leaving the editor with changes: Enter in the question saves them and
// Escape goes on editing; discarding is a button of its own, marked as
// dangerous, never the default.
func TestEditorLeaveQuestionKeepsWorkByDefault(t *testing.T) {
	mw, db := newCustomWindow(t)
	ed := mw.EditPart()
	typeText(ed, "Draft ")
	ed.Entry().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	top := mw.win.Canvas().Overlays().Top()
	for _, b := range deepButtons(top) {
		if b.Text == mw.tr.T("custom_discard") && b.Importance != widget.DangerImportance {
			t.Errorf("the discard button's importance is %v", b.Importance)
		}
		if b.Importance == widget.HighImportance && b.Text != mw.tr.T("custom_save") {
			t.Errorf("the highlighted button is %q", b.Text)
		}
	}
	mw.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if mw.OpenEditor() != ed || mw.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape in the question did not go back to editing")
	}
	ed.Entry().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	mw.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if mw.OpenEditor() != nil || storedOverlay(t, db, course.Theory) == nil {
		t.Fatal("Enter in the question threw the changes away")
	}
	// Discard remains, on its own button.
	ed = mw.EditPart()
	typeText(ed, "Second draft ")
	ed.Entry().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	tapInTopOverlay(t, mw.win, mw.tr.T("custom_discard"))
	if mw.OpenEditor() != nil || strings.Contains(storedOverlay(t, db, course.Theory).Text, "Second draft") {
		t.Error("Discard did not leave the editor without saving")
	}
}

// Ctrl+Q typed in the editor's text reaches the window, which asks about
// the changes (the entry kept the key: nothing happened).
func TestEditorCtrlQAsks(t *testing.T) {
	mw, _ := newCustomWindow(t)
	ed := mw.EditPart()
	typeText(ed, "Draft ")
	ed.Entry().TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault})
	if !strings.Contains(topText(mw.win), mw.tr.T("quit_unsaved_title")) {
		t.Fatalf("Ctrl+Q in the editor shows %q", topText(mw.win))
	}
}
