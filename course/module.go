// Package course holds the content model of the kit: modules, their parts
// in four languages, the Markdown document model and the content validator.
// It knows nothing of the interface or of storage.
package course

import (
	"fmt"
	"strings"
)

// Languages are the content languages, in the order the interface offers them.
var Languages = []string{"fr", "en", "it", "es"}

// Part keys, in the order of the tabs.
const (
	Theory    = "theory"
	Case      = "case"
	Toolbox   = "toolbox"
	Reference = "reference"
	Guide     = "guide"
	// SlidesPart is the projector deck (slides.md) and QuizPart the
	// module's quiz (quiz.md): parts like the others for loading, the
	// editor, packs, search and the reader, but not written parts.
	SlidesPart = "slides"
	QuizPart   = "quiz"
)

// Parts lists the five written parts of a module in display order: the
// ones the guide's plan names, handouts print and the validator measures.
var Parts = []string{Theory, Case, Toolbox, Reference, Guide}

// AllParts lists every part of a module, in the order of the reader's
// tabs: the five written parts, then the deck and the quiz.
var AllParts = []string{Theory, Case, Toolbox, Reference, Guide, SlidesPart, QuizPart}

// MinWords is the catalogue's minimum length of each part, per language.
var MinWords = map[string]int{Theory: 700, Case: 400, Toolbox: 400, Reference: 150, Guide: 300}

// HandoutParts are the parts that may go to participants; the guide never does.
var HandoutParts = []string{Theory, Case, Toolbox, Reference}

// Module is one course module: its metadata and the Markdown source of its
// parts, keyed by language then part.
type Module struct {
	Number   int
	Slug     string
	Title    map[string]string
	Summary  map[string]string
	DigComp  []string
	Duration int // suggested duration in minutes
	// Source[lang][part] is the Markdown text of a part (the trainer's
	// edit when the part is customised).
	Source map[string]map[string]string

	// UID is set on the trainer's own modules only: "own-" and a random
	// code that stays the same when the module travels in a pack.
	UID string

	base     *Module             // the bundled original of a customised module
	overlays map[string]*Overlay // "lang/part" -> the trainer's customisation
}

// ID is the module's folder name, NN-slug.
func (m *Module) ID() string { return fmt.Sprintf("%02d-%s", m.Number, m.Slug) }

// TitleIn returns the title in lang, falling back to English then any title.
func (m *Module) TitleIn(lang string) string { return pick(m.Title, lang) }

// SummaryIn returns the summary in lang, with the same fallback as TitleIn.
func (m *Module) SummaryIn(lang string) string { return pick(m.Summary, lang) }

// Text returns the Markdown of a part in lang ("" when absent).
func (m *Module) Text(lang, part string) string {
	return m.Source[lang][part]
}

// WrittenPart reports whether p is one of the five written parts (Parts),
// not the deck or the quiz.
func WrittenPart(p string) bool {
	for _, x := range Parts {
		if x == p {
			return true
		}
	}
	return false
}

// DeckIn parses the module's deck in lang (the trainer's edit when
// customised; nil when it has none).
func (m *Module) DeckIn(lang string) []DeckSlide { return ParseDeck(m.Text(lang, SlidesPart)) }

// QuizIn parses the module's quiz in lang (no questions when it has none).
func (m *Module) QuizIn(lang string) Quiz { return ParseQuiz(m.Text(lang, QuizPart)) }

func pick(m map[string]string, lang string) string {
	if s := m[lang]; s != "" {
		return s
	}
	if s := m["en"]; s != "" {
		return s
	}
	for _, l := range Languages {
		if s := m[l]; s != "" {
			return s
		}
	}
	return ""
}

// ValidLanguage reports whether l is one of the four content languages.
func ValidLanguage(l string) bool {
	for _, x := range Languages {
		if x == l {
			return true
		}
	}
	return false
}

// ValidPart reports whether p is one of the seven part keys (AllParts).
func ValidPart(p string) bool {
	for _, x := range AllParts {
		if x == p {
			return true
		}
	}
	return false
}

// DigCompNames are the 21 competences of DigComp 2.2, by number, in English.
// The interface translates them through its locale files.
var DigCompNames = map[string]string{
	"1.1": "Browsing, searching and filtering data, information and digital content",
	"1.2": "Evaluating data, information and digital content",
	"1.3": "Managing data, information and digital content",
	"2.1": "Interacting through digital technologies",
	"2.2": "Sharing through digital technologies",
	"2.3": "Engaging in citizenship through digital technologies",
	"2.4": "Collaborating through digital technologies",
	"2.5": "Netiquette",
	"2.6": "Managing digital identity",
	"3.1": "Developing digital content",
	"3.2": "Integrating and re-elaborating digital content",
	"3.3": "Copyright and licences",
	"3.4": "Programming",
	"4.1": "Protecting devices",
	"4.2": "Protecting personal data and privacy",
	"4.3": "Protecting health and well-being",
	"4.4": "Protecting the environment",
	"5.1": "Solving technical problems",
	"5.2": "Identifying needs and technological responses",
	"5.3": "Creatively using digital technologies",
	"5.4": "Identifying digital competence gaps",
}

// DigCompArea returns the area number ("1" to "5") of a competence number.
func DigCompArea(c string) string {
	area, _, _ := strings.Cut(c, ".")
	return area
}

// Catalogue lists the 20 modules of the kit by number and slug, as the
// course catalogue fixes them. The validator checks the content against it.
var Catalogue = []string{
	"digital-transition", "digital-mediation", "skills-frameworks", "personal-data",
	"data-culture", "open-data", "digital-commons", "cybersecurity",
	"collaborative-tools", "digital-communication", "online-fundraising",
	"artificial-intelligence", "impact-measurement", "civic-tech",
	"platform-cooperatives", "sustainable-digital", "accessibility",
	"digital-project", "partnerships-funding", "social-tech-jobs",
}
