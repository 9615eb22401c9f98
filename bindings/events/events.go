// Package events is internalBinding('events'): a native EventEmitter.prototype.emit for the
// common case, which is most of what streams and servers do per chunk.
//
// In goja a JavaScript emit(type, ...args) pays for its rest-parameter array (and for the
// snapshot of the listener array) on every call, about 1 µs; a Go function sees its
// arguments without either. The fast path here handles an emit of an ASCII string or a
// symbol type other than 'error' whose _events entry is undefined, a function or an Array
// of functions; a listener's result that is not undefined or null goes to the JavaScript
// addCatch (captureRejections), as the JavaScript emit does. Everything else (`this` or
// _events not an object, 'error', other key types, an unusual entry) goes to the JavaScript
// emit the module registers with setEmitHooks, before any listener has run:
//
//	setEmitHooks(slow, addCatch)  slow(emitter, type, args) is the whole JavaScript emit;
//	                              addCatch(emitter, result, type, args) watches a result
//	makeEmit()                    → the native emit function (name "emit", length 1, an own
//	                                prototype, as `function emit(type, ...args)` has)
//
// The listeners of an Array entry are copied before the first one runs, so listeners added
// or removed meanwhile do not change who is called, as in Node. Everything runs on the loop
// thread; the hooks are per runtime.
package events

import (
	"strconv"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/binding"
)

// maxFastListeners bounds the on-stack copy of a listener array; longer arrays are copied
// to the heap.
const maxFastListeners = 8

// Init builds internalBinding('events') for one runtime.
func Init(env binding.Env) *goja.Object {
	vm := env.VM()
	b := vm.NewObject()
	e := &emitter{vm: vm, eventsKey: "_events"}
	must(b.Set("setEmitHooks", func(call goja.FunctionCall) goja.Value {
		slow, ok1 := goja.AssertFunction(call.Argument(0))
		addCatch, ok2 := goja.AssertFunction(call.Argument(1))
		if !ok1 || !ok2 {
			panic(vm.NewTypeError("setEmitHooks needs two functions"))
		}
		e.slow, e.addCatch = slow, addCatch
		return goja.Undefined()
	}))
	must(b.Set("makeEmit", func(goja.FunctionCall) goja.Value {
		fn := vm.ToValue(e.emit).(*goja.Object)
		// As `function emit(type, ...args)`: name "emit", length 1.
		must(fn.DefineDataProperty("name", vm.ToValue("emit"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
		must(fn.DefineDataProperty("length", vm.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
		// and, like every ordinary function, a prototype whose constructor points back.
		proto := vm.NewObject()
		must(proto.DefineDataProperty("constructor", fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
		must(fn.DefineDataProperty("prototype", proto, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_FALSE))
		return fn
	}))
	return b
}

// must panics with err: binding set-up on a fresh object cannot fail.
func must(err error) {
	if err != nil {
		panic(err)
	}
}

// emitter holds one runtime's hooks into the JavaScript side of events.
type emitter struct {
	vm        *goja.Runtime
	eventsKey string
	slow      goja.Callable
	addCatch  goja.Callable
}

// emit is EventEmitter.prototype.emit.
func (e *emitter) emit(call goja.FunctionCall) goja.Value {
	if e.slow == nil {
		panic(e.vm.NewTypeError("events: emit hooks are not set"))
	}
	this, ok := call.This.(*goja.Object)
	if !ok {
		return e.callSlow(call)
	}
	events, ok := this.Get(e.eventsKey).(*goja.Object)
	if !ok {
		return e.callSlow(call)
	}
	var handler goja.Value
	switch t := call.Argument(0).(type) {
	case *goja.Symbol:
		handler = events.GetSymbol(t)
	case goja.String:
		name := t.String()
		if name == "error" || !isPlainASCII(name) {
			return e.callSlow(call)
		}
		handler = events.Get(name)
	default:
		return e.callSlow(call)
	}
	if handler == nil || goja.IsUndefined(handler) {
		return e.vm.ToValue(false)
	}
	h, ok := handler.(*goja.Object)
	if !ok {
		return e.callSlow(call)
	}
	args := call.Arguments[1:]
	if fn, ok := goja.AssertFunction(h); ok {
		e.callListener(this, fn, call, args)
		return e.vm.ToValue(true)
	}
	if h.ClassName() != "Array" {
		return e.callSlow(call)
	}
	n := h.Get("length").ToInteger()
	var stack [maxFastListeners]goja.Callable
	snapshot := stack[:0]
	if n > maxFastListeners {
		snapshot = make([]goja.Callable, 0, n)
	}
	for i := int64(0); i < n; i++ {
		fn, ok := goja.AssertFunction(h.Get(strconv.FormatInt(i, 10)))
		if !ok {
			// Something that is not a function: the JavaScript emit throws what Node throws.
			return e.callSlow(call)
		}
		snapshot = append(snapshot, fn)
	}
	for _, fn := range snapshot {
		e.callListener(this, fn, call, args)
	}
	return e.vm.ToValue(true)
}

// callListener calls one listener with the emit's arguments and hands a result that is not
// undefined or null to addCatch (captureRejections). A listener's exception propagates.
func (e *emitter) callListener(this *goja.Object, fn goja.Callable, call goja.FunctionCall, args []goja.Value) {
	res, err := fn(this, args...)
	if err != nil {
		panic(err)
	}
	if res == nil || goja.IsUndefined(res) || goja.IsNull(res) {
		return
	}
	if _, err := e.addCatch(goja.Undefined(), this, res, call.Argument(0), e.vm.NewArray(toAny(args)...)); err != nil {
		panic(err)
	}
}

// callSlow runs the JavaScript emit.
func (e *emitter) callSlow(call goja.FunctionCall) goja.Value {
	var args []goja.Value
	if len(call.Arguments) > 1 {
		args = call.Arguments[1:]
	}
	ret, err := e.slow(goja.Undefined(), call.This, call.Argument(0), e.vm.NewArray(toAny(args)...))
	if err != nil {
		panic(err)
	}
	return ret
}

// toAny converts values for goja.Runtime.NewArray.
func toAny(vals []goja.Value) []any {
	out := make([]any, len(vals))
	for i, v := range vals {
		out[i] = v
	}
	return out
}

// isPlainASCII reports whether s is ASCII, so that it names the same property as a Go
// string as it does as a JavaScript one.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
