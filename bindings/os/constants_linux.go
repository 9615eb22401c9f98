package os

import "golang.org/x/sys/unix"

// Linux (glibc's headers, which Node is built against): the names shared with
// macOS and FreeBSD (constants_posix.go) and these; SIGSTKFLT where the
// architecture has it (constants_linux_stkflt.go).
func init() {
	errnoValues["ENODATA"] = int(unix.ENODATA)
	errnoValues["ENOSR"] = int(unix.ENOSR)
	errnoValues["ENOSTR"] = int(unix.ENOSTR)
	errnoValues["ETIME"] = int(unix.ETIME)
	signalValues["SIGPOLL"] = int(unix.SIGPOLL)
	signalValues["SIGPWR"] = int(unix.SIGPWR)
}

// glibc's dlfcn.h.
var dlopenValues = []namedInt{
	{"RTLD_LAZY", 1}, {"RTLD_NOW", 2}, {"RTLD_GLOBAL", 0x100}, {"RTLD_LOCAL", 0}, {"RTLD_DEEPBIND", 8},
}
