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
	am := []Block{
		{Kind: BlockPart, Module: 1, Part: course.Theory, Minutes: 90, Half: AM},
		{Kind: BlockBreak, Minutes: 15, Half: AM},
		{Kind: BlockPart, Module: 1, Part: course.Case, Minutes: 105, Half: AM}, // 10:45 → 12:30, exactly the morning
	}
	pm := []Block{{Kind: BlockCustom, Title: "Tour de table", Minutes: 60, Half: PM}}
	s := ComputeDay(append(append([]Block{}, am...), pm...), DefaultDayTimes)
	want := []Clock{540, 630, 645, 810}
	for i, w := range want {
		if s.Blocks[i].Start != w || s.Blocks[i].N != i+1 {
			t.Errorf("block %d starts %s (n %d), want %s", i, s.Blocks[i].Start, s.Blocks[i].N, w)
		}
	}
	if s.Total != 270 || len(s.Warnings) != 0 || s.AM.Free() != 0 || s.PM.Free() != 150 || s.PM.First != 3 {
		t.Errorf("total %d warnings %v free %d/%d", s.Total, s.Warnings, s.AM.Free(), s.PM.Free())
	}
	// The morning grows by 20 minutes: it overflows by 20, the afternoon
	// does not move.
	am[0].Minutes = 110
	s = ComputeDay(append(append([]Block{}, am...), pm...), DefaultDayTimes)
	if s.PM.Blocks[0].Start != 810 || s.AM.Overflow() != 20 || s.AM.Free() != 0 {
		t.Errorf("afternoon at %s, morning over by %d", s.PM.Blocks[0].Start, s.AM.Overflow())
	}
	if len(s.Warnings) != 1 || s.Warnings[0].Kind != WarnIntoLunch || s.Warnings[0].Over != 20 || s.Warnings[0].Block != 2 || !s.Blocks[2].Over || s.Blocks[1].Over {
		t.Errorf("warnings %+v", s.Warnings)
	}
	// An afternoon past its end.
	long := []Block{{Kind: BlockPart, Minutes: 200, Half: AM}, {Kind: BlockPart, Minutes: 240, Half: PM}}
	s = ComputeDay(long, DefaultDayTimes)
	if len(s.Warnings) != 1 || s.Warnings[0].Kind != WarnPastEnd || s.Warnings[0].Over != 30 || s.Warnings[0].Half != PM || s.AM.Free() != 10 {
		t.Errorf("warnings %+v, free %d", s.Warnings, s.AM.Free())
	}
	// An empty morning: the afternoon still starts at 13:30.
	s = ComputeDay([]Block{{Kind: BlockBreak, Minutes: 15, Half: PM}}, DefaultDayTimes)
	if s.PM.Blocks[0].Start != 810 || s.PM.Blocks[0].N != 1 || s.AM.Free() != 210 {
		t.Errorf("%+v", s)
	}
}

// The day, saved before half-days: the old schedule started the
// 35-minute block at 12:20 (it ran into lunch) and the next one after it
// at 12:55. Each block goes to the half-day it started in, nothing is lost,
// and the afternoon starts at 13:30 again.
func TestAnchorOldSessions(t *testing.T) {
	old := []Block{
		{Kind: BlockCustom, Title: "Accueil", Minutes: 10},
		{Kind: BlockPart, Module: 4, Part: course.Theory, Minutes: 150},
		{Kind: BlockBreak, Minutes: 30},                               // 11:40–12:10
		{Kind: BlockPart, Module: 4, Part: course.Case, Minutes: 10},  // 12:10–12:20
		{Kind: BlockCustom, Title: "Quiz", Minutes: 35},               // 12:20–12:55 across lunch
		{Kind: BlockCustom, Title: "Accueil après-midi", Minutes: 10}, // 12:55: after lunch
		{Kind: BlockPart, Module: 5, Part: course.Theory, Minutes: 60},
	}
	got := Anchor(old, DefaultDayTimes)
	halves := []Half{AM, AM, AM, AM, AM, PM, PM}
	if len(got) != len(old) {
		t.Fatalf("%d blocks, want %d", len(got), len(old))
	}
	for i, h := range halves {
		if got[i].Half != h || got[i].Title != old[i].Title || got[i].Minutes != old[i].Minutes {
			t.Errorf("block %d: %+v, want half %s", i, got[i], h)
		}
	}
	if old[0].Half != "" {
		t.Error("Anchor changed its input")
	}
	s := ComputeDay(got, DefaultDayTimes)
	if s.PM.Blocks[0].Start != 810 || s.AM.Overflow() != 25 {
		t.Errorf("afternoon at %s, morning over %d", s.PM.Blocks[0].Start, s.AM.Overflow())
	}
	// ComputeDay anchors by itself too.
	if s2 := ComputeDay(old, DefaultDayTimes); s2.PM.Blocks[0].Title != "Accueil après-midi" {
		t.Errorf("ComputeDay on an old day: %+v", s2.PM.Blocks)
	}
	// A whole session, and blocks out of order get the morning first.
	sess, _ := New("x", "2027-01-11", 2, "fr")
	sess.Agenda[0] = old
	sess.Agenda[1] = []Block{{Title: "b", Half: PM, Minutes: 5}, {Title: "a", Half: AM, Minutes: 5}}
	if !sess.AnchorAll() || sess.AnchorAll() {
		t.Error("AnchorAll reports the wrong change")
	}
	if sess.Agenda[1][0].Title != "a" || sess.Agenda[0][5].Half != PM {
		t.Errorf("%+v", sess.Agenda)
	}
}

