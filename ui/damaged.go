package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course/datafile"
	"github.com/socialtech/trainerkit/course/kit"
)

// DamageRepairer is what the notice of damaged records needs from the data
// file; storage.DB implements it.
type DamageRepairer interface {
	// Damaged lists the records that could not be read (left out of every
	// list, the rest reading as usual).
	Damaged() []datafile.DamagedRecord
	// Repair removes them, keeping the file as it was aside.
	Repair() (removed []datafile.DamagedRecord, aside string, err error)
}

// ShowDamaged says, after the data file of mw opened, which records could
// not be read, and offers to remove them; nothing when none is damaged.
// (A function, not a method: the main window keeps few methods.)
func ShowDamaged(mw *MainWindow, r DamageRepairer) { showDamaged(mw.env, r, mw.reloadLibrary) }

// showDamaged tells the trainer, after the data file opened, what could
// not be read and that the rest is intact, and offers to remove what
// cannot be read (off the interface thread: the file is rewritten); after
// a repair, repaired shows the data again (participants whose session was
// lost come back under a recovered session). Nothing is shown when nothing
// is damaged.
func showDamaged(e env, r DamageRepairer, repaired func()) dialog.Dialog {
	damaged := r.Damaged()
	if len(damaged) == 0 {
		return nil
	}
	text := wrapped(kit.DamagedText(e.tr, damaged))
	var d *dialog.CustomDialog
	repair := widget.NewButtonWithIcon(e.tr.T(kit.MsgRepair), theme.DeleteIcon(), func() {
		d.Hide()
		repairDamaged(e, r, repaired)
	})
	closeBtn := widget.NewButton(e.tr.T("safety_close"), func() { d.Hide() })
	closeBtn.Importance = widget.HighImportance
	body := container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(theme.WarningIcon())), nil, text)
	d = dialog.NewCustomWithoutButtons(e.tr.T("safety_damaged_title"), body, e.win)
	d.SetButtons([]fyne.CanvasObject{repair, closeBtn})
	d.Resize(fyne.NewSize(620, 320))
	showDialog(e.win, d, nil)
	return d
}

// repairDamaged runs the repair behind a busy dialog, then says how many
// records went and where the file as it was is kept.
func repairDamaged(e env, r DamageRepairer, repaired func()) {
	var removed []datafile.DamagedRecord
	var aside string
	runBusy(e, e.tr.T(kit.MsgRepair)+"…", func(func(int, int), func(string)) error {
		var err error
		removed, aside, err = r.Repair()
		return err
	}, func(err error) {
		if err != nil {
			e.showError("safety_repair_failed", err)
			return
		}
		repaired()
		showInformation(e.tr.T("safety_damaged_title"), kit.RepairedText(e.tr, len(removed), aside), e.win)
	})
}
