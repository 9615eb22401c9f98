//go:build linux

package loop

import (
	"syscall"

	"golang.org/x/sys/unix"
)

// Linux: minus the OS errno for every name Linux defines, as libuv's
// UV__ERR(E...) does; golang.org/x/sys/unix carries the per-architecture
// numbers (mips and sparc differ from the generic ones).
//
// EFTYPE is libuv's own -4028, as Node v20 (our oracle, libuv 1.46) reports
// it, although newer libuv uses the EFTYPE that Linux 7.2 added.
const (
	E2BIG           Errno = -Errno(unix.E2BIG)
	EACCES          Errno = -Errno(unix.EACCES)
	EADDRINUSE      Errno = -Errno(unix.EADDRINUSE)
	EADDRNOTAVAIL   Errno = -Errno(unix.EADDRNOTAVAIL)
	EAFNOSUPPORT    Errno = -Errno(unix.EAFNOSUPPORT)
	EAGAIN          Errno = -Errno(unix.EAGAIN)
	EALREADY        Errno = -Errno(unix.EALREADY)
	EBADF           Errno = -Errno(unix.EBADF)
	EBUSY           Errno = -Errno(unix.EBUSY)
	ECANCELED       Errno = -Errno(unix.ECANCELED)
	ECHARSET        Errno = -4080 // no ECHARSET on Linux: libuv fallback
	ECONNABORTED    Errno = -Errno(unix.ECONNABORTED)
	ECONNREFUSED    Errno = -Errno(unix.ECONNREFUSED)
	ECONNRESET      Errno = -Errno(unix.ECONNRESET)
	EDESTADDRREQ    Errno = -Errno(unix.EDESTADDRREQ)
	EEXIST          Errno = -Errno(unix.EEXIST)
	EFAULT          Errno = -Errno(unix.EFAULT)
	EFBIG           Errno = -Errno(unix.EFBIG)
	EHOSTUNREACH    Errno = -Errno(unix.EHOSTUNREACH)
	EINTR           Errno = -Errno(unix.EINTR)
	EINVAL          Errno = -Errno(unix.EINVAL)
	EIO             Errno = -Errno(unix.EIO)
	EISCONN         Errno = -Errno(unix.EISCONN)
	EISDIR          Errno = -Errno(unix.EISDIR)
	ELOOP           Errno = -Errno(unix.ELOOP)
	EMFILE          Errno = -Errno(unix.EMFILE)
	EMSGSIZE        Errno = -Errno(unix.EMSGSIZE)
	ENAMETOOLONG    Errno = -Errno(unix.ENAMETOOLONG)
	ENETDOWN        Errno = -Errno(unix.ENETDOWN)
	ENETUNREACH     Errno = -Errno(unix.ENETUNREACH)
	ENFILE          Errno = -Errno(unix.ENFILE)
	ENOBUFS         Errno = -Errno(unix.ENOBUFS)
	ENODEV          Errno = -Errno(unix.ENODEV)
	ENOENT          Errno = -Errno(unix.ENOENT)
	ENOMEM          Errno = -Errno(unix.ENOMEM)
	ENONET          Errno = -Errno(unix.ENONET)
	ENOPROTOOPT     Errno = -Errno(unix.ENOPROTOOPT)
	ENOSPC          Errno = -Errno(unix.ENOSPC)
	ENOSYS          Errno = -Errno(unix.ENOSYS)
	ENOTCONN        Errno = -Errno(unix.ENOTCONN)
	ENOTDIR         Errno = -Errno(unix.ENOTDIR)
	ENOTEMPTY       Errno = -Errno(unix.ENOTEMPTY)
	ENOTSOCK        Errno = -Errno(unix.ENOTSOCK)
	ENOTSUP         Errno = -Errno(unix.ENOTSUP)
	EOVERFLOW       Errno = -Errno(unix.EOVERFLOW)
	EPERM           Errno = -Errno(unix.EPERM)
	EPIPE           Errno = -Errno(unix.EPIPE)
	EPROTO          Errno = -Errno(unix.EPROTO)
	EPROTONOSUPPORT Errno = -Errno(unix.EPROTONOSUPPORT)
	EPROTOTYPE      Errno = -Errno(unix.EPROTOTYPE)
	ERANGE          Errno = -Errno(unix.ERANGE)
	EROFS           Errno = -Errno(unix.EROFS)
	ESHUTDOWN       Errno = -Errno(unix.ESHUTDOWN)
	ESPIPE          Errno = -Errno(unix.ESPIPE)
	ESRCH           Errno = -Errno(unix.ESRCH)
	ETIMEDOUT       Errno = -Errno(unix.ETIMEDOUT)
	ETXTBSY         Errno = -Errno(unix.ETXTBSY)
	EXDEV           Errno = -Errno(unix.EXDEV)
	ENXIO           Errno = -Errno(unix.ENXIO)
	EMLINK          Errno = -Errno(unix.EMLINK)
	EHOSTDOWN       Errno = -Errno(unix.EHOSTDOWN)
	EREMOTEIO       Errno = -Errno(unix.EREMOTEIO)
	ENOTTY          Errno = -Errno(unix.ENOTTY)
	EFTYPE          Errno = -4028 // libuv's own value, as Node v20 reports it
	EILSEQ          Errno = -Errno(unix.EILSEQ)
	ESOCKTNOSUPPORT Errno = -Errno(unix.ESOCKTNOSUPPORT)
	ENODATA         Errno = -Errno(unix.ENODATA)
	EUNATCH         Errno = -Errno(unix.EUNATCH)
	ENOEXEC         Errno = -Errno(unix.ENOEXEC)
)

// fromSyscall is libuv's uv_translate_sys_error for unix: minus the errno,
// whether or not the table names it (an unnamed one reads "Unknown system
// error -N"). The caller never passes 0.
func fromSyscall(e syscall.Errno) Errno {
	if e > 1<<30 {
		return UNKNOWN // not an errno the kernel could have returned
	}
	return -Errno(e)
}
