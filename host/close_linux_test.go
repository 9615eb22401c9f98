package host

import (
	"context"
	"os"
	"testing"
)

// openFDs counts this process's open descriptors.
func openFDs(t *testing.T) int {
	t.Helper()
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skipf("no /proc/self/fd: %v", err)
	}
	return len(entries)
}

// TestCloseReleasesDescriptors checks that Close leaves no descriptor of the
// runtime's loop open (its poller and wake-up fds), even after a script that
// used timers and immediates, whose handles close in the loop's close phase.
func TestCloseReleasesDescriptors(t *testing.T) {
	run := func() {
		r, err := New()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := r.RunScript(context.Background(), "fds.js", "setTimeout(() => {}, 1); setImmediate(() => {});"); err != nil {
			t.Fatal(err)
		}
		if err := r.Close(); err != nil {
			t.Fatal(err)
		}
	}
	run() // the first runtime starts process-wide things (the worker pool, signal forwarding)
	before := openFDs(t)
	for i := 0; i < 5; i++ {
		run()
	}
	if after := openFDs(t); after != before {
		t.Fatalf("open descriptors: %d before five runtimes, %d after", before, after)
	}
}
