package session

// The agenda as `trainerkit session show ID --json` prints it, for scripts
// and checks. The field order is the contract's: keep it.

// AgendaJSON is a session's agenda with computed times.
type AgendaJSON struct {
	ID    string    `json:"id"`
	Title string    `json:"title"`
	Lang  string    `json:"lang"`
	Days  []DayJSON `json:"days"`
}

// DayJSON is one day: its number from 1, its date and its two half-days.
type DayJSON struct {
	Day    int        `json:"day"`
	Date   string     `json:"date"`
	Halves []HalfJSON `json:"halves"`
}

// HalfJSON is a half-day: "am" or "pm", its planned times (HH:MM), the
// minutes its blocks run past its end, and its blocks.
type HalfJSON struct {
	Half            Half        `json:"half"`
	Start           string      `json:"start"`
	End             string      `json:"end"`
	OverflowMinutes int         `json:"overflow_minutes"`
	Blocks          []BlockJSON `json:"blocks"`
}

// BlockJSON is a block with its times; module and part only when the block
// has them.
type BlockJSON struct {
	Start   string `json:"start"`
	End     string `json:"end"`
	Minutes int    `json:"minutes"`
	Title   string `json:"title"`
	Module  int    `json:"module,omitempty"`
	Part    string `json:"part,omitempty"`
}

// ToJSON is the session's agenda for --json. untitled names a block that has
// no title of its own (a module part, a break) in the session's language.
func ToJSON(s *Session, untitled func(Block) string) AgendaJSON {
	out := AgendaJSON{ID: s.ID, Title: s.Title, Lang: s.Lang, Days: []DayJSON{}}
	for d, t := range s.Days {
		var blocks []Block
		if d < len(s.Agenda) {
			blocks = s.Agenda[d]
		}
		sched := ComputeDay(blocks, t)
		day := DayJSON{Day: d + 1, Date: s.Date(d).Format(DateLayout)}
		for _, h := range sched.Halves() {
			hj := HalfJSON{Half: h.Half, Start: h.Start.String(), End: h.End.String(),
				OverflowMinutes: h.Overflow(), Blocks: []BlockJSON{}}
			for _, b := range h.Blocks {
				title := b.Title
				if title == "" {
					title = untitled(b.Block)
				}
				hj.Blocks = append(hj.Blocks, BlockJSON{Start: b.Start.String(), End: b.End.String(),
					Minutes: b.Minutes, Title: title, Module: b.Module, Part: b.Part})
			}
			day.Halves = append(day.Halves, hj)
		}
		out.Days = append(out.Days, day)
	}
	return out
}
