//go:build linux && !mips && !mipsle && !mips64 && !mips64le && !sparc64

package os

import "golang.org/x/sys/unix"

// SIGSTKFLT exists on every Linux architecture but MIPS and SPARC.
func init() { signalValues["SIGSTKFLT"] = int(unix.SIGSTKFLT) }
