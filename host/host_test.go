package host

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
)

func newTestRuntime(t *testing.T, opts ...Option) (*Runtime, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	var out, errb bytes.Buffer
	r, err := New(append([]Option{WithStdout(&out), WithStderr(&errb)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r, &out, &errb
}

func TestTwoRuntimesAreIsolated(t *testing.T) {
	a, outA, _ := newTestRuntime(t)
	b, outB, _ := newTestRuntime(t)
	a.RunScript(context.Background(), "a.js", `globalThis.shared = 'a'; process.env.ONLY_A = '1'; console.log(typeof shared)`)
	b.RunScript(context.Background(), "b.js", `console.log(typeof shared, process.env.ONLY_A)`)
	if got := outA.String(); got != "string\n" {
		t.Fatalf("a printed %q", got)
	}
	if got := outB.String(); got != "undefined undefined\n" {
		t.Fatalf("b saw a's state: %q", got)
	}
}

func TestRuntimesInParallelGoroutines(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out bytes.Buffer
			r, err := New(WithStdout(&out))
			if err != nil {
				t.Error(err)
				return
			}
			defer r.Close()
			r.RunScript(context.Background(), "p.js", `let n = 0; const t = setInterval(() => { if (++n === 5) { clearInterval(t); console.log('done', n); } }, 1);`)
			if out.String() != "done 5\n" {
				t.Errorf("got %q", out.String())
			}
		}()
	}
	wg.Wait()
}

func TestExitCodes(t *testing.T) {
	for _, tc := range []struct {
		src  string
		code int
	}{
		{`process.exitCode = 4`, 4},
		{`process.exit(3)`, 3},
		{`throw new Error('x')`, 1},
		{`process.on('uncaughtException', () => { throw new Error('again') }); throw new Error('x')`, 7},
		{`Promise.reject(new Error('r'))`, 1},
		{`setTimeout(() => process.exit(6), 1)`, 6},
	} {
		r, _, _ := newTestRuntime(t)
		code, err := r.RunScript(context.Background(), "x.js", tc.src)
		if err != nil || code != tc.code {
			t.Errorf("%s: code %d err %v, want %d", tc.src, code, err, tc.code)
		}
	}
}

func TestStackOverflowIsRangeError(t *testing.T) {
	r, _, errb := newTestRuntime(t, WithStackSize(500))
	code, _ := r.RunScript(context.Background(), "rec.js", `function f() { return f() + 1 } f()`)
	if code != 1 || !strings.Contains(errb.String(), "RangeError: Maximum call stack size exceeded") {
		t.Fatalf("code %d stderr %q", code, errb.String())
	}
}

func TestPostAndReserveFromGoroutine(t *testing.T) {
	var r *Runtime
	mod := func(vm *goja.Runtime, module *goja.Object) {
		module.Get("exports").(*goja.Object).Set("start", func(goja.FunctionCall) goja.Value {
			enqueue := r.Reserve() // keeps the loop alive until used
			go func() {
				r.Post(func() { vm.RunString(`hits++`) }) // runs on the loop thread
				enqueue(func() { vm.RunString(`console.log('hits', hits)`) })
				enqueue(func() { vm.RunString(`console.log('second enqueue: never')`) })
			}()
			return goja.Undefined()
		})
	}
	var out bytes.Buffer
	var err error
	r, err = New(WithStdout(&out), WithModule("poster", mod))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	code, err := r.RunScript(context.Background(), "post.js", `globalThis.hits = 0; require('poster').start()`)
	if code != 0 || err != nil || out.String() != "hits 1\n" {
		t.Fatalf("code %d err %v out %q", code, err, out.String())
	}
}

func TestInterruptFromAnotherGoroutine(t *testing.T) {
	r, _, _ := newTestRuntime(t)
	go func() {
		time.Sleep(20 * time.Millisecond)
		r.Interrupt("stop")
	}()
	_, err := r.RunScript(context.Background(), "spin.js", `while (true) {}`)
	ie, ok := err.(*InterruptedError)
	if !ok || ie.Reason != "stop" {
		t.Fatalf("err = %v", err)
	}
}

// A listener that spins is called from the native EventEmitter emit (bindings/events): the
// interrupt must still end the script, as an *InterruptedError, through that Go frame.
func TestInterruptInsideEmitListener(t *testing.T) {
	r, _, _ := newTestRuntime(t)
	go func() {
		time.Sleep(20 * time.Millisecond)
		r.Interrupt("stop")
	}()
	_, err := r.RunScript(context.Background(), "spin-emit.js", `
		const EventEmitter = require('events');
		const e = new EventEmitter();
		e.on('x', () => {});
		e.on('x', () => { try { while (true) {} } catch (err) { console.log('caught', err); } });
		e.emit('x');
	`)
	ie, ok := err.(*InterruptedError)
	if !ok || ie.Reason != "stop" {
		t.Fatalf("err = %v", err)
	}
}

func TestEnvIsLiveAndStringly(t *testing.T) {
	r, out, _ := newTestRuntime(t, WithEnv([]string{"A=1"}))
	r.RunScript(context.Background(), "env.js", `
		process.env.B = 2; process.env.C = true;
		delete process.env.A;
		console.log(JSON.stringify(process.env), typeof process.env.B, 'A' in process.env);
	`)
	if got := out.String(); got != `{"B":"2","C":"true"} string false`+"\n" {
		t.Fatalf("got %q", got)
	}
}

func TestEvalKeepsGoingAfterErrors(t *testing.T) {
	r, out, errb := newTestRuntime(t)
	ctx := context.Background()
	r.Eval(ctx, "REPL", "var x = 20")
	r.Eval(ctx, "REPL", "throw new Error('oops')")
	r.Eval(ctx, "REPL", "setTimeout(() => console.log('timer ran'), 1); x + 22")
	if got := out.String(); got != "undefined\n42\ntimer ran\n" {
		t.Fatalf("stdout %q", got)
	}
	if !strings.HasPrefix(errb.String(), "Uncaught Error: oops") {
		t.Fatalf("stderr %q", errb.String())
	}
	if r.Exiting() {
		t.Fatal("an error in one input ended the REPL runtime")
	}
}

func TestRunMainUsesArgs(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "app.js"), []byte("console.log(process.argv.slice(2).join(' ')); process.exitCode = 2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, out, _ := newTestRuntime(t, WithWorkingDir(dir), WithArgs("app", "one", "two"))
	code, err := r.RunMain(context.Background())
	if code != 2 || err != nil || out.String() != "one two\n" {
		t.Fatalf("code %d err %v out %q", code, err, out.String())
	}
	r2, _, _ := newTestRuntime(t)
	if _, err := r2.RunMain(context.Background()); err == nil {
		t.Fatal("RunMain without a script should fail")
	}
}
