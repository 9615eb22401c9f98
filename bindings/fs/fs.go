// Package fs is internalBinding('fs'), the Go side of node:fs.
//
// Every function is flat and takes its request last: undefined runs the call
// synchronously on the loop thread (a failure throws Node's system error), a
// function runs it as one fast-I/O job on the worker pool and calls it back
// as cb(err, result) through MakeCallback, and the binding's kUsePromises
// value makes the call return a promise settled the same way. Workers see
// only Go data; results are converted to JavaScript values on the loop thread.
//
// Paths are strings or Uint8Arrays (their bytes are the path); a relative
// path is taken relative to the runtime's working directory, which is the
// runtime's own (process.chdir does not change the Go process's).
package fs

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/binding"
	"github.com/gonode/gonode/loop"
)

// opError is a failed system call: its errno, the syscall Node names in the
// message, and the paths involved (as the caller wrote them).
type opError struct {
	errno   loop.Errno
	syscall string
	path    string
	dest    string
	// special, when set, names a Node error other than a system error that
	// JavaScript builds (see makeError in js/fs.js): "EFBIG" for a file too
	// large to read into one buffer, "EISDIR" for rm on a directory.
	special string
	size    float64
}

func fail(err error, syscall, path, dest string) *opError {
	return &opError{errno: loop.ErrnoOf(err), syscall: syscall, path: path, dest: dest}
}

// cwdSource is implemented by the host's runtime: the working directory
// relative paths are resolved against.
type cwdSource interface{ Cwd() string }

type state struct {
	env        binding.Env
	vm         *goja.Runtime
	loop       *loop.Loop
	cwd        cwdSource
	usePromise *goja.Object
	fastBuffer goja.Constructor
	// Uint8Array (FastBuffer's parent) and FastBuffer.prototype, for newBuffer.
	uint8Array      goja.Constructor
	fastBufferProto *goja.Object
	float64Arr      goja.Constructor
	bigint64Ar      goja.Constructor
	makeError       goja.Callable
	statsCtor       goja.Constructor // Stats, BigIntStats: the binding makes them itself
	bigStats        goja.Constructor
	dateCtor        goja.Constructor
	// The prototypes of Stats and BigIntStats, for the Go-backed stats objects.
	statsProto    *goja.Object
	bigStatsProto *goja.Object

	// The promise being settled by settleFn, set just before MakeCallback:
	// the result is converted inside that call, so what conversion runs in
	// JavaScript runs inside a top-level call.
	settleResolve func(any) error
	settleReject  func(any) error
	settleConv    func() goja.Value
	settleErr     *opError
	settleFn      goja.Value

	files *fileTable
}

// Init builds internalBinding('fs').
func Init(env binding.Env) *goja.Object {
	vm := env.VM()
	s := &state{env: env, vm: vm, loop: env.Loop(), files: newFileTable()}
	s.cwd, _ = env.(cwdSource)
	s.usePromise = vm.NewObject()
	s.float64Arr = ctorOf(vm, "Float64Array")
	s.bigint64Ar = ctorOf(vm, "BigInt64Array")
	s.dateCtor = ctorOf(vm, "Date")
	s.settleFn = vm.ToValue(func(goja.FunctionCall) goja.Value {
		resolve, reject, conv, oe := s.settleResolve, s.settleReject, s.settleConv, s.settleErr
		s.settleResolve, s.settleReject, s.settleConv, s.settleErr = nil, nil, nil, nil
		var err error
		switch {
		case oe != nil:
			err = reject(s.errorValue(oe))
		case conv != nil:
			v, errV := s.convert(conv)
			if errV != nil {
				err = reject(errV)
			} else {
				err = resolve(v)
			}
		default:
			err = resolve(goja.Undefined())
		}
		if err != nil {
			panic(vm.NewGoError(fmt.Errorf("fs: settling a promise: %w", err)))
		}
		return goja.Undefined()
	})
	b := vm.NewObject()
	b.Set("kUsePromises", s.usePromise)
	// setup(FastBuffer, makeError, Stats, BigIntStats): the Buffer class
	// results are made of, the factory of Node's non-system errors, and the
	// classes stat results are returned as.
	b.Set("setup", func(c goja.FunctionCall) goja.Value {
		if ctor, ok := goja.AssertConstructor(c.Argument(0)); ok {
			s.fastBuffer = ctor
			// FastBuffer extends Uint8Array: results are made as Uint8Arrays (a native call)
			// given FastBuffer.prototype, the object FastBuffer's constructor would make.
			fb := c.Argument(0).(*goja.Object)
			if parent := fb.Prototype(); parent != nil {
				s.uint8Array, _ = goja.AssertConstructor(parent)
			}
			s.fastBufferProto, _ = fb.Get("prototype").(*goja.Object)
		}
		if fn, ok := goja.AssertFunction(c.Argument(1)); ok {
			s.makeError = fn
		}
		s.statsCtor, _ = goja.AssertConstructor(c.Argument(2))
		s.bigStats, _ = goja.AssertConstructor(c.Argument(3))
		if o, ok := c.Argument(2).(*goja.Object); ok {
			s.statsProto, _ = o.Get("prototype").(*goja.Object)
		}
		if o, ok := c.Argument(3).(*goja.Object); ok {
			s.bigStatsProto, _ = o.Get("prototype").(*goja.Object)
		}
		return goja.Undefined()
	})
	s.register(b)
	s.registerWatch(b)
	return b
}

