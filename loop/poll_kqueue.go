//go:build (darwin || freebsd) && !gonode_portable

package loop

import (
	"fmt"
	"sync"
	"sync/atomic"

	"golang.org/x/sys/unix"
)

// kqSkip marks a kevent of the batch being dispatched as consumed or
// invalidated. No kqueue filter has the value 0 (they are all negative).
const kqSkip = 0

// kqReady accumulates the events of one fd over one batch, so that a READ
// and a WRITE kevent for the same fd produce one callback.
type kqReady struct {
	gen uint32 // the batch that wrote ev; ev is stale when gen != poller.gen
	ev  Events
}

// poller is the kqueue backend: EVFILT_READ and EVFILT_WRITE registered
// separately and level-triggered, fd-indexed through l.watchers, with an
// EVFILT_USER wake-up. The interest changes of queued watchers (EV_ADD and
// EV_DELETE) are batched into the changelist of the kevent call that waits;
// a failed change comes back in that call's eventlist as an EV_ERROR kevent.
// The deletes of invalidate and of stale filters found while dispatching are
// made at once with EV_RECEIPT instead: they often fail harmlessly (the fd was
// closed, which drops its filters), and kept out of the changelist they can
// never be taken for the failure of a later EV_ADD on a reused fd number.
type poller struct {
	loop        *Loop
	kq          int
	wakePending atomic.Uint32
	wakeMu      sync.Mutex // guards kq against Close while a goroutine triggers the wake-up
	wakeClosed  bool
	wakeEv      [1]unix.Kevent_t // NOTE_TRIGGER for the user event, read-only after init
	changes     []unix.Kevent_t  // changelist for the next wait
	events      []unix.Kevent_t
	batch       []unix.Kevent_t // events being dispatched, for invalidate
	ready       []kqReady       // indexed by fd
	gen         uint32
	changeErrs  bool             // the batch held EV_ERROR kevents: the kernel returned without waiting
	delChanges  [2]unix.Kevent_t // scratch for immediate EV_DELETEs
	delOut      [2]unix.Kevent_t
	ts          unix.Timespec
	zeroTs      unix.Timespec
}

func (p *poller) init(l *Loop) error {
	p.loop = l
	kq, err := unix.Kqueue()
	if err != nil {
		return fmt.Errorf("loop: kqueue: %w", err)
	}
	unix.CloseOnExec(kq)
	// EV_CLEAR: retrieving the user event resets it, so one trigger is one wake-up.
	var ev [1]unix.Kevent_t
	unix.SetKevent(&ev[0], 0, unix.EVFILT_USER, unix.EV_ADD|unix.EV_CLEAR)
	for {
		_, err = unix.Kevent(kq, ev[:], nil, nil)
		if err != unix.EINTR {
			break
		}
	}
	if err != nil {
		unix.Close(kq)
		return fmt.Errorf("loop: kevent(EVFILT_USER): %w", err)
	}
	p.kq = kq
	unix.SetKevent(&p.wakeEv[0], 0, unix.EVFILT_USER, 0)
	p.wakeEv[0].Fflags = unix.NOTE_TRIGGER
	p.events = make([]unix.Kevent_t, 1024)
	p.changes = make([]unix.Kevent_t, 0, 64)
	return nil
}

func (p *poller) supported() error { return nil }

// wake interrupts a blocking poll; goroutine-safe and coalescing.
func (p *poller) wake() {
	if !p.wakePending.CompareAndSwap(0, 1) {
		return
	}
	p.wakeMu.Lock()
	if !p.wakeClosed {
		// No eventlist: the call only applies the trigger and never blocks.
		for {
			_, err := unix.Kevent(p.kq, p.wakeEv[:], nil, nil)
			if err != unix.EINTR {
				break
			}
		}
	}
	p.wakeMu.Unlock()
}

func (p *poller) close() error {
	p.wakeMu.Lock()
	p.wakeClosed = true
	err := unix.Close(p.kq)
	p.wakeMu.Unlock()
	p.changes = p.changes[:0]
	if err != nil {
		return fmt.Errorf("loop: close kqueue: %w", err)
	}
	return nil
}

// filterEvents maps a kqueue filter to the readiness it reports.
func filterEvents(filter int16) Events {
	switch filter {
	case unix.EVFILT_READ:
		return EventRead
	case unix.EVFILT_WRITE:
		return EventWrite
	}
	return 0
}

