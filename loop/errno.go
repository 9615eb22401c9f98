package loop

// The system-error table: libuv's UV_ERRNO_MAP (include/uv.h) with the
// numbers of include/uv/errno.h. Every binding builds Node's system errors
// (err.errno, err.code, the "CODE: message" prefix) from here.
//
// The numeric constants for the OS-dependent codes live in errno_<os>.go:
// on unix libuv uses minus the OS errno wherever the OS's errno.h defines
// the name and a fixed fallback number elsewhere; on Windows it always uses
// the fixed numbers. The codes below are the same on every OS.

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"net"
	"os"
	"strconv"
	"syscall"
)

// Errno is a libuv error number as Node exposes it: negative, e.g. ENOENT is -2 on Linux.
type Errno int

// Codes with the same number on every OS (libuv defines them unconditionally).
const (
	// EOF is libuv's UV_EOF, "end of file".
	EOF Errno = -4095
	// UNKNOWN is libuv's UV_UNKNOWN, "unknown error".
	UNKNOWN Errno = -4094

	// EAI_ADDRFAMILY is libuv's UV_EAI_ADDRFAMILY, "address family not supported".
	EAI_ADDRFAMILY Errno = -3000
	// EAI_AGAIN is libuv's UV_EAI_AGAIN, "temporary failure".
	EAI_AGAIN Errno = -3001
	// EAI_BADFLAGS is libuv's UV_EAI_BADFLAGS, "bad ai_flags value".
	EAI_BADFLAGS Errno = -3002
	// EAI_CANCELED is libuv's UV_EAI_CANCELED, "request canceled".
	EAI_CANCELED Errno = -3003
	// EAI_FAIL is libuv's UV_EAI_FAIL, "permanent failure".
	EAI_FAIL Errno = -3004
	// EAI_FAMILY is libuv's UV_EAI_FAMILY, "ai_family not supported".
	EAI_FAMILY Errno = -3005
	// EAI_MEMORY is libuv's UV_EAI_MEMORY, "out of memory".
	EAI_MEMORY Errno = -3006
	// EAI_NODATA is libuv's UV_EAI_NODATA, "no address".
	EAI_NODATA Errno = -3007
	// EAI_NONAME is libuv's UV_EAI_NONAME, "unknown node or service".
	EAI_NONAME Errno = -3008
	// EAI_OVERFLOW is libuv's UV_EAI_OVERFLOW, "argument buffer overflow".
	EAI_OVERFLOW Errno = -3009
	// EAI_SERVICE is libuv's UV_EAI_SERVICE, "service not available for socket type".
	EAI_SERVICE Errno = -3010
	// EAI_SOCKTYPE is libuv's UV_EAI_SOCKTYPE, "socket type not supported".
	EAI_SOCKTYPE Errno = -3011
	// EAI_BADHINTS is libuv's UV_EAI_BADHINTS, "invalid value for hints".
	EAI_BADHINTS Errno = -3013
	// EAI_PROTOCOL is libuv's UV_EAI_PROTOCOL, "resolved protocol is unknown".
	EAI_PROTOCOL Errno = -3014
)

type errnoInfo struct {
	errno   Errno
	code    string
	message string
}

