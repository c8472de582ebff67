package ui

import (
	"strings"
	"testing"
)

func TestFilterByDigComp(t *testing.T) {
	mw, _, _ := newTestWindow(t, defaultState())
	for i, o := range mw.filter.Options {
		if strings.HasPrefix(strings.TrimSpace(o), "4.4 ") {
			mw.filter.SetSelectedIndex(i)
		}
	}
	if len(mw.list.shown) == 0 {
		t.Fatal("no module for 4.4")
	}
	for _, m := range mw.list.shown {
		if !strings.Contains(strings.Join(m.DigComp, ","), "4.4") {
			t.Errorf("module %d shown for 4.4", m.Number)
		}
	}
	mw.filter.SetSelectedIndex(0)
	if len(mw.list.shown) != len(mw.lib.Modules) {
		t.Error("'all' does not show every module")
	}
}
