package loop

import (
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
)

// testPool gives l a private pool of n workers, so tests do not depend on the
// process's UV_THREADPOOL_SIZE or share workers with each other.
func testPool(l *Loop, n int) *pool {
	p := newPool(n)
	l.pool = p
	return p
}

// waitStat spins the loop thread until cond holds for the pool's counters; it
// never sleeps: the counters change as worker goroutines make progress.
func waitStat(t *testing.T, p *pool, cond func(PoolStats) bool) {
	t.Helper()
	for i := 0; ; i++ {
		if cond(p.snapshot()) {
			return
		}
		if i > 50_000_000 {
			t.Fatalf("pool never reached the expected state: %+v", p.snapshot())
		}
		runtime.Gosched()
	}
}

func TestPoolFifthJobWaitsForAFreeWorker(t *testing.T) {
	l := newLoop(t)
	p := testPool(l, 4)
	var release [5]chan struct{}
	var started atomic.Int32
	var order []int
	for i := range release {
		i := i
		release[i] = make(chan struct{})
		l.QueueWork(WorkFastIO, func() {
			started.Add(1)
			<-release[i]
		}, func(err error) {
			if err != nil {
				t.Errorf("job %d: %v", i, err)
			}
			order = append(order, i)
		})
	}
	// Four run, the fifth is queued.
	// A worker counts a job as running just before calling it, so wait for
	// the jobs themselves too.
	waitStat(t, p, func(s PoolStats) bool { return s.Kinds[WorkFastIO].Running == 4 && started.Load() == 4 })
	if s := p.snapshot(); s.Kinds[WorkFastIO].Queued != 1 || started.Load() != 4 {
		t.Fatalf("with 4 busy workers: %+v, started %d", s.Kinds[WorkFastIO], started.Load())
	}
	if !l.Alive() {
		t.Fatal("queued work must keep the loop alive")
	}
	close(release[2])
	// The fifth job starts once a worker is free (waitStat fails the test if not).
	waitStat(t, p, func(s PoolStats) bool { return s.Kinds[WorkFastIO].Queued == 0 && started.Load() == 5 })
	for _, i := range []int{0, 1, 3, 4} {
		close(release[i])
	}
	l.Run(RunDefault)
	if len(order) != 5 {
		t.Fatalf("done callbacks: %v", order)
	}
	s := p.snapshot()
	if k := s.Kinds[WorkFastIO]; k.Completed != 5 || k.Running != 0 || k.Queued != 0 || k.WaitMax <= 0 || k.WaitTotal < k.WaitMax {
		t.Fatalf("stats after: %+v", k)
	}
}

func TestPoolSlowIOLimit(t *testing.T) {
	l := newLoop(t)
	p := testPool(l, 4) // slow I/O limit (4+1)/2 = 2
	rel := make(chan struct{})
	for i := 0; i < 3; i++ {
		l.QueueWork(WorkSlowIO, func() { <-rel }, nil)
	}
	waitStat(t, p, func(s PoolStats) bool { return s.Kinds[WorkSlowIO].Running == 2 })
	if s := p.snapshot(); s.Kinds[WorkSlowIO].Queued != 1 {
		t.Fatalf("third slow job should wait for the limit: %+v", s.Kinds[WorkSlowIO])
	}
	// A fast job queued after the waiting slow one still runs on a free worker.
	fastRan := make(chan struct{})
	l.QueueWork(WorkFastIO, func() { close(fastRan) }, nil)
	<-fastRan
	if s := p.snapshot(); s.Kinds[WorkSlowIO].Running != 2 || s.Kinds[WorkSlowIO].Queued != 1 {
		t.Fatalf("slow limit broken: %+v", s.Kinds[WorkSlowIO])
	}
	close(rel)
	l.Run(RunDefault)
	if s := p.snapshot(); s.Kinds[WorkSlowIO].Completed != 3 {
		t.Fatalf("slow jobs completed: %+v", s.Kinds[WorkSlowIO])
	}
}

