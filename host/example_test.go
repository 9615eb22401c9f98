package host_test

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/host"
)

// A script runs with Node's semantics: nextTick before promise jobs, then
// timers and immediates from the loop, then 'exit'.
func ExampleRuntime_RunScript() {
	rt, err := host.New(host.WithStdout(os.Stdout))
	if err != nil {
		panic(err)
	}
	defer rt.Close()
	code, err := rt.RunScript(context.Background(), "example.js", `
		setTimeout(() => console.log('timeout'), 0);
		Promise.resolve().then(() => console.log('promise'));
		process.nextTick(() => console.log('nextTick'));
		process.on('exit', (code) => console.log('exit', code));
		console.log('main');
	`)
	fmt.Println("exit code:", code, err)
	// Output:
	// main
	// nextTick
	// promise
	// timeout
	// exit 0
	// exit code: 0 <nil>
}

// WithModule registers a native Go module that scripts load with require().
func ExampleWithModule() {
	greet := func(vm *goja.Runtime, module *goja.Object) {
		exports := module.Get("exports").(*goja.Object)
		exports.Set("hello", func(call goja.FunctionCall) goja.Value {
			return vm.ToValue("hello, " + call.Argument(0).String())
		})
	}
	rt, err := host.New(host.WithStdout(os.Stdout), host.WithModule("greet", greet))
	if err != nil {
		panic(err)
	}
	defer rt.Close()
	rt.RunScript(context.Background(), "main.js", `console.log(require('greet').hello('gopher'))`)
	// Output:
	// hello, gopher
}

// Reserve keeps the loop alive until a Go goroutine hands its result back;
// the result is delivered on the loop thread.
func ExampleRuntime_Reserve() {
	var rt *host.Runtime
	fetch := func(vm *goja.Runtime, module *goja.Object) {
		exports := module.Get("exports").(*goja.Object)
		exports.Set("slowDouble", func(call goja.FunctionCall) goja.Value {
			n := call.Argument(0).ToInteger()
			cb := call.Argument(1)
			enqueue := rt.Reserve() // on the loop thread
			go func() {
				time.Sleep(time.Millisecond) // some blocking work off the loop
				enqueue(func() {             // back on the loop thread
					rt.MakeCallback(cb, goja.Undefined(), vm.ToValue(n*2))
				})
			}()
			return goja.Undefined()
		})
	}
	rt, err := host.New(host.WithStdout(os.Stdout), host.WithModule("work", fetch))
	if err != nil {
		panic(err)
	}
	defer rt.Close()
	rt.RunScript(context.Background(), "main.js", `
		require('work').slowDouble(21, (v) => console.log('result', v));
		console.log('waiting');
	`)
	// Output:
	// waiting
	// result 42
}

// Interrupt (or cancelling the context) ends a runaway script.
func ExampleRuntime_Interrupt() {
	rt, err := host.New(host.WithStdout(os.Stdout))
	if err != nil {
		panic(err)
	}
	defer rt.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err = rt.RunScript(ctx, "spin.js", `for (;;) {}`)
	fmt.Println(err)
	// Output:
	// script interrupted: context deadline exceeded
}
