package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/locales"
)

// placeKeys are the kit's messages for the places Fyne's file dialog lists
// on its left (Home, Computer, Desktop…), which Fyne does not translate.
var placeKeys = map[string]string{
	"Home": "place_home", "Computer": "place_computer", "App Files": "place_app_files",
	"Desktop": "place_desktop", "Documents": "place_documents", "Downloads": "place_downloads",
	"Music": "place_music", "Pictures": "place_pictures", "Videos": "place_videos", "Movies": "place_movies",
}

// showFileDialog shows one of Fyne's file dialogs over e's window with
// its places in the interface language (its buttons and title come from
// Fyne's translations, locales.Fyne), and the kit's keys: Escape cancels,
// Enter presses Save or Open. Fyne's dialog has no keys of its own, and its
// name field swallows Escape, so the dialog opens with no field focused
// (the proposed name is already typed; a click in the field edits it).
func showFileDialog(e env, d *dialog.FileDialog) {
	var content fyne.CanvasObject
	showDialogKeyed(e.win, d, nil, func() { pressConfirm(content) }, d.Dismiss)
	if top, ok := e.win.Canvas().Overlays().Top().(*widget.PopUp); ok {
		content = top.Content
		translatePlaces(e.tr, content)
	}
}

// pressConfirm taps the file dialog's Save or Open button (its one button
// of high importance), unless it is disabled (Open with no file chosen).
func pressConfirm(content fyne.CanvasObject) {
	for _, b := range deepButtonsIn(content) {
		if b.Importance == widget.HighImportance && !b.Disabled() {
			b.OnTapped()
			return
		}
	}
}

// deepButtonsIn is every button inside o, through containers and the
// widgets that hold others (Fyne's file dialog nests its buttons in
// borders and a split).
func deepButtonsIn(o fyne.CanvasObject) []*widget.Button {
	var out []*widget.Button
	walkFields(o, func(c fyne.CanvasObject) {
		if b, ok := c.(*widget.Button); ok {
			out = append(out, b)
		}
	})
	return out
}

// translatePlaces finds the list of places in a file dialog's content and
// makes it name them in tr's language.
func translatePlaces(tr *locales.Localizer, content fyne.CanvasObject) {
	walkFields(content, func(o fyne.CanvasObject) {
		list, ok := o.(*widget.List)
		if !ok || list.UpdateItem == nil {
			return
		}
		update := list.UpdateItem
		list.UpdateItem = func(id widget.ListItemID, item fyne.CanvasObject) {
			update(id, item)
			if row, ok := item.(*fyne.Container); ok && len(row.Objects) == 2 {
				if l, ok := row.Objects[1].(*widget.Label); ok {
					if key, ok := placeKeys[l.Text]; ok {
						l.SetText(tr.T(key))
					}
				}
			}
		}
		list.Refresh()
	})
}
