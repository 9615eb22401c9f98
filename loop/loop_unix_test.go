//go:build unix

package loop

import (
	"os"
	"os/exec"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// testSocketPair returns a connected non-blocking AF_UNIX stream pair, closed at cleanup.
func testSocketPair(t testing.TB) (int, int) {
	t.Helper()
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, fd := range fds {
		unix.SetNonblock(fd, true)
		unix.CloseOnExec(fd)
	}
	t.Cleanup(func() { unix.Close(fds[0]); unix.Close(fds[1]) })
	return fds[0], fds[1]
}

func TestPendingRoundsBounded(t *testing.T) {
	l := newLoop(t)
	r, _ := testSocketPair(t)
	var watcher *IOWatcher
	calls := 0
	watcher, err := NewIOWatcher(l, r, func(ev Events) {
		calls++
		watcher.Feed() // re-feed forever
	})
	if err != nil {
		t.Fatal(err)
	}
	checks := 0
	check := NewCheck(l)
	check.Start(func() { checks++ })
	watcher.Feed()
	l.Run(RunNoWait)
	// One run at the start of the iteration, then at most 8 rounds after poll.
	if calls != 9 || checks != 1 {
		t.Fatalf("pending calls %d checks %d, want 9 and 1", calls, checks)
	}
	closeAll(l, watcher, check)
}

func TestIdleLoopSleeps(t *testing.T) {
	if testing.Short() {
		t.Skip("takes 1s")
	}
	l := newLoop(t)
	tm := NewTimer(l)
	tm.Start(func() {}, 1000, 0)
	var before, after unix.Rusage
	unix.Getrusage(unix.RUSAGE_SELF, &before)
	start := time.Now()
	l.Run(RunDefault)
	unix.Getrusage(unix.RUSAGE_SELF, &after)
	if el := time.Since(start); el < 990*time.Millisecond {
		t.Fatalf("loop returned after %v, before the 1s timer", el)
	}
	cpu := time.Duration(after.Utime.Nano() + after.Stime.Nano() - before.Utime.Nano() - before.Stime.Nano())
	t.Logf("CPU used during a 1s idle poll: %v", cpu)
	if cpu > 20*time.Millisecond {
		t.Fatalf("idle loop used %v of CPU in 1s, want < 20ms", cpu)
	}
	closeAll(l, tm)
}

func TestSignal(t *testing.T) {
	l := newLoop(t)
	s := NewSignal(l)
	got := 0
	if err := s.Start(func(sig os.Signal) {
		if sig != syscall.SIGUSR1 {
			t.Errorf("got %v", sig)
		}
		got++
		s.Stop()
	}, syscall.SIGUSR1); err != nil {
		t.Fatal(err)
	}
	if s.Signum() != syscall.SIGUSR1 || !s.IsActive() {
		t.Fatal("signal handle not started")
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGUSR1); err != nil {
		t.Fatal(err)
	}
	l.Run(RunDefault) // the active handle keeps the loop running until delivery
	if got != 1 {
		t.Fatalf("callback ran %d times", got)
	}
	closeAll(l, s)
}

func TestSignalUnrefDoesNotKeepAlive(t *testing.T) {
	l := newLoop(t)
	s := NewSignal(l)
	s.Start(func(os.Signal) {}, syscall.SIGUSR2)
	s.Unref()
	if l.Run(RunDefault) {
		t.Fatal("unref'd signal kept the loop alive")
	}
	closeAll(l, s)
}

func TestProcessExit(t *testing.T) {
	l := newLoop(t)
	cmd := exec.Command("/bin/sh", "-c", "exit 3")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	code := -1
	p, err := WatchProcess(l, cmd.Process, func(st *os.ProcessState, err error) {
		if err != nil {
			t.Errorf("wait: %v", err)
			return
		}
		code = st.ExitCode()
	})
	if err != nil {
		t.Fatal(err)
	}
	if p.Pid() != cmd.Process.Pid {
		t.Fatal("pid mismatch")
	}
	l.Run(RunDefault)
	if code != 3 {
		t.Fatalf("exit code %d, want 3", code)
	}
	if err := p.Kill(syscall.SIGTERM); err != ESRCH {
		t.Fatalf("Kill after exit = %v, want ESRCH", err)
	}
	closeAll(l, p)
}

func TestProcessKill(t *testing.T) {
	l := newLoop(t)
	cmd := exec.Command("/bin/sh", "-c", "sleep 30")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var sig os.Signal
	p, err := WatchProcess(l, cmd.Process, func(st *os.ProcessState, err error) {
		if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			sig = ws.Signal()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Kill(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	l.Run(RunDefault)
	if sig != syscall.SIGKILL {
		t.Fatalf("child ended by %v, want SIGKILL", sig)
	}
	closeAll(l, p)
}

// BenchmarkSocketPairPingPong bounces one byte between the two ends of a
// socketpair through the poller; one op is one round trip (two dispatches).
func BenchmarkSocketPairPingPong(b *testing.B) {
	l := newLoop(b)
	x, y := testSocketPair(b)
	buf := make([]byte, 1)
	n := 0
	var wx, wy *IOWatcher
	wx, _ = NewIOWatcher(l, x, func(Events) {
		unix.Read(x, buf)
		n++
		if n >= b.N {
			wx.Close(nil)
			wy.Close(nil)
			return
		}
		unix.Write(x, buf)
	})
	wy, _ = NewIOWatcher(l, y, func(Events) {
		unix.Read(y, buf)
		unix.Write(y, buf)
	})
	wx.Start(EventRead)
	wy.Start(EventRead)
	b.ReportAllocs()
	b.ResetTimer()
	unix.Write(x, buf)
	l.Run(RunDefault)
}