func TestPoolCancel(t *testing.T) {
	l := newLoop(t)
	p := testPool(l, 1)
	rel := make(chan struct{})
	var errs [2]error
	doneCalls := 0
	a := l.QueueWork(WorkCPU, func() { <-rel }, func(err error) { errs[0] = err; doneCalls++ })
	bRan := false
	b := l.QueueWork(WorkCPU, func() { bRan = true }, func(err error) { errs[1] = err; doneCalls++ })
	waitStat(t, p, func(s PoolStats) bool { return s.Kinds[WorkCPU].Running == 1 })
	if err := b.Cancel(); err != nil {
		t.Fatalf("Cancel of a queued job = %v", err)
	}
	if err := b.Cancel(); err != EBUSY {
		t.Fatalf("second Cancel = %v, want EBUSY", err)
	}
	if err := a.Cancel(); err != EBUSY {
		t.Fatalf("Cancel of a running job = %v, want EBUSY", err)
	}
	close(rel)
	l.Run(RunDefault)
	if doneCalls != 2 || errs[0] != nil || errs[1] != ECANCELED || bRan {
		t.Fatalf("done calls %d errs %v, cancelled job ran: %v", doneCalls, errs, bRan)
	}
	if s := p.snapshot(); s.Kinds[WorkCPU].Completed != 1 || s.Kinds[WorkCPU].Queued != 0 {
		t.Fatalf("stats: %+v", s.Kinds[WorkCPU])
	}
	if q := p.queued.Load(); q != 0 {
		t.Fatalf("the spinning workers' count of queued jobs is %d after a cancel, want 0", q)
	}
}

func TestPoolWorkPanicBecomesError(t *testing.T) {
	l := newLoop(t)
	testPool(l, 1)
	var got error
	l.QueueWork(WorkCPU, func() { panic("boom") }, func(err error) { got = err })
	l.Run(RunDefault)
	if got == nil {
		t.Fatal("panic in work was not reported to done")
	}
}

