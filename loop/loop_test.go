package loop

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func newLoop(t testing.TB) *Loop {
	t.Helper()
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := l.Close(); err != nil {
			t.Errorf("loop.Close: %v", err)
		}
	})
	return l
}

// closeAll closes the given handles and runs the loop so their close callbacks run.
func closeAll(l *Loop, hs ...interface{ Close(func()) }) {
	for _, h := range hs {
		h.Close(nil)
	}
	l.Run(RunDefault)
}

type recorder struct{ events []string }

func (r *recorder) add(format string, args ...any) {
	r.events = append(r.events, fmt.Sprintf(format, args...))
}

func (r *recorder) expect(t *testing.T, want ...string) {
	t.Helper()
	if !reflect.DeepEqual(r.events, want) {
		t.Fatalf("events:\n got  %s\n want %s", strings.Join(r.events, " "), strings.Join(want, " "))
	}
}

func TestTimersFireByDueThenStartOrder(t *testing.T) {
	l := newLoop(t)
	var r recorder
	var timers []*Timer
	// Started in this order; due 2,1,1,0,2 ms: expect due order, ties by start order.
	for i, d := range []uint64{2, 1, 1, 0, 2} {
		i := i
		tm := NewTimer(l)
		tm.Start(func() { r.add("t%d", i) }, d, 0)
		timers = append(timers, tm)
	}
	l.Run(RunDefault)
	r.expect(t, "t3", "t1", "t2", "t0", "t4")
	for _, tm := range timers {
		tm.Close(nil)
	}
	l.Run(RunDefault)
}

func TestTimerStartedInCallbackWaitsForNextPass(t *testing.T) {
	l := newLoop(t)
	var r recorder
	a, b, c := NewTimer(l), NewTimer(l), NewTimer(l)
	a.Start(func() {
		r.add("a")
		// Due immediately, but started during the pass: must not run in it.
		c.Start(func() { r.add("c") }, 0, 0)
	}, 0, 0)
	b.Start(func() { r.add("b") }, 0, 0)
	// One pass of timers only: NOWAIT runs the loop body once.
	l.UpdateTime()
	l.runTimers()
	r.expect(t, "a", "b")
	l.runTimers()
	r.expect(t, "a", "b", "c")
	closeAll(l, a, b, c)
}

func TestTimerStoppedByEarlierCallbackInSamePassDoesNotRun(t *testing.T) {
	l := newLoop(t)
	var r recorder
	a, b := NewTimer(l), NewTimer(l)
	a.Start(func() { r.add("a"); b.Stop() }, 0, 0)
	b.Start(func() { r.add("b") }, 0, 0)
	l.Run(RunDefault)
	r.expect(t, "a")
	closeAll(l, a, b)
}

func TestRepeatingTimerRearmsBeforeCallback(t *testing.T) {
	l := newLoop(t)
	tm := NewTimer(l)
	n := 0
	tm.Start(func() {
		n++
		if !tm.IsActive() {
			t.Fatal("repeating timer not active inside its callback")
		}
		if d := tm.DueIn(); d == 0 || d > 5 {
			t.Fatalf("DueIn inside callback = %d, want 1..5", d)
		}
		if n == 3 {
			tm.Stop()
		}
	}, 0, 5)
	l.Run(RunDefault)
	if n != 3 {
		t.Fatalf("fired %d times, want 3", n)
	}
	closeAll(l, tm)
}

func TestTimerAgainAndStartErrors(t *testing.T) {
	l := newLoop(t)
	tm := NewTimer(l)
	if err := tm.Again(); err != EINVAL {
		t.Fatalf("Again on never-started timer = %v, want EINVAL", err)
	}
	if err := tm.Start(nil, 1, 0); err != EINVAL {
		t.Fatalf("Start(nil) = %v, want EINVAL", err)
	}
	fired := 0
	tm.Start(func() { fired++ }, 1000, 0)
	tm.SetRepeat(0)
	// Again with repeat 0 leaves the timer as it is.
	if err := tm.Again(); err != nil || !tm.IsActive() {
		t.Fatalf("Again with repeat 0: err %v active %v", err, tm.IsActive())
	}
	tm.SetRepeat(1)
	tm.Again() // now due in 1ms, repeating
	if tm.Repeat() != 1 || tm.DueIn() > 1 {
		t.Fatalf("after Again: repeat %d due in %d", tm.Repeat(), tm.DueIn())
	}
	tm.Stop()
	if tm.IsActive() || tm.DueIn() != 0 {
		t.Fatal("stopped timer still active")
	}
	closeAll(l, tm)
	if err := tm.Start(func() {}, 1, 0); err != EINVAL {
		t.Fatalf("Start on closed timer = %v, want EINVAL", err)
	}
}

