package os

import (
	"encoding/binary"
	"runtime"
	"unsafe"

	"golang.org/x/sys/unix"
)

// cpus follows libuv's FreeBSD uv_cpu_info: hw.model, hw.clockrate (MHz)
// and kern.cp_times (user, nice, sys, intr, idle ticks per CPU), times in ms
// with libuv's multiplier 1000 / _SC_CLK_TCK (128), rounded down.
func cpus() ([]cpuInfo, error) {
	model, err := unix.Sysctl("hw.model")
	if err != nil {
		return nil, err
	}
	model = trimNul(model)
	speed, _ := sysctlUint("hw.clockrate")
	n, err := unix.SysctlUint32("hw.ncpu")
	if err != nil || n == 0 {
		n = uint32(runtime.NumCPU())
	}
	times, err := unix.SysctlRaw("kern.cp_times")
	if err != nil {
		return nil, err
	}
	const multiplier = 1000 / 128
	long := int(unsafe.Sizeof(uintptr(0)))
	tick := func(cpu, state int) uint64 {
		off := (cpu*5 + state) * long
		if off+long > len(times) {
			return 0
		}
		if long == 8 {
			return binary.NativeEndian.Uint64(times[off:]) * multiplier
		}
		return uint64(binary.NativeEndian.Uint32(times[off:])) * multiplier
	}
	list := make([]cpuInfo, n)
	for i := range list {
		list[i] = cpuInfo{
			model: model, speed: int(speed),
			user: tick(i, 0), nice: tick(i, 1), sys: tick(i, 2), irq: tick(i, 3), idle: tick(i, 4),
		}
	}
	return list, nil
}

func freeMemory() uint64 {
	free, err := sysctlUint("vm.stats.vm.v_free_count")
	if err != nil {
		return 0
	}
	return free * uint64(unix.Getpagesize())
}

func totalMemory() uint64 {
	n, _ := sysctlUint("hw.physmem")
	return n
}

// uptime is CLOCK_UPTIME in whole seconds, as in libuv.
func uptime() (float64, error) {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_UPTIME, &ts); err != nil {
		return 0, err
	}
	return float64(ts.Sec), nil
}
