package storage

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/socialtech/trainerkit/course/session"
)

// The crash test: a child process (this test binary run again with
// crashDirEnv set) writes sessions, participants and attendance marks in a
// loop through the storage API and prints each write after its commit
// returned; the parent kills it with SIGKILL (Process.Kill) at random
// moments, then opens the data file and checks that it holds every write the
// child reported. `go test -short` skips it.

const (
	crashDirEnv  = "TRAINERKIT_CRASH_DIR"
	crashSeedEnv = "TRAINERKIT_CRASH_SEED"
	// crashKills is how many kills must land while the child is writing.
	crashKills = 50
)

// markStatus is the status the child gives a half-day: a function of the
// key, so that writing a mark again never changes what was reported.
func markStatus(pid string, day int, half session.Half) session.Status {
	h := fnv.New32a()
	fmt.Fprintf(h, "%s|%d|%s", pid, day, half)
	return session.Statuses[h.Sum32()%uint32(len(session.Statuses))]
}

// TestCrashChild is the writing process; it does nothing in a normal run.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashDirEnv)
	if dir == "" {
		return
	}
	seed, _ := strconv.ParseUint(os.Getenv(crashSeedEnv), 10, 64)
	rng := rand.New(rand.NewPCG(seed, uint64(os.Getpid())))
	// Each report is one write(2) of a whole line, after the commit returned.
	say := func(format string, a ...any) { os.Stdout.WriteString(fmt.Sprintf(format, a...) + "\n") }
	die := func(err error) { say("ERR %v", err); os.Exit(3) }
	db, err := Open(dir)
	if err != nil {
		die(err)
	}
	// What the file already holds, to add participants and marks to.
	var sessions []string
	people := map[string][]string{}
	list, err := db.Sessions()
	if err != nil {
		die(err)
	}
	for _, s := range list {
		sessions = append(sessions, s.ID)
		ps, err := db.Participants(s.ID)
		if err != nil {
			die(err)
		}
		for _, p := range ps {
			people[s.ID] = append(people[s.ID], p.ID)
		}
	}
	say("READY")
	for i := 0; ; i++ {
		op := rng.IntN(10)
		switch {
		case len(sessions) == 0 || op == 0:
			s, err := session.New(fmt.Sprintf("Crash %d", i), "2026-06-01", 2, "fr")
			if err != nil {
				die(err)
			}
			if err := db.SaveSession(s); err != nil {
				die(err)
			}
			sessions = append(sessions, s.ID)
			say("S %s", s.ID)
		case op <= 4 || len(people[sessions[len(sessions)-1]]) == 0:
			sid := sessions[rng.IntN(len(sessions))]
			ps := make([]session.Participant, 1+rng.IntN(3))
			for k := range ps {
				ps[k] = session.Participant{FirstName: "Léa", LastName: fmt.Sprintf("Rémy %d-%d", i, k), Email: fmt.Sprintf("l%d.%d@example.org", i, k)}
			}
			if err := db.SaveParticipants(sid, ps); err != nil {
				die(err)
			}
			for _, p := range ps {
				people[sid] = append(people[sid], p.ID)
				say("P %s %s", sid, p.ID)
			}
		case op == 9 && i%5 == 0:
			b, err := db.CreateBackup()
			if err != nil {
				die(err)
			}
			say("B %s", b.Name)
		case op == 8 && i%6 == 0 && len(people[sessions[0]]) > 1:
			// Forget: the deletion, then compaction and the backups
			// rewritten; the kill may land anywhere in it.
			sid := sessions[0]
			pid := people[sid][0]
			people[sid] = people[sid][1:]
			say("f %s %s", sid, pid)
			if err := db.ForgetParticipant(sid, pid); err != nil {
				die(err)
			}
			say("F %s %s", sid, pid)
		default:
			sid := sessions[len(sessions)-1]
			if len(people[sid]) == 0 {
				continue
			}
			pid := people[sid][rng.IntN(len(people[sid]))]
			day, half := 1+rng.IntN(2), []session.Half{session.AM, session.PM}[rng.IntN(2)]
			if err := db.SetMark(sid, session.Mark{Participant: pid, Day: day, Half: half, Status: markStatus(pid, day, half)}); err != nil {
				die(err)
			}
			say("A %s %s %d %s", sid, pid, day, half)
		}
	}
}

