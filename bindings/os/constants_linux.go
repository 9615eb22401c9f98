package os

import "golang.org/x/sys/unix"

// Linux (glibc's headers, which Node is built against): the errno table is
// shared with macOS (constants_errno_posix.go); SIGSTKFLT where the
// architecture has it (constants_linux_stkflt.go).
var errnoExtra []namedInt

var signalValues = map[string]int{
	"SIGHUP": int(unix.SIGHUP), "SIGINT": int(unix.SIGINT), "SIGQUIT": int(unix.SIGQUIT),
	"SIGILL": int(unix.SIGILL), "SIGTRAP": int(unix.SIGTRAP), "SIGABRT": int(unix.SIGABRT),
	"SIGIOT": int(unix.SIGIOT), "SIGBUS": int(unix.SIGBUS), "SIGFPE": int(unix.SIGFPE),
	"SIGKILL": int(unix.SIGKILL), "SIGUSR1": int(unix.SIGUSR1), "SIGSEGV": int(unix.SIGSEGV),
	"SIGUSR2": int(unix.SIGUSR2), "SIGPIPE": int(unix.SIGPIPE), "SIGALRM": int(unix.SIGALRM),
	"SIGTERM": int(unix.SIGTERM), "SIGCHLD": int(unix.SIGCHLD), "SIGCONT": int(unix.SIGCONT),
	"SIGSTOP": int(unix.SIGSTOP), "SIGTSTP": int(unix.SIGTSTP), "SIGTTIN": int(unix.SIGTTIN),
	"SIGTTOU": int(unix.SIGTTOU), "SIGURG": int(unix.SIGURG), "SIGXCPU": int(unix.SIGXCPU),
	"SIGXFSZ": int(unix.SIGXFSZ), "SIGVTALRM": int(unix.SIGVTALRM), "SIGPROF": int(unix.SIGPROF),
	"SIGWINCH": int(unix.SIGWINCH), "SIGIO": int(unix.SIGIO), "SIGPOLL": int(unix.SIGPOLL),
	"SIGPWR": int(unix.SIGPWR), "SIGSYS": int(unix.SIGSYS),
}

// glibc's dlfcn.h.
var dlopenValues = []namedInt{
	{"RTLD_LAZY", 1}, {"RTLD_NOW", 2}, {"RTLD_GLOBAL", 0x100}, {"RTLD_LOCAL", 0}, {"RTLD_DEEPBIND", 8},
}
