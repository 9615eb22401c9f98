package streamwrap

import (
	"github.com/dop251/goja"

	"github.com/gonode/gonode/bindings/binding"
	"github.com/gonode/gonode/loop"
)

// ttyState is a terminal handle's mode: the termios saved before the first
// setRawMode, restored by setRawMode(false), close and at exit.
type ttyState struct {
	fd   int
	orig *termState
	raw  bool
	sigs []*loop.Signal // SIGINT and SIGTERM watchers while raw (signal_unix.go)
}

func (t *ttyState) setRaw(on bool) loop.Errno {
	if on == t.raw {
		return 0
	}
	if on {
		if t.orig == nil {
			st, err := getTermState(t.fd)
			if err != nil {
				return loop.ErrnoOf(err)
			}
			t.orig = st
		}
		if err := setTermState(t.fd, rawFrom(t.orig)); err != nil {
			return loop.ErrnoOf(err)
		}
		t.raw = true
		return 0
	}
	if err := setTermState(t.fd, t.orig); err != nil {
		return loop.ErrnoOf(err)
	}
	t.raw = false
	return 0
}

// reset leaves raw mode, as uv_tty_reset_mode does at exit.
func (t *ttyState) reset() {
	if t.raw {
		t.setRaw(false)
	}
}

// InitTTY builds internalBinding('tty_wrap'): the TTY handle (new TTY(fd, ctx);
// on failure ctx gets errno, code, message and syscall as in Node) with
// getWindowSize(array) and setRawMode(flag), and isTTY(fd).
func InitTTY(env binding.Env) *goja.Object {
	vm := env.VM()
	c := newClass(env)
	ctor := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		fd := int(call.Argument(0).ToInteger())
		h := c.newHandle(call.This)
		var err loop.Errno
		switch GuessHandleType(fd) {
		case "FILE", "UNKNOWN", "INVALID":
			// uv_tty_init accepts terminals, pipes and sockets only.
			err = loop.EINVAL
		case "TTY":
			reopenTTY(fd)
			err = h.open(fd)
		default:
			err = h.open(fd)
		}
		if err != 0 {
			delete(c.handles, call.This)
			if ctx, ok := call.Argument(1).(*goja.Object); ok {
				ctx.Set("errno", int(err))
				ctx.Set("code", err.Code())
				ctx.Set("message", err.Message())
				ctx.Set("syscall", "uv_tty_init")
			}
			return nil
		}
		h.tty = &ttyState{fd: fd}
		return nil
	}).ToObject(vm)
	ctor.DefineDataProperty("name", vm.ToValue("TTY"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	proto := ctor.Get("prototype").ToObject(vm)
	installStreamMethods(c, proto)
	proto.Set("getWindowSize", func(call goja.FunctionCall) goja.Value {
		h := c.this(call)
		if h.s == nil {
			return c.errno(loop.EBADF)
		}
		cols, rows, err := WindowSize(h.s.Fd())
		if err != nil {
			return c.errno(loop.ErrnoOf(err))
		}
		arr := call.Argument(0).ToObject(vm)
		arr.Set("0", cols)
		arr.Set("1", rows)
		return c.errno(0)
	})
	proto.Set("setRawMode", func(call goja.FunctionCall) goja.Value {
		h := c.this(call)
		if h.tty == nil {
			return c.errno(loop.EBADF)
		}
		on := call.Argument(0).ToBoolean()
		err := h.tty.setRaw(on)
		if err == 0 {
			h.watchFatalSignals(on)
		}
		return c.errno(err)
	})
	b := vm.NewObject()
	b.Set("TTY", ctor)
	b.Set("isTTY", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(IsATTY(int(call.Argument(0).ToInteger())))
	})
	return b
}

// InitPipe builds internalBinding('pipe_wrap'): the Pipe handle (new
// Pipe(type)), whose open(fd) adopts an existing pipe or socket fd, and the
// constants SOCKET, SERVER and IPC.
func InitPipe(env binding.Env) *goja.Object {
	vm := env.VM()
	c := newClass(env)
	ctor := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		c.newHandle(call.This)
		return nil
	}).ToObject(vm)
	ctor.DefineDataProperty("name", vm.ToValue("Pipe"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	proto := ctor.Get("prototype").ToObject(vm)
	installStreamMethods(c, proto)
	proto.Set("open", func(call goja.FunctionCall) goja.Value {
		h := c.this(call)
		return c.errno(h.open(int(call.Argument(0).ToInteger())))
	})
	b := vm.NewObject()
	b.Set("Pipe", ctor)
	consts := vm.NewObject()
	consts.Set("SOCKET", 0)
	consts.Set("SERVER", 1)
	consts.Set("IPC", 2)
	b.Set("constants", consts)
	return b
}

// InitStreamWrap builds internalBinding('stream_wrap'): the WriteWrap and
// ShutdownWrap request constructors, guessHandleType(fd), and the synchronous
// fd helpers behind process.stdout/stderr on files (writeSync) and
// process.stdin on files (read, on the worker pool).
func InitStreamWrap(env binding.Env) *goja.Object {
	vm := env.VM()
	b := vm.NewObject()
	// Request objects are plain JavaScript classes: making one is on every write's path.
	wraps, err := vm.RunString("[class WriteWrap {}, class ShutdownWrap {}]")
	if err != nil {
		panic(err)
	}
	b.Set("WriteWrap", wraps.ToObject(vm).Get("0"))
	b.Set("ShutdownWrap", wraps.ToObject(vm).Get("1"))
	b.Set("guessHandleType", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(GuessHandleType(int(call.Argument(0).ToInteger())))
	})
	b.Set("writeSync", func(call goja.FunctionCall) goja.Value {
		// writeSync(fd, buffer|string): the whole chunk, waiting on EAGAIN.
		fd := int(call.Argument(0).ToInteger())
		data, ok := bytesOf(call.Argument(1))
		if !ok {
			data = []byte(call.Argument(1).String())
		}
		if err := writeAll(fd, data); err != nil {
			panic(env.UVException(loop.ErrnoOf(err), "write", "", ""))
		}
		return vm.ToValue(len(data))
	})
	b.Set("closeSync", func(call goja.FunctionCall) goja.Value {
		if err := closeFd(int(call.Argument(0).ToInteger())); err != nil {
			panic(env.UVException(loop.ErrnoOf(err), "close", "", ""))
		}
		return goja.Undefined()
	})
	return b
}

// writeAll writes data to fd, waiting for it when it is non-blocking and full.
func writeAll(fd int, data []byte) error {
	for len(data) > 0 {
		n, err := sysWritev(fd, [][]byte{data})
		data = data[n:]
		if err != nil {
			if !isEAGAIN(err) {
				return err
			}
			if err := waitWritable(fd, -1); err != nil {
				return err
			}
		}
	}
	return nil
}