// addChange appends one change for the next kevent call; no allocation once
// the changelist has grown to its working size.
func (p *poller) addChange(fd int, filter int, flags int) {
	p.changes = append(p.changes, unix.Kevent_t{})
	unix.SetKevent(&p.changes[len(p.changes)-1], fd, filter, flags)
}

// change queues EV_ADD for the filters in want but not in have and EV_DELETE
// for those in have but not in want. EV_ADD on an existing filter only updates it.
func (p *poller) change(fd int, have, want Events) {
	if add := want &^ have; add != 0 {
		if add&EventRead != 0 {
			p.addChange(fd, unix.EVFILT_READ, unix.EV_ADD)
		}
		if add&EventWrite != 0 {
			p.addChange(fd, unix.EVFILT_WRITE, unix.EV_ADD)
		}
	}
	if del := have &^ want; del != 0 {
		if del&EventRead != 0 {
			p.addChange(fd, unix.EVFILT_READ, unix.EV_DELETE)
		}
		if del&EventWrite != 0 {
			p.addChange(fd, unix.EVFILT_WRITE, unix.EV_DELETE)
		}
	}
}

// apply queues a watcher's changed interest for the next kevent call. A
// failed EV_ADD comes back from that call as an EV_ERROR kevent and is handed
// to the watcher by dispatch.
func (p *poller) apply(w *IOWatcher) {
	l := p.loop
	if w.pevents == 0 {
		// Only when no other watcher took the fd over: a new owner's apply
		// sets the filters it wants, and dispatch drops any left over.
		if w.events != 0 && (w.fd >= len(l.watchers) || l.watchers[w.fd] == nil) {
			p.change(w.fd, w.events, 0)
		}
		w.events = 0
		return
	}
	p.change(w.fd, w.events, w.pevents)
	w.events = w.pevents
}

// remove deletes filters of fd from the kernel at once. EV_RECEIPT makes the
// kernel answer every change with an EV_ERROR receipt (data 0 or an errno)
// instead of draining pending events, so this call never blocks, never
// consumes a readiness event or a wake-up, and its errors (ENOENT for a filter
// that was not registered, EBADF for a closed fd) are ignored.
func (p *poller) remove(fd int, ev Events) {
	n := 0
	if ev&EventRead != 0 {
		unix.SetKevent(&p.delChanges[n], fd, unix.EVFILT_READ, unix.EV_DELETE|unix.EV_RECEIPT)
		n++
	}
	if ev&EventWrite != 0 {
		unix.SetKevent(&p.delChanges[n], fd, unix.EVFILT_WRITE, unix.EV_DELETE|unix.EV_RECEIPT)
		n++
	}
	if n > 0 {
		unix.Kevent(p.kq, p.delChanges[:n], p.delOut[:n], &p.zeroTs)
	}
}

// invalidate removes fd's filters from the kernel and from the batch being dispatched.
func (p *poller) invalidate(fd int) {
	p.remove(fd, EventRead|EventWrite)
	for i := range p.batch {
		if p.batch[i].Filter != unix.EVFILT_USER && int(p.batch[i].Ident) == fd {
			p.batch[i].Filter = kqSkip
		}
	}
	if fd < len(p.ready) {
		p.ready[fd].ev = 0
	}
}

// poll waits up to timeout ms (-1: no limit) and dispatches ready watchers.
func (p *poller) poll(timeout int) {
	l := p.loop
	for n := l.watcherQueue.front(); n != nil; n = l.watcherQueue.front() {
		n.unlink()
		p.apply(n.val)
	}
	base := l.now
	realTimeout := timeout
	rounds := 48
	for {
		var ts *unix.Timespec
		if timeout >= 0 {
			p.ts = unix.NsecToTimespec(int64(timeout) * 1e6)
			ts = &p.ts
		}
		// Every change can fail and each failure takes one slot of the
		// eventlist; with room for all of them the kernel applies every change
		// and reports failures as EV_ERROR kevents instead of failing the call.
		if len(p.changes) > len(p.events) {
			p.events = make([]unix.Kevent_t, len(p.changes))
		}
		p.changeErrs = false
		n, err := unix.Kevent(p.kq, p.changes, p.events, ts)
		// The changes are applied before the kernel waits, so they are done
		// even when the wait is interrupted (EINTR).
		p.changes = p.changes[:0]
		l.UpdateTime()
		if err != nil && err != unix.EINTR {
			panic(fmt.Sprintf("loop: kevent: %v", err))
		}
		if n > 0 {
			if p.dispatch(n) > 0 {
				if n == len(p.events) && rounds > 0 {
					rounds--
					timeout = 0
					continue
				}
				return
			}
		}
		if timeout == 0 {
			if n > 0 && p.changeErrs {
				// Only ignored change errors came back and the kernel skipped
				// the scan for them; look for events now (the changelist is
				// empty, so this cannot happen twice).
				continue
			}
			return
		}
		if timeout == -1 {
			continue
		}
		// EINTR or a spurious wake-up: wait for what remains of the timeout.
		timeout = realTimeout - int(l.now-base)
		if timeout <= 0 {
			return
		}
	}
}