// errnoTable is UV_ERRNO_MAP in libuv's order, which is also the order of
// Node's util.getSystemErrorMap().
var errnoTable = [...]errnoInfo{
	{E2BIG, "E2BIG", "argument list too long"},
	{EACCES, "EACCES", "permission denied"},
	{EADDRINUSE, "EADDRINUSE", "address already in use"},
	{EADDRNOTAVAIL, "EADDRNOTAVAIL", "address not available"},
	{EAFNOSUPPORT, "EAFNOSUPPORT", "address family not supported"},
	{EAGAIN, "EAGAIN", "resource temporarily unavailable"},
	{EAI_ADDRFAMILY, "EAI_ADDRFAMILY", "address family not supported"},
	{EAI_AGAIN, "EAI_AGAIN", "temporary failure"},
	{EAI_BADFLAGS, "EAI_BADFLAGS", "bad ai_flags value"},
	{EAI_BADHINTS, "EAI_BADHINTS", "invalid value for hints"},
	{EAI_CANCELED, "EAI_CANCELED", "request canceled"},
	{EAI_FAIL, "EAI_FAIL", "permanent failure"},
	{EAI_FAMILY, "EAI_FAMILY", "ai_family not supported"},
	{EAI_MEMORY, "EAI_MEMORY", "out of memory"},
	{EAI_NODATA, "EAI_NODATA", "no address"},
	{EAI_NONAME, "EAI_NONAME", "unknown node or service"},
	{EAI_OVERFLOW, "EAI_OVERFLOW", "argument buffer overflow"},
	{EAI_PROTOCOL, "EAI_PROTOCOL", "resolved protocol is unknown"},
	{EAI_SERVICE, "EAI_SERVICE", "service not available for socket type"},
	{EAI_SOCKTYPE, "EAI_SOCKTYPE", "socket type not supported"},
	{EALREADY, "EALREADY", "connection already in progress"},
	{EBADF, "EBADF", "bad file descriptor"},
	{EBUSY, "EBUSY", "resource busy or locked"},
	{ECANCELED, "ECANCELED", "operation canceled"},
	{ECHARSET, "ECHARSET", "invalid Unicode character"},
	{ECONNABORTED, "ECONNABORTED", "software caused connection abort"},
	{ECONNREFUSED, "ECONNREFUSED", "connection refused"},
	{ECONNRESET, "ECONNRESET", "connection reset by peer"},
	{EDESTADDRREQ, "EDESTADDRREQ", "destination address required"},
	{EEXIST, "EEXIST", "file already exists"},
	{EFAULT, "EFAULT", "bad address in system call argument"},
	{EFBIG, "EFBIG", "file too large"},
	{EHOSTUNREACH, "EHOSTUNREACH", "host is unreachable"},
	{EINTR, "EINTR", "interrupted system call"},
	{EINVAL, "EINVAL", "invalid argument"},
	{EIO, "EIO", "i/o error"},
	{EISCONN, "EISCONN", "socket is already connected"},
	{EISDIR, "EISDIR", "illegal operation on a directory"},
	{ELOOP, "ELOOP", "too many symbolic links encountered"},
	{EMFILE, "EMFILE", "too many open files"},
	{EMSGSIZE, "EMSGSIZE", "message too long"},
	{ENAMETOOLONG, "ENAMETOOLONG", "name too long"},
	{ENETDOWN, "ENETDOWN", "network is down"},
	{ENETUNREACH, "ENETUNREACH", "network is unreachable"},
	{ENFILE, "ENFILE", "file table overflow"},
	{ENOBUFS, "ENOBUFS", "no buffer space available"},
	{ENODEV, "ENODEV", "no such device"},
	{ENOENT, "ENOENT", "no such file or directory"},
	{ENOMEM, "ENOMEM", "not enough memory"},
	{ENONET, "ENONET", "machine is not on the network"},
	{ENOPROTOOPT, "ENOPROTOOPT", "protocol not available"},
	{ENOSPC, "ENOSPC", "no space left on device"},
	{ENOSYS, "ENOSYS", "function not implemented"},
	{ENOTCONN, "ENOTCONN", "socket is not connected"},
	{ENOTDIR, "ENOTDIR", "not a directory"},
	{ENOTEMPTY, "ENOTEMPTY", "directory not empty"},
	{ENOTSOCK, "ENOTSOCK", "socket operation on non-socket"},
	{ENOTSUP, "ENOTSUP", "operation not supported on socket"},
	{EOVERFLOW, "EOVERFLOW", "value too large for defined data type"},
	{EPERM, "EPERM", "operation not permitted"},
	{EPIPE, "EPIPE", "broken pipe"},
	{EPROTO, "EPROTO", "protocol error"},
	{EPROTONOSUPPORT, "EPROTONOSUPPORT", "protocol not supported"},
	{EPROTOTYPE, "EPROTOTYPE", "protocol wrong type for socket"},
	{ERANGE, "ERANGE", "result too large"},
	{EROFS, "EROFS", "read-only file system"},
	{ESHUTDOWN, "ESHUTDOWN", "cannot send after transport endpoint shutdown"},
	{ESPIPE, "ESPIPE", "invalid seek"},
	{ESRCH, "ESRCH", "no such process"},
	{ETIMEDOUT, "ETIMEDOUT", "connection timed out"},
	{ETXTBSY, "ETXTBSY", "text file is busy"},
	{EXDEV, "EXDEV", "cross-device link not permitted"},
	{UNKNOWN, "UNKNOWN", "unknown error"},
	{EOF, "EOF", "end of file"},
	{ENXIO, "ENXIO", "no such device or address"},
	{EMLINK, "EMLINK", "too many links"},
	{EHOSTDOWN, "EHOSTDOWN", "host is down"},
	{EREMOTEIO, "EREMOTEIO", "remote I/O error"},
	{ENOTTY, "ENOTTY", "inappropriate ioctl for device"},
	{EFTYPE, "EFTYPE", "inappropriate file type or format"},
	{EILSEQ, "EILSEQ", "illegal byte sequence"},
	{ESOCKTNOSUPPORT, "ESOCKTNOSUPPORT", "socket type not supported"},
	{ENODATA, "ENODATA", "no data available"},
	{EUNATCH, "EUNATCH", "protocol driver not attached"},
	{ENOEXEC, "ENOEXEC", "exec format error"},
}

