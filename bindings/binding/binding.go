// Package binding is the seam between the host and the native modules: a
// binding receives an Env for its runtime and builds the object that
// internalBinding(name) returns to the built-in JavaScript modules.
package binding

import (
	"github.com/dop251/goja"
	"github.com/gonode/gonode/loop"
)

// Env is what a native binding sees of the runtime it is loaded into. All
// methods must be called on the loop thread.
type Env interface {
	// VM returns the runtime's JavaScript engine.
	VM() *goja.Runtime
	// Loop returns the runtime's event loop.
	Loop() *loop.Loop
	// MakeCallback is the one path from Go into JavaScript for a macrotask: it
	// calls the JavaScript function fn, then drains nextTicks and microtasks
	// and reports unhandled rejections. ok is false when fn threw (the
	// exception has already been routed to process 'uncaughtException' or
	// ended the process).
	MakeCallback(fn goja.Value, this goja.Value, args ...goja.Value) (ret goja.Value, ok bool)
	// QueueCallback is MakeCallback for the callback of a pool completion:
	// fn(args...) runs, with the same semantics, when the loop's current
	// batch of completions has been handled — together with the batch's other
	// callbacks, in one JavaScript entry — or before any other macrotask.
	QueueCallback(fn goja.Value, args ...goja.Value)
	// Exiting reports whether the process is exiting: no more JavaScript may run.
	Exiting() bool
	// UVException builds Node's system error for errno (code, errno, syscall, path, dest).
	UVException(errno loop.Errno, syscall, path, dest string) *goja.Object
	// AtExit registers fn to run once when the process ends, as Node's
	// ResetStdio does: before a fatal error report is printed, on process.exit()
	// and when the loop has run dry. No JavaScript may run in fn.
	AtExit(fn func())
}

// Init builds one runtime's binding object.
type Init func(env Env) *goja.Object
