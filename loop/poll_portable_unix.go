//go:build (unix && gonode_portable) || netbsd || openbsd || dragonfly || solaris || aix

package loop

import (
	"fmt"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// fdPollResult is one answer of the helper goroutine: the set it was handed, with
// Revents filled in, or the error poll(2) failed with.
type fdPollResult struct {
	set []unix.PollFd
	err error
}

// fdPoller is the fd-readiness part of the portable poller on unix systems.
//
// The loop first polls the watched fds inline with a zero timeout. Only when
// nothing is ready and the loop has to block does it hand the interest set to
// one helper goroutine, owned by the poller: started lazily with the first
// watched fd and stopped (and waited for) by close. The helper blocks in
// poll(2) on the set plus the read end of a self-pipe, sends the set back
// with its revents through res and then waits for the loop to send the next
// set; so level-triggered readiness is never reported again before the loop
// has handled it. The set is exchanged by ownership through the channels:
// while busy, the helper owns hset and the loop edits only want. When the
// interest changes while the helper polls, the loop writes to the self-pipe,
// takes the answer back and discards it (it answers for the old set; the
// inline poll that follows sees the same level-triggered readiness).
type fdPoller struct {
	loop    *Loop
	want    []unix.PollFd // interest set, loop-owned; want[0] is the self-pipe's read end
	pos     []int32       // fd → index in want; 0 when the fd is not watched
	hset    []unix.PollFd // copy of want polled inline or handed to the helper
	stale   bool          // want changed since hset was copied
	batch   []unix.PollFd // entries being dispatched, for invalidate
	busy    bool          // the helper owns hset and is polling it
	started bool
	rfd     int // self-pipe
	wfd     int
	req     chan []unix.PollFd
	res     chan fdPollResult
	intr    [1]byte
}

func (s *fdPoller) init(l *Loop) error {
	s.loop = l
	s.want = make([]unix.PollFd, 1, 64)
	s.want[0] = unix.PollFd{Fd: -1}
	s.rfd, s.wfd = -1, -1
	return nil
}

func (s *fdPoller) supported() error { return nil }

// start creates the self-pipe and the helper goroutine.
func (s *fdPoller) start() error {
	var p [2]int
	// Hold ForkLock so that no child forked meanwhile inherits the pipe
	// before it is close-on-exec (not every system has pipe2).
	syscall.ForkLock.RLock()
	err := unix.Pipe(p[:])
	if err == nil {
		unix.CloseOnExec(p[0])
		unix.CloseOnExec(p[1])
	}
	syscall.ForkLock.RUnlock()
	if err != nil {
		return err
	}
	if err = unix.SetNonblock(p[0], true); err == nil {
		err = unix.SetNonblock(p[1], true)
	}
	if err != nil {
		unix.Close(p[0])
		unix.Close(p[1])
		return err
	}
	s.rfd, s.wfd = p[0], p[1]
	s.want[0] = pollFd(s.rfd, EventRead)
	s.stale = true
	s.req = make(chan []unix.PollFd, 1)
	s.res = make(chan fdPollResult, 1)
	s.started = true
	go fdPollHelper(s.rfd, s.req, s.res)
	return nil
}

// fdPollHelper is the helper goroutine: one poll(2) per set received, until req is closed.
func fdPollHelper(rfd int, req <-chan []unix.PollFd, res chan<- fdPollResult) {
	defer close(res)
	var drain [64]byte
	for set := range req {
		var err error
		for {
			_, err = unix.Poll(set, -1)
			if err == unix.EINTR {
				continue
			}
			if err == unix.EAGAIN || err == unix.ENOMEM {
				time.Sleep(time.Millisecond) // transient shortage of kernel memory
				continue
			}
			break
		}
		if err == nil && set[0].Revents != 0 {
			for {
				n, e := unix.Read(rfd, drain[:])
				if n <= 0 && e != unix.EINTR {
					break
				}
			}
		}
		res <- fdPollResult{set: set, err: err}
	}
}

func (s *fdPoller) close() error {
	if !s.started {
		return nil
	}
	if s.busy {
		s.interrupt()
		<-s.res
		s.busy = false
	}
	close(s.req)
	for range s.res {
		// wait for the helper to exit: it closes res
	}
	s.started = false
	err1 := unix.Close(s.rfd)
	err2 := unix.Close(s.wfd)
	s.rfd, s.wfd = -1, -1
	s.want = s.want[:1]
	s.want[0] = unix.PollFd{Fd: -1}
	if err1 != nil {
		return fmt.Errorf("loop: close pipe: %w", err1)
	}
	if err2 != nil {
		return fmt.Errorf("loop: close pipe: %w", err2)
	}
	return nil
}

// interrupt makes the helper's poll(2) return. A full pipe (EAGAIN) already
// holds an interruption.
func (s *fdPoller) interrupt() {
	for {
		_, err := unix.Write(s.wfd, s.intr[:])
		if err != unix.EINTR {
			return
		}
	}
}

// pollFd builds the poll(2) entry for fd and interest ev. The field types
// differ between systems (int16, uint16 on AIX); untyped constants fit both.
func pollFd(fd int, ev Events) unix.PollFd {
	pf := unix.PollFd{Fd: int32(fd)}
	if ev&EventRead != 0 {
		pf.Events |= unix.POLLIN
	}
	if ev&EventWrite != 0 {
		pf.Events |= unix.POLLOUT
	}
	return pf
}

// pollReady maps the revents of pf to Events.
func pollReady(pf *unix.PollFd) Events {
	var ev Events
	if pf.Revents&unix.POLLIN != 0 {
		ev |= EventRead
	}
	if pf.Revents&unix.POLLOUT != 0 {
		ev |= EventWrite
	}
	if pf.Revents&unix.POLLERR != 0 {
		ev |= EventError
	}
	if pf.Revents&unix.POLLHUP != 0 {
		ev |= EventHangup
	}
	return ev
}

// apply brings the interest set in line with a watcher's changed interest.
func (s *fdPoller) apply(w *IOWatcher) {
	l := s.loop
	if w.pevents == 0 {
		// Only when no other watcher took the fd over (its apply sets the interest).
		if w.events != 0 && (w.fd >= len(l.watchers) || l.watchers[w.fd] == nil) {
			s.remove(w.fd)
		}
		w.events = 0
		return
	}
	if !s.started {
		if err := s.start(); err != nil {
			w.fail(ErrnoOf(err))
			return
		}
	}
	s.set(pollFd(w.fd, w.pevents))
	w.events = w.pevents
}

// set adds or updates the interest set's entry for pf.Fd.
func (s *fdPoller) set(pf unix.PollFd) {
	fd := int(pf.Fd)
	for fd >= len(s.pos) {
		s.pos = append(s.pos, 0)
	}
	if i := s.pos[fd]; i != 0 {
		if s.want[i].Events != pf.Events {
			s.want[i].Events = pf.Events
			s.stale = true
		}
		return
	}
	s.pos[fd] = int32(len(s.want))
	s.want = append(s.want, pf)
	s.stale = true
}

func (s *fdPoller) remove(fd int) {
	if fd >= len(s.pos) || s.pos[fd] == 0 {
		return
	}
	i := s.pos[fd]
	last := int32(len(s.want) - 1)
	if i != last {
		s.want[i] = s.want[last]
		s.pos[s.want[i].Fd] = i
	}
	s.want = s.want[:last]
	s.pos[fd] = 0
	s.stale = true
}

// invalidate removes fd from the interest set and from the batch being dispatched.
func (s *fdPoller) invalidate(fd int) {
	s.remove(fd)
	for i := range s.batch {
		if int(s.batch[i].Fd) == fd {
			s.batch[i].Fd = -1
		}
	}
}

// build refreshes hset from want; only while the helper does not own hset.
func (s *fdPoller) build() {
	if s.stale || len(s.hset) != len(s.want) {
		s.hset = append(s.hset[:0], s.want...)
		s.stale = false
	}
}

// pollNow polls the interest set without blocking, on the loop goroutine, and
// dispatches what is ready. While the helper polls the current set it does
// nothing: the helper's answer comes through done.
func (s *fdPoller) pollNow() int {
	if s.busy {
		if !s.stale {
			return 0
		}
		s.interrupt()
		r := <-s.res
		s.busy = false
		checkPoll(r.err)
	}
	if len(s.want) <= 1 {
		return 0
	}
	s.build()
	set := s.hset[1:]
	n, err := unix.Poll(set, 0)
	if err == unix.EINTR || err == unix.EAGAIN || err == unix.ENOMEM {
		return 0 // transient; the blocking wait retries
	}
	checkPoll(err)
	if n <= 0 {
		return 0
	}
	return s.dispatch(set)
}

// arm hands the interest set to the helper unless it already polls it.
func (s *fdPoller) arm() {
	if s.busy || len(s.want) <= 1 {
		return
	}
	s.build()
	s.busy = true
	s.req <- s.hset
}

// done is the completion channel while the helper polls, else nil (never ready).
func (s *fdPoller) done() <-chan fdPollResult {
	if s.busy {
		return s.res
	}
	return nil
}

// finish takes back the set from the helper and dispatches its readiness.
func (s *fdPoller) finish(r fdPollResult) int {
	s.busy = false
	checkPoll(r.err)
	return s.dispatch(r.set[1:])
}

func checkPoll(err error) {
	if err != nil {
		panic(fmt.Sprintf("loop: poll: %v", err))
	}
}

// dispatch runs the callbacks of the ready entries of set and returns how many ran.
func (s *fdPoller) dispatch(set []unix.PollFd) int {
	l := s.loop
	s.batch = set
	ran := 0
	for i := range set {
		pf := &set[i]
		if pf.Revents == 0 || pf.Fd < 0 {
			continue
		}
		fd := int(pf.Fd)
		var w *IOWatcher
		if fd < len(l.watchers) {
			w = l.watchers[fd]
		}
		if w == nil {
			continue // stopped by an earlier callback; the set is updated before the next wait
		}
		if pf.Revents&unix.POLLNVAL != 0 {
			// Not an open fd: report it as a registration error, once.
			s.remove(fd)
			w.fail(ErrnoOf(unix.EBADF))
			ran++
			continue
		}
		if e := w.readyEvents(pollReady(pf)); e != 0 {
			ran++
			w.cb(e)
		}
	}
	s.batch = nil
	return ran
}
