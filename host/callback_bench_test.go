package host

import (
	"context"
	"io"
	"strconv"
	"testing"

	"github.com/dop251/goja"
)

// Benchmarks of the macrotask paths (go test -run XXX -bench . ./host/).
// The numbers, next to Node's, are in the README's Performance section.

// BenchmarkMakeCallback is one macrotask with nothing queued: the Go→JS call,
// the trampoline and the checks that find no ticks, jobs or rejections.
func BenchmarkMakeCallback(b *testing.B) {
	r, err := New(WithStdout(io.Discard), WithStderr(io.Discard))
	if err != nil {
		b.Fatal(err)
	}
	defer r.Close()
	r.Reserve()(func() {
		fn := r.vm.Get("noop")
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			r.MakeCallback(fn, goja.Undefined())
		}
		b.StopTimer()
	})
	r.RunScript(context.Background(), "b.js", `globalThis.noop = function () {};`)
}

// benchScript runs src with N = b.N in a fresh runtime (created outside the
// timing): per-operation costs of whole paths, event loop included.
func benchScript(b *testing.B, src string) {
	b.StopTimer()
	r, err := New(WithStdout(io.Discard), WithStderr(io.Discard))
	if err != nil {
		b.Fatal(err)
	}
	defer r.Close()
	b.ReportAllocs()
	b.StartTimer()
	if code, err := r.RunScript(context.Background(), "bench.js", "const N = "+strconv.Itoa(b.N)+";\n"+src); code != 0 || err != nil {
		b.Fatalf("exit %d, %v", code, err)
	}
}

// BenchmarkSetTimeout: N timers started at once, all due in one pass.
func BenchmarkSetTimeout(b *testing.B) {
	benchScript(b, `(function () { const fn = () => {}; for (let i = 0; i < N; i++) setTimeout(fn, 0); })();`)
}

// BenchmarkSetTimeoutMicrotask: as above, each timer queueing a microtask
// (which must run before the next timer: one top-level call per timer).
func BenchmarkSetTimeoutMicrotask(b *testing.B) {
	benchScript(b, `(function () { const m = () => {}; const fn = () => { queueMicrotask(m); }; for (let i = 0; i < N; i++) setTimeout(fn, 0); })();`)
}

// BenchmarkSetImmediateChain: each immediate queues the next (a loop
// iteration each).
func BenchmarkSetImmediateChain(b *testing.B) {
	benchScript(b, `(function () { let left = N; const step = () => { if (--left > 0) setImmediate(step); }; setImmediate(step); })();`)
}

// BenchmarkNextTickChain: each tick queues the next.
func BenchmarkNextTickChain(b *testing.B) {
	benchScript(b, `(function () { let left = N; const tick = () => { if (--left > 0) process.nextTick(tick); }; process.nextTick(tick); })();`)
}

// BenchmarkPromiseThen: N resolved-promise reactions (goja's own machinery).
func BenchmarkPromiseThen(b *testing.B) {
	benchScript(b, `(function () { const fn = () => {}; for (let i = 0; i < N; i++) Promise.resolve(i).then(fn); })();`)
}

// BenchmarkGojaFloor is the engine's floor for this kind of code: a plain
// loop that creates a small object and calls a function per iteration.
func BenchmarkGojaFloor(b *testing.B) {
	benchScript(b, `(function () { let sink; const g = (o) => { sink = o; }; for (let i = 0; i < N; i++) g({ a: i, b: null }); })();`)
}
