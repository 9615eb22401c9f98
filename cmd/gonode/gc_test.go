package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// With a small live heap (this test's), the tuner raises GOGC after a
// collection.
func TestGCTunerRaisesGOGCForSmallHeaps(t *testing.T) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOGC or GOMEMLIMIT is set: the tuner is off")
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
