// Package signals is the Go side of process.on('SIGINT') and friends: one
// unref'd loop Signal handle per watched signal, delivering to JavaScript
// through MakeCallback.
package signals

import (
	"os"
	"syscall"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/binding"
	"github.com/gonode/gonode/loop"
)

// Init builds internalBinding('signal_wrap'): start(signum, onsignal) returns
// a handle object with close().
func Init(env binding.Env) *goja.Object {
	vm := env.VM()
	b := vm.NewObject()
	b.Set("start", func(c goja.FunctionCall) goja.Value {
		signum := int(c.Argument(0).ToInteger())
		cb := c.Argument(1)
		if _, ok := goja.AssertFunction(cb); !ok {
			panic(vm.NewTypeError("onsignal must be a function"))
		}
		h := loop.NewSignal(env.Loop())
		sig := syscall.Signal(signum)
		if err := h.Start(func(os.Signal) {
			env.MakeCallback(cb, goja.Undefined(), vm.ToValue(signum))
		}, sig); err != nil {
			h.Close(nil)
			panic(env.UVException(loop.ErrnoOf(err), "uv_signal_start", "", ""))
		}
		h.Unref()
		obj := vm.NewObject()
		obj.Set("close", func(goja.FunctionCall) goja.Value {
			h.Close(nil)
			return goja.Undefined()
		})
		return obj
	})
	return b
}