func TestEditHalfDays(t *testing.T) {
	s, _ := New("x", "2027-01-11", 2, "fr")
	b := func(title string) Block { return Block{Kind: BlockCustom, Title: title, Minutes: 30} }
	for _, x := range []string{"a", "b", "c"} {
		s.Append(0, AM, b(x))
	}
	s.Append(0, PM, b("p"))
	titles := func(d int, h Half) string {
		var out string
		for _, x := range s.HalfBlocks(d, h) {
			out += x.Title
		}
		return out
	}
	// Drop "a" between "b" and "c" (index 2 before the move).
	if p, ok := s.MoveBlock(Pos{0, AM, 0}, Pos{0, AM, 2}); !ok || titles(0, AM) != "bac" || p.Index != 1 {
		t.Errorf("move within: %s %+v", titles(0, AM), p)
	}
	// Drag "c" to the afternoon, before "p".
	if _, ok := s.MoveBlock(Pos{0, AM, 2}, Pos{0, PM, 0}); !ok || titles(0, AM) != "ba" || titles(0, PM) != "cp" {
		t.Errorf("move between half-days: %s / %s", titles(0, AM), titles(0, PM))
	}
	if s.Agenda[0][2].Half != PM || s.Agenda[0][2].Title != "c" {
		t.Errorf("the day is not morning then afternoon: %+v", s.Agenda[0])
	}
	// And to the next day.
	if _, ok := s.MoveBlock(Pos{0, PM, 1}, Pos{1, AM, 0}); !ok || titles(1, AM) != "p" {
		t.Errorf("move between days: %q", titles(1, AM))
	}
	// Up from the top of an afternoon goes to the end of the morning;
	// down from the end of a morning to the start of the afternoon.
	if to, ok := s.Step(Pos{0, PM, 0}, -1); !ok || to != (Pos{0, AM, 2}) {
		t.Errorf("up: %+v", to)
	}
	if to, ok := s.Step(Pos{0, AM, 1}, 1); !ok || to != (Pos{0, PM, 0}) {
		t.Errorf("down: %+v", to)
	}
	if to, ok := s.Step(Pos{0, AM, 0}, 1); !ok || to != (Pos{0, AM, 2}) {
		t.Errorf("down within: %+v", to)
	}
	if _, ok := s.Step(Pos{0, AM, 0}, -1); ok {
		t.Error("up from the very first block")
	}
	if _, ok := s.Step(Pos{1, PM, 0}, 1); ok {
		t.Error("down from the very last half-day")
	}
	if p, ok := s.Duplicate(Pos{0, AM, 0}); !ok || titles(0, AM) != "bba" || p.Index != 1 {
		t.Errorf("duplicate: %s", titles(0, AM))
	}
	if x, ok := s.Remove(Pos{0, AM, 1}); !ok || x.Title != "b" || titles(0, AM) != "ba" {
		t.Errorf("remove: %s", titles(0, AM))
	}
	s.Update(Pos{0, AM, 1}, func(b *Block) { b.Minutes = 45; b.Half = PM })
	if x, _ := s.Block(Pos{0, AM, 1}); x.Minutes != 45 || x.Half != AM {
		t.Errorf("update: %+v", x)
	}
	if _, ok := s.Remove(Pos{5, AM, 0}); ok {
		t.Error("removed from a day that does not exist")
	}
	if err := s.Validate(); err != nil {
		t.Error(err)
	}
	s.Agenda[0][0].Half = "noon"
	if s.Validate() == nil {
		t.Error("a half-day named noon validated")
	}
}

