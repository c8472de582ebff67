package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// tabPane holds the content of one of the reader's tabs and refreshes it
// only when the theme changed. The pane deck refreshes the pane it shows
// (ui/panedeck.go), as Fyne's AppTabs, the reader's tabs before partTabs,
// refreshed every tab's content at each change of tab; a refresh lays a
// whole part out again: returning to a tab already drawn cost 85 ms.
// What the reader changes in a tab (a new document, the status lines) it
// refreshes itself.
type tabPane struct {
	widget.BaseWidget
	content fyne.CanvasObject
	theme   fyne.Theme // the theme of the last refresh
}

func newTabPane(content fyne.CanvasObject) *tabPane {
	p := &tabPane{content: content}
	p.ExtendBaseWidget(p)
	return p
}

func (p *tabPane) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(p.content)
}

// Refresh draws the content again in a new theme (or zoom), once shown.
func (p *tabPane) Refresh() {
	th := fyne.CurrentApp().Settings().Theme()
	if !p.Visible() || th == p.theme {
		return
	}
	p.theme = th
	p.content.Refresh()
	p.BaseWidget.Refresh()
}
