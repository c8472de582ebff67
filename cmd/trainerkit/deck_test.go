package main

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// trainerkit deck prints NUMBER<TAB>WORDS<TAB>NOTE_WORDS<TAB>TITLE a slide,
// and for a session a "# HH:MM BLOCK TITLE" line before each block.
func TestDeckCommand(t *testing.T) {
	data := t.TempDir()
	code, out, errOut := runCLI(t, "--data", data, "deck", "--module", "1", "--lang", "en")
	slide := regexp.MustCompile(`^\d+\t\d+\t\d+\t\S.*$`)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) < 10 || !strings.HasPrefix(lines[0], "1\t") {
		t.Fatalf("deck --module 1: %d %q %q", code, out, errOut)
	}
	for _, l := range lines {
		if !slide.MatchString(l) {
			t.Errorf("not a slide line: %q", l)
		}
	}
	code, out, errOut = runCLI(t, "--data", data, "session", "new", "--title", "Two days", "--start", "2026-12-14",
		"--days", "2", "--lang", "en", "--modules", "1,4")
	if code != 0 {
		t.Fatalf("session new: %q", errOut)
	}
	code, out, errOut = runCLI(t, "--data", data, "deck", "--session", strings.TrimSpace(out))
	block := regexp.MustCompile(`^# \d\d:\d\d \S.*$`)
	lines = strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || !block.MatchString(lines[0]) || !strings.HasPrefix(lines[0], "# 09:00 ") {
		t.Fatalf("deck --session: %d %q %q", code, out, errOut)
	}
	n, breaks := 0, 0
	for _, l := range lines {
		switch {
		case block.MatchString(l):
			if strings.HasPrefix(l, "# ") && strings.Contains(l, "Break") {
				breaks++
			}
		case slide.MatchString(l):
			n++
			if strings.Split(l, "\t")[0] != strconv.Itoa(n) {
				t.Errorf("slide numbers do not follow: %q is not %d", l, n)
			}
		default:
			t.Errorf("neither block nor slide: %q", l)
		}
	}
	if breaks < 2 || !strings.Contains(out, "Break — back at ") {
		t.Errorf("%d breaks in the two half-days:\n%s", breaks, out)
	}
	if code, _, _ = runCLI(t, "deck", "--lang", "en"); code != 2 {
		t.Errorf("deck without a module or session: exit %d", code)
	}
}
