package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// The gonode command's garbage-collector policy (the host package leaves
// process-wide settings to the program that embeds it).
//
// goja allocates a few hundred bytes to a few kilobytes per JavaScript object,
// call frame and promise, so scripts allocate hundreds of megabytes a second
// while their live heap often stays at a few megabytes. Go's default
// (GOGC=100: collect when the heap has grown by the live heap) then collects
// every few megabytes — a thousand collections for a million setImmediate
// callbacks — where V8 would use a young generation of tens of megabytes.
// So while the live heap is small, GOGC is raised to let the heap grow by
// about gcMinHeadroom between collections (GOGC = 100 × gcMinHeadroom / live,
// at most 800); from a live heap of gcMinHeadroom up it is Go's default 100,
// so large heaps keep the default memory/CPU trade-off. GOGC is re-computed
// after every collection. Measured with ../shared/bench on a 2-core VM
// (medians of 5): timers-setimmediate 4.9 s → 3.8 s (CPU 6.7 s → 4.3 s),
// timers-nexttick 140 → 110 ms, for peak RSS 23 → 56 MiB and 24 → 48 MiB
// (Node: 47 and 48 MiB); cases with a large live heap (100,000 pending
// timers or promises) are unchanged. The process starts as if its live heap
// were gcMinLive (GOGC 800, a first collection at 32 MiB) rather than at Go's
// 100, whose first collection at 4 MiB came in the middle of compiling the
// built-ins: startup-empty 12.8 → 9.0 ms and peak RSS 18.7 → 17.8 MiB,
// startup-require 44.8 → 42.0 ms, a hello world 26.4 → 24.0 ms at the same
// peak RSS (35 MiB). GOGC or GOMEMLIMIT in the environment turn this off.
const gcMinHeadroom = 32 << 20

// gcMinLive bounds GOGC (to gcMinHeadroom/gcMinLive × 100) for tiny heaps,
// whose size varies by a factor of two from one collection to the next.
const gcMinLive = 4 << 20

func init() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	gcTuner.sample = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	gcTuner.percent.Store(int64(gcPercentFor(0)))
	debug.SetGCPercent(gcPercentFor(0))
	armGCTuner()
}

var gcTuner struct {
	sample  []metrics.Sample
	percent atomic.Int64 // the GOGC last set (atomic: tests set it too)
}

// gcSentinel becomes garbage at once; its finalizer runs after the next
// collection, re-tunes and arms a new one. (Big enough not to be a tiny
// allocation, whose finalizer may never run.)
type gcSentinel struct{ _ [32]byte }

func armGCTuner() {
	runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
		tuneGC()
		armGCTuner()
	})
}

func tuneGC() {
	metrics.Read(gcTuner.sample)
	if gcTuner.sample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	percent := gcPercentFor(gcTuner.sample[0].Value.Uint64())
	// Small changes are not worth a call.
	if cur := int(gcTuner.percent.Load()); percent*8 < cur*7 || percent*7 > cur*8 {
		gcTuner.percent.Store(int64(percent))
		debug.SetGCPercent(percent)
	}
}

// gcPercentFor is the GOGC that lets a heap with live bytes of live data grow
// by about gcMinHeadroom before the next collection: between 100 and
// 100 × gcMinHeadroom / gcMinLive.
func gcPercentFor(live uint64) int {
	live = max(live, gcMinLive)
	if live >= gcMinHeadroom {
		return 100
	}
	return int(gcMinHeadroom * 100 / live)
}
