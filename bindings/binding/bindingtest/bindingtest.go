// Package bindingtest runs a binding's Init against a bare goja runtime, so
// bindings can be tested without a whole host.
package bindingtest

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/binding"
	"github.com/gonode/gonode/loop"
)

// Env is a minimal binding.Env: a runtime and, optionally, a loop.
// MakeCallback calls straight through; UVException builds a plain error.
type Env struct {
	Runtime *goja.Runtime
	L       *loop.Loop
}

var _ binding.Env = (*Env)(nil)

// VM returns the runtime.
func (e *Env) VM() *goja.Runtime { return e.Runtime }

// Loop returns the loop, nil unless the test set one.
func (e *Env) Loop() *loop.Loop { return e.L }

// MakeCallback calls fn; ok is false if it threw.
func (e *Env) MakeCallback(fn, this goja.Value, args ...goja.Value) (goja.Value, bool) {
	call, ok := goja.AssertFunction(fn)
	if !ok {
		return goja.Undefined(), false
	}
	v, err := call(this, args...)
	return v, err == nil
}

// QueueCallback calls fn at once.
func (e *Env) QueueCallback(fn goja.Value, args ...goja.Value) {
	e.MakeCallback(fn, goja.Undefined(), args...)
}

// AtExit runs nothing: tests that need the hooks call them themselves.
func (e *Env) AtExit(func()) {}

// Exiting is always false.
func (e *Env) Exiting() bool { return false }

// UVException builds an Error whose message is "CODE: message, syscall".
func (e *Env) UVException(errno loop.Errno, syscall, path, dest string) *goja.Object {
	obj := e.Runtime.NewGoError(errno)
	obj.Set("message", errno.Error()+", "+syscall)
	obj.Set("code", errno.Code())
	obj.Set("errno", int(errno))
	obj.Set("syscall", syscall)
	return obj
}

// New makes a runtime with the binding built by init installed as the global name.
func New(t testing.TB, name string, init binding.Init) *goja.Runtime {
	t.Helper()
	vm := goja.New()
	vm.Set(name, init(&Env{Runtime: vm}))
	return vm
}

// Run evaluates src and fails the test if it throws.
func Run(t testing.TB, vm *goja.Runtime, src string) goja.Value {
	t.Helper()
	v, err := vm.RunString(src)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return v
}
