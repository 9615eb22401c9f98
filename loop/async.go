package loop

import "sync/atomic"

// Async wakes the loop from any goroutine and runs its callback on the loop
// thread, like uv_async_t. Many Sends before the callback runs coalesce into one call.
type Async struct {
	handle
	cb      func()
	pending atomic.Uint32
	node    node[*Async]
}

// NewAsync creates an async handle; it is active (and so keeps the loop alive
// while ref'd) from creation until closed.
func NewAsync(l *Loop, cb func()) *Async {
	a := &Async{cb: cb}
	a.handle.init(l, a)
	a.node.val = a
	l.asyncHandles.pushBack(&a.node)
	a.start()
	return a
}

// newInternalAsync creates an unref'd async handle for the loop's own use: it
// neither keeps the loop alive nor counts as an open handle for Close.
func (l *Loop) newInternalAsync(cb func()) *Async {
	a := &Async{cb: cb}
	a.handle.initInternal(l, a)
	a.node.val = a
	l.asyncHandles.pushBack(&a.node)
	a.start()
	a.Unref()
	return a
}

// Send schedules the callback. It is safe to call from any goroutine; calls
// made before the callback runs are coalesced. Sending after Close is ignored.
func (a *Async) Send() {
	if a.pending.CompareAndSwap(0, 1) {
		a.loop.poller.wake()
	}
}

func (a *Async) closeHandle() {
	a.node.unlink()
	a.stop()
}

// runAsyncs runs the callback of every async handle that has been sent to;
// the poller calls it when the wake-up fires. Swap, then iterate: a handle
// closed by an earlier callback is unlinked from the scratch list and skipped.
func (l *Loop) runAsyncs() {
	q := &l.asyncTmp
	l.asyncHandles.moveTo(q)
	for n := q.front(); n != nil; n = q.front() {
		n.unlink()
		l.asyncHandles.pushBack(n)
		a := n.val
		if a.pending.Load() != 0 && a.pending.Swap(0) != 0 {
			a.cb()
		}
	}
}
