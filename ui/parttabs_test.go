package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

var frenchParts = []string{"Théorie", "Cas pratique", "Boîte à outils", "Modèle de référence",
	"Guide du formateur", "Diaporama", "Quiz"}

// newTestTabs is a row of the French part names in a window w wide,
// with the tabs chosen in turn recorded.
func newTestTabs(t *testing.T, w float32) (*partTabs, *[]int, fyne.Canvas) {
	test.NewTempApp(t)
	var chosen []int
	tabs := newPartTabs(frenchParts, func(i int) { chosen = append(chosen, i) })
	win := test.NewTempWindow(t, tabs)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(w, 60))
	return tabs, &chosen, win.Canvas()
}

// A click on a tab chooses it once: its name in the accent colour, the
// underline under it, the callback told; a click on the chosen tab does
// nothing.
func TestPartTabsClick(t *testing.T) {
	tabs, chosen, c := newTestTabs(t, 1000)
	test.AssertRendersToMarkup(t, "parttabs/first.xml", c)
	test.Tap(tabs.tabs[2])
	test.Tap(tabs.tabs[2])
	if len(*chosen) != 1 || (*chosen)[0] != 2 || tabs.Selected() != 2 {
		t.Fatalf("after two clicks on tab 2: told %v, selected %d", *chosen, tabs.Selected())
	}
	if x := tabs.indicator.Position().X; x != tabs.tabs[2].Position().X || tabs.indicator.Size().Width != tabs.tabs[2].Size().Width {
		t.Errorf("underline at %v, %v; tab 2 at %v, %v", x, tabs.indicator.Size(), tabs.tabs[2].Position(), tabs.tabs[2].Size())
	}
	test.AssertRendersToMarkup(t, "parttabs/third_chosen.xml", c)
}

// Selecting in code (a shortcut, a search result) tells the callback too,
// as a click does.
func TestPartTabsSelectInCode(t *testing.T) {
	tabs, chosen, _ := newTestTabs(t, 1000)
	tabs.selectTab(4)
	tabs.selectTab(4)
	tabs.selectTab(9) // no such tab
	if len(*chosen) != 1 || (*chosen)[0] != 4 {
		t.Errorf("told %v", *chosen)
	}
}

// The pencil shows on a customised part, in the accent colour on the
// chosen tab, and widens that tab; the row keeps its height.
func TestPartTabsPencil(t *testing.T) {
	tabs, _, c := newTestTabs(t, 1000)
	h, w := tabs.MinSize().Height, tabs.tabs[1].Size().Width
	tabs.mark(0, true)
	tabs.mark(1, true)
	if !tabs.marked(0) || !tabs.marked(1) || tabs.marked(2) {
		t.Fatal("marks not kept")
	}
	if tabs.MinSize().Height != h || tabs.tabs[1].Size().Width <= w {
		t.Errorf("height %v (was %v), tab 1 %v wide (was %v)", tabs.MinSize().Height, h, tabs.tabs[1].Size().Width, w)
	}
	test.AssertRendersToMarkup(t, "parttabs/pencils.xml", c)
	tabs.mark(0, false)
	if tabs.marked(0) {
		t.Error("mark not taken off")
	}
}

// The mouse over a tab lights its background, as over a button.
func TestPartTabsHover(t *testing.T) {
	tabs, _, c := newTestTabs(t, 1000)
	tabs.tabs[3].MouseIn(&desktop.MouseEvent{})
	test.AssertRendersToMarkup(t, "parttabs/hover.xml", c)
	tabs.tabs[3].MouseOut()
	if r := test.WidgetRenderer(tabs.tabs[3]).(*partTabRenderer); r.background.Visible() {
		t.Error("background still lit after the mouse left")
	}
}

// In a narrow window every tab stays in the row, the longest names cut
// with "…", the short ones and the chosen one whole.
func TestPartTabsNarrow(t *testing.T) {
	tabs, _, c := newTestTabs(t, 520)
	last := tabs.tabs[len(tabs.tabs)-1]
	if end := last.Position().X + last.Size().Width; end > 520 {
		t.Errorf("the last tab ends at %v in a row 520 wide", end)
	}
	shown := func(i int) string { return test.WidgetRenderer(tabs.tabs[i]).(*partTabRenderer).label.Text }
	if s := shown(3); !strings.HasSuffix(s, "…") || !strings.HasPrefix("Modèle de référence", strings.TrimSuffix(s, "…")) {
		t.Errorf("tab 3 shows %q", s)
	}
	if s := shown(6); s != "Quiz" {
		t.Errorf("tab 6 shows %q", s)
	}
	test.AssertRendersToMarkup(t, "parttabs/narrow.xml", c)
	// The chosen part's name is whole, the others cut to make room.
	test.Tap(tabs.tabs[3])
	if s := shown(3); s != "Modèle de référence" {
		t.Errorf("chosen tab 3 shows %q", s)
	}
	if end := last.Position().X + last.Size().Width; end > 520 {
		t.Errorf("with tab 3 chosen, the last tab ends at %v", end)
	}
	if x := tabs.indicator.Position().X; x != tabs.tabs[3].Position().X {
		t.Errorf("underline at %v, tab 3 at %v", x, tabs.tabs[3].Position().X)
	}
	test.AssertRendersToMarkup(t, "parttabs/narrow_chosen.xml", c)
}

// fitWidths keeps natural widths that fit, caps the widest ones to fill
// the room exactly, and never goes under a tab's least width.
func TestFitWidths(t *testing.T) {
	natural := []float32{50, 200, 100, 300}
	least := []float32{20, 20, 20, 20}
	sum := func(ws []float32) (s float32) {
		for _, w := range ws {
			s += w
		}
		return s
	}
	if got := fitWidths(natural, least, 700); sum(got) != 650 || got[3] != 300 {
		t.Errorf("room for all: %v", got)
	}
	got := fitWidths(natural, least, 450)
	if got[0] != 50 || got[2] != 100 || got[1] != got[3] || sum(got) < 449.9 || sum(got) > 450.1 {
		t.Errorf("450: %v", got)
	}
	if got := fitWidths(natural, least, 10); got[0] != 20 || got[3] != 20 {
		t.Errorf("too narrow: %v", got)
	}
}

// fitText cuts a name to the room given, keeping as many letters as fit.
func TestFitText(t *testing.T) {
	measure := func(s string) float32 { return float32(len([]rune(s))) * 10 }
	for _, c := range []struct {
		room float32
		want string
		name string // "Diaporama" when empty
	}{{200, "Diaporama", ""}, {90, "Diaporama", ""}, {50, "Diap…", ""}, {10, "D…", ""},
		{70, "Boîte…", "Boîte à outils"}} {
		name := c.name
		if name == "" {
			name = "Diaporama"
		}
		if got := fitText(name, c.room, measure); got != c.want {
			t.Errorf("room %v: %q, want %q", c.room, got, c.want)
		}
	}
}
