package slides

import (
	"github.com/socialtech/trainerkit/course"
)

// guideSections says which level-2 sections of the trainer's guide help
// while presenting each part, by their order in the guide (docs/CONTENT.md:
// objectives, half-day plan, running the case, debriefing, common
// questions, pitfalls).
var guideSections = map[string][]int{
	course.Theory:    {0, 4},
	course.Case:      {2, 3},
	course.Toolbox:   {5},
	course.Reference: {4},
}

// Notes returns the presenter's notes for a part: the guide's plan rows
// for that part and the guide sections that go with it.
func Notes(guide *course.Document, plan course.Plan, part string) []course.Block {
	var out []course.Block
	var items []course.ListItem
	for _, st := range plan.Steps {
		if st.Part == part {
			items = append(items, course.ListItem{Blocks: []course.Block{{Kind: course.BlockParagraph,
				Inlines: []course.Inline{{Text: itoa(st.Minutes) + " min", Style: course.Bold}, {Text: " — " + st.Activity}}}}})
		}
	}
	if len(items) > 0 {
		out = append(out, course.Block{Kind: course.BlockList, Items: items})
	}
	want := map[int]bool{}
	for _, i := range guideSections[part] {
		want[i] = true
	}
	h2, take := -1, false
	for _, b := range guide.Blocks {
		if b.Kind == course.BlockHeading && b.Level <= 2 {
			if b.Level == 2 {
				h2++
			}
			take = b.Level == 2 && want[h2]
		}
		if take {
			out = append(out, b)
		}
	}
	return out
}
