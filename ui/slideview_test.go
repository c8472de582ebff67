package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/slides"
)

// The measurer that fits slides to the screen agrees with the slide as
// drawn, or slides would overflow or be cut too early.
func TestSlideMeasurerAgreesWithTheView(t *testing.T) {
	test.NewTempApp(t)
	th := &slideTheme{text: minText(1080)}
	m := newSlideMeasurer(th, 1920)
	for _, s := range slides.Split(course.ParseString(testLib(t).Module(2).Text("fr", course.Toolbox))) {
		drawn, measured := slideHeight(s, th, 1920), m.height(s)
		if diff := drawn - measured; diff > 2 || diff < -2 {
			t.Errorf("slide %q: drawn %v high, measured %v", s.Title, drawn, measured)
		}
	}
	dark := &slideTheme{text: 40, dark: true}
	if dark.Color("background", 0) == th.Color("background", 0) {
		t.Error("the dark projector has the light background")
	}
}
