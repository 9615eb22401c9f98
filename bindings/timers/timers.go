// Package timers is the Go side of Node's timers: one loop Timer for every
// JavaScript timer (the JS side keeps lists by duration and tells Go when the
// earliest one is due), and setImmediate through a check handle plus an idle
// handle that keeps poll from blocking while ref'd immediates are queued.
package timers

import (
	"encoding/binary"
	"math"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/binding"
	"github.com/gonode/gonode/loop"
)

// Indexes into the immediateInfo array shared with JavaScript, whose slots
// are flags that JavaScript writes when they change (js/internal/timers.js).
const (
	kCount    = 0 // immediates are queued or outstanding
	kRefCount = 1 // some of them are ref'd (the idle handle follows toggleImmediateRef)
)

type state struct {
	env              binding.Env
	vm               *goja.Runtime
	timer            *loop.Timer
	check            *loop.Check
	idle             *loop.Idle
	immediateInfo    []byte // 3 × uint32, shared with JS as a Uint32Array
	processTimers    goja.Value
	processImmediate goja.Value
	onTimerFn        func()
}

// Init builds internalBinding('timers').
func Init(env binding.Env) *goja.Object {
	vm := env.VM()
	s := &state{env: env, vm: vm}
	l := env.Loop()
	s.timer = loop.NewTimer(l)
	s.timer.Unref()
	s.onTimerFn = s.onTimer
	s.check = loop.NewCheck(l)
	s.check.Start(s.onCheck)
	s.check.Unref()
	s.idle = loop.NewIdle(l)
	s.immediateInfo = make([]byte, 12)

	b := vm.NewObject()
	b.Set("immediateInfo", vm.NewArrayBuffer(s.immediateInfo))
	b.Set("setupTimers", func(c goja.FunctionCall) goja.Value {
		s.processImmediate = c.Argument(0)
		s.processTimers = c.Argument(1)
		return goja.Undefined()
	})
	b.Set("getLibuvNow", func(goja.FunctionCall) goja.Value {
		l.UpdateTime() // as Node's GetNow: timers started late in a callback must not fire early
		return vm.ToValue(float64(l.Now()))
	})
	b.Set("scheduleTimer", func(c goja.FunctionCall) goja.Value {
		ms := c.Argument(0).ToInteger()
		if ms < 1 {
			ms = 1
		}
		s.timer.Start(s.onTimerFn, uint64(ms), 0)
		return goja.Undefined()
	})
	b.Set("toggleTimerRef", func(c goja.FunctionCall) goja.Value {
		if c.Argument(0).ToBoolean() {
			s.timer.Ref()
		} else {
			s.timer.Unref()
		}
		return goja.Undefined()
	})
	b.Set("toggleImmediateRef", func(c goja.FunctionCall) goja.Value {
		if c.Argument(0).ToBoolean() {
			s.idle.Start(noop)
		} else {
			s.idle.Stop()
		}
		return goja.Undefined()
	})
	return b
}

func noop() {}

func (s *state) info(i int) uint32 {
	return binary.NativeEndian.Uint32(s.immediateInfo[i*4:])
}

// onTimer runs the due JS timers. processTimers(now) returns 0 when no timer
// is left, the next expiry (negative when no timer is ref'd), or +Infinity to
// ask for another call: each timer is its own top-level call so ticks and
// microtasks run between timers, as in Node.
func (s *state) onTimer() {
	if s.processTimers == nil {
		return
	}
	l := s.env.Loop()
	now := s.vm.ToValue(float64(l.Now()))
	for !s.env.Exiting() {
		ret, ok := s.env.MakeCallback(s.processTimers, goja.Undefined(), now)
		if !ok {
			continue // the exception was handled: carry on with the remaining timers, as Node does
		}
		next := ret.ToFloat()
		if math.IsInf(next, 1) {
			continue
		}
		if next == 0 {
			s.timer.Unref()
			return
		}
		due := math.Abs(next) - float64(l.Now())
		if due < 1 {
			due = 1
		}
		s.timer.Start(s.onTimerFn, uint64(due), 0)
		if next > 0 {
			s.timer.Ref()
		} else {
			s.timer.Unref()
		}
		return
	}
}

// onCheck runs the immediates queued before this check phase:
// processImmediate(false) starts the batch and returns true to be called
// again, as processImmediate(true), when an immediate left promise jobs or
// rejections that only the end of a top-level call runs.
func (s *state) onCheck() {
	if s.processImmediate == nil || s.info(kCount) == 0 {
		return
	}
	resume := s.vm.ToValue(false)
	for !s.env.Exiting() {
		ret, ok := s.env.MakeCallback(s.processImmediate, goja.Undefined(), resume)
		if !ok || !ret.ToBoolean() {
			break
		}
		resume = s.vm.ToValue(true)
	}
}
