package loop

import (
	"os"
	"os/signal"
	"sync/atomic"
)

// Signal calls its callback on the loop thread when the process receives a
// signal, like uv_signal_t. Go owns the process's signal handlers: delivery
// goes through os/signal to a forwarding goroutine owned by the handle, then
// to the loop through an internal async handle. While a Signal is started,
// Go's default action for that signal (e.g. exiting on SIGINT) is suspended.
type Signal struct {
	handle
	sig     os.Signal
	cb      func(os.Signal)
	async   *Async
	ch      chan os.Signal
	quit    chan struct{}
	exited  chan struct{}
	count   atomic.Uint32
	oneshot bool
}

// NewSignal creates an inactive signal handle.
func NewSignal(l *Loop) *Signal {
	s := &Signal{}
	s.handle.init(l, s)
	return s
}

// Start begins delivering sig to cb; restarting with another signal replaces it.
func (s *Signal) Start(cb func(os.Signal), sig os.Signal) error {
	return s.start0(cb, sig, false)
}

// StartOneshot is Start, but the handle stops itself after the first delivery.
func (s *Signal) StartOneshot(cb func(os.Signal), sig os.Signal) error {
	return s.start0(cb, sig, true)
}

func (s *Signal) start0(cb func(os.Signal), sig os.Signal, oneshot bool) error {
	if s.IsClosing() || cb == nil || sig == nil {
		return EINVAL
	}
	if s.IsActive() && s.sig == sig {
		s.cb, s.oneshot = cb, oneshot
		return nil
	}
	s.Stop()
	if s.async == nil {
		s.async = s.loop.newInternalAsync(s.deliver)
	}
	s.sig, s.cb, s.oneshot = sig, cb, oneshot
	s.ch = make(chan os.Signal, 16)
	s.quit = make(chan struct{})
	s.exited = make(chan struct{})
	signal.Notify(s.ch, sig)
	go s.forward(s.ch, s.quit, s.exited)
	s.start()
	return nil
}

// forward counts deliveries and wakes the loop; it exits when the handle stops.
func (s *Signal) forward(ch <-chan os.Signal, quit <-chan struct{}, exited chan<- struct{}) {
	defer close(exited)
	for {
		select {
		case <-ch:
			s.count.Add(1)
			s.async.Send()
		case <-quit:
			return
		}
	}
}

// deliver runs on the loop thread: one callback per signal received.
func (s *Signal) deliver() {
	for n := s.count.Swap(0); n > 0 && s.IsActive(); n-- {
		if s.oneshot {
			s.Stop()
		}
		s.cb(s.sig)
	}
}

// Signum returns the signal being watched (nil when never started).
func (s *Signal) Signum() os.Signal { return s.sig }

// Stop stops watching; Go's default action for the signal returns when no other handle watches it.
func (s *Signal) Stop() {
	if !s.IsActive() {
		return
	}
	signal.Stop(s.ch)
	close(s.quit)
	<-s.exited
	s.count.Store(0)
	s.stop()
}

func (s *Signal) closeHandle() {
	s.Stop()
	if s.async != nil {
		s.async.Close(nil)
	}
}
