package os

import "golang.org/x/sys/unix"

// FreeBSD: the names shared with Linux and macOS (constants_posix.go) and
// SIGINFO; no ENODATA, ENOSR, ENOSTR or ETIME, and no SIGPOLL, SIGPWR or
// SIGSTKFLT.
func init() { signalValues["SIGINFO"] = int(unix.SIGINFO) }

// FreeBSD's dlfcn.h.
var dlopenValues = []namedInt{
	{"RTLD_LAZY", 1}, {"RTLD_NOW", 2}, {"RTLD_GLOBAL", 0x100}, {"RTLD_LOCAL", 0},
}
