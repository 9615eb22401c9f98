package loop

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// WorkKind classifies pool work, as libuv does, so slow I/O cannot starve the rest.
type WorkKind int

const (
	// WorkCPU is CPU-bound work (crypto, compression).
	WorkCPU WorkKind = iota
	// WorkFastIO is short blocking I/O (file system calls).
	WorkFastIO
	// WorkSlowIO is I/O that may block for long (dns.lookup); at most (size+1)/2 run at once.
	WorkSlowIO
	numWorkKinds
)

// MaxPoolSize is the largest worker pool UV_THREADPOOL_SIZE can ask for.
const MaxPoolSize = 1024

// DefaultPoolSize is the pool size when UV_THREADPOOL_SIZE is unset.
const DefaultPoolSize = 4

type workState uint8

const (
	workQueued workState = iota
	workRunning
	workDone
	workCanceled
)

// Work is one job on the worker pool: work runs on a worker goroutine, done
// runs afterwards on the owning loop's thread. While in flight it keeps its loop alive.
type Work struct {
	loop     *Loop
	pool     *pool
	kind     WorkKind
	work     func()
	done     func(error)
	err      error
	state    workState // guarded by pool.mu
	seq      uint64
	queuedAt time.Time
	node     node[*Work]
}

// QueueWork submits work to the process-wide pool (uv_queue_work). work must
// not touch loop-owned state; done runs on the loop thread with nil, or with
// ECANCELED when the job was cancelled before it started.
func (l *Loop) QueueWork(kind WorkKind, work func(), done func(error)) *Work {
	if kind < 0 || kind >= numWorkKinds {
		kind = WorkCPU
	}
	w := &Work{loop: l, kind: kind, work: work, done: done}
	w.node.val = w
	l.activeReqs++
	l.workSubmitted = true
	l.workPool().submit(w)
	return w
}

// Cancel cancels a job that has not started: its done callback then receives
// ECANCELED. It returns EBUSY once the job is running or finished.
func (w *Work) Cancel() error {
	p := w.pool
	p.mu.Lock()
	if w.state != workQueued {
		p.mu.Unlock()
		return EBUSY
	}
	w.node.unlink()
	w.state = workCanceled
	p.stats[w.kind].Queued--
	p.queued.Add(-1)
	p.mu.Unlock()
	w.err = ECANCELED
	w.loop.postDone(w)
	return nil
}

func (l *Loop) workPool() *pool {
	if l.pool == nil {
		l.pool = defaultPool()
	}
	return l.pool
}

// postDone hands a finished job to its loop; called from any goroutine.
func (l *Loop) postDone(w *Work) {
	l.wqMu.Lock()
	l.wqDone = append(l.wqDone, w)
	l.wqMu.Unlock()
	l.wqAsync.Send()
}

// runCompletedWork runs the done callbacks of finished jobs on the loop thread.
func (l *Loop) runCompletedWork() {
	l.wqMu.Lock()
	done := l.wqDone
	l.wqDone = l.wqSpare[:0]
	l.wqMu.Unlock()
	for i, w := range done {
		done[i] = nil
		l.activeReqs--
		if w.done != nil {
			w.done(w.err)
		}
	}
	l.wqMu.Lock()
	l.wqSpare = done[:0]
	l.wqMu.Unlock()
	if l.workBatchHook != nil && len(done) > 0 {
		l.workBatchHook()
	}
}

// awaitWork waits up to awaitWorkFor (and at most timeout ms, if not -1)
// for a pool job to finish before the loop blocks in the poller, when the
// iteration queued work: a job that takes a few microseconds (most fs calls)
// then completes without a thread wake-up, and a long one costs the wait
// once, not on every iteration while it runs.
func (l *Loop) awaitWork(timeout int) {
	limit := awaitWorkFor
	if timeout >= 0 && time.Duration(timeout)*time.Millisecond < limit {
		limit = time.Duration(timeout) * time.Millisecond
	}
	// A finished job has sent the completion handle (postDone).
	for start := time.Now(); l.wqAsync.pending.Load() == 0 && time.Since(start) < limit; {
		runtime.Gosched()
	}
}

// awaitWorkFor bounds awaitWork.
const awaitWorkFor = 50 * time.Microsecond

// SetWorkBatchHook sets fn to run on the loop thread after each batch of pool
// completions, once all their done callbacks have returned (nil removes it).
// A done callback may defer its work there to run it together with the
// batch's other results (the host runs many callbacks in one JavaScript entry).
func (l *Loop) SetWorkBatchHook(fn func()) { l.workBatchHook = fn }

// KindStats counts one kind of pool work.
type KindStats struct {
	Queued    int           // waiting for a worker
	Running   int           // running now
	Completed uint64        // finished (cancelled jobs excluded)
	WaitTotal time.Duration // total time finished or running jobs spent queued
	WaitMax   time.Duration // longest time one job spent queued
}

// PoolStats is a snapshot of the worker pool for diagnostics.
type PoolStats struct {
	Size  int
	Kinds [numWorkKinds]KindStats // indexed by WorkKind
}

// ReadPoolStats returns a snapshot of the process-wide pool's counters.
func ReadPoolStats() PoolStats { return defaultPool().snapshot() }

// PoolSize returns the size of the process-wide pool (read from UV_THREADPOOL_SIZE on first use).
func PoolSize() int { return defaultPool().size }

var (
	globalPoolOnce sync.Once
	globalPool     *pool
)

// defaultPool returns the process-wide pool; its workers start with the first job.
func defaultPool() *pool {
	globalPoolOnce.Do(func() {
		globalPool = newPool(parsePoolSize(os.Getenv("UV_THREADPOOL_SIZE")))
	})
	return globalPool
}

