package ui

import "github.com/socialtech/trainerkit/locales"

// digCompKeys maps a DigComp 2.2 competence number to its message ID; the
// IDs are written out so that the locale completeness test can find them.
var digCompKeys = map[string]string{
	"1.1": "digcomp_1_1", "1.2": "digcomp_1_2", "1.3": "digcomp_1_3",
	"2.1": "digcomp_2_1", "2.2": "digcomp_2_2", "2.3": "digcomp_2_3", "2.4": "digcomp_2_4",
	"2.5": "digcomp_2_5", "2.6": "digcomp_2_6",
	"3.1": "digcomp_3_1", "3.2": "digcomp_3_2", "3.3": "digcomp_3_3", "3.4": "digcomp_3_4",
	"4.1": "digcomp_4_1", "4.2": "digcomp_4_2", "4.3": "digcomp_4_3", "4.4": "digcomp_4_4",
	"5.1": "digcomp_5_1", "5.2": "digcomp_5_2", "5.3": "digcomp_5_3", "5.4": "digcomp_5_4",
}

// digCompName is a competence's name in the interface language.
func digCompName(tr *locales.Localizer, code string) string {
	if k, ok := digCompKeys[code]; ok {
		return tr.T(k)
	}
	return code
}
