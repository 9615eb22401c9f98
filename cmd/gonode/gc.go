package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
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
// timers or promises) and start-up (16 MiB) are unchanged. GOGC or
// GOMEMLIMIT in the environment turn this off.
const gcMinHeadroom = 32 << 20

// gcMinLive bounds GOGC (to gcMinHeadroom/gcMinLive × 100) for tiny heaps,
// whose size varies by a factor of two from one collection to the next.
const gcMinLive = 4 << 20

func init() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	gcTuner.sample = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	gcTuner.percent = 100
	armGCTuner()
}

var gcTuner struct {
	sample  []metrics.Sample
	percent int
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
	percent := 100
	if live := max(gcTuner.sample[0].Value.Uint64(), gcMinLive); live < gcMinHeadroom {
		percent = int(gcMinHeadroom * 100 / live)
	}
	// Small changes are not worth a call.
	if percent*8 < gcTuner.percent*7 || percent*7 > gcTuner.percent*8 {
		gcTuner.percent = percent
		debug.SetGCPercent(percent)
	}
}
