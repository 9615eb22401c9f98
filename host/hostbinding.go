package host

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"syscall"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/binding"
	"github.com/gonode/gonode/host/jscache"
	"github.com/gonode/gonode/loop"
)

// hostBindings are the bindings that need the runtime's internals; the rest
// live in bindings/<name> (see natives.go).
func (r *Runtime) hostBindings() map[string]binding.Init {
	m := make(map[string]binding.Init, len(hostBindingInits))
	for name, init := range hostBindingInits {
		init := init
		m[name] = func(binding.Env) *goja.Object { return init(r) }
	}
	return m
}

// hostBindingInits lists the host's own bindings; filled by init functions
// of this package and never changed afterwards.
var hostBindingInits = map[string]func(*Runtime) *goja.Object{
	"host": (*Runtime).newHostBinding,
}

// fn wraps a Go function as a JS function without reflection.
func (r *Runtime) fn(f func(goja.FunctionCall) goja.Value) goja.Value { return r.vm.ToValue(f) }

func (r *Runtime) callable(v goja.Value, name string) goja.Callable {
	c, ok := goja.AssertFunction(v)
	if !ok {
		panic(r.vm.NewTypeError("host: " + name + " is not a function"))
	}
	return c
}

// newHostBinding builds internalBinding('host'): the hooks the bootstrap
// JavaScript installs, and the per-runtime state process is built from.
func (r *Runtime) newHostBinding() *goja.Object {
	vm := r.vm
	b := vm.NewObject()
	b.Set("setup", r.fn(func(c goja.FunctionCall) goja.Value {
		h := c.Argument(0).ToObject(vm)
		r.trampoline = r.callable(h.Get("trampoline"), "trampoline")
		r.processTicks = r.callable(h.Get("processTicks"), "processTicks")
		r.runCallbacks = r.callable(h.Get("runCallbacks"), "runCallbacks")
		r.callbacksNext = r.callable(h.Get("callbacksResumeAt"), "callbacksResumeAt")
		r.processRejections = r.callable(h.Get("processRejections"), "processRejections")
		r.fatalException = r.callable(h.Get("fatalException"), "fatalException")
		r.emitBeforeExit = h.Get("emitBeforeExit")
		r.emitExit = h.Get("emitExit")
		r.runMain = h.Get("runMain")
		r.formatFatal = r.callable(h.Get("formatFatal"), "formatFatal")
		return goja.Undefined()
	}))
	b.Set("setHasTick", r.fn(func(c goja.FunctionCall) goja.Value {
		r.hasTick = c.Argument(0).ToBoolean()
		return goja.Undefined()
	}))
	b.Set("takeRejections", r.fn(func(goja.FunctionCall) goja.Value { return r.takeRejections() }))
	b.Set("printFatal", r.fn(func(c goja.FunctionCall) goja.Value {
		// printFatal(err, fromPromise): an error caught in JavaScript and not handled.
		r.caughtThrow = !c.Argument(1).ToBoolean()
		defer func() { r.caughtThrow = false }()
		r.printFatal(c.Argument(0))
		return goja.Undefined()
	}))
	b.Set("reallyExit", r.fn(func(c goja.FunctionCall) goja.Value {
		code := int(c.Argument(0).ToInteger())
		r.exit(code)
		vm.Interrupt(exitRequest{})
		return goja.Undefined()
	}))
	b.Set("writeSync", r.fn(func(c goja.FunctionCall) goja.Value {
		// writeSync(fd, string|Uint8Array): stdout and stderr writes, synchronous as Node's for files and TTYs.
		var w io.Writer
		switch c.Argument(0).ToInteger() {
		case 1:
			w = r.cfg.stdout
		case 2:
			w = r.cfg.stderr
		default:
			panic(r.UVException(loop.EBADF, "write", "", ""))
		}
		var err error
		switch d := c.Argument(1).Export().(type) {
		case []byte:
			_, err = w.Write(d)
		case goja.ArrayBuffer:
			_, err = w.Write(d.Bytes())
		default:
			_, err = io.WriteString(w, c.Argument(1).String())
		}
		if err != nil {
			panic(r.UVException(loop.ErrnoOf(err), "write", "", ""))
		}
		return goja.Undefined()
	}))
	b.Set("prewarmStdio", r.fn(func(goja.FunctionCall) goja.Value {
		prewarmStdio(fdOf(r.cfg.stdout))
		return goja.Undefined()
	}))
	b.Set("stdioFd", r.fn(func(c goja.FunctionCall) goja.Value {
		// stdioFd(n): the OS fd behind stdin/stdout/stderr, or -1 when the embedder gave
		// a reader or writer that is not a file (process.stdin/stdout/stderr then use writeSync).
		var v any
		switch c.Argument(0).ToInteger() {
		case 0:
			v = r.cfg.stdin
		case 1:
			v = r.cfg.stdout
		case 2:
			v = r.cfg.stderr
		}
		return vm.ToValue(fdOf(v))
	}))
	b.Set("readStdin", r.fn(func(c goja.FunctionCall) goja.Value {
		// readStdin(fd, size, cb): one Read from the embedder's stdin reader (when it is not a
		// file) on the worker pool; cb(nread, arrayBuffer), nread 0 at the end, < 0 an errno.
		size := int(c.Argument(1).ToInteger())
		if size <= 0 {
			size = 64 * 1024
		}
		cb := c.Argument(2)
		in := r.cfg.stdin
		buf := make([]byte, size)
		var n int
		var rerr error
		r.loop.QueueWork(loop.WorkFastIO, func() {
			if in == nil {
				rerr = io.EOF
				return
			}
			// io.Reader may return (0, nil); ask again rather than report a false end.
			for i := 0; i < 100 && n == 0 && rerr == nil; i++ {
				n, rerr = in.Read(buf)
			}
		}, func(err error) {
			if r.exiting {
				return
			}
			if err == nil && n == 0 && rerr != nil && rerr != io.EOF {
				err = rerr
			}
			if err != nil {
				r.MakeCallback(cb, goja.Undefined(), vm.ToValue(int(loop.ErrnoOf(err))), goja.Undefined())
				return
			}
			r.MakeCallback(cb, goja.Undefined(), vm.ToValue(n), vm.ToValue(vm.NewArrayBuffer(buf[:n])))
		})
		return goja.Undefined()
	}))
	b.Set("cwd", r.fn(func(goja.FunctionCall) goja.Value { return vm.ToValue(r.cfg.cwd) }))
	b.Set("chdir", r.fn(func(c goja.FunctionCall) goja.Value {
		dir := c.Argument(0).String()
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(r.cfg.cwd, dir)
		}
		st, err := os.Stat(dir)
		if err == nil && !st.IsDir() {
			err = loop.ENOTDIR
		}
		if err != nil {
			panic(r.UVException(loop.ErrnoOf(err), "chdir", c.Argument(0).String(), ""))
		}
		r.cfg.cwd = filepath.Clean(dir)
		return goja.Undefined()
	}))
	b.Set("argv", vm.ToValue(append([]string{r.cfg.execPath}, r.cfg.argv...)))
	b.Set("execArgv", vm.ToValue(r.cfg.execArgv))
	b.Set("execPath", r.cfg.execPath)
	b.Set("argv0", r.cfg.argv0)
	b.Set("env", r.newEnvObject())
	b.Set("platform", nodePlatform())
	b.Set("arch", nodeArch())
	b.Set("nodeVersion", NodeVersion)
	b.Set("gonodeVersion", Version)
	b.Set("goVersion", runtime.Version())
	b.Set("options", vm.ToValue(map[string]any{
		"unhandledRejections": string(r.cfg.unhandledRejections),
		"noWarnings":          r.cfg.noWarnings,
		"traceWarnings":       r.cfg.traceWarnings,
		"noDeprecation":       r.cfg.noDeprecation,
		"throwDeprecation":    r.cfg.throwDeprecation,
		"preload":             r.cfg.preload,
	}))
	b.Set("nativeModules", r.fn(func(goja.FunctionCall) goja.Value {
		names := make([]string, 0, len(r.cfg.modules))
		for n := range r.cfg.modules {
			names = append(names, n)
		}
		sort.Strings(names)
		return vm.ToValue(names)
	}))
	b.Set("loadNativeModule", r.fn(func(c goja.FunctionCall) goja.Value {
		init := r.cfg.modules[c.Argument(0).String()]
		if init == nil {
			return goja.Undefined()
		}
		module := c.Argument(1).ToObject(vm)
		init(vm, module)
		return goja.Undefined()
	}))
	b.Set("builtinExists", r.fn(func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(jscache.Exists(c.Argument(0).String()))
	}))
	return b
}