// Lookup indexes over errnoTable, built once at start-up and read-only after
// that, so every lookup is a map read and never allocates.
var (
	errnoIndex  = make(map[Errno]uint8, len(errnoTable))  // number → table index
	errnoByCode = make(map[string]Errno, len(errnoTable)) // code → number
	errnoFull   [len(errnoTable)]string                   // "CODE: message", for Error()
)

func init() {
	for i, info := range errnoTable {
		// Should two codes ever share a number on some OS, the first one in
		// table order names it, as the first case of uv_err_name's switch would.
		if _, dup := errnoIndex[info.errno]; !dup {
			errnoIndex[info.errno] = uint8(i)
		}
		errnoByCode[info.code] = info.errno
		errnoFull[i] = info.code + ": " + info.message
	}
}

func (e Errno) info() (*errnoInfo, int, bool) {
	i, ok := errnoIndex[e]
	if !ok {
		return nil, 0, false
	}
	return &errnoTable[i], int(i), true
}

// unknownText is libuv's text for a number it has no name for: uv_err_name
// and uv_strerror both say "Unknown system error -N".
func (e Errno) unknownText() string {
	return "Unknown system error " + strconv.Itoa(int(e))
}

// Error returns "CODE: message", e.g. "ENOENT: no such file or directory".
func (e Errno) Error() string {
	if _, i, ok := e.info(); ok {
		return errnoFull[i]
	}
	s := e.unknownText()
	return s + ": " + s
}

// Code returns the error's code name, e.g. "ENOENT", or "Unknown system error -N" for an unknown number.
func (e Errno) Code() string {
	if info, _, ok := e.info(); ok {
		return info.code
	}
	return e.unknownText()
}

// Message returns libuv's description, e.g. "no such file or directory", or "Unknown system error -N".
func (e Errno) Message() string {
	if info, _, ok := e.info(); ok {
		return info.message
	}
	return e.unknownText()
}

// Is reports whether e matches target: the io/fs sentinels as syscall.Errno.Is does, or a syscall.Errno that translates to e.
func (e Errno) Is(target error) bool {
	switch target {
	case fs.ErrNotExist:
		return e == ENOENT
	case fs.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case fs.ErrPermission:
		return e == EACCES || e == EPERM
	case errors.ErrUnsupported:
		return e == ENOSYS || e == ENOTSUP
	}
	if se, ok := target.(syscall.Errno); ok && se != 0 {
		t := fromSyscall(se)
		return t == e && t != UNKNOWN
	}
	return false
}

