//go:build linux && !gonode_portable

package loop

import (
	"fmt"
	"sync"
	"sync/atomic"

	"golang.org/x/sys/unix"
)

// poller is the epoll backend: level-triggered, fd-indexed, with an eventfd wake-up.
type poller struct {
	loop        *Loop
	epfd        int
	wakefd      int
	wakePending atomic.Uint32
	wakeMu      sync.Mutex // guards wakefd against Close while a goroutine writes
	wakeClosed  bool
	wakeBuf     [8]byte
	readBuf     [8]byte
	events      []unix.EpollEvent
	batch       []unix.EpollEvent // events being dispatched, for invalidate
}

func (p *poller) init(l *Loop) error {
	p.loop = l
	epfd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return fmt.Errorf("loop: epoll_create1: %w", err)
	}
	wfd, err := unix.Eventfd(0, unix.EFD_NONBLOCK|unix.EFD_CLOEXEC)
	if err != nil {
		unix.Close(epfd)
		return fmt.Errorf("loop: eventfd: %w", err)
	}
	ev := unix.EpollEvent{Events: unix.EPOLLIN, Fd: int32(wfd)}
	if err := unix.EpollCtl(epfd, unix.EPOLL_CTL_ADD, wfd, &ev); err != nil {
		unix.Close(epfd)
		unix.Close(wfd)
		return fmt.Errorf("loop: epoll_ctl(eventfd): %w", err)
	}
	p.epfd, p.wakefd = epfd, wfd
	p.wakeBuf[0] = 1 // eventfd counters are host-endian; little-endian and big-endian both see non-zero
	p.events = make([]unix.EpollEvent, 1024)
	return nil
}

func (p *poller) supported() error { return nil }

// wake interrupts a blocking poll; goroutine-safe and coalescing.
func (p *poller) wake() {
	if !p.wakePending.CompareAndSwap(0, 1) {
		return
	}
	p.wakeMu.Lock()
	if !p.wakeClosed {
		for {
			_, err := unix.Write(p.wakefd, p.wakeBuf[:])
			if err != unix.EINTR {
				break
			}
		}
	}
	p.wakeMu.Unlock()
}

func (p *poller) close() error {
	p.wakeMu.Lock()
	p.wakeClosed = true
	err1 := unix.Close(p.wakefd)
	p.wakeMu.Unlock()
	err2 := unix.Close(p.epfd)
	if err1 != nil {
		return fmt.Errorf("loop: close eventfd: %w", err1)
	}
	if err2 != nil {
		return fmt.Errorf("loop: close epoll: %w", err2)
	}
	return nil
}

func toEpoll(ev Events) uint32 {
	var e uint32
	if ev&EventRead != 0 {
		e |= unix.EPOLLIN
	}
	if ev&EventWrite != 0 {
		e |= unix.EPOLLOUT
	}
	return e
}

func fromEpoll(e uint32) Events {
	var ev Events
	if e&unix.EPOLLIN != 0 {
		ev |= EventRead
	}
	if e&unix.EPOLLOUT != 0 {
		ev |= EventWrite
	}
	if e&unix.EPOLLERR != 0 {
		ev |= EventError
	}
	if e&(unix.EPOLLHUP|unix.EPOLLRDHUP) != 0 {
		ev |= EventHangup
	}
	return ev
}

// apply registers a watcher's changed interest with the kernel.
func (p *poller) apply(w *IOWatcher) {
	l := p.loop
	if w.pevents == 0 {
		if w.events != 0 && (w.fd >= len(l.watchers) || l.watchers[w.fd] == nil) {
			unix.EpollCtl(p.epfd, unix.EPOLL_CTL_DEL, w.fd, nil)
		}
		w.events = 0
		return
	}
	e := unix.EpollEvent{Events: toEpoll(w.pevents), Fd: int32(w.fd)}
	op := unix.EPOLL_CTL_MOD
	if w.events == 0 {
		op = unix.EPOLL_CTL_ADD
	}
	err := unix.EpollCtl(p.epfd, op, w.fd, &e)
	if err == unix.EEXIST {
		err = unix.EpollCtl(p.epfd, unix.EPOLL_CTL_MOD, w.fd, &e)
	} else if err == unix.ENOENT {
		err = unix.EpollCtl(p.epfd, unix.EPOLL_CTL_ADD, w.fd, &e)
	}
	if err != nil {
		// e.g. EPERM for a regular file: report it to the watcher as an error event.
		w.fail(ErrnoOf(err))
		return
	}
	w.events = w.pevents
}

// invalidate removes fd from the kernel set and from the batch being dispatched.
func (p *poller) invalidate(fd int) {
	unix.EpollCtl(p.epfd, unix.EPOLL_CTL_DEL, fd, nil)
	for i := range p.batch {
		if int(p.batch[i].Fd) == fd {
			p.batch[i].Fd = -1
		}
	}
}

// poll waits up to timeout ms (-1: no limit) and dispatches ready watchers.
func (p *poller) poll(timeout int) {
	l := p.loop
	for n := l.watcherQueue.front(); n != nil; n = l.watcherQueue.front() {
		n.unlink()
		p.apply(n.val)
	}
	if !l.pending.empty() {
		timeout = 0 // a registration failed: its callback must run now, not after the wait
	}
	base := l.now
	realTimeout := timeout
	rounds := 48
	for {
		n, err := unix.EpollWait(p.epfd, p.events, timeout)
		l.UpdateTime()
		if err != nil && err != unix.EINTR {
			panic(fmt.Sprintf("loop: epoll_wait: %v", err))
		}
		if n > 0 {
			if p.dispatch(n) > 0 {
				if n == len(p.events) && rounds > 0 {
					rounds--
					timeout = 0
					continue
				}
				return
			}
		}
		if timeout == 0 {
			return
		}
		if timeout == -1 {
			continue
		}
		// EINTR or a spurious wake-up: wait for what remains of the timeout.
		timeout = realTimeout - int(l.now-base)
		if timeout <= 0 {
			return
		}
	}
}

// dispatch runs the callbacks for n ready events and returns how many ran.
func (p *poller) dispatch(n int) int {
	l := p.loop
	p.batch = p.events[:n]
	ran := 0
	for i := range p.batch {
		fd := int(p.batch[i].Fd)
		if fd == -1 {
			continue
		}
		if fd == p.wakefd {
			p.wakePending.Store(0)
			unix.Read(p.wakefd, p.readBuf[:])
			l.runAsyncs()
			ran++
			continue
		}
		var w *IOWatcher
		if fd < len(l.watchers) {
			w = l.watchers[fd]
		}
		if w == nil {
			// Stopped since it was registered: drop the kernel registration now.
			unix.EpollCtl(p.epfd, unix.EPOLL_CTL_DEL, fd, nil)
			continue
		}
		if ev := w.readyEvents(fromEpoll(p.batch[i].Events)); ev != 0 {
			ran++
			w.cb(ev)
		}
	}
	p.batch = nil
	return ran
}