func ctorOf(vm *goja.Runtime, name string) goja.Constructor {
	c, _ := goja.AssertConstructor(vm.Get(name))
	return c
}

// call runs op synchronously or on the pool, per the request argument req:
// op returns a result converter (run on the loop thread) or an error.
func (s *state) call(req goja.Value, op func() (func() goja.Value, *opError)) goja.Value {
	if req == nil || goja.IsUndefined(req) {
		conv, oe := op()
		if oe != nil {
			panic(s.errorValue(oe))
		}
		if conv == nil {
			return goja.Undefined()
		}
		return conv()
	}
	var conv func() goja.Value
	var oe *opError
	work := func() { conv, oe = op() }
	if obj, ok := req.(*goja.Object); ok && obj == s.usePromise {
		p, resolve, reject := s.vm.NewPromise()
		s.loop.QueueWork(loop.WorkFastIO, work, func(err error) {
			if err != nil && oe == nil {
				oe = fail(err, "uv", "", "")
			}
			s.settle(resolve, reject, conv, oe)
		})
		return s.vm.ToValue(p)
	}
	s.loop.QueueWork(loop.WorkFastIO, work, func(err error) {
		if err != nil && oe == nil {
			oe = fail(err, "uv", "", "")
		}
		if s.env.Exiting() {
			return
		}
		if oe != nil {
			s.env.QueueCallback(req, s.errorValue(oe))
			return
		}
		if conv == nil {
			// As Node's FSReqCallback: no result, no second argument.
			s.env.QueueCallback(req, goja.Null())
			return
		}
		v, errV := s.convert(conv)
		if errV != nil {
			s.env.QueueCallback(req, errV)
			return
		}
		s.env.QueueCallback(req, goja.Null(), v)
	})
	return goja.Undefined()
}

func (s *state) settle(resolve, reject func(any) error, conv func() goja.Value, oe *opError) {
	if s.env.Exiting() {
		return
	}
	s.settleResolve, s.settleReject, s.settleConv, s.settleErr = resolve, reject, conv, oe
	s.env.MakeCallback(s.settleFn, goja.Undefined())
}

// convert runs a result conversion on the loop thread, turning a panic (a
// JavaScript exception from a constructor, or a Go failure) into an error
// value for the callback instead of letting it cross into the loop.
func (s *state) convert(conv func() goja.Value) (v goja.Value, errV goja.Value) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case *goja.Exception:
				errV = x.Value()
			case goja.Value:
				errV = x
			default:
				errV = s.vm.NewGoError(fmt.Errorf("fs: converting a result: %v", r))
			}
		}
	}()
	return conv(), nil
}

// errorValue is the JavaScript error for a failed operation.
func (s *state) errorValue(oe *opError) goja.Value {
	if oe.special != "" && s.makeError != nil {
		v, err := s.makeError(goja.Undefined(), s.vm.ToValue(oe.special), s.vm.ToValue(oe.path), s.vm.ToValue(oe.size))
		if err == nil {
			return v
		}
	}
	return s.env.UVException(oe.errno, oe.syscall, oe.path, oe.dest)
}

// resolve turns a path as JavaScript gave it into one for the OS.
func (s *state) resolve(p string) string {
	if p == "" || p[0] == '/' || s.cwd == nil {
		return p
	}
	return s.cwd.Cwd() + "/" + p
}

// pathArg reads a path argument (string or Uint8Array): what the OS gets and
// what error messages show.
func (s *state) pathArg(v goja.Value) (osPath, display string) {
	if o, ok := v.(*goja.Object); ok {
		if b, ok := o.Export().([]byte); ok {
			display = string(b)
			return s.resolve(display), display
		}
	}
	display = v.String()
	return s.resolve(display), display
}

