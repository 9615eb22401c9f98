//go:build unix

package process

import (
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// residentSetSize is the process's RSS in bytes, or fallback() where the OS
// does not tell.
func residentSetSize(fallback func() uint64) uint64 {
	var ru unix.Rusage
	if unix.Getrusage(unix.RUSAGE_SELF, &ru) == nil {
		return rssFromRusage(ru.Maxrss, fallback)
	}
	return fallback()
}

func cpuTimes() (user, sys time.Duration) {
	var ru unix.Rusage
	if unix.Getrusage(unix.RUSAGE_SELF, &ru) != nil {
		return 0, 0
	}
	return time.Duration(ru.Utime.Nano()), time.Duration(ru.Stime.Nano())
}

func resourceUsage() []float64 {
	var ru unix.Rusage
	unix.Getrusage(unix.RUSAGE_SELF, &ru)
	return []float64{
		float64(ru.Utime.Nano() / 1000), float64(ru.Stime.Nano() / 1000), float64(ru.Maxrss),
		float64(ru.Ixrss), float64(ru.Idrss), float64(ru.Isrss), float64(ru.Minflt), float64(ru.Majflt),
		float64(ru.Nswap), float64(ru.Inblock), float64(ru.Oublock), float64(ru.Msgsnd), float64(ru.Msgrcv),
		float64(ru.Nsignals), float64(ru.Nvcsw), float64(ru.Nivcsw),
	}
}

func umask(mask int) int { return syscall.Umask(mask) }

// kill sends sig to pid and returns 0 or a negative errno, like uv_kill.
func kill(pid, sig int) int {
	if err := unix.Kill(pid, unix.Signal(sig)); err != nil {
		return -int(err.(unix.Errno))
	}
	return 0
}

func signalNumbers() map[string]int {
	m := map[string]int{}
	for i := 1; i < 65; i++ {
		name := unix.SignalName(unix.Signal(i))
		if name != "" {
			m[name] = i
		}
	}
	return m
}