func TestUnrefTimerDoesNotKeepLoopAlive(t *testing.T) {
	l := newLoop(t)
	tm := NewTimer(l)
	fired := false
	tm.Start(func() { fired = true }, 10, 0)
	tm.Unref()
	if l.Alive() {
		t.Fatal("loop alive with only an unref'd timer")
	}
	if l.Run(RunDefault) {
		t.Fatal("Run reported alive")
	}
	if fired {
		t.Fatal("unref'd timer fired although nothing kept the loop running")
	}
	tm.Ref()
	if !tm.HasRef() || !l.Alive() {
		t.Fatal("Ref did not make the timer keep the loop alive")
	}
	l.Run(RunDefault)
	if !fired {
		t.Fatal("ref'd timer did not fire")
	}
	closeAll(l, tm)
}

func TestUnrefTimerBoundsPollSleep(t *testing.T) {
	l := newLoop(t)
	// A ref'd async that nobody sends keeps the loop alive and blocking;
	// the unref'd timer must still wake the poll and can end the run.
	a := NewAsync(l, func() {})
	tm := NewTimer(l)
	tm.Start(func() { a.Close(nil) }, 5, 0)
	tm.Unref()
	if got := l.BackendTimeout(); got < 0 || got > 5 {
		t.Fatalf("BackendTimeout = %d, want 0..5 (bounded by the unref'd timer)", got)
	}
	l.Run(RunDefault)
	if !a.IsClosing() {
		t.Fatal("unref'd timer never fired")
	}
	closeAll(l, tm)
}

func TestIdleMakesPollNonBlocking(t *testing.T) {
	l := newLoop(t)
	far := NewTimer(l)
	far.Start(func() {}, 1_000_000, 0)
	if got := l.BackendTimeout(); got < 999_000 {
		t.Fatalf("BackendTimeout with a far timer = %d", got)
	}
	idle := NewIdle(l)
	n := 0
	idle.Start(func() {
		n++
		if n == 3 {
			idle.Stop()
			far.Stop()
		}
	})
	if got := l.BackendTimeout(); got != 0 {
		t.Fatalf("BackendTimeout with active idle = %d, want 0", got)
	}
	l.Run(RunDefault)
	if n != 3 {
		t.Fatalf("idle ran %d times", n)
	}
	closeAll(l, far, idle)
}

func TestIdleStarvation(t *testing.T) {
	// libuv idle_starvation: an idle handle keeps spinning while a timer still fires.
	l := newLoop(t)
	idle := NewIdle(l)
	tm := NewTimer(l)
	spins := 0
	idle.Start(func() { spins++ })
	tm.Start(func() { idle.Stop() }, 2, 0)
	l.Run(RunDefault)
	if spins == 0 {
		t.Fatal("idle never ran")
	}
	closeAll(l, idle, tm)
}

func TestPhaseOrderAndSwapThenIterate(t *testing.T) {
	l := newLoop(t)
	var r recorder
	idle, prep, check := NewIdle(l), NewPrepare(l), NewCheck(l)
	late := NewCheck(l)
	tm := NewTimer(l)
	closer := NewIdle(l)
	iter := 0
	idle.Start(func() { iter++; r.add("idle%d", iter) })
	prep.Start(func() { r.add("prepare%d", iter) })
	check.Start(func() {
		r.add("check%d", iter)
		// Started during the check phase: first runs next iteration.
		late.Start(func() { r.add("late%d", iter) })
		if iter == 1 {
			closer.Close(func() { r.add("close%d", iter) })
		}
	})
	tm.Start(func() { r.add("timer%d", iter) }, 0, 0)
	l.Run(RunNoWait) // DEFAULT would run timers first; NOWAIT starts at pending
	l.Run(RunNoWait)
	r.expect(t,
		"idle1", "prepare1", "check1", "close1", "timer1",
		// late was inserted at the head while check ran, so it now runs first (libuv order).
		"idle2", "prepare2", "late2", "check2")
	closeAll(l, idle, prep, check, late, tm)
}

func TestRunDefaultRunsDueTimersBeforeFirstIteration(t *testing.T) {
	l := newLoop(t)
	var r recorder
	tm := NewTimer(l)
	prep := NewPrepare(l)
	tm.Start(func() { r.add("timer") }, 0, 0)
	prep.Start(func() { r.add("prepare"); prep.Stop() })
	l.Run(RunDefault)
	r.expect(t, "timer", "prepare")
	closeAll(l, tm, prep)
}