// fdOf is the file descriptor of an *os.File (or anything with SyscallConn),
// read without putting the file in blocking mode as File.Fd would; -1 otherwise.
func fdOf(v any) int {
	if runtime.GOOS == "windows" {
		return -1 // a HANDLE, not an fd; the stream layer is unix-only
	}
	sc, ok := v.(syscall.Conn)
	if !ok {
		return -1
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return -1
	}
	fd := -1
	if err := rc.Control(func(u uintptr) { fd = int(u) }); err != nil {
		return -1
	}
	return fd
}

// newEnvObject is process.env: live over the runtime's environment map,
// values coerced to strings, deletable.
func (r *Runtime) newEnvObject() *goja.Object {
	return r.vm.NewDynamicObject(&envObject{r: r})
}

type envObject struct{ r *Runtime }

func (e *envObject) Get(key string) goja.Value {
	if v, ok := e.r.cfg.env[key]; ok {
		return e.r.vm.ToValue(v)
	}
	return nil
}
func (e *envObject) Set(key string, val goja.Value) bool {
	e.r.cfg.env[key] = val.String()
	return true
}
func (e *envObject) Has(key string) bool { _, ok := e.r.cfg.env[key]; return ok }
func (e *envObject) Delete(key string) bool {
	delete(e.r.cfg.env, key)
	return true
}
func (e *envObject) Keys() []string {
	keys := make([]string, 0, len(e.r.cfg.env))
	for k := range e.r.cfg.env {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func nodePlatform() string {
	switch runtime.GOOS {
	case "windows":
		return "win32"
	case "illumos", "solaris":
		return "sunos"
	}
	return runtime.GOOS
}

func nodeArch() string {
	switch runtime.GOARCH {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	case "ppc64le":
		return "ppc64"
	}
	return runtime.GOARCH
}
