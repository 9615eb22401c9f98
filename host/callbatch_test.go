package host

import (
	"context"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/loop"
)

// runBatch runs script after defining cb, plain, thrower and exiter; the
// script calls batch(names...) to queue, from one pool completion, a
// QueueCallback per name ("cb:a", "plain:b", "make:c" for a MakeCallback in
// the same completion, ...). It returns what the script printed.
func runBatch(t *testing.T, script string) string {
	t.Helper()
	r, out, errb := newTestRuntime(t)
	r.vm.Set("batch", func(c goja.FunctionCall) goja.Value {
		var names []string
		for _, a := range c.Arguments {
			names = append(names, a.String())
		}
		r.loop.QueueWork(loop.WorkFastIO, func() {}, func(error) {
			for _, n := range names {
				kind, arg, _ := strings.Cut(n, ":")
				if kind == "make" {
					r.MakeCallback(r.vm.Get("plain"), goja.Undefined(), r.vm.ToValue(arg))
					continue
				}
				r.QueueCallback(r.vm.Get(kind), r.vm.ToValue(arg))
			}
		})
		return goja.Undefined()
	})
	r.RunScript(context.Background(), "batch.js", `
		const log = [];
		globalThis.cb = (name) => {
			log.push(name);
			process.nextTick(() => log.push('tick ' + name));
			Promise.resolve().then(() => log.push('micro ' + name));
		};
		globalThis.plain = (name) => {
			log.push(name);
			process.nextTick(() => log.push('tick ' + name));
		};
		globalThis.thrower = (name) => { log.push(name); throw new Error('boom ' + name); };
		globalThis.exiter = (name) => { log.push(name); process.exit(0); };
		process.on('exit', () => console.log(log.join(', ')));
	`+script)
	if errb.Len() > 0 {
		t.Logf("stderr: %s", errb)
	}
	return strings.TrimSpace(out.String())
}

// Each batched callback is its own macrotask: its ticks and then its promise
// jobs run before the next callback.
func TestQueueCallbackKeepsMacrotaskSemantics(t *testing.T) {
	got := runBatch(t, `batch('cb:a', 'plain:b', 'cb:c', 'plain:d');`)
	want := "a, tick a, micro a, b, tick b, c, tick c, micro c, d, tick d"
	if got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}

// A callback that throws goes to 'uncaughtException'; the rest of the batch still runs.
func TestQueueCallbackThrowResumesAfterTheThrower(t *testing.T) {
	got := runBatch(t, `
		process.on('uncaughtException', (e) => log.push('caught ' + e.message));
		batch('plain:x', 'thrower:y', 'plain:z', 'thrower:w');`)
	want := "x, tick x, y, caught boom y, z, tick z, w, caught boom w"
	if got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}

// MakeCallback runs what is queued first, so callbacks keep their events' order.
func TestMakeCallbackRunsQueuedCallbacksFirst(t *testing.T) {
	got := runBatch(t, `batch('plain:q1', 'plain:q2', 'make:m', 'plain:q3');`)
	want := "q1, tick q1, q2, tick q2, m, tick m, q3, tick q3"
	if got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}

// process.exit() in a batched callback ends the batch.
func TestQueueCallbackExitStopsTheBatch(t *testing.T) {
	got := runBatch(t, `batch('plain:e1', 'exiter:e2', 'plain:e3');`)
	if want := "e1, tick e1, e2"; got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}

// With no 'uncaughtException' listener a throw ends the process: nothing after it runs.
func TestQueueCallbackUncaughtThrowEndsTheBatch(t *testing.T) {
	got := runBatch(t, `batch('plain:x', 'thrower:y', 'plain:z');`)
	if want := "x, tick x, y"; got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}
