package os

import "golang.org/x/sys/unix"

// macOS: the names shared with Linux and FreeBSD (constants_posix.go) and
// these; no SIGPOLL, SIGPWR or SIGSTKFLT.
func init() {
	errnoValues["ENODATA"] = int(unix.ENODATA)
	errnoValues["ENOSR"] = int(unix.ENOSR)
	errnoValues["ENOSTR"] = int(unix.ENOSTR)
	errnoValues["ETIME"] = int(unix.ETIME)
	signalValues["SIGINFO"] = int(unix.SIGINFO)
}

// macOS's dlfcn.h.
var dlopenValues = []namedInt{
	{"RTLD_LAZY", 1}, {"RTLD_NOW", 2}, {"RTLD_GLOBAL", 8}, {"RTLD_LOCAL", 4},
}
