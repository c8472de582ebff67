package pdf

import "github.com/johnfercher/maroto/v2/pkg/props"

// Colours: dark text on white, one accent for headings and rules, printable
// in black and white.
var (
	colorText    = props.Color{Red: 33, Green: 37, Blue: 41}
	colorMuted   = props.Color{Red: 100, Green: 106, Blue: 112}
	colorAccent  = props.Color{Red: 24, Green: 82, Blue: 120}
	colorCode    = props.Color{Red: 128, Green: 40, Blue: 60}
	colorRule    = props.Color{Red: 150, Green: 158, Blue: 166}
	colorGrid    = props.Color{Red: 120, Green: 128, Blue: 136}
	colorShade   = props.Color{Red: 236, Green: 241, Blue: 246}
	colorHead    = props.Color{Red: 222, Green: 231, Blue: 240}
	colorCodeBg  = props.Color{Red: 242, Green: 242, Blue: 242}
	colorCallout = props.Color{Red: 24, Green: 82, Blue: 120}
	// Agenda overruns, as the agenda screen warns of them.
	colorWarn = props.Color{Red: 178, Green: 34, Blue: 34}
	// The trainer's notes in the guide: warm, so they never pass for the
	// course's own call-outs.
	colorNotes     = props.Color{Red: 253, Green: 246, Blue: 227}
	colorNotesEdge = props.Color{Red: 191, Green: 138, Blue: 36}
)

// Fonts: size in points, line height in millimetres.
var (
	fontBody  = font{size: 10, height: 5.0}
	fontSmall = font{size: 8, height: 4.0}
	fontCell  = font{size: 9, height: 4.4}
	fontCode  = font{size: 8.5, height: 4.3}
	fontH     = [7]font{
		{}, // no level 0
		{size: 19, height: 9.5},
		{size: 14.5, height: 7.4},
		{size: 12, height: 6.2},
		{size: 10.5, height: 5.4},
		{size: 10, height: 5.2},
		{size: 10, height: 5.2},
	}
	fontTitle    = font{size: 24, height: 11.5}
	fontSubtitle = font{size: 13, height: 6.6}
	fontKicker   = font{size: 9.5, height: 5.0}
)

// Spacing, in millimetres.
const (
	paraGap    = 2.4 // after a paragraph
	listIndent = 6.0 // per level of list
	itemGap    = 0.8 // between list items
	calloutPad = 4.0 // left padding inside a call-out
	cellPadX   = 1.6 // table cell padding
	cellPadY   = 1.2
)
