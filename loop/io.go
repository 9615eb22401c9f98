package loop

// Events is a set of I/O readiness conditions.
type Events uint32

const (
	// EventRead: the fd is readable (or at EOF).
	EventRead Events = 1 << iota
	// EventWrite: the fd is writable.
	EventWrite
	// EventHangup: the peer hung up; delivered with the watched read/write events.
	EventHangup
	// EventError: an error is pending on the fd; delivered with the watched events.
	EventError
)

// IOWatcher watches one file descriptor for readiness through the loop's poller,
// like libuv's uv__io_t inside a uv_poll_t. It is active while it has interest.
// Interest changes are applied lazily, right before the loop next waits.
type IOWatcher struct {
	handle
	fd      int
	cb      func(Events)
	events  Events // interest registered with the kernel
	pevents Events // interest wanted
	queued  node[*IOWatcher]
	pend    node[*IOWatcher]
	err     error // why the poller refused the interest, reported with EventError
}

// NewIOWatcher creates an inactive watcher for fd; cb runs on the loop thread
// with the ready events. The caller keeps ownership of fd and must Close the
// watcher before closing the fd.
func NewIOWatcher(l *Loop, fd int, cb func(Events)) (*IOWatcher, error) {
	if fd < 0 || cb == nil {
		return nil, EINVAL
	}
	w := &IOWatcher{fd: fd, cb: cb}
	w.handle.init(l, w)
	w.queued.val = w
	w.pend.val = w
	return w, nil
}

// newInternalIOWatcher is NewIOWatcher for the loop's own helpers (unref'd, not counted by Close).
func newInternalIOWatcher(l *Loop, fd int, cb func(Events)) *IOWatcher {
	w := &IOWatcher{fd: fd, cb: cb}
	w.handle.initInternal(l, w)
	w.Unref()
	w.queued.val = w
	w.pend.val = w
	return w
}

// Fd returns the watched file descriptor.
func (w *IOWatcher) Fd() int { return w.fd }

// Interest returns the events the watcher currently wants.
func (w *IOWatcher) Interest() Events { return w.pevents }

// Start adds ev (EventRead and/or EventWrite) to the watcher's interest. It
// fails with EEXIST if another watcher already watches the same fd.
func (w *IOWatcher) Start(ev Events) error {
	if w.IsClosing() {
		return EINVAL
	}
	ev &= EventRead | EventWrite
	if ev == 0 {
		return EINVAL
	}
	if err := w.loop.poller.supported(); err != nil {
		return err
	}
	l := w.loop
	for w.fd >= len(l.watchers) {
		l.watchers = append(l.watchers, nil)
	}
	switch cur := l.watchers[w.fd]; cur {
	case nil:
		l.watchers[w.fd] = w
		l.nfds++
	case w:
	default:
		return EEXIST
	}
	w.pevents |= ev
	if w.pevents != w.events && !w.queued.linked() {
		l.watcherQueue.pushBack(&w.queued)
	}
	w.start()
	return nil
}

// Stop removes ev from the watcher's interest; with no interest left the
// watcher becomes inactive.
func (w *IOWatcher) Stop(ev Events) {
	l := w.loop
	w.pevents &^= ev
	if w.pevents != w.events && !w.queued.linked() {
		l.watcherQueue.pushBack(&w.queued)
	}
	if w.pevents == 0 {
		if w.fd < len(l.watchers) && l.watchers[w.fd] == w {
			l.watchers[w.fd] = nil
			l.nfds--
		}
		w.stop()
	}
}

// Err returns the error the poller gave when it refused to watch the fd (for
// example EPERM for a regular file under epoll); the callback then got EventError.
func (w *IOWatcher) Err() error { return w.err }

// fail records a registration error and reports it through the pending phase.
func (w *IOWatcher) fail(err error) {
	w.err = err
	w.events = 0
	w.Feed()
}

// pendingEvents is what a fed watcher's callback receives in the pending phase.
func (w *IOWatcher) pendingEvents() Events {
	if w.err != nil {
		return EventError | w.pevents
	}
	return EventWrite
}

// Feed queues the callback to run in the next pending phase with EventWrite,
// as uv__io_feed does for deferred write callbacks.
func (w *IOWatcher) Feed() {
	if !w.pend.linked() && !w.IsClosing() {
		w.loop.pending.pushBack(&w.pend)
	}
}

func (w *IOWatcher) closeHandle() {
	w.Stop(EventRead | EventWrite)
	w.queued.unlink()
	w.pend.unlink()
	if w.events != 0 {
		w.loop.poller.invalidate(w.fd)
		w.events = 0
	}
}

// readyEvents filters what the poller saw down to what the watcher asked for,
// turning errors and hang-ups into the watched read/write events as libuv does.
func (w *IOWatcher) readyEvents(got Events) Events {
	got &= w.pevents | EventError | EventHangup
	if got&(EventError|EventHangup) != 0 {
		got |= w.pevents & (EventRead | EventWrite)
	}
	return got
}
