// Package host boots a gonode runtime — a goja engine, an event loop and the
// built-in modules — in Node's order, runs user code on it, and is the public
// API for embedding gonode in Go programs.
//
// A Runtime belongs to one goroutine, the one that calls its Run methods (the
// loop thread). Post, Interrupt and the functions returned by Reserve are the
// only methods that may be called from other goroutines. Several runtimes in
// one process share nothing but the worker pool and compiled programs.
package host

import (
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/host/jscache"
	"github.com/gonode/gonode/loop"
)

// Runtime is one JavaScript runtime with its own engine, loop and globals.
type Runtime struct {
	cfg  *config
	vm   *goja.Runtime
	loop *loop.Loop

	bindings        map[string]*goja.Object // internalBinding cache
	builtinModules  map[string]*goja.Object // built-in JS module objects by id
	userCodeStarted bool                    // the main script has started: built-ins it loads compile ahead (compileahead.go)
	internalReq     goja.Value              // require() given to built-in modules
	internalBind    goja.Value              // internalBinding() given to built-in modules

	// Hooks installed by the bootstrap JavaScript (internal/bootstrap/node).
	trampoline        goja.Callable // (fn, this, ...args): call fn, then drain nextTicks
	runCallbacks      goja.Callable // (list, start): run batched macrotasks (callbatch.go)
	callbacksNext     goja.Callable // () → where runCallbacks resumes after a throw
	processTicks      goja.Callable // drain the nextTick queue
	processRejections goja.Callable // report unhandled rejections
	fatalException    goja.Callable // (err, fromPromise) → handled?
	emitBeforeExit    goja.Value
	emitExit          goja.Value
	runMain           goja.Value    // (kind, filename, source) runs user code as the main module
	formatFatal       goja.Callable // (err) → the text Node prints for an uncaught error

	hasTick     bool             // the nextTick queue is non-empty (set from JS)
	rejections  []rejection      // promise rejection events since the last report
	depth       int              // nesting of MakeCallback / calls into the VM
	callScratch []goja.Value     // reused argument slice for the trampoline
	queued      []queuedCallback // QueueCallback's macrotasks, run by runQueuedCallbacks

	stackSupport *stackSupport // V8-format stacks and CallSites (stack.go)

	lastThrow   throwSite
	syntaxSite  throwSite         // where the last SyntaxError from compiling user code is
	caughtThrow bool              // printFatal is reporting a thrown error caught by a built-in
	sources     map[string]string // user module sources by filename, for error reports
	lowered     map[string]bool   // user modules esbuild rewrote (positions come through a source map)

	exiting   bool
	exitCode  int
	atExit    []func() // AtExit hooks, run once by runAtExit
	interrupt *InterruptedError

	postMu    sync.Mutex
	posted    []func()
	postAsync *loop.Async
	closed    bool
}

// InterruptedError is returned by the Run methods when Interrupt (or a
// cancelled context) ended the script.
type InterruptedError struct{ Reason any }

func (e *InterruptedError) Error() string { return fmt.Sprintf("script interrupted: %v", e.Reason) }

// exitRequest is the interrupt value process.exit() uses to unwind the VM.
type exitRequest struct{}

// New creates a runtime: engine, loop and pool, built-ins and globals, in
// Node's bootstrap order. User code runs later, with RunFile or RunScript.
func New(opts ...Option) (*Runtime, error) {
	jscache.Prewarm()
	cfg := defaultConfig()
	for _, o := range opts {
		o(cfg)
	}
	if cfg.cwd == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, fmt.Errorf("host: working directory: %w", err)
		}
		cfg.cwd = wd
	}
	l, err := loop.New()
	if err != nil {
		return nil, fmt.Errorf("host: creating the event loop: %w", err)
	}
	r := &Runtime{
		cfg:            cfg,
		vm:             goja.New(),
		loop:           l,
		bindings:       map[string]*goja.Object{},
		builtinModules: map[string]*goja.Object{},
	}
	r.vm.SetMaxCallStackSize(cfg.stackSize)
	r.vm.SetPromiseRejectionTracker(r.trackRejection)
	l.SetWorkBatchHook(r.runQueuedCallbacks)
	r.postAsync = loop.NewAsync(l, r.runPosted)
	r.postAsync.Unref()
	if err := r.bootstrap(); err != nil {
		r.loop.Close()
		return nil, fmt.Errorf("host: bootstrap: %w", err)
	}
	return r, nil
}

// VM returns the runtime's engine, for embedders that add their own globals.
// Use it only on the loop thread.
func (r *Runtime) VM() *goja.Runtime { return r.vm }

// Loop returns the runtime's event loop.
func (r *Runtime) Loop() *loop.Loop { return r.loop }

// Exiting reports whether process.exit was called or a fatal error ended the script.
func (r *Runtime) Exiting() bool { return r.exiting }

// Post schedules fn to run on the loop thread. It is safe from any goroutine
// and does not keep the loop alive: if the loop has ended, fn never runs.
func (r *Runtime) Post(fn func()) {
	r.postMu.Lock()
	r.posted = append(r.posted, fn)
	r.postMu.Unlock()
	r.postAsync.Send()
}

func (r *Runtime) runPosted() {
	r.postMu.Lock()
	fns := r.posted
	r.posted = nil
	r.postMu.Unlock()
	for _, fn := range fns {
		if r.exiting {
			return
		}
		fn()
	}
}

// Reserve keeps the loop alive until the returned function is called, then
// runs fn on the loop thread. Call Reserve on the loop thread (for example
// from a native module function); the returned function may be called once,
// from any goroutine. Calls after the first are ignored.
func (r *Runtime) Reserve() (enqueue func(fn func())) {
	r.loop.ReqStart()
	var once sync.Once
	return func(fn func()) {
		once.Do(func() {
			r.Post(func() {
				r.loop.ReqDone()
				fn()
			})
		})
	}
}

// Interrupt stops the running script as soon as possible with an
// InterruptedError carrying reason; safe from any goroutine.
func (r *Runtime) Interrupt(reason any) {
	r.vm.Interrupt(&InterruptedError{Reason: reason})
	r.Post(func() {
		if r.interrupt == nil {
			r.interrupt = &InterruptedError{Reason: reason}
		}
		r.exiting = true
		r.loop.Stop()
	})
}

// AtExit registers fn to run once when the process ends (binding.Env): before
// a fatal error report, on process.exit(), when the loop has run dry, or at
// Close. Bindings use it to flush pending stdio writes and restore terminals.
func (r *Runtime) AtExit(fn func()) { r.atExit = append(r.atExit, fn) }

// runAtExit runs the AtExit hooks in registration order, each once.
func (r *Runtime) runAtExit() {
	hooks := r.atExit
	r.atExit = nil
	for _, fn := range hooks {
		fn()
	}
}

// Close releases the loop. The runtime cannot run code afterwards.
func (r *Runtime) Close() error {
	if r.closed {
		return nil
	}
	r.runAtExit()
	r.closed = true
	r.exiting = true
	r.loop.Walk(func(h loop.Handle) { h.Close(nil) })
	// Close callbacks may close further handles, which then wait for the next
	// iteration's close phase; a few rounds settle them so the loop can close
	// its poller (an EBUSY here would leak its descriptors).
	for i := 0; i < 8 && r.loop.Alive(); i++ {
		r.loop.Run(loop.RunNoWait)
	}
	if err := r.loop.Close(); err != nil && !errors.Is(err, loop.EBUSY) {
		return fmt.Errorf("host: closing the loop: %w", err)
	}
	return nil
}