// bytesArg is the memory of a Uint8Array (or other typed array / ArrayBuffer).
func bytesArg(v goja.Value) []byte {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	switch x := o.Export().(type) {
	case []byte:
		return x
	case goja.ArrayBuffer:
		return x.Bytes()
	case []int8:
		return asBytes(x)
	case []uint16:
		return asBytes(x)
	case []int16:
		return asBytes(x)
	case []uint32:
		return asBytes(x)
	case []int32:
		return asBytes(x)
	case []float32:
		return asBytes(x)
	case []float64:
		return asBytes(x)
	case []int64:
		return asBytes(x)
	case []uint64:
		return asBytes(x)
	}
	return nil
}

func asBytes[T any](s []T) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	var zero T
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*int(unsafe.Sizeof(zero)))
}

func intArg(v goja.Value) int { return int(v.ToInteger()) }

// posArg reads a file position: a number or bigint; -1 (or anything
// negative, null, undefined) means the current position.
func posArg(v goja.Value) int64 {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return -1
	}
	if b, ok := v.Export().(*big.Int); ok {
		if b.Sign() < 0 || !b.IsInt64() {
			return -1
		}
		return b.Int64()
	}
	f := v.ToFloat()
	if f != f || f < 0 {
		return -1
	}
	if f >= math.MaxInt64 {
		return math.MaxInt64
	}
	return v.ToInteger()
}

// newBuffer wraps data in a Buffer without copying.
func (s *state) newBuffer(data []byte) goja.Value {
	ab := s.vm.ToValue(s.vm.NewArrayBuffer(data))
	if s.fastBuffer == nil {
		return ab
	}
	if s.uint8Array != nil && s.fastBufferProto != nil {
		o, err := s.uint8Array(nil, ab)
		if err != nil {
			panic(err)
		}
		if err := o.SetPrototype(s.fastBufferProto); err != nil {
			panic(err)
		}
		return o
	}
	o, err := s.fastBuffer(nil, ab)
	if err != nil {
		panic(err)
	}
	return o
}

// statFields is the number of values in a stat array, in Node's order: dev,
// mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then seconds and
// nanoseconds of atime, mtime, ctime, birthtime.
const statFields = 18

type statResult [statFields]int64

// statValue is a stat result as Node's Stats (numbers, times in ms) or
// BigIntStats (bigints, times in ns); a Float64Array / BigInt64Array of the
// 18 values before setup has given the classes.
func (s *state) statValue(st *statResult, bigint bool) goja.Value {
	vm := s.vm
	if s.statsProto != nil && s.bigStatsProto != nil {
		return s.newStats(st, bigint)
	}
	if bigint && s.bigStats != nil {
		var args [14]goja.Value
		for i := 0; i < 10; i++ {
			args[i] = vm.ToValue(big.NewInt(st[i]))
		}
		for i := 0; i < 4; i++ {
			ns := new(big.Int).Mul(big.NewInt(st[10+2*i]), big.NewInt(1e9))
			args[10+i] = vm.ToValue(ns.Add(ns, big.NewInt(st[11+2*i])))
		}
		o, err := s.bigStats(nil, args[:]...)
		if err != nil {
			panic(err)
		}
		return o
	}
	if !bigint && s.statsCtor != nil {
		var args [14]goja.Value
		for i := 0; i < 10; i++ {
			args[i] = vm.ToValue(st[i])
		}
		for i := 0; i < 4; i++ {
			args[10+i] = vm.ToValue(float64(st[10+2*i])*1e3 + float64(st[11+2*i])/1e6)
		}
		o, err := s.statsCtor(nil, args[:]...)
		if err != nil {
			panic(err)
		}
		return o
	}
	buf := make([]byte, statFields*8)
	for i, v := range st {
		if bigint {
			binary.NativeEndian.PutUint64(buf[i*8:], uint64(v))
		} else {
			binary.NativeEndian.PutUint64(buf[i*8:], math.Float64bits(float64(v)))
		}
	}
	ctor := s.float64Arr
	if bigint {
		ctor = s.bigint64Ar
	}
	o, err := ctor(nil, s.vm.ToValue(s.vm.NewArrayBuffer(buf)))
	if err != nil {
		panic(err)
	}
	return o
}

func (s *state) strings(list []string) goja.Value {
	vals := make([]any, len(list))
	for i, n := range list {
		vals[i] = n
	}
	return s.vm.NewArray(vals...)
}

func (s *state) ints(list []int) goja.Value {
	vals := make([]any, len(list))
	for i, n := range list {
		vals[i] = n
	}
	return s.vm.NewArray(vals...)
}
