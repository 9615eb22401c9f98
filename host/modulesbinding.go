package host

import (
	"os"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/binding"
	"github.com/gonode/gonode/loop"
)

func init() {
	hostBindingInits["modules"] = (*Runtime).newModulesBinding
}

// newModulesBinding builds internalBinding('modules') for the CommonJS loader
// (js/internal/modules/cjs/loader.js): reading, resolving and compiling.
func (r *Runtime) newModulesBinding() *goja.Object {
	vm := r.vm
	b := vm.NewObject()
	b.Set("readFile", r.fn(func(c goja.FunctionCall) goja.Value {
		p := c.Argument(0).String()
		data, err := os.ReadFile(p)
		if err != nil {
			panic(r.UVException(loop.ErrnoOf(err), "open", p, ""))
		}
		return vm.ToValue(string(data))
	}))
	b.Set("stat", r.fn(func(c goja.FunctionCall) goja.Value {
		st, err := os.Stat(c.Argument(0).String())
		switch {
		case err != nil:
			return vm.ToValue(int(loop.ErrnoOf(err)))
		case st.IsDir():
			return vm.ToValue(1)
		}
		return vm.ToValue(0)
	}))
	b.Set("compileFunction", r.fn(func(c goja.FunctionCall) goja.Value {
		filename, source := c.Argument(0).String(), c.Argument(1).String()
		prog, lowered, err := compileModule(filename, source)
		if err != nil {
			panic(r.compileError(err, filename, source, true))
		}
		if lowered {
			r.lowered[filename] = true
		}
		r.sources[filename] = source
		fn, err := vm.RunProgram(prog)
		if err != nil {
			r.throwError(err)
		}
		return fn
	}))
	b.Set("runScript", r.fn(func(c goja.FunctionCall) goja.Value {
		filename, source := c.Argument(0).String(), c.Argument(1).String()
		prog, err := compileScript(filename, source)
		if err != nil {
			panic(r.compileError(err, filename, source, false))
		}
		v, err := vm.RunProgram(prog)
		if err != nil {
			r.throwError(err)
		}
		return v
	}))
	r.addResolver(b)
	return b
}

var _ binding.Env = (*Runtime)(nil)
