package streamwrap

import (
	"github.com/dop251/goja"

	"github.com/gonode/gonode/bindings/binding"
	"github.com/gonode/gonode/loop"
)

// jsHandle is the Go state behind one JavaScript handle object (a Pipe or a TTY).
type jsHandle struct {
	c       *class
	obj     *goja.Object
	s       *Stream // nil until the handle is opened
	asyncID int64
	tty     *ttyState // terminal state, for TTY handles
	closing bool
	// Scratch for the synchronous write path, so that a write the fd takes at once allocates
	// nothing: one [][]byte of one buffer, and the bytes of a string being written.
	one  [1][]byte
	text []byte
}

// maxScratchText is the largest string write encoded into the handle's reused scratch bytes;
// longer ones get their own memory, so that one big write does not pin a big buffer.
const maxScratchText = 64 << 10

// class is one handle constructor (Pipe, TTY) of one runtime: its prototype's
// methods find their Go state through the handles map.
type class struct {
	env     binding.Env
	vm      *goja.Runtime
	handles map[*goja.Object]*jsHandle
	nextID  int64
	onExit  bool        // an AtExit hook is registered for the opened handles
	stdio   []*jsHandle // the handles opened on an existing fd
}

func newClass(env binding.Env) *class {
	return &class{env: env, vm: env.VM(), handles: map[*goja.Object]*jsHandle{}}
}

// newHandle registers a handle object made by a constructor.
func (c *class) newHandle(obj *goja.Object) *jsHandle {
	c.nextID++
	h := &jsHandle{c: c, obj: obj, asyncID: c.nextID}
	c.handles[obj] = h
	return h
}

// this returns the handle a method was called on.
func (c *class) this(call goja.FunctionCall) *jsHandle {
	if o, ok := call.This.(*goja.Object); ok {
		if h := c.handles[o]; h != nil {
			return h
		}
	}
	panic(c.vm.NewTypeError("Illegal invocation"))
}

// open attaches a Stream over fd to h; the fd gets flushed and restored at exit.
func (h *jsHandle) open(fd int) loop.Errno {
	if h.s != nil {
		return loop.EINVAL
	}
	s, err := Open(h.c.env.Loop(), fd)
	if err != nil {
		return loop.ErrnoOf(err)
	}
	h.s = s
	// Every adopted fd is flushed and put back in its mode at exit: stdio, also when an
	// embedder's stdio file is not fd 0, 1 or 2.
	c := h.c
	c.stdio = append(c.stdio, h)
	if !c.onExit {
		c.onExit = true
		c.env.AtExit(c.resetStdio)
	}
	return 0
}

// resetStdio is Node's ResetStdio: pending stdio output is written out, terminals
// leave raw mode and fds go back to their original blocking mode.
func (c *class) resetStdio() {
	for _, h := range c.stdio {
		if h.s != nil && !h.s.IsClosed() {
			h.s.Flush()
			h.s.Restore()
		}
		if h.tty != nil {
			h.tty.reset()
		}
	}
}

// errno returns a status as a JS number (0 for success).
func (c *class) errno(e loop.Errno) goja.Value { return c.vm.ToValue(int(e)) }