// parsePoolSize reads UV_THREADPOOL_SIZE like libuv's atoi: leading digits
// count ("8x" → 8); 0 means 1; above MaxPoolSize is capped, and so is a
// negative value (libuv stores it unsigned). Unlike libuv, an empty value or one
// that does not start with a number gives DefaultPoolSize rather than 1.
func parsePoolSize(s string) int {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		neg = s[i] == '-'
		i++
	}
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == i {
		return DefaultPoolSize
	}
	n, err := strconv.Atoi(s[i:j])
	switch {
	case err != nil || neg && n != 0 || n > MaxPoolSize:
		return MaxPoolSize
	case n == 0:
		return 1
	}
	return n
}

// pool is a fixed set of worker goroutines, each locked to its own OS thread
// like libuv's, serving a FIFO queue per class (slow I/O separately).
type pool struct {
	size        int
	slowLimit   int
	mu          sync.Mutex
	cond        sync.Cond
	started     bool
	seq         uint64
	fast        list[*Work] // CPU and fast I/O, FIFO
	slow        list[*Work] // slow I/O, FIFO
	slowRunning int
	stats       [numWorkKinds]KindStats

	queued   atomic.Int32 // jobs in fast and slow, read by a spinning worker without mu
	spinning bool         // a worker is waiting for work without sleeping (spin)
	sleeping int          // workers waiting in cond.Wait
	spinFor  atomic.Int64 // how long it waits, in ns (defaultSpinFor; tests change it)
}

// defaultSpinFor is how long an idle worker waits for the next job before it
// sleeps: a loop that submits one job at a time (a chain of fs calls) submits
// the next one within a few tens of microseconds, and a running worker picks
// it up without a thread wake-up. One worker at a time spins.
const defaultSpinFor = 50 * time.Microsecond

func newPool(size int) *pool {
	p := &pool{size: size, slowLimit: (size + 1) / 2}
	p.spinFor.Store(int64(defaultSpinFor))
	p.cond.L = &p.mu
	p.fast.init()
	p.slow.init()
	return p
}

func (p *pool) submit(w *Work) {
	w.pool = p
	p.mu.Lock()
	if !p.started {
		p.started = true
		for i := 0; i < p.size; i++ {
			go p.worker()
		}
	}
	w.state = workQueued
	w.seq = p.seq
	p.seq++
	w.queuedAt = time.Now()
	if w.kind == WorkSlowIO {
		p.slow.pushBack(&w.node)
	} else {
		p.fast.pushBack(&w.node)
	}
	p.stats[w.kind].Queued++
	n := p.queued.Add(1)
	// A spinning worker takes the first queued job; wake a sleeping one for any other.
	wake := !p.spinning || n > 1
	p.mu.Unlock()
	if wake {
		p.cond.Signal()
	}
}

// spin waits up to p.spinFor for a job to be queued, yielding the processor in
// between. Called with mu held; returns with it held.
func (p *pool) spin() {
	p.spinning = true
	p.mu.Unlock()
	for start := time.Now(); p.queued.Load() == 0 && time.Since(start) < time.Duration(p.spinFor.Load()); {
		runtime.Gosched()
	}
	p.mu.Lock()
	p.spinning = false
}

// next picks the oldest runnable job, skipping slow I/O while the slow limit
// is reached. Called with mu held.
func (p *pool) next() *Work {
	f := p.fast.front()
	s := p.slow.front()
	if s != nil && p.slowRunning >= p.slowLimit {
		s = nil
	}
	switch {
	case f == nil && s == nil:
		return nil
	case f == nil:
		return s.val
	case s == nil:
		return f.val
	case s.val.seq < f.val.seq:
		return s.val
	}
	return f.val
}

// worker runs jobs for the life of the process; the pool is the one piece of
// process-wide state, shared by every loop, and its workers are never stopped
// (as libuv's threads). A worker is a goroutine, not locked to a thread: a job
// blocked in a system call gets a thread of its own from the Go runtime
// anyway, and locked threads made every hand-off between the loop and a
// worker two thread switches (about 15% of a readdir+stat round on 2 cores).
func (p *pool) worker() {
	p.mu.Lock()
	spun := false
	for {
		w := p.next()
		if w == nil {
			if !spun && !p.spinning {
				spun = true
				p.spin()
				continue
			}
			spun = false
			p.sleeping++
			p.cond.Wait()
			p.sleeping--
			continue
		}
		spun = false
		p.queued.Add(-1)
		w.node.unlink()
		w.state = workRunning
		st := &p.stats[w.kind]
		st.Queued--
		st.Running++
		wait := time.Since(w.queuedAt)
		st.WaitTotal += wait
		if wait > st.WaitMax {
			st.WaitMax = wait
		}
		if w.kind == WorkSlowIO {
			p.slowRunning++
		}
		p.mu.Unlock()

		w.err = runWork(w.work)

		p.mu.Lock()
		if w.kind == WorkSlowIO {
			p.slowRunning--
			if !p.slow.empty() {
				p.cond.Signal() // a slow job may have been waiting for the limit
			}
		}
		st.Running--
		st.Completed++
		w.state = workDone
		p.mu.Unlock()
		w.loop.postDone(w)
		p.mu.Lock()
	}
}

// runWork runs a job, turning a panic into an error for its done callback.
func runWork(fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("loop: pool work panicked: %v", r)
		}
	}()
	fn()
	return nil
}

func (p *pool) snapshot() PoolStats {
	p.mu.Lock()
	defer p.mu.Unlock()
	return PoolStats{Size: p.size, Kinds: p.stats}
}
