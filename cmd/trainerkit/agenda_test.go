package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// session new --modules puts each module's ready half-day in the next free
// half-day; session show --json prints the contract's shape; the agenda and
// the attendance report export.
func TestAgendaCLI(t *testing.T) {
	data := t.TempDir()
	code, out, errOut := runCLI(t, "--data", data, "session", "new", "--title", "Deux jours", "--start", "2027-01-11", "--modules", "1,4,7,10")
	if code != 0 {
		t.Fatalf("session new: %d %s", code, errOut)
	}
	id := strings.TrimSpace(out)
	code, out, errOut = runCLI(t, "--data", data, "session", "show", id, "--json")
	if code != 0 {
		t.Fatalf("show --json: %d %s", code, errOut)
	}
	var got struct {
		ID   string `json:"id"`
		Lang string `json:"lang"`
		Days []struct {
			Day    int    `json:"day"`
			Date   string `json:"date"`
			Halves []struct {
				Half     string `json:"half"`
				Start    string `json:"start"`
				End      string `json:"end"`
				Overflow *int   `json:"overflow_minutes"`
				Blocks   []map[string]any
			} `json:"halves"`
		} `json:"days"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if got.ID != id || got.Lang != "fr" || len(got.Days) != 2 || got.Days[1].Date != "2027-01-12" {
		t.Fatalf("session %+v", got)
	}
	for d, day := range got.Days {
		for i, h := range day.Halves {
			want := []string{"am", "pm"}[i]
			if h.Half != want || h.Overflow == nil || *h.Overflow != 0 || len(h.Blocks) == 0 {
				t.Errorf("day %d half %d: %+v", d+1, i, h)
				continue
			}
			// Each module's half-day fills its own half-day from its start.
			module := []float64{1, 4, 7, 10}[2*d+i]
			if h.Blocks[0]["start"] != h.Start || h.Blocks[0]["module"] != module {
				t.Errorf("day %d %s starts with %v", d+1, h.Half, h.Blocks[0])
			}
			for _, b := range h.Blocks {
				if _, ok := b["part"]; ok && b["module"] == nil {
					t.Errorf("a part without its module: %v", b)
				}
				if b["title"] == "" || b["minutes"].(float64) <= 0 {
					t.Errorf("block %v", b)
				}
			}
		}
	}
	// Key order is the contract's.
	if i, j := strings.Index(out, `"id"`), strings.Index(out, `"days"`); i < 0 || j < i || !strings.Contains(out, `"overflow_minutes": 0,`+"\n"+`          "blocks"`) {
		t.Errorf("key order:\n%.600s", out)
	}

	dir := t.TempDir()
	agenda := filepath.Join(dir, "agenda.pdf")
	if code, _, errOut := runCLI(t, "--data", data, "export", "agenda", "--session", id, "--out", agenda, "--wall"); code != 0 {
		t.Fatalf("export agenda: %d %s", code, errOut)
	}
	if pdfPages(t, agenda) != 2 {
		t.Error("the wall agenda of two days is not two pages")
	}
	if code, _, _ := runCLI(t, "--data", data, "export", "agenda", "--session", id); code != 2 {
		t.Errorf("export agenda without --out: %d", code)
	}

	csvFile := filepath.Join(data, "people.csv")
	os.WriteFile(csvFile, []byte("Prénom,Nom\nAna,Lopez\n"), 0o644)
	if code, _, errOut := runCLI(t, "--data", data, "participants", "import", "--session", id, csvFile); code != 0 {
		t.Fatalf("import: %s", errOut)
	}
	_, out, _ = runCLI(t, "--data", data, "participants", "list", "--session", id)
	pid := strings.Fields(out)[0]
	for _, half := range []string{"am", "pm"} {
		args := []string{"--data", data, "attendance", "set", "--session", id, "--participant", pid, "--day", "1", "--half", half, "--status", "present"}
		if half == "pm" {
			args = append(args[:len(args)-1], "late", "--late-minutes", "30")
		}
		if code, _, errOut := runCLI(t, args...); code != 0 {
			t.Fatalf("attendance set: %s", errOut)
		}
	}
	report := filepath.Join(dir, "report.csv")
	if code, _, errOut := runCLI(t, "--data", data, "export", "attendance-report", "--session", id, "--out", report); code != 0 {
		t.Fatalf("report: %d %s", code, errOut)
	}
	b, _ := os.ReadFile(report)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	// 14 h planned, 6 h 30 attended (30 min late), day 2 not recorded.
	if len(lines) != 2 || !strings.HasPrefix(lines[1], "Lopez;Ana;;840;390;30;46;") || !strings.Contains(lines[1], "2027-01-12 am: Non renseigné") {
		t.Errorf("report CSV:\n%s", b)
	}
	pdfReport := filepath.Join(dir, "report.pdf")
	if code, _, errOut := runCLI(t, "--data", data, "export", "attendance-report", "--session", id, "--out", pdfReport); code != 0 || pdfPages(t, pdfReport) != 1 {
		t.Errorf("report PDF: %d %s", code, errOut)
	}
}

// pdfPages counts a PDF's pages with pdfinfo.
func pdfPages(t *testing.T, path string) int {
	t.Helper()
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		t.Skip("pdfinfo not installed (poppler-utils)")
	}
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", path, err)
	}
	for _, l := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(l, "Pages:"); ok {
			var n int
			for _, c := range strings.TrimSpace(v) {
				n = n*10 + int(c-'0')
			}
			return n
		}
	}
	return 0
}
