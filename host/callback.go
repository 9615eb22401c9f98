package host

import (
	"errors"

	"github.com/dop251/goja"
)

// rejection is one event from the engine's promise rejection tracker.
type rejection struct {
	promise *goja.Promise
	handled bool // false: rejected with no handler; true: a handler was added later
}

func (r *Runtime) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	r.rejections = append(r.rejections, rejection{promise: p, handled: op == goja.PromiseRejectionHandle})
}

// MakeCallback is the one path from Go into JavaScript for a macrotask (a
// timer, an immediate, an I/O completion), with Node's queue semantics: the
// callback and then every queued nextTick run in one top-level call; when it
// returns the engine runs the microtasks; while ticks or rejections remain,
// another top-level call drains them. An exception goes to
// process 'uncaughtException' or ends the process; ok reports whether fn
// returned normally. Nested calls (from Go code that JavaScript called) just call fn.
func (r *Runtime) MakeCallback(fn goja.Value, this goja.Value, args ...goja.Value) (ret goja.Value, ok bool) {
	if r.exiting {
		return goja.Undefined(), false
	}
	if r.depth > 0 {
		call, isFn := goja.AssertFunction(fn)
		if !isFn {
			panic(r.vm.NewTypeError("MakeCallback: not a function"))
		}
		v, err := call(this, args...)
		if err != nil {
			r.rethrow(err)
		}
		return v, true
	}
	r.depth++
	defer func() { r.depth-- }()
	call := append(r.callScratch[:0], fn, this)
	call = append(call, args...)
	ret, err := r.trampoline(goja.Undefined(), call...)
	for i := range call {
		call[i] = nil
	}
	r.callScratch = call[:0]
	ok = err == nil
	if err != nil {
		r.handleError(err, false)
	}
	r.drainQueues()
	return ret, ok
}

// drainQueues runs nextTicks (each drain a top-level call, so microtasks run
// after it) and then reports rejections, until both are empty — Node's
// processTicksAndRejections loop.
func (r *Runtime) drainQueues() {
	for !r.exiting {
		switch {
		case r.hasTick:
			if _, err := r.processTicks(goja.Undefined()); err != nil {
				r.handleError(err, false)
			}
		case len(r.rejections) > 0:
			if _, err := r.processRejections(goja.Undefined()); err != nil {
				r.handleError(err, false)
			}
		default:
			return
		}
	}
}

// takeRejections hands the pending rejection events to JavaScript as a flat
// array [promise, reason, handled, ...] and clears them.
func (r *Runtime) takeRejections() goja.Value {
	out := make([]any, 0, len(r.rejections)*3)
	for _, ev := range r.rejections {
		out = append(out, ev.promise, ev.promise.Result(), ev.handled)
	}
	r.rejections = r.rejections[:0]
	return r.vm.ToValue(out)
}

// rethrow re-raises an error from a nested call inside the VM.
func (r *Runtime) rethrow(err error) {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		panic(ex)
	}
	panic(err)
}

// handleError routes an error that escaped a top-level call: an exit or
// interrupt unwinds; a stack overflow becomes Node's RangeError; a thrown
// value goes to the uncaught-exception machinery.
func (r *Runtime) handleError(err error, fromPromise bool) {
	var intr *goja.InterruptedError
	if errors.As(err, &intr) {
		switch v := intr.Value().(type) {
		case exitRequest:
		case *InterruptedError:
			if r.interrupt == nil {
				r.interrupt = v
			}
			r.exit(1)
		default:
			r.exit(1)
		}
		return
	}
	var value goja.Value
	var ex *goja.Exception
	var so *goja.StackOverflowError
	switch {
	case errors.As(err, &so):
		value = r.newRangeError("Maximum call stack size exceeded")
		r.noteThrowSite(value, &so.Exception)
	case errors.As(err, &ex):
		value = ex.Value()
		r.noteThrowSite(value, ex)
	default:
		value = r.vm.NewGoError(err)
	}
	r.uncaught(value, fromPromise)
}

func (r *Runtime) newRangeError(msg string) goja.Value {
	ctor := r.vm.Get("RangeError")
	if c, ok := goja.AssertConstructor(ctor); ok {
		if obj, err := c(nil, r.vm.ToValue(msg)); err == nil {
			return obj
		}
	}
	return r.vm.ToValue(msg)
}

// uncaught runs process._fatalException's logic in JavaScript; when no
// handler took the error it is printed like Node does and the process exits 1
// (7 when a handler itself threw).
func (r *Runtime) uncaught(value goja.Value, fromPromise bool) {
	if r.exiting {
		return
	}
	r.depth++
	handled, err := r.fatalException(goja.Undefined(), value, r.vm.ToValue(fromPromise))
	r.depth--
	if err != nil {
		var intr *goja.InterruptedError
		if errors.As(err, &intr) {
			r.handleError(err, false)
			return
		}
		// The 'uncaughtException' handler threw: report that error, exit 7.
		var ex *goja.Exception
		if errors.As(err, &ex) {
			r.noteThrowSite(ex.Value(), ex)
			r.printFatal(ex.Value())
		} else {
			r.printFatalText(err.Error())
		}
		r.exit(7)
		return
	}
	if handled != nil && handled.ToBoolean() {
		return
	}
	// Not handled: JavaScript has run the 'exit' listeners; report and stop.
	if !r.exiting {
		r.printFatal(value)
		r.exit(1)
	}
}
