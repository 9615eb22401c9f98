//go:build linux || darwin

package os

import "golang.org/x/sys/unix"

// errnoValues is os.constants.errno for Linux and macOS: every name of Node's
// list, with the values this OS and architecture give them.
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
	"ENFILE": int(unix.ENFILE), "ENOBUFS": int(unix.ENOBUFS), "ENODATA": int(unix.ENODATA),
	"ENODEV": int(unix.ENODEV), "ENOENT": int(unix.ENOENT), "ENOEXEC": int(unix.ENOEXEC),
	"ENOLCK": int(unix.ENOLCK), "ENOLINK": int(unix.ENOLINK), "ENOMEM": int(unix.ENOMEM),
	"ENOMSG": int(unix.ENOMSG), "ENOPROTOOPT": int(unix.ENOPROTOOPT), "ENOSPC": int(unix.ENOSPC),
	"ENOSR": int(unix.ENOSR), "ENOSTR": int(unix.ENOSTR), "ENOSYS": int(unix.ENOSYS),
	"ENOTCONN": int(unix.ENOTCONN), "ENOTDIR": int(unix.ENOTDIR), "ENOTEMPTY": int(unix.ENOTEMPTY),
	"ENOTSOCK": int(unix.ENOTSOCK), "ENOTSUP": int(unix.ENOTSUP), "ENOTTY": int(unix.ENOTTY),
	"ENXIO": int(unix.ENXIO), "EOPNOTSUPP": int(unix.EOPNOTSUPP), "EOVERFLOW": int(unix.EOVERFLOW),
	"EPERM": int(unix.EPERM), "EPIPE": int(unix.EPIPE), "EPROTO": int(unix.EPROTO),
	"EPROTONOSUPPORT": int(unix.EPROTONOSUPPORT), "EPROTOTYPE": int(unix.EPROTOTYPE),
	"ERANGE": int(unix.ERANGE), "EROFS": int(unix.EROFS), "ESPIPE": int(unix.ESPIPE),
	"ESRCH": int(unix.ESRCH), "ESTALE": int(unix.ESTALE), "ETIME": int(unix.ETIME),
	"ETIMEDOUT": int(unix.ETIMEDOUT), "ETXTBSY": int(unix.ETXTBSY),
	"EWOULDBLOCK": int(unix.EWOULDBLOCK), "EXDEV": int(unix.EXDEV),
}
