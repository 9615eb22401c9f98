// Package loop is a libuv-style event loop in pure Go: the phases timers →
// pending → idle → prepare → poll → check → close, a timer heap, handles with
// ref/unref, a native poller (epoll, kqueue, or a portable goroutine backend),
// a coalescing thread-safe wake-up and a process-wide worker pool.
//
// A Loop and its handles belong to one goroutine, the loop thread: every method
// must be called from it, except the ones documented as goroutine-safe
// (Async.Send, Loop.Wake, and the worker pool's Submit path through work callbacks).
package loop

import (
	"math"
	"sync"
	"time"
)

// RunMode selects how long Run runs, like uv_run_mode.
type RunMode int

const (
	// RunDefault runs until the loop is no longer alive or Stop is called.
	RunDefault RunMode = iota
	// RunOnce polls for I/O once, blocking if there is nothing pending, and returns.
	RunOnce
	// RunNoWait polls for I/O once without blocking and returns.
	RunNoWait
)

// epoch is the process-wide origin of loop time; it is set once and never changes.
var epoch = time.Now()

// Loop is one event loop. Create it with New, drive it with Run, release it with Close.
type Loop struct {
	now uint64 // cached loop time in ms since epoch

	handleCount   int // open (not yet closed) user handles
	activeHandles int // active and ref'd handles
	activeReqs    int // requests in flight (pool work, reservations)
	stopFlag      bool
	closed        bool

	handles      list[*handle] // open user handles (uv_walk's handle_queue)
	timers       timerHeap
	timerCounter uint64

	idleHandles    list[*phaseHandle]
	prepareHandles list[*phaseHandle]
	checkHandles   list[*phaseHandle]
	pending        list[*IOWatcher]
	asyncHandles   list[*Async]
	closingHandles *handle
	phaseTmp       list[*phaseHandle] // scratch lists for swap-then-iterate
	pendingTmp     list[*IOWatcher]
	asyncTmp       list[*Async]

	// I/O watchers indexed by fd, and those whose interest changed since the last poll.
	watchers     []*IOWatcher
	nfds         int
	watcherQueue list[*IOWatcher]

	poller poller

	// Worker pool completions, filled from worker goroutines.
	wqMu    sync.Mutex
	wqDone  []*Work
	wqSpare []*Work
	wqAsync *Async
	pool    *pool // the process-wide pool unless a test substitutes one
	// workBatchHook runs after each batch of pool completions (SetWorkBatchHook).
	workBatchHook func()
	workSubmitted bool // a pool job was queued since the last poll
}

// New creates a loop with its poller and wake-up handle.
func New() (*Loop, error) {
	l := &Loop{}
	l.handles.init()
	l.idleHandles.init()
	l.prepareHandles.init()
	l.checkHandles.init()
	l.pending.init()
	l.asyncHandles.init()
	l.watcherQueue.init()
	if err := l.poller.init(l); err != nil {
		return nil, err
	}
	l.wqAsync = l.newInternalAsync(l.runCompletedWork)
	l.UpdateTime()
	return l, nil
}

// Now returns the cached loop time in milliseconds (monotonic, arbitrary origin),
// updated at the start of each iteration and after polling.
func (l *Loop) Now() uint64 { return l.now }

// UpdateTime refreshes the cached loop time.
func (l *Loop) UpdateTime() { l.now = uint64(time.Since(epoch) / time.Millisecond) }

// HRTime returns a monotonic time in nanoseconds with the same origin as Now.
func HRTime() uint64 { return uint64(time.Since(epoch)) }

// Alive reports whether the loop has active ref'd handles, active requests,
// pending callbacks or closing handles.
func (l *Loop) Alive() bool {
	return l.activeHandles > 0 || l.activeReqs > 0 || !l.pending.empty() || l.closingHandles != nil
}

func (l *Loop) hasActive() bool { return l.activeHandles > 0 || l.activeReqs > 0 }

// Stop makes Run return at the end of the current iteration, as soon as possible.
func (l *Loop) Stop() { l.stopFlag = true }

// BackendTimeout returns the poll timeout in ms the loop would use now: 0 when
// it must not block, -1 for "block until an event", else the time to the next timer.
func (l *Loop) BackendTimeout() int {
	if l.stopFlag || !l.hasActive() || !l.pending.empty() || !l.idleHandles.empty() || l.closingHandles != nil {
		return 0
	}
	return l.nextTimeout()
}

// nextTimeout is the time until the earliest timer (ref'd or not), or -1.
func (l *Loop) nextTimeout() int {
	t := l.timers.min()
	if t == nil {
		return -1
	}
	if t.due <= l.now {
		return 0
	}
	diff := t.due - l.now
	if diff > math.MaxInt32 {
		diff = math.MaxInt32
	}
	return int(diff)
}

// Run runs the loop in the given mode and reports whether it is still alive,
// following libuv's uv_run iteration order exactly.
func (l *Loop) Run(mode RunMode) bool {
	alive := l.Alive()
	if !alive {
		l.UpdateTime()
	}
	if mode == RunDefault && alive && !l.stopFlag {
		l.UpdateTime()
		l.runTimers()
	}
	for alive && !l.stopFlag {
		canSleep := l.pending.empty() && l.idleHandles.empty()
		l.runPending()
		l.runPhase(&l.idleHandles)
		l.runPhase(&l.prepareHandles)

		timeout := 0
		if (mode == RunOnce && canSleep) || mode == RunDefault {
			timeout = l.BackendTimeout()
		}
		if timeout != 0 && l.workSubmitted {
			l.awaitWork(timeout)
		}
		l.workSubmitted = false
		l.poller.poll(timeout)

		// Run deferred I/O callbacks a bounded number of times to avoid starvation.
		for r := 0; r < 8 && !l.pending.empty(); r++ {
			l.runPending()
		}
		l.runPhase(&l.checkHandles)
		l.runClosing()

		l.UpdateTime()
		l.runTimers()

		alive = l.Alive()
		if mode == RunOnce || mode == RunNoWait {
			break
		}
	}
	l.stopFlag = false
	return alive
}

// runPending calls the deferred I/O callbacks queued by IOWatcher.Feed.
func (l *Loop) runPending() {
	q := &l.pendingTmp
	l.pending.moveTo(q)
	for n := q.front(); n != nil; n = q.front() {
		n.unlink()
		w := n.val
		w.cb(w.pendingEvents())
	}
}

// runClosing runs the close callbacks of handles closed since the last close phase.
func (l *Loop) runClosing() {
	h := l.closingHandles
	l.closingHandles = nil
	for h != nil {
		next := h.nextClosing
		h.nextClosing = nil
		h.finishClose()
		h = next
	}
}

// Close releases the loop's resources. It fails with EBUSY while handles are
// open or requests in flight, like uv_loop_close; close them and run the loop first.
func (l *Loop) Close() error {
	if l.closed {
		return nil
	}
	if l.handleCount > 0 || l.activeReqs > 0 || l.closingHandles != nil {
		return EBUSY
	}
	l.closed = true
	return l.poller.close()
}