func TestTimerFromCheckRunsSameIteration(t *testing.T) {
	// libuv timer_from_check: a 0 ms timer started in check runs in the same
	// iteration's timer phase, which follows check and close.
	l := newLoop(t)
	var r recorder
	check := NewCheck(l)
	tm := NewTimer(l)
	idle := NewIdle(l) // keeps this iteration's poll from blocking
	idle.Start(func() {})
	check.Start(func() {
		r.add("check")
		check.Stop()
		idle.Stop()
		tm.Start(func() { r.add("timer") }, 0, 0)
	})
	l.Run(RunNoWait)
	r.expect(t, "check", "timer")
	closeAll(l, check, tm, idle)
}

func TestCloseCallbacksRunInClosePhaseLIFO(t *testing.T) {
	l := newLoop(t)
	var r recorder
	a, b := NewIdle(l), NewTimer(l)
	a.Close(func() { r.add("a") })
	b.Close(func() { r.add("b") })
	a.Close(func() { r.add("a-again") }) // second close is ignored
	if !a.IsClosing() || !l.Alive() {
		t.Fatal("closing handles must keep the loop alive until their callbacks run")
	}
	l.Run(RunNoWait)
	r.expect(t, "b", "a")
	if l.Alive() {
		t.Fatal("loop alive after close phase")
	}
}

func TestRunOnceBlocksForEventNoWaitDoesNot(t *testing.T) {
	l := newLoop(t)
	tm := NewTimer(l)
	fired := 0
	tm.Start(func() { fired++ }, 20, 0)
	// NOWAIT: polls with timeout 0, the timer is not due yet.
	if !l.Run(RunNoWait) || fired != 0 {
		t.Fatalf("NOWAIT: fired %d", fired)
	}
	// ONCE: blocks in poll until the timer is due, runs it, returns not alive.
	for l.Run(RunOnce) {
	}
	if fired != 1 {
		t.Fatalf("ONCE: fired %d", fired)
	}
	closeAll(l, tm)
}

func TestStop(t *testing.T) {
	l := newLoop(t)
	idle := NewIdle(l)
	n := 0
	idle.Start(func() {
		n++
		if n == 5 {
			l.Stop()
		}
	})
	if !l.Run(RunDefault) {
		t.Fatal("stopped loop should still be alive")
	}
	if n != 5 {
		t.Fatalf("idle ran %d times after Stop at 5", n)
	}
	// Stop before Run: Run returns at once, without running anything.
	l.Stop()
	l.Run(RunDefault)
	if n != 5 {
		t.Fatalf("Run after Stop ran callbacks: %d", n)
	}
	// The stop flag is cleared.
	idle.Stop()
	closeAll(l, idle)
}

func TestAliveRule(t *testing.T) {
	l := newLoop(t)
	if l.Alive() {
		t.Fatal("new loop alive")
	}
	if l.Run(RunDefault) {
		t.Fatal("empty Run reported alive")
	}
	idle := NewIdle(l)
	if l.Alive() {
		t.Fatal("inactive handle makes loop alive")
	}
	idle.Start(func() {})
	if !l.Alive() {
		t.Fatal("active ref'd handle should make loop alive")
	}
	idle.Unref()
	if l.Alive() {
		t.Fatal("unref'd handle makes loop alive")
	}
	idle.Unref() // idempotent
	idle.Ref()
	idle.Ref()
	if !l.Alive() || l.activeHandles != 1 {
		t.Fatalf("ref count: active handles %d", l.activeHandles)
	}
	idle.Close(nil)
	if l.activeHandles != 0 || !l.Alive() {
		t.Fatal("closing handle: should be inactive but loop alive until closed")
	}
	l.Run(RunDefault)
	if l.Alive() {
		t.Fatal("alive after close")
	}
}

func TestLoopCloseBusy(t *testing.T) {
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tm := NewTimer(l)
	if err := l.Close(); err != EBUSY {
		t.Fatalf("Close with an open handle = %v, want EBUSY", err)
	}
	tm.Close(nil)
	if err := l.Close(); err != EBUSY {
		t.Fatalf("Close with a closing handle = %v, want EBUSY", err)
	}
	l.Run(RunDefault)
	if err := l.Close(); err != nil {
		t.Fatalf("Close = %v", err)
	}
}

func TestWalkVisitsOpenUserHandles(t *testing.T) {
	l := newLoop(t)
	a, b := NewTimer(l), NewIdle(l)
	c := NewCheck(l)
	c.Close(nil)
	l.Run(RunNoWait)
	seen := 0
	l.Walk(func(h Handle) {
		seen++
		h.Close(nil)
	})
	if seen != 2 {
		t.Fatalf("Walk visited %d handles, want 2 (the closed one and internal ones excluded)", seen)
	}
	l.Run(RunNoWait)
	if !a.IsClosing() || !b.IsClosing() {
		t.Fatal("handles not closed")
	}
}
