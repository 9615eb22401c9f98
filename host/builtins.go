package host

import (
	"fmt"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/binding"
	"github.com/gonode/gonode/bindings/streamwrap"
	"github.com/gonode/gonode/host/jscache"
)

// printRoots are built-ins that printing loads, for compile-ahead to start
// from: the far end of the graph first, since the loop thread starts from
// console and the background compile should not chase it. stdoutRoots add the
// stdout stream's own modules by the kind of its fd
// (streamwrap.GuessHandleType): a tty.WriteStream, a net.Socket over a pipe,
// or a SyncWriteStream for a file.
var (
	printRoots  = []string{"internal/streams/writable", "internal/util/inspect", "console"}
	stdoutRoots = map[string][]string{
		"TTY":  {"tty", "internal/stream_base_commons"},
		"PIPE": {"net", "internal/stream_base_commons"},
		"FILE": {"internal/fs/sync_write_stream"},
	}
)

var stdioPrewarmOnce sync.Once

// prewarmStdio queues what printing loads for compile-ahead
// (compileahead.go), once per process: console and process.stdout call it
// when first touched, so a script that prints (almost every one) has those
// modules compiled on another core while the loop thread starts loading
// them, and one that does not pays nothing. stdoutFd is the OS fd behind the
// runtime's stdout, or -1.
func prewarmStdio(stdoutFd int) {
	stdioPrewarmOnce.Do(func() {
		var roots []string
		if stdoutFd >= 0 {
			roots = append(roots, stdoutRoots[streamwrap.GuessHandleType(stdoutFd)]...)
		}
		compileAhead(append(roots, printRoots...)...)
	})
}

// Prewarm starts compiling the modules every runtime needs on another core,
// once per process; New calls it too. The goroutine ends when they are compiled.
func Prewarm() { jscache.Prewarm() }

// requireBuiltin loads a built-in JS module by id ("events", "internal/errors")
// for this runtime, evaluating it on first use. A module required while it is
// still loading yields its partial exports, as CommonJS cycles do.
func (r *Runtime) requireBuiltin(id string) (goja.Value, error) {
	if m, ok := r.builtinModules[id]; ok {
		return m.Get("exports"), nil
	}
	prog, err := jscache.Program(id)
	if err != nil {
		return nil, err
	}
	if r.userCodeStarted {
		compileAhead(id)
	}
	fnv, err := r.vm.RunProgram(prog)
	if err != nil {
		return nil, err
	}
	fn, _ := goja.AssertFunction(fnv)
	module := r.vm.NewObject()
	exports := r.vm.NewObject()
	module.Set("exports", exports)
	module.Set("id", id)
	r.builtinModules[id] = module
	if _, err := fn(exports, exports, r.internalReq, module, r.internalBind); err != nil {
		delete(r.builtinModules, id)
		return nil, err
	}
	module.Set("loaded", true)
	return module.Get("exports"), nil
}

// installBuiltinLoaders creates the require() and internalBinding() functions
// that built-in modules receive. Neither is reachable from user code.
func (r *Runtime) installBuiltinLoaders() {
	r.internalReq = r.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0).String()
		id = strings.TrimPrefix(id, "node:")
		v, err := r.requireBuiltin(id)
		if err != nil {
			r.throwError(err)
		}
		return v
	})
	r.internalBind = r.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		name := call.Argument(0).String()
		b, err := r.binding(name)
		if err != nil {
			panic(r.vm.NewTypeError(err.Error()))
		}
		return b
	})
}

// binding returns internalBinding(name), building it on first use.
func (r *Runtime) binding(name string) (*goja.Object, error) {
	if b, ok := r.bindings[name]; ok {
		return b, nil
	}
	var init binding.Init
	if hb, ok := r.hostBindings()[name]; ok {
		init = hb
	} else if nb, ok := nativeBindings[name]; ok {
		init = nb
	} else {
		return nil, fmt.Errorf("No such binding: %s", name)
	}
	b := init(r)
	r.bindings[name] = b
	return b, nil
}

// throwError raises a Go error inside the VM: a JS exception is re-thrown
// as is, anything else becomes an Error with its message.
func (r *Runtime) throwError(err error) {
	if ex, ok := err.(*goja.Exception); ok {
		panic(ex)
	}
	panic(r.vm.NewGoError(err))
}
