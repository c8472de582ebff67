package session

import (
	"encoding/json"
	"testing"

	"github.com/socialtech/trainerkit/course"
)

func TestParseClock(t *testing.T) {
	for in, want := range map[string]Clock{"09:00": 540, "9:30": 570, "9h30": 570, "14h": 840, "14": 840, "13.45": 825} {
		got, err := ParseClock(in)
		if err != nil || got != want {
			t.Errorf("ParseClock(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "25:00", "9:75", "noon", "9:5"} {
		if _, err := ParseClock(bad); err == nil {
			t.Errorf("ParseClock(%q) accepted", bad)
		}
	}
	if Clock(13*60+5).String() != "13:05" {
		t.Error("String")
	}
}

func TestNewSession(t *testing.T) {
	s, err := New("  Atelier RGPD ", "2026-12-01", 2, "fr")
	if err != nil {
		t.Fatal(err)
	}
	if s.Title != "Atelier RGPD" || len(s.Days) != 2 || len(s.Agenda) != 2 || len(s.ID) != 8 {
		t.Errorf("%+v", s)
	}
	if s.PlannedMinutes() != 2*420 {
		t.Errorf("planned %d, want 840", s.PlannedMinutes())
	}
	if got := s.End().Format(DateLayout); got != "2026-12-02" {
		t.Errorf("end %s", got)
	}
	if _, err := New("", "2026-12-01", 1, "fr"); err != ErrNoTitle {
		t.Errorf("no title: %v", err)
	}
	if _, err := New("x", "01/12/2026", 1, "fr"); err == nil {
		t.Error("bad date accepted")
	}
	s.Days[1] = DayTimes{AMStart: 600, AMEnd: 540, PMStart: 800, PMEnd: 900}
	if err := s.Validate(); err == nil {
		t.Error("times out of order accepted")
	}
}

func TestComputeDay(t *testing.T) {
	blocks := []Block{
		{Kind: BlockPart, Module: 1, Part: course.Theory, Minutes: 90},
		{Kind: BlockBreak, Minutes: 15},
		{Kind: BlockPart, Module: 1, Part: course.Case, Minutes: 105}, // 10:45 → 12:30, exactly the morning
		{Kind: BlockCustom, Title: "Tour de table", Minutes: 60},      // after lunch: 13:30
	}
	s := ComputeDay(blocks, DefaultDayTimes)
	want := []Clock{540, 630, 645, 810}
	for i, w := range want {
		if s.Blocks[i].Start != w {
			t.Errorf("block %d starts %s, want %s", i, s.Blocks[i].Start, w)
		}
	}
	if !s.Blocks[3].Lunch || s.Total != 270 || len(s.Warnings) != 0 {
		t.Errorf("lunch %v total %d warnings %v", s.Blocks[3].Lunch, s.Total, s.Warnings)
	}
	// A morning that runs into lunch, and a day past its end.
	long := []Block{{Kind: BlockPart, Minutes: 240}, {Kind: BlockPart, Minutes: 240}}
	s = ComputeDay(long, DefaultDayTimes)
	if len(s.Warnings) != 2 || s.Warnings[0].Kind != WarnIntoLunch || s.Warnings[0].Over != 30 ||
		s.Warnings[1].Kind != WarnPastEnd || s.Warnings[1].Over != 30 {
		t.Errorf("warnings %+v", s.Warnings)
	}
}

func TestMove(t *testing.T) {
	b := []Block{{Title: "a"}, {Title: "b"}, {Title: "c"}}
	got := Move(b, 0, 2)
	if got[0].Title != "b" || got[1].Title != "c" || got[2].Title != "a" {
		t.Errorf("%v", got)
	}
	got = Move(b, 2, 1)
	if got[1].Title != "c" || got[2].Title != "b" {
		t.Errorf("%v", got)
	}
	if got := Move(b, 0, -1); len(got) != 3 || got[0].Title != "a" {
		t.Errorf("out of range moved: %v", got)
	}
	if b[0].Title != "a" {
		t.Error("Move changed its input")
	}
}

func TestFromPlan(t *testing.T) {
	p := course.Plan{Steps: []course.PlanStep{
		{Minutes: 10, Activity: "Accueil", Part: ""},
		{Minutes: 40, Activity: "Apports", Part: course.Theory},
		{Minutes: 15, Activity: "Pause", Part: ""},
		{Minutes: 45, Activity: "Étude de cas", Part: course.Case},
	}}
	b := FromPlan(4, p, BreakWords)
	kinds := []BlockKind{BlockCustom, BlockPart, BlockBreak, BlockPart}
	for i, k := range kinds {
		if b[i].Kind != k {
			t.Errorf("block %d kind %s, want %s", i, b[i].Kind, k)
		}
	}
	if b[1].Module != 4 || b[1].Part != course.Theory || b[3].Minutes != 45 {
		t.Errorf("%+v", b)
	}
	for i, bl := range b {
		if bl.Step != i+1 {
			t.Errorf("block %d carries plan row %d, want %d", i, bl.Step, i+1)
		}
	}
}

func TestAttendedHours(t *testing.T) {
	s, _ := New("x", "2026-12-01", 2, "en")
	marks := []Mark{
		{Participant: "p1", Day: 0, Half: AM, Status: Present},
		{Participant: "p1", Day: 0, Half: PM, Status: Late},
		{Participant: "p1", Day: 1, Half: AM, Status: Excused},
		{Participant: "p1", Day: 1, Half: PM, Status: Absent},
		{Participant: "p2", Day: 1, Half: PM, Status: Present},
		{Participant: "p1", Day: 7, Half: AM, Status: Present}, // a day that no longer exists
	}
	h := Attended(s, "p1", marks)
	if h.AttendedMinutes != 420 || h.PlannedMinutes != 840 {
		t.Errorf("%+v", h)
	}
	if FormatHours(450) != "7 h 30" || FormatHours(420) != "7 h" {
		t.Error("FormatHours")
	}
}

func TestDuplicateKey(t *testing.T) {
	a := Participant{FirstName: "Léa", LastName: "Rémy"}
	b := Participant{FirstName: "lea", LastName: "REMY "}
	if a.DuplicateKey() != b.DuplicateKey() {
		t.Errorf("%q != %q", a.DuplicateKey(), b.DuplicateKey())
	}
	c := Participant{LastName: "Rémy", Email: "Lea@Example.org"}
	d := Participant{LastName: "Other", Email: "lea@example.org"}
	if c.DuplicateKey() != d.DuplicateKey() {
		t.Error("same email not a duplicate")
	}
}

func TestModulePlanFallbackForOwnModule(t *testing.T) {
	m := course.NewOwnModule(101, "fr", "Mon atelier")
	// Nothing written yet: the four handout parts share the 210 minutes.
	b, err := ModulePlan(m, "fr")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		part string
		min  int
	}{{course.Theory, 55}, {course.Case, 55}, {course.Toolbox, 50}, {course.Reference, 50}}
	if len(b) != len(want) {
		t.Fatalf("%d blocks, want %d: %+v", len(b), len(want), b)
	}
	total := 0
	for i, w := range want {
		if b[i].Kind != BlockPart || b[i].Module != 101 || b[i].Part != w.part || b[i].Minutes != w.min {
			t.Errorf("block %d = %+v, want %s %d min", i, b[i], w.part, w.min)
		}
		total += b[i].Minutes
	}
	if total != m.Duration {
		t.Errorf("blocks add up to %d min, want %d", total, m.Duration)
	}

	// Two parts written, and a guide without a plan table: one block each.
	m.Duration = 90
	m.Source["fr"][course.Theory] = "# Apports\n\nDu texte."
	m.Source["fr"][course.Toolbox] = "# Outils\n\n- un outil"
	m.Source["fr"][course.Guide] = "# Guide\n\nAccueil, puis apports."
	b, err = ModulePlan(m, "fr")
	if err != nil {
		t.Fatal(err)
	}
	if len(b) != 2 || b[0].Part != course.Theory || b[1].Part != course.Toolbox || b[0].Minutes != 45 || b[1].Minutes != 45 {
		t.Errorf("written parts: %+v", b)
	}
	// In a language the module lacks, the parts written elsewhere still plan.
	if b, _ = ModulePlan(m, "es"); len(b) != 2 {
		t.Errorf("in es: %+v", b)
	}

	// A guide with a real plan table is used as for a bundled module.
	m.Source["fr"][course.Guide] = "| Minutes | Activité | Partie |\n|---|---|---|\n| 30 | Apports | Théorie |\n| 60 | Atelier | Boîte à outils |\n"
	b, err = ModulePlan(m, "fr")
	if err != nil || len(b) != 2 || b[0].Title != "Apports" || b[1].Minutes != 60 {
		t.Errorf("plan table: %+v, %v", b, err)
	}
}

func TestModulePlanBundledWithoutGuideIsAnError(t *testing.T) {
	m := &course.Module{Number: 3, Slug: "x", Duration: 210, Source: map[string]map[string]string{"fr": {course.Theory: "x"}}}
	if _, err := ModulePlan(m, "fr"); err == nil {
		t.Error("a bundled module without a guide gave a plan")
	}
}

func TestLateMinutesAndRate(t *testing.T) {
	s, _ := New("x", "2026-12-01", 2, "fr") // 2 × 420 min planned
	marks := []Mark{
		{Participant: "p1", Day: 0, Half: AM, Status: Present},
		{Participant: "p1", Day: 0, Half: PM, Status: Late, LateMinutes: 25},
		{Participant: "p1", Day: 1, Half: AM, Status: Late},                      // late, minutes not said
		{Participant: "p1", Day: 1, Half: PM, Status: Late, LateMinutes: 10_000}, // never more than the half-day
		{Participant: "p2", Day: 0, Half: AM, Status: Absent, LateMinutes: 30},   // ignored when not late
	}
	h := Attended(s, "p1", marks)
	if h.AttendedMinutes != 210+185+210+0 || h.LateMinutes != 25+210 || h.HalfDays != 4 || h.PlannedMinutes != 840 {
		t.Errorf("%+v", h)
	}
	if h.Rate() != 605*100/840 {
		t.Errorf("rate %d", h.Rate())
	}
	if got := Attended(s, "p2", marks); got.AttendedMinutes != 0 || got.Rate() != 0 || got.HalfDays != 0 {
		t.Errorf("absent: %+v", got)
	}
	if got := (Hours{AttendedMinutes: 839, PlannedMinutes: 840}).Rate(); got != 99 {
		t.Errorf("99.9 %% printed as %d", got)
	}
	if got := (Hours{}).Rate(); got != 0 {
		t.Errorf("nothing planned: %d", got)
	}
	x := NewIndex(marks)
	if m, ok := x.Get("p1", 0, PM); !ok || m.LateMinutes != 25 {
		t.Errorf("index: %+v %v", m, ok)
	}
	if _, ok := x.Get("p2", 1, AM); ok {
		t.Error("index found a mark that does not exist")
	}
}

func TestModeAndOldRecords(t *testing.T) {
	for in, want := range map[string]Mode{"": "", "in_person": InPerson, "In-Person": InPerson, "remote": Remote, "online": Remote} {
		if got, err := ParseMode(in); err != nil || got != want {
			t.Errorf("ParseMode(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseMode("hybrid-ish"); err == nil {
		t.Error("unknown mode accepted")
	}
	// A session and a mark saved before funder, reference, mode and late
	// minutes existed load unchanged.
	var s Session
	old := `{"id":"abcd1234","title":"Atelier","body":{"name":"Coop","address":""},"place":"Lyon","start":"2026-11-23","days":[{"am_start":540,"am_end":750,"pm_start":810,"pm_end":1020}],"lang":"fr","trainers":["Ana"],"notes":"","agenda":[null]}`
	if err := json.Unmarshal([]byte(old), &s); err != nil {
		t.Fatal(err)
	}
	if s.Funder != "" || s.Reference != "" || s.Mode != "" || s.Validate() != nil || s.Place != "Lyon" {
		t.Errorf("%+v: %v", s, s.Validate())
	}
	var m Mark
	if err := json.Unmarshal([]byte(`{"participant":"p1","day":0,"half":"am","status":"late"}`), &m); err != nil || m.LateMinutes != 0 || m.Status != Late {
		t.Errorf("%+v %v", m, err)
	}
	s.Mode = "carrier pigeon"
	if s.Validate() == nil {
		t.Error("unknown mode validated")
	}
	s.Mode, s.Funder, s.Reference = Remote, "OPCO Uniformation", "DOS-2026-0042"
	b, _ := json.Marshal(s)
	var back Session
	if err := json.Unmarshal(b, &back); err != nil || back.Mode != Remote || back.Funder != s.Funder || back.Reference != s.Reference {
		t.Errorf("round trip: %+v %v", back, err)
	}
}

func TestGaps(t *testing.T) {
	d := DefaultDayTimes // 09:00–12:30, 13:30–17:00
	// A morning that stops at 11:30 and nothing after: the rest of the
	// morning and the whole afternoon are free.
	s := ComputeDay([]Block{{Kind: BlockPart, Minutes: 150}}, d)
	if len(s.Gaps) != 2 || s.Gaps[0] != (Gap{690, 750}) || s.Gaps[1] != (Gap{810, 1020}) || s.Gaps[0].Minutes() != 60 {
		t.Errorf("gaps %+v", s.Gaps)
	}
	// The afternoon ends at 16:00.
	s = ComputeDay([]Block{{Kind: BlockPart, Minutes: 210}, {Kind: BlockPart, Minutes: 150}}, d)
	if len(s.Gaps) != 1 || s.Gaps[0] != (Gap{960, 1020}) {
		t.Errorf("gaps %+v", s.Gaps)
	}
	// A full day, an overrun, and an empty day have none.
	for _, blocks := range [][]Block{{{Minutes: 210}, {Minutes: 210}}, {{Minutes: 240}, {Minutes: 240}}, nil} {
		if s := ComputeDay(blocks, d); len(s.Gaps) != 0 {
			t.Errorf("%v: gaps %+v", blocks, s.Gaps)
		}
	}
}