// dispatch runs the callbacks for n ready kevents and returns how many ran
// (registration failures handed to watchers count too: their callback runs in
// the pending phase right after poll).
//
// The first pass handles registration errors and folds the READ and WRITE
// kevents of each fd into p.ready; the second pass runs one callback per fd,
// at its first kevent, so a watcher stopped or closed by an earlier callback
// of the batch is skipped.
func (p *poller) dispatch(n int) int {
	l := p.loop
	p.batch = p.events[:n]
	p.gen++
	ran := 0
	for i := range p.batch {
		ev := &p.batch[i]
		if ev.Filter == unix.EVFILT_USER {
			continue
		}
		fd := int(ev.Ident)
		fe := filterEvents(ev.Filter)
		var w *IOWatcher
		if fd >= 0 && fd < len(l.watchers) {
			w = l.watchers[fd]
		}
		if ev.Flags&unix.EV_ERROR != 0 {
			// A change of the changelist failed; data is the errno. ENOENT
			// only comes from EV_DELETE of a filter the kernel already
			// dropped. A failed EV_ADD belongs to the watcher that still
			// wants the filter; anything else is a stale delete.
			ev.Filter = kqSkip
			p.changeErrs = true
			if errno := unix.Errno(ev.Data); errno != 0 && errno != unix.ENOENT && w != nil && w.events&fe != 0 {
				w.fail(ErrnoOf(errno))
				ran++
			}
			continue
		}
		if w == nil || fe == 0 || w.pevents&fe == 0 {
			// Not wanted. A watcher that still has the filter registered is
			// queued and its apply deletes it; otherwise the filter was left
			// over by a watcher that no longer owns the fd: delete it now,
			// or a level-triggered filter would fire on every wait.
			if fe != 0 && (w == nil || w.events&fe == 0) {
				p.remove(fd, fe)
			}
			ev.Filter = kqSkip
			continue
		}
		got := fe
		if ev.Flags&unix.EV_EOF != 0 {
			got |= EventHangup
			// For sockets, fflags holds the pending socket error with EV_EOF.
			if ev.Fflags != 0 {
				got |= EventError
			}
		}
		if fd >= len(p.ready) {
			p.growReady(len(l.watchers))
		}
		r := &p.ready[fd]
		if r.gen != p.gen {
			r.gen = p.gen
			r.ev = 0
		}
		r.ev |= got
	}
	for i := range p.batch {
		ev := &p.batch[i]
		switch ev.Filter {
		case kqSkip:
			continue
		case unix.EVFILT_USER:
			p.wakePending.Store(0)
			l.runAsyncs()
			ran++
			continue
		}
		fd := int(ev.Ident)
		r := &p.ready[fd]
		if r.gen != p.gen || r.ev == 0 {
			continue // delivered at the fd's other kevent, or invalidated
		}
		got := r.ev
		r.ev = 0
		var w *IOWatcher
		if fd < len(l.watchers) {
			w = l.watchers[fd]
		}
		if w == nil {
			continue // stopped by an earlier callback; its queued apply deletes the filters
		}
		if e := w.readyEvents(got); e != 0 {
			ran++
			w.cb(e)
		}
	}
	p.batch = nil
	return ran
}

// growReady grows the per-fd table to at least n entries (only when the
// watcher table itself has grown).
func (p *poller) growReady(n int) {
	r := make([]kqReady, n)
	copy(r, p.ready)
	p.ready = r
}
