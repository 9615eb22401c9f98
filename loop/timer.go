package loop

import "math"

// Timer calls its callback after a timeout, optionally repeating, like uv_timer_t.
type Timer struct {
	handle
	cb      func()
	due     uint64 // absolute loop time in ms
	repeat  uint64
	startID uint64
	heapIdx int  // position in the loop's heap, -1 when not in it
	ready   bool // collected for the current timer pass
}

// NewTimer creates an inactive timer on l.
func NewTimer(l *Loop) *Timer {
	t := &Timer{heapIdx: -1}
	t.handle.init(l, t)
	return t
}

// Start arms the timer to call cb after timeout ms, then every repeat ms when
// repeat is non-zero. Starting an active timer restarts it. The due time is
// computed from the cached loop time, as in libuv.
func (t *Timer) Start(cb func(), timeout, repeat uint64) error {
	if t.IsClosing() || cb == nil {
		return EINVAL
	}
	t.Stop()
	due := t.loop.now + timeout
	if due < t.loop.now { // overflow
		due = math.MaxUint64
	}
	t.cb = cb
	t.due = due
	t.repeat = repeat
	t.startID = t.loop.timerCounter
	t.loop.timerCounter++
	t.loop.timers.push(t)
	t.start()
	return nil
}

// Stop disarms the timer; its callback will not run.
func (t *Timer) Stop() {
	if t.IsActive() {
		t.loop.timers.remove(t)
		t.stop()
	}
	t.ready = false
}

// Again restarts a repeating timer with its repeat value as the timeout; it
// fails with EINVAL if the timer was never started.
func (t *Timer) Again() error {
	if t.cb == nil {
		return EINVAL
	}
	if t.repeat != 0 {
		t.Stop()
		return t.Start(t.cb, t.repeat, t.repeat)
	}
	return nil
}

// SetRepeat sets the repeat interval; it takes effect at the next (re)start.
func (t *Timer) SetRepeat(repeat uint64) { t.repeat = repeat }

// Repeat returns the repeat interval in ms.
func (t *Timer) Repeat() uint64 { return t.repeat }

// DueIn returns the ms until the timer is due, 0 if it is due or inactive.
func (t *Timer) DueIn() uint64 {
	if !t.IsActive() || t.due <= t.loop.now {
		return 0
	}
	return t.due - t.loop.now
}

func (t *Timer) closeHandle() { t.Stop() }

// runTimers collects every due timer first, then runs them in (due, start) order;
// a timer stopped or restarted by an earlier callback in the pass does not run.
func (l *Loop) runTimers() {
	for {
		t := l.timers.min()
		if t == nil || t.due > l.now {
			break
		}
		t.Stop()
		t.ready = true
		l.timers.ready = append(l.timers.ready, t)
	}
	if len(l.timers.ready) == 0 {
		return
	}
	// Swap the ready batch out so a nested runTimers cannot disturb it.
	batch := l.timers.ready
	l.timers.ready = l.timers.spare[:0]
	for i, t := range batch {
		batch[i] = nil
		if !t.ready {
			continue
		}
		t.ready = false
		t.Again()
		t.cb()
	}
	l.timers.spare = batch[:0]
}

// timerHeap is a binary min-heap ordered by (due, startID).
type timerHeap struct {
	items []*Timer
	ready []*Timer
	spare []*Timer
}

func (h *timerHeap) less(a, b *Timer) bool {
	if a.due != b.due {
		return a.due < b.due
	}
	return a.startID < b.startID
}

func (h *timerHeap) min() *Timer {
	if len(h.items) == 0 {
		return nil
	}
	return h.items[0]
}

func (h *timerHeap) len() int { return len(h.items) }

func (h *timerHeap) push(t *Timer) {
	t.heapIdx = len(h.items)
	h.items = append(h.items, t)
	h.up(t.heapIdx)
}

func (h *timerHeap) remove(t *Timer) {
	i := t.heapIdx
	if i < 0 {
		return
	}
	last := len(h.items) - 1
	if i != last {
		h.swap(i, last)
	}
	h.items[last] = nil
	h.items = h.items[:last]
	t.heapIdx = -1
	if i != last {
		if !h.down(i) {
			h.up(i)
		}
	}
}

func (h *timerHeap) swap(i, j int) {
	h.items[i], h.items[j] = h.items[j], h.items[i]
	h.items[i].heapIdx = i
	h.items[j].heapIdx = j
}

func (h *timerHeap) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.items[i], h.items[p]) {
			break
		}
		h.swap(i, p)
		i = p
	}
}

func (h *timerHeap) down(i int) bool {
	start := i
	n := len(h.items)
	for {
		l := 2*i + 1
		if l >= n {
			break
		}
		m := l
		if r := l + 1; r < n && h.less(h.items[r], h.items[l]) {
			m = r
		}
		if !h.less(h.items[m], h.items[i]) {
			break
		}
		h.swap(i, m)
		i = m
	}
	return i > start
}