// installStreamMethods puts the StreamBase methods on proto, as Node's
// LibuvStreamWrap does: readStart/readStop with an onread callback, the write
// family with WriteWrap requests, shutdown, close, ref/unref and the counters.
func installStreamMethods(c *class, proto *goja.Object) {
	vm := c.vm
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { proto.Set(name, fn) }
	get := func(name string, fn func(h *jsHandle) goja.Value) {
		proto.DefineAccessorProperty(name, vm.ToValue(func(call goja.FunctionCall) goja.Value {
			return fn(c.this(call))
		}), nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	proto.Set("isStreamBase", true)
	get("fd", func(h *jsHandle) goja.Value {
		if h.s == nil {
			return vm.ToValue(-1)
		}
		return vm.ToValue(h.s.Fd())
	})
	get("bytesRead", func(h *jsHandle) goja.Value { return vm.ToValue(h.bytesRead()) })
	get("bytesWritten", func(h *jsHandle) goja.Value { return vm.ToValue(h.bytesWritten()) })
	get("writeQueueSize", func(h *jsHandle) goja.Value {
		if h.s == nil {
			return vm.ToValue(0)
		}
		return vm.ToValue(h.s.WriteQueueSize())
	})
	set("getAsyncId", func(call goja.FunctionCall) goja.Value { return vm.ToValue(c.this(call).asyncID) })
	set("readStart", func(call goja.FunctionCall) goja.Value {
		h := c.this(call)
		if h.s == nil {
			return c.errno(loop.EBADF)
		}
		return c.errno(loop.ErrnoOf(h.s.ReadStart(h.onRead)))
	})
	set("readStop", func(call goja.FunctionCall) goja.Value {
		h := c.this(call)
		if h.s != nil {
			h.s.ReadStop()
		}
		return c.errno(0)
	})
	set("writeBuffer", func(call goja.FunctionCall) goja.Value {
		h := c.this(call)
		b, ok := bytesOf(call.Argument(1))
		if !ok {
			panic(vm.NewTypeError("Second argument must be a buffer"))
		}
		h.one[0] = b
		ret := h.write(call.Argument(0), h.one[:], false)
		h.one[0] = nil
		return ret
	})
	set("writeUtf8String", func(call goja.FunctionCall) goja.Value {
		h := c.this(call)
		str := call.Argument(1).String()
		scratch := len(str) <= maxScratchText
		if scratch {
			h.text = append(h.text[:0], str...)
			h.one[0] = h.text
		} else {
			h.one[0] = []byte(str)
		}
		ret := h.write(call.Argument(0), h.one[:], scratch)
		h.one[0] = nil
		return ret
	})
	set("writev", func(call goja.FunctionCall) goja.Value {
		// writev(req, chunks): each chunk a Buffer or a string (written as UTF-8;
		// JavaScript converts strings in other encodings first).
		h := c.this(call)
		arr := call.Argument(1).ToObject(vm)
		n := int(arr.Get("length").ToInteger())
		bufs := make([][]byte, 0, n)
		for i := 0; i < n; i++ {
			v := arr.Get(itoa(i))
			if b, ok := bytesOf(v); ok {
				bufs = append(bufs, b)
			} else {
				bufs = append(bufs, []byte(v.String()))
			}
		}
		return h.write(call.Argument(0), bufs, false)
	})
	set("shutdown", func(call goja.FunctionCall) goja.Value {
		h := c.this(call)
		if h.s == nil {
			return c.errno(loop.ENOTCONN)
		}
		req := call.Argument(0).ToObject(vm)
		err := h.s.Shutdown(func(status loop.Errno) { h.complete(req, status) })
		return c.errno(loop.ErrnoOf(err))
	})
	set("close", func(call goja.FunctionCall) goja.Value {
		h := c.this(call)
		h.close(call.Argument(0))
		return goja.Undefined()
	})
	set("ref", func(call goja.FunctionCall) goja.Value {
		if h := c.this(call); h.s != nil {
			h.s.Ref()
		}
		return goja.Undefined()
	})
	set("unref", func(call goja.FunctionCall) goja.Value {
		if h := c.this(call); h.s != nil {
			h.s.Unref()
		}
		return goja.Undefined()
	})
	set("hasRef", func(call goja.FunctionCall) goja.Value {
		h := c.this(call)
		return vm.ToValue(h.s != nil && !h.s.IsClosed() && h.s.HasRef())
	})
	set("flushSync", func(call goja.FunctionCall) goja.Value {
		// flushSync(): write out the queued writes now (their callbacks are dropped) and
		// make later writes blocking; process.exit() uses it for stdio.
		h := c.this(call)
		if h.s != nil {
			h.s.Flush()
		}
		return goja.Undefined()
	})
	set("setBlocking", func(call goja.FunctionCall) goja.Value {
		h := c.this(call)
		if h.s == nil {
			return c.errno(loop.EBADF)
		}
		h.s.SetBlocking(call.Argument(0).ToBoolean())
		return c.errno(0)
	})
}

func (h *jsHandle) bytesRead() uint64 {
	if h.s == nil {
		return 0
	}
	return h.s.BytesRead()
}

func (h *jsHandle) bytesWritten() uint64 {
	if h.s == nil {
		return 0
	}
	return h.s.BytesWritten()
}

// write starts a write. It returns 0 when the fd took everything at once, or a negative
// errno. What the fd cannot take now is queued with a request: req when it is an object
// (then 0 is returned), else a new object that is returned; either way the request gets
// async = true and bytes, and req.oncomplete(status, handle, error) runs when it is done.
// (JavaScript passes null and makes no request object for the common, synchronous case.)
// bufs may be the handle's scratch (and, with scratchText, hold h.text): what is queued is
// copied out of it first.
func (h *jsHandle) write(reqv goja.Value, bufs [][]byte, scratchText bool) goja.Value {
	c := h.c
	if h.s == nil {
		return c.errno(loop.EBADF)
	}
	size := 0
	for _, b := range bufs {
		size += len(b)
	}
	rest, err := h.s.TryWrite(bufs)
	if err != 0 || rest == nil {
		return c.errno(err)
	}
	rest = append([][]byte(nil), rest...)
	if scratchText {
		for i, b := range rest {
			rest[i] = append([]byte(nil), b...)
		}
	}
	req, made := reqv.(*goja.Object)
	made = !made
	if made {
		req = c.vm.NewObject()
	}
	req.Set("async", true)
	req.Set("bytes", size)
	if err := h.s.QueueWrite(rest, size, func(status loop.Errno) { h.complete(req, status) }); err != 0 {
		return c.errno(err)
	}
	if made {
		return req
	}
	return c.errno(0)
}

// complete calls req.oncomplete(status, handle, undefined) as a macrotask.
func (h *jsHandle) complete(req *goja.Object, status loop.Errno) {
	if h.c.env.Exiting() {
		return
	}
	fn := req.Get("oncomplete")
	if _, ok := goja.AssertFunction(fn); !ok {
		return
	}
	h.c.env.MakeCallback(fn, req, h.c.vm.ToValue(int(status)), h.obj, goja.Undefined())
}

// onRead hands a chunk (an ArrayBuffer) or a negative status to handle.onread(nread, buf).
func (h *jsHandle) onRead(data []byte, status loop.Errno) {
	c := h.c
	if c.env.Exiting() {
		return
	}
	fn := h.obj.Get("onread")
	if _, ok := goja.AssertFunction(fn); !ok {
		return
	}
	if status != 0 {
		c.env.MakeCallback(fn, h.obj, c.vm.ToValue(int(status)), goja.Undefined())
		return
	}
	c.env.MakeCallback(fn, h.obj, c.vm.ToValue(len(data)), c.vm.ToValue(c.vm.NewArrayBuffer(data)))
}

// close closes the stream; cb (if a function) runs in the loop's close phase.
func (h *jsHandle) close(cb goja.Value) {
	if h.closing {
		return
	}
	h.closing = true
	c := h.c
	done := func() {
		delete(c.handles, h.obj)
		for i, o := range c.stdio {
			if o == h {
				c.stdio = append(c.stdio[:i], c.stdio[i+1:]...)
				break
			}
		}
		if _, ok := goja.AssertFunction(cb); ok && !c.env.Exiting() {
			c.env.MakeCallback(cb, h.obj)
		}
	}
	if h.tty != nil {
		h.tty.reset()
	}
	if h.s == nil {
		// Never opened: still call back asynchronously, as uv_close does.
		t := loop.NewTimer(c.env.Loop())
		t.Start(func() { t.Close(done) }, 0, 0)
		return
	}
	h.s.Close(done)
}

// bytesOf returns the memory of a typed array or ArrayBuffer.
func bytesOf(v goja.Value) ([]byte, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	switch x := o.Export().(type) {
	case []byte:
		return x, true
	case goja.ArrayBuffer:
		return x.Bytes(), true
	}
	return nil, false
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}
