//go:build !linux && !darwin && !freebsd && !windows

package loop

import "syscall"

// Every other OS with a syscall.Errno (NetBSD, OpenBSD, DragonFly, illumos,
// Solaris, AIX, js/wasm, wasip1): minus the errno from package syscall, as
// libuv's UV__ERR(E...) does, for the names all of these define; libuv's
// fixed fallback number for the names one of them lacks (ECHARSET EFTYPE
// ENONET EREMOTEIO ENODATA EUNATCH ETXTBSY EHOSTDOWN ESHUTDOWN
// ESOCKTNOSUPPORT), where libuv itself would use the errno of an OS that has
// one. AIX's ENOTEMPTY equals its EEXIST (17), so -17 reads as EEXIST there.
// Plan 9 has no syscall.Errno and is not supported.
const (
	E2BIG           Errno = -Errno(syscall.E2BIG)
	EACCES          Errno = -Errno(syscall.EACCES)
	EADDRINUSE      Errno = -Errno(syscall.EADDRINUSE)
	EADDRNOTAVAIL   Errno = -Errno(syscall.EADDRNOTAVAIL)
	EAFNOSUPPORT    Errno = -Errno(syscall.EAFNOSUPPORT)
	EAGAIN          Errno = -Errno(syscall.EAGAIN)
	EALREADY        Errno = -Errno(syscall.EALREADY)
	EBADF           Errno = -Errno(syscall.EBADF)
	EBUSY           Errno = -Errno(syscall.EBUSY)
	ECANCELED       Errno = -Errno(syscall.ECANCELED)
	ECHARSET        Errno = -4080
	ECONNABORTED    Errno = -Errno(syscall.ECONNABORTED)
	ECONNREFUSED    Errno = -Errno(syscall.ECONNREFUSED)
	ECONNRESET      Errno = -Errno(syscall.ECONNRESET)
	EDESTADDRREQ    Errno = -Errno(syscall.EDESTADDRREQ)
	EEXIST          Errno = -Errno(syscall.EEXIST)
	EFAULT          Errno = -Errno(syscall.EFAULT)
	EFBIG           Errno = -Errno(syscall.EFBIG)
	EHOSTUNREACH    Errno = -Errno(syscall.EHOSTUNREACH)
	EINTR           Errno = -Errno(syscall.EINTR)
	EINVAL          Errno = -Errno(syscall.EINVAL)
	EIO             Errno = -Errno(syscall.EIO)
	EISCONN         Errno = -Errno(syscall.EISCONN)
	EISDIR          Errno = -Errno(syscall.EISDIR)
	ELOOP           Errno = -Errno(syscall.ELOOP)
	EMFILE          Errno = -Errno(syscall.EMFILE)
	EMSGSIZE        Errno = -Errno(syscall.EMSGSIZE)
	ENAMETOOLONG    Errno = -Errno(syscall.ENAMETOOLONG)
	ENETDOWN        Errno = -Errno(syscall.ENETDOWN)
	ENETUNREACH     Errno = -Errno(syscall.ENETUNREACH)
	ENFILE          Errno = -Errno(syscall.ENFILE)
	ENOBUFS         Errno = -Errno(syscall.ENOBUFS)
	ENODEV          Errno = -Errno(syscall.ENODEV)
	ENOENT          Errno = -Errno(syscall.ENOENT)
	ENOMEM          Errno = -Errno(syscall.ENOMEM)
	ENONET          Errno = -4056
	ENOPROTOOPT     Errno = -Errno(syscall.ENOPROTOOPT)
	ENOSPC          Errno = -Errno(syscall.ENOSPC)
	ENOSYS          Errno = -Errno(syscall.ENOSYS)
	ENOTCONN        Errno = -Errno(syscall.ENOTCONN)
	ENOTDIR         Errno = -Errno(syscall.ENOTDIR)
	ENOTEMPTY       Errno = -Errno(syscall.ENOTEMPTY)
	ENOTSOCK        Errno = -Errno(syscall.ENOTSOCK)
	ENOTSUP         Errno = -Errno(syscall.ENOTSUP)
	EOVERFLOW       Errno = -Errno(syscall.EOVERFLOW)
	EPERM           Errno = -Errno(syscall.EPERM)
	EPIPE           Errno = -Errno(syscall.EPIPE)
	EPROTO          Errno = -Errno(syscall.EPROTO)
	EPROTONOSUPPORT Errno = -Errno(syscall.EPROTONOSUPPORT)
	EPROTOTYPE      Errno = -Errno(syscall.EPROTOTYPE)
	ERANGE          Errno = -Errno(syscall.ERANGE)
	EROFS           Errno = -Errno(syscall.EROFS)
	ESHUTDOWN       Errno = -4042
	ESPIPE          Errno = -Errno(syscall.ESPIPE)
	ESRCH           Errno = -Errno(syscall.ESRCH)
	ETIMEDOUT       Errno = -Errno(syscall.ETIMEDOUT)
	ETXTBSY         Errno = -4038
	EXDEV           Errno = -Errno(syscall.EXDEV)
	ENXIO           Errno = -Errno(syscall.ENXIO)
	EMLINK          Errno = -Errno(syscall.EMLINK)
	EHOSTDOWN       Errno = -4031
	EREMOTEIO       Errno = -4030
	ENOTTY          Errno = -Errno(syscall.ENOTTY)
	EFTYPE          Errno = -4028
	EILSEQ          Errno = -Errno(syscall.EILSEQ)
	ESOCKTNOSUPPORT Errno = -4025
	ENODATA         Errno = -4024
	EUNATCH         Errno = -4023
	ENOEXEC         Errno = -Errno(syscall.ENOEXEC)
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
