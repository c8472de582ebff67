package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestSessionParticipantsAttendanceCLI(t *testing.T) {
	data := t.TempDir()
	code, out, errOut := runCLI(t, "--data", data, "session", "new", "--title", "Atelier RGPD", "--start", "2026-12-07",
		"--place", "Nantes", "--trainer", "Inès Núñez", "--org", "Coop Formation", "--modules", "1,4")
	if code != 0 {
		t.Fatalf("session new: %d %s", code, errOut)
	}
	id := strings.TrimSpace(out)
	if len(id) != 8 {
		t.Fatalf("id %q", id)
	}
	if _, out, _ = runCLI(t, "--data", data, "session", "list"); !strings.Contains(out, id) || !strings.Contains(out, "Atelier RGPD") {
		t.Errorf("list: %q", out)
	}
	_, out, _ = runCLI(t, "--data", data, "session", "show", id)
	for _, want := range []string{"Nantes", "Inès Núñez", "Day 1", "09:00–", "module 04"} {
		if !strings.Contains(out, want) {
			t.Errorf("show lacks %q:\n%s", want, out)
		}
	}
	csv := filepath.Join("..", "..", "course", "roster", "testdata", "duplicates.csv")
	code, out, errOut = runCLI(t, "--data", data, "participants", "import", "--session", id, csv)
	if code != 0 || strings.TrimSpace(out) != "imported 3, skipped 2" || !strings.Contains(errOut, "same person as line 2") {
		t.Errorf("import: %d %q %q", code, out, errOut)
	}
	code, _, errOut = runCLI(t, "--data", data, "participants", "import", "--session", id, filepath.Join(data, "missing.csv"))
	if code == 0 || !strings.Contains(errOut, "missing.csv") {
		t.Errorf("missing file: %d %q", code, errOut)
	}
	_, out, _ = runCLI(t, "--data", data, "participants", "list", "--session", id)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.Contains(lines[2], "Rémy, Léa") {
		t.Fatalf("list %q", out)
	}
	pid := strings.Fields(lines[2])[0]
	code, out, _ = runCLI(t, "--data", data, "attendance", "set", "--session", id, "--participant", pid, "--day", "1", "--half", "pm", "--status", "excused")
	if code != 0 || !strings.Contains(out, "excused") {
		t.Errorf("attendance: %d %q", code, out)
	}
	for _, bad := range [][]string{
		{"--day", "3", "--half", "am", "--status", "present"},
		{"--day", "1", "--half", "noon", "--status", "present"},
		{"--day", "1", "--half", "am", "--status", "sleeping"},
	} {
		args := append([]string{"--data", data, "attendance", "set", "--session", id, "--participant", pid}, bad...)
		if code, _, _ := runCLI(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", bad, code)
		}
	}
	if _, out, _ = runCLI(t, "--data", data, "participants", "list", "--session", id, "--csv"); !strings.HasPrefix(out, "First name,Last name") {
		t.Errorf("csv %q", out)
	}
	if code, _, _ := runCLI(t, "--data", data, "session", "delete", id); code != 0 {
		t.Error("delete failed")
	}
	if code, _, _ := runCLI(t, "--data", data, "participants", "list", "--session", id); code == 0 {
		t.Error("participants of a deleted session still listed")
	}
}
