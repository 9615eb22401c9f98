//go:build windows || (unix && gonode_portable) || netbsd || openbsd || dragonfly || solaris || aix

package loop

import (
	"sync/atomic"
	"time"
)

// poller is the portable backend: I/O is delivered as completions from
// goroutines, and the loop waits in a select on the completion channel, the
// wake-up channel and one reused timer.
//
// Completions for fd readiness come from p.fds, the OS-specific part:
// poll_portable_unix.go polls the watched fds with poll(2) inline when it can
// answer without blocking, and otherwise in one helper goroutine that the
// poller owns; poll_portable_windows.go has no fd polling (supported returns
// ENOTSUP), so only wake-ups and timers wake the loop there.
type poller struct {
	loop        *Loop
	wakePending atomic.Uint32
	wakeCh      chan struct{} // cap 1; holds at most one token thanks to wakePending
	timer       *time.Timer   // reused for every timed wait
	fds         fdPoller
}

func (p *poller) init(l *Loop) error {
	p.loop = l
	p.wakeCh = make(chan struct{}, 1)
	p.timer = time.NewTimer(time.Hour)
	p.timer.Stop()
	return p.fds.init(l)
}

func (p *poller) supported() error { return p.fds.supported() }

// wake interrupts a blocking poll; goroutine-safe and coalescing. The token
// is taken before wakePending is cleared, so the channel never holds two; the
// non-blocking send is only a safeguard. Waking a closed poller is harmless.
func (p *poller) wake() {
	if !p.wakePending.CompareAndSwap(0, 1) {
		return
	}
	select {
	case p.wakeCh <- struct{}{}:
	default:
	}
}

// close stops the fd helper goroutine, if it was started, and waits for it to exit.
func (p *poller) close() error {
	p.timer.Stop()
	return p.fds.close()
}

func (p *poller) invalidate(fd int) { p.fds.invalidate(fd) }

// woken handles a received wake-up token.
func (p *poller) woken() {
	p.wakePending.Store(0)
	p.loop.runAsyncs()
}

// pollWake handles a wake-up that is already there, without waiting. It
// follows every fd dispatch: fds that stay ready would otherwise win every
// poll and starve async handles (and so the worker pool's completions).
func (p *poller) pollWake() int {
	select {
	case <-p.wakeCh:
		p.woken()
		return 1
	default:
		return 0
	}
}

// poll waits up to timeout ms (-1: no limit) and dispatches ready watchers.
func (p *poller) poll(timeout int) {
	l := p.loop
	for n := l.watcherQueue.front(); n != nil; n = l.watcherQueue.front() {
		n.unlink()
		p.fds.apply(n.val)
	}
	if !l.pending.empty() {
		timeout = 0 // a registration failed and was fed: its callback must not wait
	}
	// Readiness that is there already is dispatched without a goroutine hand-off.
	ran := p.fds.pollNow()
	l.UpdateTime()
	if ran > 0 {
		p.pollWake()
		return
	}
	if timeout == 0 {
		select {
		case r := <-p.fds.done():
			p.fds.finish(r)
			p.pollWake()
		case <-p.wakeCh:
			p.woken()
		default:
			return
		}
		l.UpdateTime()
		return
	}
	base := l.now
	realTimeout := timeout
	for {
		p.fds.arm()
		var timerC <-chan time.Time
		if timeout > 0 {
			p.timer.Reset(time.Duration(timeout) * time.Millisecond)
			timerC = p.timer.C
		}
		fired := false
		select {
		case r := <-p.fds.done():
			ran = p.fds.finish(r) + p.pollWake()
		case <-p.wakeCh:
			p.woken()
			ran = 1
		case <-timerC:
			fired = true
		}
		if timeout > 0 && !fired && !p.timer.Stop() {
			// Only with the pre-Go 1.23 timer semantics (asynctimerchan=1)
			// can a value be left in the channel; never let it end a later wait.
			select {
			case <-p.timer.C:
			default:
			}
		}
		l.UpdateTime()
		if ran > 0 || fired {
			return
		}
		if timeout == -1 {
			continue
		}
		// Nothing to deliver (an interrupted or filtered-out poll): wait for
		// what remains of the timeout.
		timeout = realTimeout - int(l.now-base)
		if timeout <= 0 {
			return
		}
	}
}
