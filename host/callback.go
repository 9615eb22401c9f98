package host

import (
	"errors"
	"reflect"
	"unsafe"

	"github.com/dop251/goja"
)

func init() {
	hostBindingInits["task_queue"] = (*Runtime).newTaskQueueBinding
}

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
	if len(r.queued) > 0 {
		r.runQueuedCallbacks()
		if r.exiting {
			return goja.Undefined(), false
		}
	}
	r.depth++
	defer func() { r.depth-- }()
	// trampoline(fn, this, argc, a0, a1, a2): up to three arguments are passed
	// as they are; more go in one array (task_queues.js).
	call := append(r.callScratch[:0], fn, this, r.vm.ToValue(min(len(args), 4)))
	if len(args) <= 3 {
		call = append(call, args...)
	} else {
		items := make([]any, len(args))
		for i, a := range args {
			if a == nil {
				a = goja.Undefined()
			}
			items[i] = a
		}
		call = append(call, r.vm.NewArray(items...))
	}
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

// newTaskQueueBinding builds internalBinding('task_queue'): mustYield() tells
// the timers and immediates, which run several callbacks per call, whether
// the one that just returned left work that only the host can do before the
// next — promise jobs (goja runs them when the outermost call returns),
// rejections to report, or ticks.
func (r *Runtime) newTaskQueueBinding() *goja.Object {
	b := r.vm.NewObject()
	b.Set("mustYield", r.fn(func(goja.FunctionCall) goja.Value {
		return r.vm.ToValue(r.hasTick || len(r.rejections) > 0 || r.promiseJobsPending())
	}))
	return b
}

// jobQueueOffset locates goja.Runtime's private job queue (`jobQueue
// []func()`, appended to by every promise reaction or thenable job and run
// when the outermost call returns) so that promiseJobsPending can read its
// length: goja has no API for it, and without it every timer and immediate
// has to be its own top-level call in case it queued a microtask. The field
// is found by name and type once per process; if a goja upgrade renames or
// retypes it, jobQueueFound is false and every macrotask yields (correct,
// only slower). TestPromiseJobsPendingIsDetected fails in that case, so the
// loss is noticed.
var jobQueueOffset, jobQueueFound = func() (uintptr, bool) {
	f, ok := reflect.TypeFor[goja.Runtime]().FieldByName("jobQueue")
	if !ok || f.Type != reflect.TypeFor[[]func()]() {
		return 0, false
	}
	return f.Offset, true
}()

// promiseJobsPending reports whether goja holds promise jobs that will run
// when the current top-level call returns; true when that cannot be known.
func (r *Runtime) promiseJobsPending() bool {
	if !jobQueueFound {
		return true
	}
	q := (*[]func())(unsafe.Add(unsafe.Pointer(r.vm), jobQueueOffset))
	return len(*q) > 0
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
