package os

import "golang.org/x/sys/unix"

// macOS: the errno table is shared with Linux (constants_errno_posix.go);
// signals have SIGINFO, and no SIGPOLL, SIGPWR or SIGSTKFLT.
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
	"SIGWINCH": int(unix.SIGWINCH), "SIGIO": int(unix.SIGIO), "SIGSYS": int(unix.SIGSYS), "SIGINFO": int(unix.SIGINFO),
}

// macOS's dlfcn.h.
var dlopenValues = []namedInt{
	{"RTLD_LAZY", 1}, {"RTLD_NOW", 2}, {"RTLD_GLOBAL", 8}, {"RTLD_LOCAL", 4},
}
