package host

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/loop"
)

// bootstrap installs the built-in loaders, the engine shims and then runs
// internal/bootstrap/node, which builds process and the globals and hands
// the host its hooks.
func (r *Runtime) bootstrap() error {
	r.sources = map[string]string{}
	r.lowered = map[string]bool{}
	r.installBuiltinLoaders()
	if err := r.installEngineShims(); err != nil {
		return err
	}
	if _, err := r.requireBuiltin("internal/bootstrap/node"); err != nil {
		return err
	}
	if r.trampoline == nil || r.runMain == nil {
		return errors.New("internal/bootstrap/node did not install the host hooks")
	}
	return nil
}

// RunFile runs the file at path as the main module, then the event loop until
// it has no more work, then 'beforeExit' and 'exit', like `node path`. It
// returns the process exit code; err is non-nil only when the script was
// interrupted (Interrupt or ctx) or the host itself failed.
func (r *Runtime) RunFile(ctx context.Context, path string) (int, error) {
	if !filepath.IsAbs(path) {
		path = filepath.Join(r.cfg.cwd, path)
	}
	return r.run(ctx, "file", path, "")
}

// RunMain runs the program the runtime's arguments name, as the node command
// does: the first of WithArgs is the script (resolved like `node script`, so
// "app" finds app.js), the rest are its arguments.
func (r *Runtime) RunMain(ctx context.Context) (int, error) {
	if len(r.cfg.argv) == 0 {
		return 1, errors.New("host: RunMain needs the script as the first of WithArgs")
	}
	return r.RunFile(ctx, r.cfg.argv[0])
}

// RunScript runs source as the main script, like `node -e source`; name is
// the file name used in stack traces.
func (r *Runtime) RunScript(ctx context.Context, name, source string) (int, error) {
	kind := "eval"
	if r.cfg.printResult {
		kind = "print"
	}
	return r.run(ctx, kind, name, source)
}

func (r *Runtime) run(ctx context.Context, kind, name, source string) (int, error) {
	if r.closed {
		return 1, errors.New("host: runtime is closed")
	}
	stop := r.watchContext(ctx)
	defer stop()
	r.userCodeStarted = true
	r.MakeCallback(r.runMain, goja.Undefined(), r.vm.ToValue(kind), r.vm.ToValue(name), r.vm.ToValue(source))
	r.spin()
	if r.interrupt != nil {
		return r.exitCode, r.interrupt
	}
	return r.exitCode, nil
}

// spin runs the loop until it is empty, emitting 'beforeExit' (and looping
// again if its listeners made work), then 'exit'.
func (r *Runtime) spin() {
	for !r.exiting {
		r.loop.Run(loop.RunDefault)
		if r.exiting {
			break
		}
		r.MakeCallback(r.emitBeforeExit, goja.Undefined())
		if !r.loop.Alive() {
			break
		}
	}
	if r.exiting {
		return
	}
	code, ok := r.MakeCallback(r.emitExit, goja.Undefined())
	if !r.exiting {
		c := 0
		if ok && code != nil {
			c = int(code.ToInteger())
		}
		r.exit(c)
	}
}

// exit marks the runtime as exiting with code and stops the loop.
func (r *Runtime) exit(code int) {
	if r.exiting {
		return
	}
	r.exiting = true
	r.exitCode = code
	r.loop.Stop()
	r.runAtExit()
}

// watchContext interrupts the script when ctx is cancelled; the returned
// func stops the watching goroutine.
func (r *Runtime) watchContext(ctx context.Context) func() {
	if ctx == nil || ctx.Done() == nil {
		return func() {}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		select {
		case <-ctx.Done():
			r.Interrupt(ctx.Err())
		case <-done:
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

// UVException builds Node's system error: message "CODE: description,
// syscall 'path' -> 'dest'" with errno, code, syscall, path and dest.
func (r *Runtime) UVException(errno loop.Errno, syscall, path, dest string) *goja.Object {
	code, desc := errno.Code(), errno.Message()
	if code == "" || len(code) > 6 && code[:6] == "Unknow" {
		code, desc = "UNKNOWN", "unknown error"
	}
	msg := fmt.Sprintf("%s: %s, %s", code, desc, syscall)
	if path != "" {
		msg += fmt.Sprintf(" '%s'", path)
	}
	if dest != "" {
		msg += fmt.Sprintf(" -> '%s'", dest)
	}
	ctor, _ := goja.AssertConstructor(r.vm.Get("Error"))
	obj, err := ctor(nil, r.vm.ToValue(msg))
	if err != nil {
		return r.vm.NewGoError(errors.New(msg))
	}
	obj.Set("errno", int(errno))
	obj.Set("code", code)
	obj.Set("syscall", syscall)
	if path != "" {
		obj.Set("path", path)
	}
	if dest != "" {
		obj.Set("dest", dest)
	}
	return obj
}

// Cwd returns the runtime's working directory (process.cwd()).
func (r *Runtime) Cwd() string { return r.cfg.cwd }

// Eval evaluates one REPL input: the completion value is printed, an
// exception is printed as "Uncaught …" without ending the runtime, and the
// loop runs until the work the input started is done.
func (r *Runtime) Eval(ctx context.Context, name, source string) (int, error) {
	if r.closed || r.exiting {
		return r.exitCode, errors.New("host: runtime has exited")
	}
	stop := r.watchContext(ctx)
	defer stop()
	r.MakeCallback(r.runMain, goja.Undefined(), r.vm.ToValue("repl"), r.vm.ToValue(name), r.vm.ToValue(source))
	for !r.exiting && r.loop.Run(loop.RunDefault) {
	}
	return r.exitCode, nil
}
