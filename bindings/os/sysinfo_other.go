//go:build !linux && !darwin && !freebsd && !windows

package os

import (
	"errors"
	"runtime"
)

// Other systems: what Go can tell without OS-specific code.

func cpus() ([]cpuInfo, error) {
	list := make([]cpuInfo, runtime.NumCPU())
	for i := range list {
		list[i].model = "unknown"
	}
	return list, nil
}

func freeMemory() uint64  { return 0 }
func totalMemory() uint64 { return 0 }
func loadavg() [3]float64 { return [3]float64{} }

func uptime() (float64, error) { return 0, errors.ErrUnsupported }

func availableParallelism() int { return max(runtime.NumCPU(), 1) }
