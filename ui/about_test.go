package ui

import (
	"strings"
	"testing"
)

// The menu bar (macOS) holds an About item under the label Fyne moves into
// the application menu; it opens the About box: version, where the data
// are, nothing leaves the computer.
func TestAppMenuAbout(t *testing.T) {
	mw, db := newTestMainWindow(t, func(st *State) { st.UILang = "fr" })
	menu := NewAbout(mw.app, mw.win, func() string { return mw.State().UILang }, "1.2.3", db.Dir()).Menu()
	if len(menu.Items) != 1 || len(menu.Items[0].Items) != 1 || menu.Items[0].Items[0].Label != "About" {
		t.Fatalf("menu %+v", menu.Items)
	}
	menu.Items[0].Items[0].Action()
	shown := topText(mw.win)
	for _, want := range []string{"Social Tech Trainer Kit", "Version 1.2.3", db.Dir(), "hors ligne"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the About box lacks %q:\n%s", want, shown)
		}
	}
}
