package os

import "github.com/dop251/goja"

// The os.constants tables. Node defines each name only where the platform's
// headers do, in one fixed order (node_constants.cc); the per-OS files give
// the values (from golang.org/x/sys for the OS and architecture being built)
// and this file the order.

// errnoOrder is Node's order of os.constants.errno.
var errnoOrder = []string{
	"E2BIG", "EACCES", "EADDRINUSE", "EADDRNOTAVAIL", "EAFNOSUPPORT", "EAGAIN", "EALREADY",
	"EBADF", "EBADMSG", "EBUSY", "ECANCELED", "ECHILD", "ECONNABORTED", "ECONNREFUSED",
	"ECONNRESET", "EDEADLK", "EDESTADDRREQ", "EDOM", "EDQUOT", "EEXIST", "EFAULT", "EFBIG",
	"EHOSTUNREACH", "EIDRM", "EILSEQ", "EINPROGRESS", "EINTR", "EINVAL", "EIO", "EISCONN",
	"EISDIR", "ELOOP", "EMFILE", "EMLINK", "EMSGSIZE", "EMULTIHOP", "ENAMETOOLONG", "ENETDOWN",
	"ENETRESET", "ENETUNREACH", "ENFILE", "ENOBUFS", "ENODATA", "ENODEV", "ENOENT", "ENOEXEC",
	"ENOLCK", "ENOLINK", "ENOMEM", "ENOMSG", "ENOPROTOOPT", "ENOSPC", "ENOSR", "ENOSTR", "ENOSYS",
	"ENOTCONN", "ENOTDIR", "ENOTEMPTY", "ENOTSOCK", "ENOTSUP", "ENOTTY", "ENXIO", "EOPNOTSUPP",
	"EOVERFLOW", "EPERM", "EPIPE", "EPROTO", "EPROTONOSUPPORT", "EPROTOTYPE", "ERANGE", "EROFS",
	"ESPIPE", "ESRCH", "ESTALE", "ETIME", "ETIMEDOUT", "ETXTBSY", "EWOULDBLOCK", "EXDEV",
}

// signalOrder is Node's order of os.constants.signals.
var signalOrder = []string{
	"SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGIOT", "SIGBUS", "SIGFPE",
	"SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGCHLD",
	"SIGSTKFLT", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGBREAK", "SIGTTIN", "SIGTTOU", "SIGURG",
	"SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPOLL", "SIGLOST",
	"SIGPWR", "SIGINFO", "SIGSYS", "SIGUNUSED",
}

// priorities are libuv's UV_PRIORITY_* values, the same on every OS.
var priorities = []namedInt{
	{"PRIORITY_LOW", 19},
	{"PRIORITY_BELOW_NORMAL", 10},
	{"PRIORITY_NORMAL", 0},
	{"PRIORITY_ABOVE_NORMAL", -7},
	{"PRIORITY_HIGH", -14},
	{"PRIORITY_HIGHEST", -20},
}

// udpReuseAddr is libuv's UV_UDP_REUSEADDR flag.
const udpReuseAddr = 4

type namedInt struct {
	name  string
	value int
}

// ordered lists the names of order that values defines, with their values,
// then extra (Windows' WSA codes, which Node appends to errno).
func ordered(order []string, values map[string]int, extra []namedInt) []namedInt {
	out := make([]namedInt, 0, len(values)+len(extra))
	for _, name := range order {
		if v, ok := values[name]; ok {
			out = append(out, namedInt{name, v})
		}
	}
	return append(out, extra...)
}

// newConstants builds os.constants as Node does: a null-prototype object
// whose UV_UDP_REUSEADDR is read-only and whose tables (dlopen, errno,
// signals, priority) are null-prototype objects of read-only,
// non-configurable numbers. Neither level is frozen.
func newConstants(vm *goja.Runtime) *goja.Object {
	table := func(entries []namedInt) *goja.Object {
		o := vm.CreateObject(nil)
		for _, e := range entries {
			o.DefineDataProperty(e.name, vm.ToValue(e.value), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		}
		return o
	}
	c := vm.CreateObject(nil)
	c.DefineDataProperty("UV_UDP_REUSEADDR", vm.ToValue(udpReuseAddr), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	c.Set("dlopen", table(dlopenValues))
	c.Set("errno", table(ordered(errnoOrder, errnoValues, errnoExtra)))
	c.Set("signals", table(ordered(signalOrder, signalValues, nil)))
	c.Set("priority", table(priorities))
	return c
}
