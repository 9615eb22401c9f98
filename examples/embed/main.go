// Command embed shows gonode as a scripting host inside a Go program: it
// registers a native module, runs a script that uses it together with Node's
// timers and promises, and hands a result computed on another goroutine back
// to the script.
package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/host"
)

const script = `
const app = require('app');
console.log('config from Go:', app.name, app.version);
app.upper('hello from javascript', (err, text) => {
  console.log('async result:', text);
  setTimeout(() => console.log('bye'), 5);
});
console.log('script body done');
`

func main() {
	var rt *host.Runtime
	appModule := func(vm *goja.Runtime, module *goja.Object) {
		exports := module.Get("exports").(*goja.Object)
		exports.Set("name", "embed-example")
		exports.Set("version", host.Version)
		// upper(text, cb) does its work on a goroutine and calls back on the loop thread.
		exports.Set("upper", func(call goja.FunctionCall) goja.Value {
			text, cb := call.Argument(0).String(), call.Argument(1)
			enqueue := rt.Reserve()
			go func() {
				time.Sleep(10 * time.Millisecond) // stands in for blocking work
				result := strings.ToUpper(text)
				enqueue(func() {
					rt.MakeCallback(cb, goja.Undefined(), goja.Null(), vm.ToValue(result))
				})
			}()
			return goja.Undefined()
		})
	}
	var err error
	rt, err = host.New(host.WithModule("app", appModule))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer rt.Close()
	code, err := rt.RunScript(context.Background(), "embedded.js", script)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	os.Exit(code)
}
