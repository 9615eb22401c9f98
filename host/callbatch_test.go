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
// jobs run before the next. A throw goes to 'uncaughtException' and the rest
// still run, or ends the process when nothing listens; process.exit() ends
// the batch; MakeCallback runs what is queued before its own callback.
func TestQueueCallback(t *testing.T) {
	cases := []struct{ name, script, want string }{
		{"macrotask semantics", `batch('cb:a', 'plain:b', 'cb:c', 'plain:d');`,
			"a, tick a, micro a, b, tick b, c, tick c, micro c, d, tick d"},
		{"throw resumes after the thrower", `
			process.on('uncaughtException', (e) => log.push('caught ' + e.message));
			batch('plain:x', 'thrower:y', 'plain:z', 'thrower:w');`,
			"x, tick x, y, caught boom y, z, tick z, w, caught boom w"},
		{"uncaught throw ends the batch", `batch('plain:x', 'thrower:y', 'plain:z');`, "x, tick x, y"},
		{"MakeCallback runs queued callbacks first", `batch('plain:q1', 'plain:q2', 'make:m', 'plain:q3');`,
			"q1, tick q1, q2, tick q2, m, tick m, q3, tick q3"},
		{"exit stops the batch", `batch('plain:e1', 'exiter:e2', 'plain:e3');`, "e1, tick e1, e2"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := runBatch(t, c.script); got != c.want {
				t.Fatalf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}
