package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/socialtech/trainerkit/course"
	"github.com/socialtech/trainerkit/course/slides"
)

// A slide's rich text holds its title, its bullets, its table's cells and
// its quote, and no link widget (a link is a widget outside the view's
// theme).
func TestSlideSegments(t *testing.T) {
	test.NewTempApp(t)
	src := "## Costs\n\n- a [licence](https://example.org)\n- training\n\n| item | who pays |\n|---|---|\n| laptop | us |\n\n> A quote\n"
	s := slides.Split(course.ParseString(src))[0]
	v := newSlideViewer(false, 40)
	v.show(&s, 40)
	text := segmentText(v.text.Segments)
	for _, want := range []string{"Costs", "licence", "training", "item", "who pays", "laptop", "A quote"} {
		if !strings.Contains(text, want) {
			t.Errorf("the slide lacks %q: %q", want, text)
		}
	}
	dark := &slideTheme{text: 40, dark: true}
	if dark.Color("background", 0) == v.th.Color("background", 0) {
		t.Error("the dark projector has the light background")
	}
}

// segmentText is the text of rich text segments, paragraphs and lists
// included (RichText.String leaves them out).
func segmentText(segs []widget.RichTextSegment) string {
	var b strings.Builder
	for _, s := range segs {
		switch x := s.(type) {
		case *widget.TextSegment:
			b.WriteString(x.Text)
		case *widget.ParagraphSegment:
			b.WriteString(segmentText(x.Texts) + "\n")
		case *widget.ListSegment:
			b.WriteString(segmentText(x.Items))
		}
	}
	return b.String()
}
