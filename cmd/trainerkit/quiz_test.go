package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialtech/trainerkit/assets"
	"github.com/socialtech/trainerkit/course"
)

// The contract of issue 25: one line a question, six tab-separated fields.
func TestQuizCLI(t *testing.T) {
	lib, err := course.Load(assets.Course())
	if err != nil {
		t.Fatal(err)
	}
	qz := lib.Module(7).QuizIn("es")
	code, out, errOut := runCLI(t, "--data", t.TempDir(), "quiz", "--module", "7", "--lang", "es")
	if code != 0 {
		t.Fatalf("quiz: %d %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(qz.Questions) {
		t.Fatalf("%d lines for %d questions", len(lines), len(qz.Questions))
	}
	for i, l := range lines {
		f := strings.Split(l, "\t")
		q := qz.Questions[i]
		if len(f) != 6 || f[1] != q.Type || f[3] != q.Answers() || f[4] != q.Competence || !strings.HasPrefix(q.Text, f[5][:10]) {
			t.Errorf("line %d: %q", i+1, l)
		}
		if f[1] != "single" && f[1] != "multiple" && f[1] != "truefalse" {
			t.Errorf("line %d: type %q", i+1, f[1])
		}
	}
	if code, _, _ := runCLI(t, "quiz", "--module", "7", "--lang", "de"); code != 2 {
		t.Errorf("German: exit %d", code)
	}
}

func TestQuizScoreAndReportCLI(t *testing.T) {
	data := t.TempDir()
	_, out, _ := runCLI(t, "--data", data, "session", "new", "--title", "Atelier", "--start", "2026-12-07", "--lang", "fr", "--modules", "3")
	id := strings.TrimSpace(out)
	csv := filepath.Join("..", "..", "course", "roster", "testdata", "duplicates.csv")
	runCLI(t, "--data", data, "participants", "import", "--session", id, csv)
	_, out, _ = runCLI(t, "--data", data, "participants", "list", "--session", id)
	pid := strings.Fields(strings.Split(out, "\n")[0])[0]
	runCLI(t, "--data", data, "attendance", "set", "--session", id, "--participant", pid, "--day", "1", "--half", "am", "--status", "present")
	code, out, errOut := runCLI(t, "--data", data, "quiz", "score", "--session", id, "--participant", pid, "--module", "3", "--when", "post", "--score", "8", "--of", "10")
	if code != 0 || !strings.Contains(out, "post  8/10") {
		t.Fatalf("quiz score: %d %q %q", code, out, errOut)
	}
	code, out, errOut = runCLI(t, "--data", data, "quiz", "score", "--session", id, "--participant", pid, "--module", "3", "--when", "pre", "--answers", "A;A;A")
	if code != 0 || !strings.Contains(out, "pre") {
		t.Fatalf("quiz score --answers: %d %q %q", code, out, errOut)
	}
	for _, bad := range [][]string{
		{"--when", "later", "--score", "1", "--of", "10"},
		{"--when", "pre", "--score", "1"},
		{"--when", "pre"},
		{"--when", "pre", "--score", "1", "--of", "10", "--answers", "A"},
	} {
		args := append([]string{"--data", data, "quiz", "score", "--session", id, "--participant", pid, "--module", "3"}, bad...)
		if code, _, _ := runCLI(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", bad, code)
		}
	}
	if code, _, _ := runCLI(t, "--data", data, "quiz", "score", "--session", id, "--participant", "nobody", "--module", "3", "--when", "pre", "--score", "1", "--of", "10"); code != 1 {
		t.Errorf("unknown participant: exit %d", code)
	}
	if code, _, errOut := runCLI(t, "--data", data, "appreciation", "add", "--session", id, "--ratings", "4,3,4,2,4,3", "--liked", "Les exemples"); code != 0 {
		t.Errorf("appreciation add: %d %s", code, errOut)
	}
	if code, _, _ := runCLI(t, "--data", data, "appreciation", "add", "--session", id, "--ratings", "5"); code != 2 {
		t.Errorf("a rating of 5: exit %d", code)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	dir := t.TempDir()
	for _, c := range [][]string{
		{"export", "report", "--session", id, "--out", filepath.Join(dir, "report.pdf")},
		{"export", "certificates", "--session", id, "--out", filepath.Join(dir, "cert.pdf")},
		{"export", "quiz", "--module", "3", "--lang", "fr", "--key", "--out", filepath.Join(dir, "key.pdf")},
		{"export", "cards", "--session", id, "--out", filepath.Join(dir, "cards.pdf")},
		{"export", "appreciation", "--session", id, "--out", filepath.Join(dir, "form.pdf"), "--copies", "2"},
	} {
		if code, _, errOut := runCLI(t, append([]string{"--data", data}, c...)...); code != 0 {
			t.Errorf("%v: %d %s", c, code, errOut)
		}
	}
	text, err := exec.Command("pdftotext", filepath.Join(dir, "report.pdf"), "-").Output()
	if err != nil || !strings.Contains(string(text), "Les exemples") || !strings.Contains(string(text), "8/10") {
		t.Errorf("report: %v\n%s", err, text)
	}
	text, err = exec.Command("pdftotext", filepath.Join(dir, "cert.pdf"), "-").Output()
	if err != nil || !strings.Contains(string(text), "8/10 au test final") {
		t.Errorf("certificate: %v\n%s", err, text)
	}
}
