package process

import (
	"os"
	"time"
)

func residentSetSize(fallback func() uint64) uint64 { return fallback() }

func cpuTimes() (user, sys time.Duration) { return 0, 0 }

func resourceUsage() []float64 { return make([]float64, len(resourceKeys)) }

func umask(int) int { return 0 }

func kill(pid, sig int) int {
	p, err := os.FindProcess(pid)
	if err != nil {
		return -3 // ESRCH
	}
	if sig == 0 {
		return 0
	}
	if err := p.Kill(); err != nil {
		return -4048 // EPERM on Windows
	}
	return 0
}

func signalNumbers() map[string]int {
	return map[string]int{"SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGILL": 4, "SIGABRT": 22, "SIGFPE": 8, "SIGKILL": 9, "SIGSEGV": 11, "SIGTERM": 15, "SIGBREAK": 21, "SIGWINCH": 28}
}
