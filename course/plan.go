package course

import (
	"fmt"
	"strconv"
	"strings"
)

// PartNames are the part names as the content writes them in each language,
// in the order of Parts. The guide's plan table uses them in its part column.
var PartNames = map[string][]string{
	"en": {"Theory", "Case", "Toolbox", "Reference", "Trainer's guide"},
	"fr": {"Théorie", "Cas pratique", "Boîte à outils", "Modèle de référence", "Guide d'animation"},
	"it": {"Teoria", "Caso pratico", "Cassetta degli attrezzi", "Modello di riferimento", "Guida alla conduzione"},
	"es": {"Teoría", "Caso práctico", "Caja de herramientas", "Modelo de referencia", "Guía de facilitación"},
}

// PlanStep is one row of a guide's half-day plan.
type PlanStep struct {
	Minutes  int
	Activity string
	Part     string // a part key, or "" for a break or an activity outside the parts
}

// Plan is the timed half-day plan of a module's guide in one language.
type Plan struct {
	Steps []PlanStep
}

// Total is the plan's length in minutes.
func (p Plan) Total() int {
	t := 0
	for _, s := range p.Steps {
		t += s.Minutes
	}
	return t
}

// ParsePlan reads the half-day plan from the first table of a guide written
// in lang: minutes (a whole number), activity, part name or a dash.
func ParsePlan(doc *Document, lang string) (Plan, error) {
	t := doc.FirstTable()
	if t == nil {
		return Plan{}, fmt.Errorf("no half-day plan table")
	}
	if len(t.Header) < 3 {
		return Plan{}, fmt.Errorf("plan table has %d columns, want minutes, activity, part", len(t.Header))
	}
	var p Plan
	for i, row := range t.Rows {
		if len(row) < 3 {
			return Plan{}, fmt.Errorf("plan row %d has %d cells, want 3", i+1, len(row))
		}
		mins, err := strconv.Atoi(strings.TrimSpace(PlainText(row[0])))
		if err != nil || mins <= 0 {
			return Plan{}, fmt.Errorf("plan row %d: minutes %q is not a whole number", i+1, PlainText(row[0]))
		}
		part, ok := partFromName(lang, strings.TrimSpace(PlainText(row[2])))
		if !ok {
			return Plan{}, fmt.Errorf("plan row %d: %q is not a part name in %s (%s) nor a dash",
				i+1, PlainText(row[2]), lang, strings.Join(PartNames[lang], ", "))
		}
		p.Steps = append(p.Steps, PlanStep{Minutes: mins, Activity: strings.TrimSpace(PlainText(row[1])), Part: part})
	}
	return p, nil
}

// partFromName maps a localised part name (or a dash) to its key.
func partFromName(lang, name string) (string, bool) {
	switch name {
	case "—", "-", "–", "":
		return "", true
	}
	for i, n := range PartNames[lang] {
		if strings.EqualFold(n, name) || strings.EqualFold(strings.ReplaceAll(n, "'", "’"), name) {
			return Parts[i], true
		}
	}
	return "", false
}
