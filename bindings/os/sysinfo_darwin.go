package os

import (
	"runtime"
	"time"

	"golang.org/x/sys/unix"
)

// cpus follows libuv's darwin uv_cpu_info for the model (the brand string)
// and the speed (hw.cpufrequency in MHz; Apple silicon does not publish it
// and libuv reports 2400). The per-CPU times come from Mach's
// host_processor_info, which Go cannot reach without cgo: they read 0.
func cpus() ([]cpuInfo, error) {
	model, err := unix.Sysctl("machdep.cpu.brand_string")
	if err != nil {
		if model, err = unix.Sysctl("hw.model"); err != nil {
			return nil, err
		}
	}
	model = trimNul(model)
	hz, _ := sysctlUint("hw.cpufrequency")
	if hz == 0 {
		hz = 2400000000
	}
	n, err := unix.SysctlUint32("hw.ncpu")
	if err != nil || n == 0 {
		n = uint32(runtime.NumCPU())
	}
	list := make([]cpuInfo, n)
	for i := range list {
		list[i] = cpuInfo{model: model, speed: int(hz / 1000000)}
	}
	return list, nil
}

// freeMemory is the free page count times the page size, as libuv reads it
// from host_statistics.
func freeMemory() uint64 {
	free, err := unix.SysctlUint32("vm.page_free_count")
	if err != nil {
		return 0
	}
	return uint64(free) * uint64(unix.Getpagesize())
}

func totalMemory() uint64 {
	n, _ := sysctlUint("hw.memsize")
	return n
}

// uptime is whole seconds since kern.boottime, as in libuv.
func uptime() (float64, error) {
	tv, err := unix.SysctlTimeval("kern.boottime")
	if err != nil {
		return 0, err
	}
	return float64(time.Now().Unix() - tv.Sec), nil
}
