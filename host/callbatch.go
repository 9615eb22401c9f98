package host

import (
	"math"

	"github.com/dop251/goja"
)

// Batched macrotasks. A pool completion that only has to call a JavaScript
// callback (most fs requests) is queued with QueueCallback; when the loop has
// run the batch of completions it woke up for, the queue runs in one
// JavaScript entry (runCallbacks in internal/process/task_queues) instead of
// one MakeCallback each. Every callback is still its own macrotask: the ticks
// it queued drain after it, and when it leaves promise jobs or rejections the
// JavaScript loop stops so that the host runs them — the end of a top-level
// call — before the next one, as MakeCallback would. MakeCallback runs the
// queue first, so callbacks keep the order of their events.

// queuedCallback is one batched macrotask: fn with argc (0–2) arguments.
type queuedCallback struct {
	fn, a0, a1 goja.Value
	argc       int
}

// QueueCallback is MakeCallback for a pool completion's callback: fn runs
// with args after the loop's current batch of completions, or earlier when
// another macrotask is about to run. More than two arguments, or a call made
// while JavaScript is running, fall back to MakeCallback.
func (r *Runtime) QueueCallback(fn goja.Value, args ...goja.Value) {
	if r.exiting {
		return
	}
	if len(args) > 2 || r.depth > 0 || r.runCallbacks == nil {
		r.MakeCallback(fn, goja.Undefined(), args...)
		return
	}
	q := queuedCallback{fn: fn, a0: goja.Undefined(), a1: goja.Undefined(), argc: len(args)}
	if len(args) > 0 {
		q.a0 = args[0]
	}
	if len(args) > 1 {
		q.a1 = args[1]
	}
	r.queued = append(r.queued, q)
}

// runQueuedCallbacks runs what QueueCallback queued, in order. It is the
// loop's work-batch hook and MakeCallback's first step.
func (r *Runtime) runQueuedCallbacks() {
	if len(r.queued) == 0 || r.depth > 0 {
		return
	}
	// Nothing is queued meanwhile: QueueCallback calls straight through while
	// JavaScript runs (depth > 0).
	queued := r.queued
	defer func() {
		clear(queued)
		r.queued = queued[:0]
	}()
	if r.exiting {
		return
	}
	items := make([]any, 0, 4*len(queued))
	for _, q := range queued {
		items = append(items, q.fn, q.argc, q.a0, q.a1)
	}
	list := r.vm.NewArray(items...)
	r.depth++
	defer func() { r.depth-- }()
	for next := 0; next < len(items) && !r.exiting; {
		v, err := r.runCallbacks(goja.Undefined(), list, r.vm.ToValue(next))
		if err != nil {
			// Resume after the callback that threw: the last one started.
			next = r.callbacksResumeAt()
			r.handleError(err, false)
		} else {
			next = int(v.ToInteger())
		}
		r.drainQueues()
	}
}

// callbacksResumeAt is where runCallbacks stopped when a callback threw.
func (r *Runtime) callbacksResumeAt() int {
	v, err := r.callbacksNext(goja.Undefined())
	if err != nil {
		return math.MaxInt // nothing more can run safely
	}
	return int(v.ToInteger())
}
