//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package streamwrap

import (
	"os"
	"syscall"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/loop"
)

// fatalSignals end the process by default; Node puts the terminal back before it dies of
// one (its SignalExit), so while a terminal is in raw mode gonode watches them too.
var fatalSignals = [...]syscall.Signal{syscall.SIGINT, syscall.SIGTERM}

// watchFatalSignals starts (on) or stops watching fatalSignals for h's terminal.
func (h *jsHandle) watchFatalSignals(on bool) {
	t := h.tty
	if !on {
		for _, s := range t.sigs {
			s.Close(nil)
		}
		t.sigs = nil
		return
	}
	if t.sigs != nil {
		return
	}
	for _, sig := range fatalSignals {
		sig := sig
		s := loop.NewSignal(h.c.env.Loop())
		if err := s.Start(func(os.Signal) { h.onFatalSignal(sig) }, sig); err != nil {
			s.Close(nil)
			continue
		}
		s.Unref()
		t.sigs = append(t.sigs, s)
	}
}

// onFatalSignal runs when sig arrives while the terminal is raw. When JavaScript listens
// for sig (handle.onsignal(name) says so) nothing more happens here; otherwise the
// terminal leaves raw mode and sig is raised again with its default action, which ends
// the process as it would have without gonode watching.
func (h *jsHandle) onFatalSignal(sig syscall.Signal) {
	c := h.c
	if fn := h.obj.Get("onsignal"); !c.env.Exiting() {
		if _, ok := goja.AssertFunction(fn); ok {
			if v, ok := c.env.MakeCallback(fn, h.obj, c.vm.ToValue(signalName(sig))); ok && v != nil && v.ToBoolean() {
				return
			}
		}
	}
	c.resetStdio()
	for _, s := range h.tty.sigs {
		s.Stop()
	}
	h.watchFatalSignals(false)
	signalAgain(sig)
}

// signalAgain raises sig with the default action restored (the watching handles are
// stopped, so os/signal gives the signal back to the runtime's default: exit).
func signalAgain(sig syscall.Signal) {
	syscall.Kill(syscall.Getpid(), sig)
}

func signalName(sig syscall.Signal) string {
	switch sig {
	case syscall.SIGINT:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return ""
}
