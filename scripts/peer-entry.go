//go:build ignore

// peer-entry is the peer scripts/measure-editor.sh times the kit's editor
// against: a bare Fyne window of the same size with one multi-line entry,
// wrapping, on the left half, holding the block the script types into
// (module 20's toolbox, activity 1's list). A key costs there what Fyne
// itself costs to draw a key in a window of that size on that machine.
//
//	go run -tags no_emoji,no_animations scripts/peer-entry.go
package main

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

const block = "- **Durée :** 20 min\n" +
	"- **Taille du groupe :** 6 à 24 personnes, en sous-groupes de 3 ou 4\n" +
	"- **Matériel :** pour chaque sous-groupe, les 8 cartes métier, les 16 cartes mission et les 5 cartes " +
	"domaine DigComp ci-dessous, imprimées et découpées ; des notes autocollantes ; de la pâte adhésive et " +
	"un pan de mur ou une grande table"

func main() {
	a := app.NewWithID("org.socialtech.trainerkit.peer")
	w := a.NewWindow("Fyne peer")
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetText(block)
	w.SetContent(container.NewGridWithColumns(2, e, widget.NewLabel("")))
	w.Resize(fyne.NewSize(1600, 1000))
	go func() {
		time.Sleep(time.Second)
		fyne.Do(func() { w.Canvas().Focus(e) })
	}()
	w.ShowAndRun()
}
