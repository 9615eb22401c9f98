//go:build darwin || freebsd

package os

import (
	"encoding/binary"
	"runtime"
	"strings"
	"unsafe"

	"golang.org/x/sys/unix"
)

// sysctlUint reads an unsigned integer sysctl of 4 or 8 bytes (hw.physmem
// is a long: 4 bytes on 32-bit systems).
func sysctlUint(name string) (uint64, error) {
	b, err := unix.SysctlRaw(name)
	if err != nil {
		return 0, err
	}
	switch len(b) {
	case 4:
		return uint64(binary.NativeEndian.Uint32(b)), nil
	case 8:
		return binary.NativeEndian.Uint64(b), nil
	}
	return 0, unix.EINVAL
}

// loadavg decodes vm.loadavg, a struct loadavg { fixpt_t ldavg[3]; long fscale; }.
func loadavg() [3]float64 {
	var avg [3]float64
	b, err := unix.SysctlRaw("vm.loadavg")
	long := int(unsafe.Sizeof(uintptr(0)))
	if err != nil || len(b) < 12+long {
		return avg
	}
	var fscale uint64
	if long == 8 {
		fscale = binary.NativeEndian.Uint64(b[len(b)-8:])
	} else {
		fscale = uint64(binary.NativeEndian.Uint32(b[len(b)-4:]))
	}
	if fscale == 0 {
		return avg
	}
	for i := range avg {
		avg[i] = float64(binary.NativeEndian.Uint32(b[4*i:])) / float64(fscale)
	}
	return avg
}

func availableParallelism() int { return max(runtime.NumCPU(), 1) }

// trimNul drops what follows a C string's terminator.
func trimNul(s string) string {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return s[:i]
	}
	return s
}