// ErrnoOf maps any error to an Errno: nil → 0, an Errno or OS errno anywhere in the chain, then the Go sentinels (io.EOF → EOF, fs.ErrNotExist → ENOENT, …), else UNKNOWN.
//
// The error chain is searched for an Errno or a syscall.Errno (unix.Errno
// and windows.Errno are the same type), so *os.PathError, *os.SyscallError,
// *net.OpError, fmt.Errorf("%w") and errors.Join wrappers all work. An OS
// errno becomes what libuv's uv_translate_sys_error makes of it: minus the
// errno on unix, known or not (an unnamed one reads "Unknown system error
// -N", as in libuv), and the mapped code or UNKNOWN on Windows. Without an
// errno in the chain:
//
//	*net.DNSError             EAI_NONAME (not found), EAI_AGAIN (timeout or temporary), else EAI_FAIL
//	io.EOF                    EOF
//	context.DeadlineExceeded, os.ErrDeadlineExceeded
//	                          ETIMEDOUT
//	context.Canceled          ECANCELED
//	fs.ErrNotExist            ENOENT
//	fs.ErrExist               EEXIST
//	fs.ErrPermission          EACCES
//	fs.ErrClosed, net.ErrClosed
//	                          EBADF (libuv's answer for an operation on a closed handle;
//	                          a request cut short by closing its handle is ECANCELED in
//	                          libuv, which the caller knows better than this function)
//	io.ErrClosedPipe          EPIPE
//	os.ErrProcessDone         ESRCH
//	errors.ErrUnsupported     ENOSYS
//
// A non-nil error never maps to 0. The common case, a bare or wrapped
// syscall.Errno, does not allocate.
func ErrnoOf(err error) Errno {
	if err == nil {
		return 0
	}
	if e, ok := errnoInChain(err, 0); ok {
		return e
	}
	return errnoOfSlow(err)
}

// errnoInChain walks err's Unwrap chain (both forms) looking for an Errno,
// a syscall.Errno or a *net.DNSError. It is errors.As without the
// reflection and without making its target escape to the heap.
func errnoInChain(err error, depth int) (Errno, bool) {
	for err != nil && depth < 100 {
		switch e := err.(type) {
		case Errno:
			if e == 0 {
				return UNKNOWN, true
			}
			return e, true
		case syscall.Errno:
			if e == 0 {
				return UNKNOWN, true
			}
			return fromSyscall(e), true
		case *net.DNSError:
			switch {
			case e.IsNotFound:
				return EAI_NONAME, true
			case e.IsTimeout, e.IsTemporary:
				return EAI_AGAIN, true
			}
			return EAI_FAIL, true
		case interface{ Unwrap() error }:
			err = e.Unwrap()
		case interface{ Unwrap() []error }:
			for _, inner := range e.Unwrap() {
				if r, ok := errnoInChain(inner, depth+1); ok {
					return r, true
				}
			}
			return 0, false
		default:
			return 0, false
		}
		depth++
	}
	return 0, false
}

func errnoOfSlow(err error) Errno {
	// Types with an As method can still produce an errno.
	var se syscall.Errno
	if errors.As(err, &se) && se != 0 {
		return fromSyscall(se)
	}
	var e Errno
	if errors.As(err, &e) && e != 0 {
		return e
	}
	switch {
	case errors.Is(err, io.EOF):
		return EOF
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded):
		return ETIMEDOUT
	case errors.Is(err, context.Canceled):
		return ECANCELED
	case errors.Is(err, fs.ErrNotExist):
		return ENOENT
	case errors.Is(err, fs.ErrExist):
		return EEXIST
	case errors.Is(err, fs.ErrPermission):
		return EACCES
	case errors.Is(err, fs.ErrClosed), errors.Is(err, net.ErrClosed):
		return EBADF
	case errors.Is(err, io.ErrClosedPipe):
		return EPIPE
	case errors.Is(err, os.ErrProcessDone):
		return ESRCH
	case errors.Is(err, errors.ErrUnsupported):
		return ENOSYS
	}
	return UNKNOWN
}

// ErrnoByCode looks up an Errno by its code name ("ENOENT").
func ErrnoByCode(code string) (Errno, bool) {
	e, ok := errnoByCode[code]
	return e, ok
}

// Errnos returns every known Errno in libuv's table order (for util.getSystemErrorMap).
func Errnos() []Errno {
	out := make([]Errno, len(errnoTable))
	for i := range errnoTable {
		out[i] = errnoTable[i].errno
	}
	return out
}
