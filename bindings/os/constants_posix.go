//go:build linux || darwin || freebsd

package os

import "golang.org/x/sys/unix"

// The names Linux, macOS and FreeBSD share, with the values this OS and
// architecture give them; each OS's file adds the rest of its names.

// errnoValues is os.constants.errno's names and values.
var errnoValues = map[string]int{
	"E2BIG": int(unix.E2BIG), "EACCES": int(unix.EACCES), "EADDRINUSE": int(unix.EADDRINUSE),
	"EADDRNOTAVAIL": int(unix.EADDRNOTAVAIL), "EAFNOSUPPORT": int(unix.EAFNOSUPPORT),
	"EAGAIN": int(unix.EAGAIN), "EALREADY": int(unix.EALREADY), "EBADF": int(unix.EBADF),
	"EBADMSG": int(unix.EBADMSG), "EBUSY": int(unix.EBUSY), "ECANCELED": int(unix.ECANCELED),
	"ECHILD": int(unix.ECHILD), "ECONNABORTED": int(unix.ECONNABORTED),
	"ECONNREFUSED": int(unix.ECONNREFUSED), "ECONNRESET": int(unix.ECONNRESET),
	"EDEADLK": int(unix.EDEADLK), "EDESTADDRREQ": int(unix.EDESTADDRREQ), "EDOM": int(unix.EDOM),
	"EDQUOT": int(unix.EDQUOT), "EEXIST": int(unix.EEXIST), "EFAULT": int(unix.EFAULT),
	"EFBIG": int(unix.EFBIG), "EHOSTUNREACH": int(unix.EHOSTUNREACH), "EIDRM": int(unix.EIDRM),
	"EILSEQ": int(unix.EILSEQ), "EINPROGRESS": int(unix.EINPROGRESS), "EINTR": int(unix.EINTR),
	"EINVAL": int(unix.EINVAL), "EIO": int(unix.EIO), "EISCONN": int(unix.EISCONN),
	"EISDIR": int(unix.EISDIR), "ELOOP": int(unix.ELOOP), "EMFILE": int(unix.EMFILE),
	"EMLINK": int(unix.EMLINK), "EMSGSIZE": int(unix.EMSGSIZE), "EMULTIHOP": int(unix.EMULTIHOP),
	"ENAMETOOLONG": int(unix.ENAMETOOLONG), "ENETDOWN": int(unix.ENETDOWN),
	"ENETRESET": int(unix.ENETRESET), "ENETUNREACH": int(unix.ENETUNREACH),
	"ENFILE": int(unix.ENFILE), "ENOBUFS": int(unix.ENOBUFS),
	"ENODEV": int(unix.ENODEV), "ENOENT": int(unix.ENOENT), "ENOEXEC": int(unix.ENOEXEC),
	"ENOLCK": int(unix.ENOLCK), "ENOLINK": int(unix.ENOLINK), "ENOMEM": int(unix.ENOMEM),
	"ENOMSG": int(unix.ENOMSG), "ENOPROTOOPT": int(unix.ENOPROTOOPT), "ENOSPC": int(unix.ENOSPC),
	"ENOSYS": int(unix.ENOSYS), "ENOTCONN": int(unix.ENOTCONN), "ENOTDIR": int(unix.ENOTDIR),
	"ENOTEMPTY": int(unix.ENOTEMPTY), "ENOTSOCK": int(unix.ENOTSOCK), "ENOTSUP": int(unix.ENOTSUP), "ENOTTY": int(unix.ENOTTY),
	"ENXIO": int(unix.ENXIO), "EOPNOTSUPP": int(unix.EOPNOTSUPP), "EOVERFLOW": int(unix.EOVERFLOW),
	"EPERM": int(unix.EPERM), "EPIPE": int(unix.EPIPE), "EPROTO": int(unix.EPROTO),
	"EPROTONOSUPPORT": int(unix.EPROTONOSUPPORT), "EPROTOTYPE": int(unix.EPROTOTYPE),
	"ERANGE": int(unix.ERANGE), "EROFS": int(unix.EROFS), "ESPIPE": int(unix.ESPIPE),
	"ESRCH": int(unix.ESRCH), "ESTALE": int(unix.ESTALE),
	"ETIMEDOUT": int(unix.ETIMEDOUT), "ETXTBSY": int(unix.ETXTBSY),
	"EWOULDBLOCK": int(unix.EWOULDBLOCK), "EXDEV": int(unix.EXDEV),
}

// signalValues is os.constants.signals' names and values.
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
	"SIGWINCH": int(unix.SIGWINCH), "SIGIO": int(unix.SIGIO), "SIGSYS": int(unix.SIGSYS),
}

// errnoExtra is appended after Node's ordered errno names (Windows' WSA codes).
var errnoExtra []namedInt
