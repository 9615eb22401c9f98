//go:build unix

package loop

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// Backend tests: they run unchanged on every poller (epoll; kqueue; the
// portable one with -tags gonode_portable).

// pbBackend names the poller this binary was built with, told apart by the
// poller's own fields so that no backend needs a test-only hook.
func pbBackend() string {
	typ := reflect.TypeFor[poller]()
	if _, ok := typ.FieldByName("epfd"); ok {
		return "epoll"
	}
	if _, ok := typ.FieldByName("kq"); ok {
		return "kqueue"
	}
	return "portable"
}

// pbPair returns a connected AF_UNIX stream pair: the first end non-blocking
// (for the loop), the second blocking (for a test goroutine). Both are closed at cleanup.
func pbPair(t testing.TB) (loopEnd, testEnd int) {
	t.Helper()
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	unix.CloseOnExec(fds[0])
	unix.CloseOnExec(fds[1])
	if err := unix.SetNonblock(fds[0], true); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		unix.Close(fds[0])
		unix.Close(fds[1])
	})
	return fds[0], fds[1]
}

func pbWrite(t testing.TB, fd int, s string) {
	t.Helper()
	if _, err := unix.Write(fd, []byte(s)); err != nil {
		t.Fatal(err)
	}
}

// TestIOWatcherEchoRoundTrips: a goroutine writes to one end of a socketpair
// and reads the echo; the loop watches the other end for EventRead and echoes
// through EventWrite, started when data is queued and stopped when drained.
func TestIOWatcherEchoRoundTrips(t *testing.T) {
	const rounds = 1000
	l := newLoop(t)
	a, b := pbPair(t)

	var out []byte
	buf := make([]byte, 4096)
	reads, writes, closed := 0, 0, false
	var w *IOWatcher
	w, err := NewIOWatcher(l, a, func(ev Events) {
		if ev&EventRead != 0 {
			reads++
			for {
				n, err := unix.Read(a, buf)
				if n > 0 {
					out = append(out, buf[:n]...)
					continue
				}
				if err == unix.EAGAIN || err == unix.EINTR {
					break
				}
				// EOF (or an error): the peer is done.
				w.Close(func() { closed = true })
				return
			}
			if len(out) > 0 {
				if err := w.Start(EventWrite); err != nil {
					t.Errorf("Start(EventWrite): %v", err)
				}
			}
		}
		if ev&EventWrite != 0 && len(out) > 0 {
			writes++
			n, err := unix.Write(a, out)
			if n > 0 {
				out = out[:copy(out, out[n:])]
			} else if err != unix.EAGAIN {
				t.Errorf("write: %v", err)
			}
			if len(out) == 0 {
				w.Stop(EventWrite)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Start(EventRead); err != nil {
		t.Fatal(err)
	}

	done := make(chan error, 1)
	go func() {
		// Half-close when finished (or failed): the loop reads EOF and closes its watcher.
		defer unix.Shutdown(b, unix.SHUT_WR)
		msg := make([]byte, 0, 64)
		got := make([]byte, 64)
		for i := 0; i < rounds; i++ {
			msg = fmt.Appendf(msg[:0], "ping %d", i)
			if _, err := unix.Write(b, msg); err != nil {
				done <- err
				return
			}
			for n := 0; n < len(msg); {
				m, err := unix.Read(b, got[n:len(msg)])
				if m <= 0 {
					done <- fmt.Errorf("round %d: read %d, %v", i, m, err)
					return
				}
				n += m
			}
			if !bytes.Equal(got[:len(msg)], msg) {
				done <- fmt.Errorf("round %d: echo %q, want %q", i, got[:len(msg)], msg)
				return
			}
		}
		done <- nil
	}()
	watchdog := time.AfterFunc(30*time.Second, func() { unix.Shutdown(b, unix.SHUT_RDWR) })
	defer watchdog.Stop()

	l.Run(RunDefault)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if !closed {
		t.Fatal("the loop returned before the watcher was closed")
	}
	if reads < rounds || writes < rounds {
		t.Fatalf("%d read and %d write callbacks, want at least %d each", reads, writes, rounds)
	}
	t.Logf("%s: %d read and %d write callbacks", pbBackend(), reads, writes)
}

// pbTwoReadable returns two watchers whose fds are both readable before the
// loop runs, so the poller reports them in the same batch.
func pbTwoReadable(t *testing.T, l *Loop, cb1, cb2 func(Events)) (*IOWatcher, *IOWatcher) {
	t.Helper()
	var ws [2]*IOWatcher
	for i, cb := range []func(Events){cb1, cb2} {
		a, b := pbPair(t)
		pbWrite(t, b, "x")
		w, err := NewIOWatcher(l, a, cb)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Start(EventRead); err != nil {
			t.Fatal(err)
		}
		ws[i] = w
	}
	return ws[0], ws[1]
}

// TestIOWatcherStoppedInSameBatch: whichever callback runs first stops the
// other watcher, which was ready in the same batch: its callback must not run.
func TestIOWatcherStoppedInSameBatch(t *testing.T) {
	l := newLoop(t)
	var w1, w2 *IOWatcher
	calls := 0
	w1, w2 = pbTwoReadable(t, l,
		func(Events) { calls++; w1.Stop(EventRead); w2.Stop(EventRead) },
		func(Events) { calls++; w1.Stop(EventRead); w2.Stop(EventRead) })
	l.Run(RunOnce)
	if calls != 1 {
		t.Fatalf("%d callbacks, want 1: the stopped watcher was called", calls)
	}
	if w1.IsActive() || w2.IsActive() {
		t.Fatal("watchers still active")
	}
	// Stopped watchers no longer keep the loop alive, and get no more events.
	if l.Run(RunDefault) {
		t.Fatal("loop alive with only stopped watchers")
	}
	if calls != 1 {
		t.Fatalf("%d callbacks after the watchers were stopped", calls)
	}
	closeAll(l, w1, w2)
}

// TestIOWatcherClosedInCallback: the first callback closes both watchers
// (itself included); the other gets no callback and both close callbacks run.
func TestIOWatcherClosedInCallback(t *testing.T) {
	l := newLoop(t)
	var w1, w2 *IOWatcher
	var r recorder
	closeBoth := func(Events) {
		r.add("cb")
		w1.Close(func() { r.add("close1") })
		w2.Close(func() { r.add("close2") })
		if err := w1.Start(EventRead); err != EINVAL {
			t.Errorf("Start on a closing watcher: %v, want EINVAL", err)
		}
	}
	w1, w2 = pbTwoReadable(t, l, closeBoth, closeBoth)
	if l.Run(RunDefault) {
		t.Fatal("loop still alive")
	}
	// Close callbacks run in reverse order of Close.
	r.expect(t, "cb", "close2", "close1")
}

// TestIOWatcherFeedRunsInPendingPhase: a fed callback runs with EventWrite in
// the pending phase of the next iteration, before idle and prepare, and a
// feed from inside a poll callback runs in the same iteration after poll.
func TestIOWatcherFeedRunsInPendingPhase(t *testing.T) {
	l := newLoop(t)
	var r recorder
	a, _ := pbPair(t)
	var w *IOWatcher
	w, err := NewIOWatcher(l, a, func(ev Events) {
		if ev != EventWrite {
			t.Errorf("fed callback got %v, want EventWrite", ev)
		}
		r.add("pending")
	})
	if err != nil {
		t.Fatal(err)
	}
	prep := NewPrepare(l)
	prep.Start(func() { r.add("prepare") })
	check := NewCheck(l)
	check.Start(func() { r.add("check") })
	w.Feed()
	w.Feed() // coalesced
	l.Run(RunNoWait)
	r.expect(t, "pending", "prepare", "check")
	closeAll(l, w, prep, check)
}

// TestIOWatcherRegularFile: epoll refuses regular files (EPERM); the error is
// reported through the callback with EventError and w.Err().
func TestIOWatcherRegularFile(t *testing.T) {
	if b := pbBackend(); b != "epoll" {
		t.Skipf("%s: regular files are pollable with this backend (always ready)", b)
	}
	l := newLoop(t)
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, []byte("data"), 0o600); err != nil {
		t.Fatal(err)
	}
	fd, err := unix.Open(path, unix.O_RDONLY|unix.O_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Close(fd)
	var got []Events
	var w *IOWatcher
	w, err = NewIOWatcher(l, fd, func(ev Events) { got = append(got, ev); w.Close(nil) })
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Start(EventRead); err != nil {
		t.Fatal(err) // registration is lazy: the error comes from the poll phase
	}
	l.Run(RunNoWait)
	if len(got) != 1 || got[0] != EventError|EventRead {
		t.Fatalf("callbacks %v, want one with EventError|EventRead", got)
	}
	if w.Err() != EPERM {
		t.Fatalf("Err() = %v, want EPERM", w.Err())
	}
	l.Run(RunDefault)
}

// TestIOWatcherHangup: the peer closing is reported to a read watcher.
func TestIOWatcherHangup(t *testing.T) {
	l := newLoop(t)
	a, b := pbPair(t)
	var got Events
	var w *IOWatcher
	w, err := NewIOWatcher(l, a, func(ev Events) { got = ev; w.Close(nil) })
	if err != nil {
		t.Fatal(err)
	}
	w.Start(EventRead)
	unix.Shutdown(b, unix.SHUT_RDWR)
	l.Run(RunDefault)
	if got&EventRead == 0 {
		t.Fatalf("got %v, want EventRead on hang-up", got)
	}
}

// TestIOWatcherReadWriteOneCallback: an fd ready for both reading and writing
// gets both in one callback.
func TestIOWatcherReadWriteOneCallback(t *testing.T) {
	l := newLoop(t)
	a, b := pbPair(t)
	pbWrite(t, b, "x")
	var got []Events
	var w *IOWatcher
	w, err := NewIOWatcher(l, a, func(ev Events) { got = append(got, ev); w.Close(nil) })
	if err != nil {
		t.Fatal(err)
	}
	w.Start(EventRead | EventWrite)
	l.Run(RunDefault)
	if len(got) != 1 || got[0] != EventRead|EventWrite {
		t.Fatalf("callbacks %v, want one with EventRead|EventWrite", got)
	}
}

// TestIOWatcherInterestChangeWhileBlocked: a watcher started from another
// handle's callback while the loop had been blocked on other fds is polled
// from the next wait on (the portable backend re-arms its helper).
func TestIOWatcherInterestChangeWhileBlocked(t *testing.T) {
	l := newLoop(t)
	a1, _ := pbPair(t)
	a2, b2 := pbPair(t)
	w1, err := NewIOWatcher(l, a1, func(Events) { t.Error("idle fd reported ready") })
	if err != nil {
		t.Fatal(err)
	}
	w1.Start(EventRead)
	got := 0
	var w2 *IOWatcher
	w2, err = NewIOWatcher(l, a2, func(ev Events) {
		got++
		unix.Read(a2, make([]byte, 8))
		w2.Close(nil)
		w1.Close(nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	tm := NewTimer(l)
	tm.Start(func() {
		w2.Start(EventRead)
		go func() {
			time.Sleep(20 * time.Millisecond)
			unix.Write(b2, []byte("y"))
		}()
	}, 10, 0)
	l.Run(RunDefault)
	if got != 1 {
		t.Fatalf("%d callbacks, want 1", got)
	}
	closeAll(l, tm)
}

// TestAsyncWakesBlockedPoll: Send from another goroutine wakes a poll that
// would otherwise block forever on an idle watched fd.
func TestAsyncWakesBlockedPoll(t *testing.T) {
	l := newLoop(t)
	a, _ := pbPair(t)
	w, err := NewIOWatcher(l, a, func(Events) { t.Error("idle fd reported ready") })
	if err != nil {
		t.Fatal(err)
	}
	w.Start(EventRead)
	var as *Async
	n := 0
	as = NewAsync(l, func() {
		n++
		if n == 3 {
			as.Close(nil)
			w.Close(nil)
		}
	})
	for i := 0; i < 3; i++ {
		go func() {
			time.Sleep(5 * time.Millisecond)
			as.Send()
		}()
		l.Run(RunOnce)
	}
	l.Run(RunDefault)
	if n != 3 {
		t.Fatalf("async ran %d times, want 3", n)
	}
}

// TestPollTimeoutWithWatchedFd: with an idle watched fd and a timer, poll
// returns for the timer (the portable backend's timer path).
func TestPollTimeoutWithWatchedFd(t *testing.T) {
	l := newLoop(t)
	a, _ := pbPair(t)
	w, err := NewIOWatcher(l, a, func(Events) { t.Error("idle fd reported ready") })
	if err != nil {
		t.Fatal(err)
	}
	w.Start(EventRead)
	tm := NewTimer(l)
	fired := 0
	tm.Start(func() {
		fired++
		if fired == 5 {
			tm.Close(nil)
			w.Close(nil)
		}
	}, 2, 2)
	start := time.Now()
	l.Run(RunDefault)
	if fired != 5 {
		t.Fatalf("timer fired %d times, want 5", fired)
	}
	// Loop time has 1 ms resolution: each 2 ms period is at least 1 ms of real time.
	if el := time.Since(start); el < 5*time.Millisecond {
		t.Fatalf("5 timeouts of 2ms took %v", el)
	}
}

// TestPollNoAllocs: steady-state polling and dispatch do not allocate.
func TestPollNoAllocs(t *testing.T) {
	l := newLoop(t)
	a, b := pbPair(t)
	pbWrite(t, b, "x") // stays readable: level-triggered, one callback per poll
	calls := 0
	w, err := NewIOWatcher(l, a, func(Events) { calls++ })
	if err != nil {
		t.Fatal(err)
	}
	w.Start(EventRead)
	idle, _ := pbPair(t)
	w2, err := NewIOWatcher(l, idle, func(Events) {})
	if err != nil {
		t.Fatal(err)
	}
	w2.Start(EventRead)
	l.Run(RunNoWait) // registration, table growth
	if n := testing.AllocsPerRun(100, func() { l.Run(RunNoWait) }); n != 0 {
		t.Errorf("ready fd: %v allocs per iteration, want 0", n)
	}
	w.Close(nil)
	tm := NewTimer(l)
	tm.Start(func() {}, 1, 1)
	l.Run(RunOnce)
	if n := testing.AllocsPerRun(20, func() { l.Run(RunOnce) }); n != 0 {
		t.Errorf("timed wait: %v allocs per iteration, want 0", n)
	}
	as := NewAsync(l, func() {})
	as.Send()
	l.Run(RunOnce)
	if n := testing.AllocsPerRun(100, func() { as.Send(); l.Run(RunOnce) }); n != 0 {
		t.Errorf("wake-up: %v allocs per iteration, want 0", n)
	}
	if calls == 0 {
		t.Fatal("no callbacks")
	}
	closeAll(l, w2, tm, as)
}

// TestIOWatcherStopRemovesInterest: interest removed with Stop is dropped
// from the poller before the next wait (no busy loop on a level-triggered
// fd), and interest added back is polled again.
func TestIOWatcherStopRemovesInterest(t *testing.T) {
	l := newLoop(t)
	a, b := pbPair(t)
	pbWrite(t, b, "x") // readable and writable from now on
	var got []Events
	var w *IOWatcher
	w, err := NewIOWatcher(l, a, func(ev Events) {
		got = append(got, ev)
		switch len(got) {
		case 1:
			w.Stop(EventWrite)
		case 3:
			w.Stop(EventRead)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	w.Start(EventRead | EventWrite)
	tm := NewTimer(l)
	ticks := 0
	tm.Start(func() {
		ticks++
		if ticks == 3 {
			w.Start(EventWrite)
		}
		if ticks == 6 {
			tm.Close(nil)
			w.Close(nil)
		}
	}, 1, 1)
	l.Run(RunDefault)
	want := []Events{EventRead | EventWrite, EventRead, EventRead}
	if len(got) < len(want)+1 || !reflect.DeepEqual(got[:len(want)], want) {
		t.Fatalf("callbacks %v, want %v then EventWrite only", got, want)
	}
	for _, ev := range got[len(want):] {
		if ev != EventWrite {
			t.Fatalf("callbacks %v: after the restart only EventWrite is watched", got)
		}
	}
}

// TestIOWatcherChurn starts, stops, closes and replaces watchers at random
// from inside callbacks (fd numbers get reused) and checks that a watcher is
// never called while stopped or closed, nor with events it does not want,
// and that afterwards every fd is still polled with the right interest.
func TestIOWatcherChurn(t *testing.T) {
	const n = 48
	l := newLoop(t)
	rng := rand.New(rand.NewPCG(1, 2))
	type slot struct {
		a, b int
		w    *IOWatcher
		hits int
	}
	var slots [n]*slot
	buf := make([]byte, 256)
	var newWatcher func(s *slot)
	newWatcher = func(s *slot) {
		var w *IOWatcher
		w, err := NewIOWatcher(l, s.a, func(ev Events) {
			if w.IsClosing() || !w.IsActive() || s.w != w {
				t.Errorf("fd %d: callback of a stopped or closed watcher", s.a)
			}
			if extra := ev & (EventRead | EventWrite) &^ w.Interest(); extra != 0 {
				t.Errorf("fd %d: got %v, interest %v", s.a, ev, w.Interest())
			}
			s.hits++
			if ev&EventRead != 0 {
				unix.Read(s.a, buf)
			}
			// Act on a random other slot (or this one).
			o := slots[rng.IntN(n)]
			switch rng.IntN(8) {
			case 0:
				o.w.Stop(EventRead | EventWrite)
			case 1:
				o.w.Stop(EventWrite)
			case 2:
				o.w.Start(EventRead)
			case 3:
				o.w.Start(EventWrite)
			case 4:
				unix.Write(o.b, []byte("z"))
			case 5: // close the watcher, keep the fd, watch it again with a new one
				o.w.Close(nil)
				newWatcher(o)
				o.w.Start(Events(1 + rng.IntN(3)))
			case 6: // close watcher and fds; the new pair likely reuses the numbers
				o.w.Close(nil)
				unix.Close(o.a)
				unix.Close(o.b)
				o.a, o.b = pbRawPair(t)
				newWatcher(o)
				o.w.Start(EventRead)
			case 7:
				unix.Write(s.b, []byte("y"))
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		s.w = w
	}
	for i := range slots {
		s := &slot{}
		s.a, s.b = pbRawPair(t)
		slots[i] = s
		newWatcher(s)
		s.w.Start(Events(1 + rng.IntN(3)))
		unix.Write(s.b, []byte("x"))
	}
	tm := NewTimer(l)
	tm.Start(func() {}, 1, 1)
	for i := 0; i < 300; i++ {
		l.Run(RunOnce)
	}
	total := 0
	for _, s := range slots {
		total += s.hits
	}
	if total < 1000 {
		t.Fatalf("only %d callbacks in 300 iterations", total)
	}
	t.Logf("%s: %d callbacks", pbBackend(), total)
	// Liveness: every fd watched for writing must be reported within a few iterations.
	for _, s := range slots {
		s.w.Start(EventWrite)
		s.hits = 0
	}
	for _, s := range slots {
		s.w.cb = func(Events) { s.hits++ } // stop the churn
	}
	for i := 0; i < 5; i++ {
		l.Run(RunOnce)
	}
	for _, s := range slots {
		if s.hits == 0 {
			t.Errorf("fd %d (interest %v) never reported writable after the churn", s.a, s.w.Interest())
		}
	}
	for _, s := range slots {
		s.w.Close(nil)
	}
	tm.Close(nil)
	l.Run(RunDefault)
	for _, s := range slots {
		unix.Close(s.a)
		unix.Close(s.b)
	}
}

// pbRawPair is a non-blocking socketpair that the caller closes.
func pbRawPair(t testing.TB) (int, int) {
	t.Helper()
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, fd := range fds {
		unix.CloseOnExec(fd)
		unix.SetNonblock(fd, true)
	}
	return fds[0], fds[1]
}

// TestAsyncNotStarvedByReadyFd: a wake-up is handled promptly while a
// level-triggered fd is ready on every poll.
func TestAsyncNotStarvedByReadyFd(t *testing.T) {
	l := newLoop(t)
	a, _ := pbPair(t)
	w, err := NewIOWatcher(l, a, func(Events) {}) // always writable
	if err != nil {
		t.Fatal(err)
	}
	w.Start(EventWrite)
	ran := false
	as := NewAsync(l, func() { ran = true })
	sent := make(chan struct{})
	go func() { as.Send(); close(sent) }()
	<-sent
	for i := 0; i < 3 && !ran; i++ {
		l.Run(RunOnce)
	}
	if !ran {
		t.Fatal("async callback starved by a ready fd")
	}
	closeAll(l, w, as)
}
