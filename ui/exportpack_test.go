package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestExportSectionCheckFollowsItsRows(t *testing.T) {
	a := test.NewTempApp(t)
	mw, _ := newPackWindow(t, a)
	for _, title := range []string{"Un", "Deux"} {
		if _, err := mw.own.Create(frSpec(title, "fr")); err != nil {
			t.Fatal(err)
		}
	}
	f, content, err := mw.packs.newExportForm()
	if err != nil {
		t.Fatal(err)
	}
	// The modules section's heading check is the one before the two rows.
	var all *widget.Check
	for _, c := range collect[*widget.Check](content) {
		if c == f.modules[0].check {
			break
		}
		if c.Text == "" {
			all = c
		}
	}
	test.Tap(all)
	if !f.modules[0].check.Checked || !f.modules[1].check.Checked {
		t.Error("ticking the heading did not tick its rows")
	}
	test.Tap(f.modules[1].check)
	if all.Checked || !f.modules[0].check.Checked {
		t.Errorf("after unticking one row: heading %v, other row %v", all.Checked, f.modules[0].check.Checked)
	}
	test.Tap(f.modules[1].check)
	if !all.Checked {
		t.Error("every row ticked but not the heading")
	}
}
