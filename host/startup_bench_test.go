package host

import (
	"context"
	"io"
	"testing"
)

// BenchmarkStartupEmpty measures creating a runtime and running an empty
// script to exit; built-in programs are compiled once per process, so this
// is the per-runtime cost after the first.
func BenchmarkStartupEmpty(b *testing.B) {
	for i := 0; i < b.N; i++ {
		r, err := New(WithStdout(io.Discard), WithStderr(io.Discard))
		if err != nil {
			b.Fatal(err)
		}
		r.RunScript(context.Background(), "empty.js", "")
		r.Close()
	}
}