func TestPlaceHalfDays(t *testing.T) {
	s, _ := New("x", "2027-01-11", 1, "fr")
	plan := []Block{{Kind: BlockPart, Module: 1, Part: course.Theory, Minutes: 200}}
	if p := s.PlaceHalfDay(plan); p != (Pos{0, AM, 0}) {
		t.Errorf("first: %+v", p)
	}
	if p := s.PlaceHalfDay(plan); p != (Pos{0, PM, 0}) {
		t.Errorf("second: %+v", p)
	}
	s.Days[0] = DayTimes{AMStart: 480, AMEnd: 720, PMStart: 780, PMEnd: 990}
	// No half-day left: a day is added, with the times of the day before.
	if p := s.PlaceHalfDay(plan); p != (Pos{1, AM, 0}) || len(s.Days) != 2 || s.Days[1] != s.Days[0] {
		t.Errorf("third: %+v, %d days %+v", p, len(s.Days), s.Days)
	}
	// A half-day emptied by the trainer is the next free one.
	s.Remove(Pos{0, PM, 0})
	if p, ok := s.NextFreeHalf(); !ok || p != (Pos{0, PM, 0}) {
		t.Errorf("next free: %+v", p)
	}
	if DaysFor(4) != 2 || DaysFor(5) != 3 || DaysFor(0) != 1 {
		t.Error("DaysFor")
	}
}

func TestDayTimesText(t *testing.T) {
	d, err := ParseDayTimes("8:30-12:00, 13h-16h30")
	if err != nil || d != (DayTimes{510, 720, 780, 990}) || d.String() != "08:30-12:00 13:00-16:30" {
		t.Errorf("%+v %v %s", d, err, d)
	}
	if back, err := ParseDayTimes(DefaultDayTimes.String()); err != nil || back != DefaultDayTimes {
		t.Errorf("round trip: %+v %v", back, err)
	}
	for _, bad := range []string{"", "09:00-12:30", "13:00-12:00 14:00-17:00", "9-12 13-noon"} {
		if _, err := ParseDayTimes(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if a, e := d.Bounds(PM); a != 780 || e != 990 {
		t.Error("Bounds")
	}
}

func TestCopySession(t *testing.T) {
	s, _ := New("Atelier", "2027-01-11", 1, "fr")
	s.Append(0, AM, Block{Kind: BlockBreak, Minutes: 15})
	s.Trainers = []string{"Ana"}
	c := s.Copy(" Atelier (copie) ")
	if c.ID == s.ID || c.Title != "Atelier (copie)" || len(c.Agenda[0]) != 1 || !c.Created.IsZero() {
		t.Errorf("%+v", c)
	}
	c.Agenda[0][0].Minutes = 99
	c.Trainers[0] = "Bo"
	if s.Agenda[0][0].Minutes != 15 || s.Trainers[0] != "Ana" {
		t.Error("the copy shares the original's agenda or trainers")
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
	// QA's numbers: 185 of 1050 minutes is 17.6 %, 210 of 1260 is 16.7 %.
	if got := (Hours{AttendedMinutes: 185, PlannedMinutes: 1050}).Rate(); got != 17 {
		t.Errorf("17.6 %% is %d", got)
	}
	if got := (Hours{AttendedMinutes: 210, PlannedMinutes: 1260}).Rate(); got != 16 {
		t.Errorf("16.7 %% is %d", got)
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
	s := ComputeDay([]Block{{Kind: BlockPart, Minutes: 150, Half: AM}}, d)
	if len(s.Gaps) != 2 || s.Gaps[0] != (Gap{690, 750}) || s.Gaps[1] != (Gap{810, 1020}) || s.Gaps[0].Minutes() != 60 {
		t.Errorf("gaps %+v", s.Gaps)
	}
	// The afternoon ends at 16:00.
	s = ComputeDay([]Block{{Kind: BlockPart, Minutes: 210, Half: AM}, {Kind: BlockPart, Minutes: 150, Half: PM}}, d)
	if len(s.Gaps) != 1 || s.Gaps[0] != (Gap{960, 1020}) {
		t.Errorf("gaps %+v", s.Gaps)
	}
	// A full day, overruns, and an empty day have none.
	for _, blocks := range [][]Block{{{Minutes: 210, Half: AM}, {Minutes: 210, Half: PM}}, {{Minutes: 240, Half: AM}, {Minutes: 240, Half: PM}}, nil} {
		if s := ComputeDay(blocks, d); len(s.Gaps) != 0 {
			t.Errorf("%v: gaps %+v", blocks, s.Gaps)
		}
	}
}