func TestParsePoolSize(t *testing.T) {
	for in, want := range map[string]int{
		"": 4, "abc": 4, "0": 1, "1": 1, "4": 4, "8x": 8, " 16": 16, "1024": 1024,
		"1025": 1024, "99999999999999999999": 1024, "-1": 1024, "+3": 3,
	} {
		if got := parsePoolSize(in); got != want {
			t.Errorf("parsePoolSize(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestDefaultPoolIsShared(t *testing.T) {
	a, b := newLoop(t), newLoop(t)
	if a.workPool() != b.workPool() || a.workPool() != defaultPool() {
		t.Fatal("loops do not share the process-wide pool")
	}
	if PoolSize() < 1 || PoolSize() > MaxPoolSize || ReadPoolStats().Size != PoolSize() {
		t.Fatalf("PoolSize %d", PoolSize())
	}
}

// Jobs that finished before the loop looked form one batch: every done
// callback runs, then the batch hook once; a later batch runs it again.
func TestWorkBatchHookRunsAfterEachBatch(t *testing.T) {
	l := newLoop(t)
	p := testPool(l, 4)
	var events []string
	l.SetWorkBatchHook(func() { events = append(events, "hook") })
	queue := func(name string) {
		l.QueueWork(WorkFastIO, func() {}, func(error) { events = append(events, name) })
	}
	for _, name := range []string{"a", "b", "c"} {
		queue(name)
	}
	waitStat(t, p, func(s PoolStats) bool { return s.Kinds[WorkFastIO].Completed == 3 })
	l.Run(RunDefault)
	queue("d")
	l.Run(RunDefault)
	// The first three complete in whatever order the workers finished them.
	first := slices.Sorted(slices.Values(events[:min(3, len(events))]))
	if got := strings.Join(append(first, events[3:]...), " "); got != "a b c hook d hook" {
		t.Fatalf("events: %q, want the three done callbacks, one hook, then d and a hook", events)
	}
	l.SetWorkBatchHook(nil)
	queue("e")
	l.Run(RunDefault)
	if got := strings.Join(events[len(events)-2:], " "); got != "hook e" {
		t.Fatalf("after removing the hook: %q", got)
	}
}

// While a worker spins (waits for work without sleeping) it takes the first
// queued job itself, so that submission wakes nobody; a second job queued
// meanwhile must wake a sleeping worker. Here the spinner is only pretended
// (p.spinning set by hand), so exactly the wake-ups submit makes are seen.
func TestPoolSubmitWakesASleeperForJobsBeyondTheSpinnersFirst(t *testing.T) {
	l := newLoop(t)
	p := testPool(l, 2)
	p.spinFor.Store(0)
	l.QueueWork(WorkFastIO, func() {}, nil) // starts both workers
	l.Run(RunDefault)
	waitPool(t, p, func() bool { return p.sleeping == 2 })
	p.mu.Lock()
	p.spinning = true
	p.mu.Unlock()
	var started atomic.Int32
	release := make(chan struct{})
	job := func() { started.Add(1); <-release }
	l.QueueWork(WorkFastIO, job, nil) // for the spinner: no wake-up
	l.QueueWork(WorkFastIO, job, nil) // one wake-up: a sleeper runs a job
	waitPool(t, p, func() bool { return started.Load() == 1 && p.sleeping == 1 })
	if s := p.snapshot(); s.Kinds[WorkFastIO].Queued != 1 {
		t.Fatalf("with a pretended spinner and one woken worker: %+v", s.Kinds[WorkFastIO])
	}
	p.mu.Lock()
	p.spinning = false
	p.mu.Unlock()
	p.cond.Signal() // the pretended spinner's job goes to the other sleeper
	waitPool(t, p, func() bool { return started.Load() == 2 })
	close(release)
	l.Run(RunDefault)
}

// waitPool spins until cond, read under the pool's lock, holds.
func waitPool(t *testing.T, p *pool, cond func() bool) {
	t.Helper()
	for i := 0; ; i++ {
		p.mu.Lock()
		ok := cond()
		p.mu.Unlock()
		if ok {
			return
		}
		if i > 50_000_000 {
			t.Fatal("pool never reached the expected state")
		}
		runtime.Gosched()
	}
}

// Many jobs, short and empty, submitted in bursts from done callbacks, some
// cancelled: every done callback runs once, the pool ends with nothing queued
// and no worker is left behind a lost wake-up (the loop would hang).
func TestPoolStress(t *testing.T) {
	l := newLoop(t)
	p := testPool(l, 3)
	const total = 20000
	var submitted, done, cancelled int
	var work atomic.Int64
	var submit func(n int)
	submit = func(n int) {
		for i := 0; i < n && submitted < total; i++ {
			submitted++
			spin := submitted % 7
			w := l.QueueWork(WorkKind(submitted%3), func() {
				for j := 0; j < spin*100; j++ {
					work.Add(1)
				}
			}, func(err error) {
				done++
				if err == ECANCELED {
					cancelled++
				}
				submit(1 + done%5)
			})
			if submitted%11 == 0 {
				w.Cancel() // queued: cancelled; already running or done: EBUSY
			}
		}
	}
	submit(50)
	l.Run(RunDefault)
	if done != total || submitted != total {
		t.Fatalf("submitted %d, done callbacks %d, want %d each", submitted, done, total)
	}
	if q := p.queued.Load(); q != 0 {
		t.Fatalf("queued count %d at the end", q)
	}
	s := p.snapshot()
	completed := 0
	for _, k := range s.Kinds {
		completed += int(k.Completed)
		if k.Queued != 0 || k.Running != 0 {
			t.Fatalf("stats at the end: %+v", s)
		}
	}
	t.Logf("%d of %d jobs cancelled before they ran", cancelled, total)
	if completed+cancelled != total {
		t.Fatalf("completed %d + cancelled %d != %d", completed, cancelled, total)
	}
}