func TestCrashKeepsCommittedWrites(t *testing.T) {
	if testing.Short() {
		t.Skip("the crash test runs without -short (about 15 s)")
	}
	if os.Getenv(crashDirEnv) != "" {
		return
	}
	dir := t.TempDir()
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 1))
	t.Logf("seed %d", seed)

	sessions := map[string]bool{}
	people := map[string]map[string]bool{} // session → participants
	type markKey struct {
		sid, pid string
		day      int
		half     session.Half
	}
	marks := map[markKey]bool{}
	forgotten := map[string]string{} // participant → session, forgotten for sure
	start := time.Now()
	midWrite, runs, opens := 0, 0, time.Duration(0)
	var slowest time.Duration
	for midWrite < crashKills {
		runs++
		if runs > 3*crashKills {
			t.Fatalf("only %d of %d runs were killed while writing", midWrite, runs)
		}
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashDirEnv+"="+dir, crashSeedEnv+"="+strconv.FormatUint(rng.Uint64(), 10))
		cmd.Stderr = os.Stderr
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string, 1024)
		go func() {
			defer close(lines)
			r := bufio.NewReader(out)
			for {
				l, err := r.ReadString('\n')
				if err != nil {
					return // a line cut by the kill was not reported
				}
				lines <- strings.TrimSuffix(l, "\n")
			}
		}()
		var got []string
		// Most kills land while the child writes; some while it starts and
		// opens the file.
		early := rng.IntN(8) == 0
		if early {
			time.Sleep(time.Duration(rng.IntN(40)) * time.Millisecond)
		} else {
			select {
			case l, ok := <-lines:
				if !ok || l != "READY" {
					cmd.Process.Kill()
					cmd.Wait()
					t.Fatalf("child did not start: %q", l)
				}
			case <-time.After(10 * time.Second):
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatal("child did not open the file within 10 s")
			}
			time.Sleep(time.Duration(rng.IntN(120_000)) * time.Microsecond)
		}
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()
		for l := range lines {
			got = append(got, l)
		}
		wrote := false
		for _, l := range got {
			f := strings.Fields(l)
			switch f[0] {
			case "READY":
			case "ERR":
				t.Fatalf("run %d: child failed: %s", runs, l)
			case "S":
				sessions[f[1]] = true
				wrote = true
			case "P":
				if people[f[1]] == nil {
					people[f[1]] = map[string]bool{}
				}
				people[f[1]][f[2]] = true
				wrote = true
			case "A":
				day, _ := strconv.Atoi(f[3])
				marks[markKey{f[1], f[2], day, session.Half(f[4])}] = true
				wrote = true
			case "B":
				wrote = true
			case "f": // about to be forgotten: may or may not be, after a kill
				delete(people[f[1]], f[2])
				for k := range marks {
					if k.pid == f[2] {
						delete(marks, k)
					}
				}
				wrote = true
			case "F":
				forgotten[f[2]] = f[1]
				wrote = true
			default:
				t.Fatalf("run %d: unexpected output %q", runs, l)
			}
		}
		if !early && wrote {
			midWrite++
		}

		// The lock died with the process: the file opens at once, whole.
		t0 := time.Now()
		db, err := Open(dir)
		d := time.Since(t0)
		opens += d
		slowest = max(slowest, d)
		if err != nil {
			t.Fatalf("run %d: open after the kill: %v", runs, err)
		}
		for sid := range sessions {
			if _, err := db.Session(sid); err != nil {
				t.Fatalf("run %d: reported session lost: %v", runs, err)
			}
		}
		for sid, ps := range people {
			list, err := db.Participants(sid)
			if err != nil {
				t.Fatalf("run %d: %v", runs, err)
			}
			have := map[string]bool{}
			for _, p := range list {
				have[p.ID] = true
			}
			for pid := range ps {
				if !have[pid] {
					t.Fatalf("run %d: reported participant %s of session %s lost", runs, pid, sid)
				}
			}
		}
		for pid, sid := range forgotten {
			list, _ := db.Participants(sid)
			for _, p := range list {
				if p.ID == pid {
					t.Fatalf("run %d: forgotten participant %s is back", runs, pid)
				}
			}
		}
		if es, err := db.erasures(); err != nil || len(es) != 0 {
			t.Fatalf("run %d: erasures left after open: %v %v", runs, es, err)
		}
		bySession := map[string]map[markKey]session.Status{}
		for k := range marks {
			if bySession[k.sid] == nil {
				ms, err := db.Marks(k.sid)
				if err != nil {
					t.Fatalf("run %d: %v", runs, err)
				}
				bySession[k.sid] = map[markKey]session.Status{}
				for _, m := range ms {
					bySession[k.sid][markKey{k.sid, m.Participant, m.Day, m.Half}] = m.Status
				}
			}
			if st := bySession[k.sid][k]; st != markStatus(k.pid, k.day, k.half) {
				t.Fatalf("run %d: reported mark %+v is %q", runs, k, st)
			}
		}
		// Every backup in the folder is whole: a killed backup leaves only a
		// temporary file.
		bs, err := db.Backups()
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range bs {
			if err := VerifyFile(b.Path); err != nil {
				t.Fatalf("run %d: backup %s: %v", runs, b.Name, err)
			}
		}
		db.Close()
	}
	n := 0
	for _, ps := range people {
		n += len(ps)
	}
	t.Logf("%d runs, %d killed while writing, in %v; %d sessions, %d participants, %d marks, %d forgotten checked; open after a kill: mean %v, slowest %v",
		runs, midWrite, time.Since(start).Round(time.Millisecond), len(sessions), n, len(marks), len(forgotten), (opens / time.Duration(runs)).Round(time.Microsecond), slowest.Round(time.Microsecond))
	if len(sessions) == 0 || n == 0 || len(marks) == 0 {
		t.Error("the child wrote too little to test anything")
	}
}
