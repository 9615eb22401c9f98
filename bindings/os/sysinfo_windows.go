package os

import (
	"runtime"
	"strconv"
	"unsafe"

	"golang.org/x/sys/windows"
	"golang.org/x/sys/windows/registry"
)

var (
	kernel32                 = windows.NewLazySystemDLL("kernel32.dll")
	procGlobalMemoryStatusEx = kernel32.NewProc("GlobalMemoryStatusEx")
	procGetNativeSystemInfo  = kernel32.NewProc("GetNativeSystemInfo")
)

// systemProcessorPerformanceInformation is SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION
// (times in 100 ns units; KernelTime includes IdleTime).
type systemProcessorPerformanceInformation struct {
	IdleTime       int64
	KernelTime     int64
	UserTime       int64
	DpcTime        int64
	InterruptTime  int64
	InterruptCount uint32
	_              uint32
}

// cpus follows libuv's Windows uv_cpu_info: times from
// NtQuerySystemInformation, model and speed (~MHz) from each processor's
// registry key.
func cpus() ([]cpuInfo, error) {
	n := runtime.NumCPU()
	perf := make([]systemProcessorPerformanceInformation, n)
	var got uint32
	size := uint32(len(perf)) * uint32(unsafe.Sizeof(perf[0]))
	if err := windows.NtQuerySystemInformation(windows.SystemProcessorPerformanceInformation,
		unsafe.Pointer(&perf[0]), size, &got); err != nil {
		return nil, err
	}
	perf = perf[:got/uint32(unsafe.Sizeof(perf[0]))]
	list := make([]cpuInfo, len(perf))
	for i, p := range perf {
		c := cpuInfo{
			user: uint64(p.UserTime / 10000),
			sys:  uint64((p.KernelTime - p.IdleTime) / 10000),
			idle: uint64(p.IdleTime / 10000),
			irq:  uint64(p.InterruptTime / 10000),
		}
		k, err := registry.OpenKey(registry.LOCAL_MACHINE,
			`HARDWARE\DESCRIPTION\System\CentralProcessor\`+strconv.Itoa(i), registry.QUERY_VALUE)
		if err == nil {
			if mhz, _, err := k.GetIntegerValue("~MHz"); err == nil {
				c.speed = int(mhz)
			}
			c.model, _, _ = k.GetStringValue("ProcessorNameString")
			k.Close()
		}
		list[i] = c
	}
	return list, nil
}

// memoryStatusEx is MEMORYSTATUSEX.
type memoryStatusEx struct {
	Length               uint32
	MemoryLoad           uint32
	TotalPhys            uint64
	AvailPhys            uint64
	TotalPageFile        uint64
	AvailPageFile        uint64
	TotalVirtual         uint64
	AvailVirtual         uint64
	AvailExtendedVirtual uint64
}

func memoryStatus() memoryStatusEx {
	m := memoryStatusEx{Length: uint32(unsafe.Sizeof(memoryStatusEx{}))}
	procGlobalMemoryStatusEx.Call(uintptr(unsafe.Pointer(&m)))
	return m
}

func freeMemory() uint64  { return memoryStatus().AvailPhys }
func totalMemory() uint64 { return memoryStatus().TotalPhys }

// loadavg is not a Windows concept: libuv reports zeros.
func loadavg() [3]float64 { return [3]float64{} }

func uptime() (float64, error) {
	// GetTickCount64 in ms, as libuv reads it.
	return float64(windows.DurationSinceBoot().Milliseconds()) / 1000, nil
}

func availableParallelism() int { return max(runtime.NumCPU(), 1) }
