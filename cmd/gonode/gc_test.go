package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// With a small live heap (this test's), the tuner raises GOGC after a
// collection: start it from Go's default and collect.
func TestGCTunerRaisesGOGCForSmallHeaps(t *testing.T) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOGC or GOMEMLIMIT is set: the tuner is off")
	}
	gcTuner.percent.Store(100)
	if got := debug.SetGCPercent(100); got != gcPercentFor(0) {
		t.Errorf("GOGC at start-up is %d, want %d", got, gcPercentFor(0))
	}
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * time.Millisecond) // the finalizer goroutine tunes after the collection
		percent := debug.SetGCPercent(-1)
		debug.SetGCPercent(percent)
		if percent > 100 {
			if percent > 100*gcMinHeadroom/gcMinLive {
				t.Fatalf("GOGC %d exceeds the bound %d", percent, 100*gcMinHeadroom/gcMinLive)
			}
			return
		}
	}
	t.Fatal("GOGC was not raised")
}

func TestGCPercentFor(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, 800}, {1 << 20, 800}, {gcMinLive, 800}, {8 << 20, 400}, {16 << 20, 200},
		{gcMinHeadroom - 1, 100}, {gcMinHeadroom, 100}, {1 << 30, 100},
	} {
		if got := gcPercentFor(c.live); got != c.want {
			t.Errorf("gcPercentFor(%d) = %d, want %d", c.live, got, c.want)
		}
	}
}
