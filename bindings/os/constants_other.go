//go:build !linux && !darwin && !freebsd && !windows

package os

import "syscall"

// Other systems (the BSDs, illumos, AIX…): the POSIX names their syscall
// package shares. Node does not publish builds for them.
var errnoValues = map[string]int{
	"E2BIG": int(syscall.E2BIG), "EACCES": int(syscall.EACCES), "EADDRINUSE": int(syscall.EADDRINUSE),
	"EADDRNOTAVAIL": int(syscall.EADDRNOTAVAIL), "EAFNOSUPPORT": int(syscall.EAFNOSUPPORT),
	"EAGAIN": int(syscall.EAGAIN), "EALREADY": int(syscall.EALREADY), "EBADF": int(syscall.EBADF),
	"EBUSY": int(syscall.EBUSY), "ECHILD": int(syscall.ECHILD), "ECONNABORTED": int(syscall.ECONNABORTED),
	"ECONNREFUSED": int(syscall.ECONNREFUSED), "ECONNRESET": int(syscall.ECONNRESET),
	"EDEADLK": int(syscall.EDEADLK), "EDESTADDRREQ": int(syscall.EDESTADDRREQ), "EDOM": int(syscall.EDOM),
	"EEXIST": int(syscall.EEXIST), "EFAULT": int(syscall.EFAULT), "EFBIG": int(syscall.EFBIG),
	"EHOSTUNREACH": int(syscall.EHOSTUNREACH), "EINPROGRESS": int(syscall.EINPROGRESS),
	"EINTR": int(syscall.EINTR), "EINVAL": int(syscall.EINVAL), "EIO": int(syscall.EIO),
	"EISCONN": int(syscall.EISCONN), "EISDIR": int(syscall.EISDIR), "ELOOP": int(syscall.ELOOP),
	"EMFILE": int(syscall.EMFILE), "EMLINK": int(syscall.EMLINK), "EMSGSIZE": int(syscall.EMSGSIZE),
	"ENAMETOOLONG": int(syscall.ENAMETOOLONG), "ENETDOWN": int(syscall.ENETDOWN),
	"ENETRESET": int(syscall.ENETRESET), "ENETUNREACH": int(syscall.ENETUNREACH),
	"ENFILE": int(syscall.ENFILE), "ENOBUFS": int(syscall.ENOBUFS), "ENODEV": int(syscall.ENODEV),
	"ENOENT": int(syscall.ENOENT), "ENOEXEC": int(syscall.ENOEXEC), "ENOLCK": int(syscall.ENOLCK),
	"ENOMEM": int(syscall.ENOMEM), "ENOPROTOOPT": int(syscall.ENOPROTOOPT), "ENOSPC": int(syscall.ENOSPC),
	"ENOSYS": int(syscall.ENOSYS), "ENOTCONN": int(syscall.ENOTCONN), "ENOTDIR": int(syscall.ENOTDIR),
	"ENOTEMPTY": int(syscall.ENOTEMPTY), "ENOTSOCK": int(syscall.ENOTSOCK), "ENOTTY": int(syscall.ENOTTY),
	"ENXIO": int(syscall.ENXIO), "EOPNOTSUPP": int(syscall.EOPNOTSUPP), "EPERM": int(syscall.EPERM),
	"EPIPE": int(syscall.EPIPE), "EPROTONOSUPPORT": int(syscall.EPROTONOSUPPORT),
	"EPROTOTYPE": int(syscall.EPROTOTYPE), "ERANGE": int(syscall.ERANGE), "EROFS": int(syscall.EROFS),
	"ESPIPE": int(syscall.ESPIPE), "ESRCH": int(syscall.ESRCH), "ETIMEDOUT": int(syscall.ETIMEDOUT),
	"ETXTBSY": int(syscall.ETXTBSY), "EWOULDBLOCK": int(syscall.EWOULDBLOCK), "EXDEV": int(syscall.EXDEV),
}

var errnoExtra []namedInt

var signalValues = map[string]int{
	"SIGHUP": int(syscall.SIGHUP), "SIGINT": int(syscall.SIGINT), "SIGQUIT": int(syscall.SIGQUIT),
	"SIGILL": int(syscall.SIGILL), "SIGTRAP": int(syscall.SIGTRAP), "SIGABRT": int(syscall.SIGABRT),
	"SIGBUS": int(syscall.SIGBUS), "SIGFPE": int(syscall.SIGFPE), "SIGKILL": int(syscall.SIGKILL),
	"SIGUSR1": int(syscall.SIGUSR1), "SIGSEGV": int(syscall.SIGSEGV), "SIGUSR2": int(syscall.SIGUSR2),
	"SIGPIPE": int(syscall.SIGPIPE), "SIGALRM": int(syscall.SIGALRM), "SIGTERM": int(syscall.SIGTERM),
	"SIGCHLD": int(syscall.SIGCHLD), "SIGCONT": int(syscall.SIGCONT), "SIGSTOP": int(syscall.SIGSTOP),
	"SIGTSTP": int(syscall.SIGTSTP), "SIGTTIN": int(syscall.SIGTTIN), "SIGTTOU": int(syscall.SIGTTOU),
	"SIGURG": int(syscall.SIGURG), "SIGXCPU": int(syscall.SIGXCPU), "SIGXFSZ": int(syscall.SIGXFSZ),
	"SIGVTALRM": int(syscall.SIGVTALRM), "SIGPROF": int(syscall.SIGPROF), "SIGWINCH": int(syscall.SIGWINCH),
	"SIGIO": int(syscall.SIGIO), "SIGSYS": int(syscall.SIGSYS),
}

var dlopenValues = []namedInt{{"RTLD_LAZY", 1}, {"RTLD_NOW", 2}}
