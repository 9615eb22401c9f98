// Package streamwrap is gonode's stream-handle layer, libuv's uv_stream_t in
// Go: a Stream reads and writes a non-blocking file descriptor through the
// loop's poller, and the bindings built on it (internalBinding('stream_wrap'),
// 'pipe_wrap' and 'tty_wrap') give JavaScript Node's handle objects. Pipes and
// terminals use it today; TCP and unix-domain sockets will share it.
//
// Everything here runs on the loop thread; the writes that wait (terminals, the flush
// at exit) block it, as Node's synchronous stdio writes do.
package streamwrap

import (
	"github.com/gonode/gonode/loop"
)

// readSize is how much one read asks for (libuv's 64 KiB suggestion).
const readSize = 64 * 1024

// maxReadsPerEvent bounds the reads done for one readiness event, so one busy
// stream cannot starve the rest of the loop (libuv reads up to 32 times).
const maxReadsPerEvent = 32

// WriteCallback receives a queued write's or a shutdown's status: 0, or a
// negative errno (ECANCELED when the stream was closed first).
type WriteCallback func(status loop.Errno)

// writeReq is a write that could not complete at once.
type writeReq struct {
	bufs [][]byte // what is left to write
	size int      // the request's total size, for the byte counters
	cb   WriteCallback
}

// Stream is a readable and/or writable byte stream over a file descriptor,
// registered with a loop's poller. Methods must be called on the loop thread.
type Stream struct {
	l       *loop.Loop
	fd      int
	w       *loop.IOWatcher
	onRead  func(data []byte, status loop.Errno)
	scratch []byte

	reading   bool
	blocking  bool // writes wait for the fd instead of queueing
	closed    bool
	shutting  bool
	shutCb    WriteCallback
	queue     []*writeReq // pending writes, oldest first
	queued    int         // bytes still to write in queue
	restoreNB bool        // O_NONBLOCK was off when the stream opened the fd
	failErr   loop.Errno  // the poller refused the fd: queued writes fail with this
	// stallLimit bounds (in ms) how long a blocking write waits for a reader that takes
	// nothing: -1 (no limit) normally, exitStallMs once Flush has run.
	stallLimit int
	stalled    bool // a write at exit gave up on the reader

	bytesRead    uint64
	bytesWritten uint64
}

// Open makes a Stream over fd: the fd becomes non-blocking (its previous mode
// is restored by Close, or by Restore for the standard fds, which Close never closes).
func Open(l *loop.Loop, fd int) (*Stream, error) {
	if !supported {
		return nil, loop.ENOTSUP
	}
	if fd < 0 {
		return nil, loop.EBADF
	}
	nb, err := nonblocking(fd)
	if err != nil {
		return nil, loop.ErrnoOf(err)
	}
	if !nb {
		if err := setNonblock(fd, true); err != nil {
			return nil, loop.ErrnoOf(err)
		}
	}
	s := &Stream{l: l, fd: fd, restoreNB: !nb, stallLimit: -1}
	w, err := loop.NewIOWatcher(l, fd, s.onEvents)
	if err != nil {
		if !nb {
			setNonblock(fd, false)
		}
		return nil, err
	}
	s.w = w
	return s, nil
}

// Fd returns the stream's file descriptor (-1 once closed).
func (s *Stream) Fd() int {
	if s.closed {
		return -1
	}
	return s.fd
}

// BytesRead is the number of bytes read so far.
func (s *Stream) BytesRead() uint64 { return s.bytesRead }

// BytesWritten is the number of bytes written so far.
func (s *Stream) BytesWritten() uint64 { return s.bytesWritten }

// WriteQueueSize is the number of bytes waiting for the fd to become writable.
func (s *Stream) WriteQueueSize() int { return s.queued }

// Ref makes the stream keep the loop alive while it is reading.
func (s *Stream) Ref() { s.w.Ref() }

// Unref lets the loop end while the stream is reading (pending writes still
// keep it alive, as libuv's write requests do).
func (s *Stream) Unref() { s.w.Unref() }

// HasRef reports whether the stream is ref'd.
func (s *Stream) HasRef() bool { return s.w.HasRef() }

// IsClosed reports whether Close was called.
func (s *Stream) IsClosed() bool { return s.closed }

// SetBlocking makes writes wait for the fd instead of queueing (as Node does
// for terminals), without changing the fd's own mode, which other processes
// may share.
func (s *Stream) SetBlocking(on bool) { s.blocking = on }

// ReadStart delivers data as it arrives: onRead gets each chunk (a fresh
// slice the callee may keep) with status 0, then nil with loop.EOF at end of
// stream or with the read's errno; reading stops after either.
func (s *Stream) ReadStart(onRead func(data []byte, status loop.Errno)) error {
	if s.closed {
		return loop.EINVAL
	}
	s.onRead = onRead
	if err := s.w.Start(loop.EventRead); err != nil {
		return loop.ErrnoOf(err)
	}
	s.reading = true
	return nil
}

// ReadStop stops reading; data stays in the kernel until ReadStart.
func (s *Stream) ReadStop() {
	s.reading = false
	if !s.closed {
		s.w.Stop(loop.EventRead)
	}
}

// IsReading reports whether ReadStart is in effect.
func (s *Stream) IsReading() bool { return s.reading }

// Write writes bufs in order. It first writes directly; only what the fd
// cannot take now is queued (and then cb runs when it has been written). So
// async reports whether cb will be called: when false, all of bufs has been
// written. err is the errno of a write that failed at once.
func (s *Stream) Write(bufs [][]byte, cb WriteCallback) (async bool, err loop.Errno) {
	size := 0
	for _, b := range bufs {
		size += len(b)
	}
	rest, err := s.TryWrite(bufs)
	if err != 0 || rest == nil {
		return false, err
	}
	return true, s.QueueWrite(rest, size, cb)
}

// TryWrite writes what the fd takes now, as uv_try_write, unless writes are already
// queued (which must go first). rest is what is left, nil when everything was written.
func (s *Stream) TryWrite(bufs [][]byte) (rest [][]byte, err loop.Errno) {
	if s.closed {
		return nil, loop.EBADF
	}
	if s.shutting {
		return nil, loop.EPIPE
	}
	if len(s.queue) > 0 {
		return bufs, 0
	}
	size := bufsLen(bufs)
	rest, err = s.writeSome(bufs)
	if err != 0 {
		return nil, err
	}
	s.bytesWritten += uint64(size - bufsLen(rest))
	return rest, 0
}

// QueueWrite queues rest (what TryWrite left of a write of size bytes) to be written when
// the fd can take it; cb runs then. The counters count the whole write at completion.
func (s *Stream) QueueWrite(rest [][]byte, size int, cb WriteCallback) loop.Errno {
	if s.closed {
		return loop.EBADF
	}
	left := bufsLen(rest)
	s.bytesWritten -= uint64(size - left) // counted again in full when the request completes
	s.queue = append(s.queue, &writeReq{bufs: rest, size: size, cb: cb})
	s.queued += left
	s.l.ReqStart()
	if err := s.w.Start(loop.EventWrite); err != nil {
		// The poller refuses the fd: nothing will ever drain the queue.
		return s.failQueue(loop.ErrnoOf(err))
	}
	return 0
}

// failQueue makes every queued write complete with status in the next pending
// phase (Write's caller must see the request before its callback); it returns 0.
func (s *Stream) failQueue(status loop.Errno) loop.Errno {
	s.failErr = status
	s.w.Feed()
	return 0
}

// writeSome writes as much of bufs as the fd takes now; rest is what is left
// (nil when everything was written). In blocking mode it waits instead.
func (s *Stream) writeSome(bufs [][]byte) (rest [][]byte, err loop.Errno) {
	for len(bufs) > 0 {
		n, e := sysWritev(s.fd, bufs)
		bufs = advance(bufs, n)
		if e != nil {
			if !isEAGAIN(e) {
				return bufs, loop.ErrnoOf(e)
			}
			if !s.blocking {
				return bufs, 0
			}
			if s.stalled {
				return bufs, loop.EAGAIN
			}
			if e := waitWritable(s.fd, s.stallLimit); e != nil {
				if isEAGAIN(e) {
					s.stalled = true // the reader took nothing: later writes give up at once
				}
				return bufs, loop.ErrnoOf(e)
			}
		}
	}
	return nil, 0
}

// advance drops the first n bytes of bufs (and the empty buffers they leave).
func advance(bufs [][]byte, n int) [][]byte {
	for len(bufs) > 0 && n >= len(bufs[0]) {
		n -= len(bufs[0])
		bufs = bufs[1:]
	}
	if n > 0 {
		bufs[0] = bufs[0][n:]
	}
	for len(bufs) > 0 && len(bufs[0]) == 0 {
		bufs = bufs[1:]
	}
	return bufs
}

// onEvents is the watcher's callback.
func (s *Stream) onEvents(ev loop.Events) {
	if s.failErr != 0 && !s.closed {
		s.failAll(s.failErr)
		return
	}
	if ev&loop.EventWrite != 0 && !s.closed {
		s.drainQueue()
	}
	if ev&loop.EventRead != 0 && s.reading && !s.closed {
		s.readSome()
	}
}

// drainQueue writes queued requests while the fd takes them, completing each
// as it finishes; with the queue empty it stops watching for writability and
// carries out a pending shutdown.
func (s *Stream) drainQueue() {
	for len(s.queue) > 0 && !s.closed {
		r := s.queue[0]
		before := bufsLen(r.bufs)
		rest, e := s.writeSome(r.bufs)
		s.queued -= before - bufsLen(rest)
		r.bufs = rest
		if e == 0 && rest != nil {
			return // EAGAIN: wait for the next writable event
		}
		s.queue[0] = nil
		s.queue = s.queue[1:]
		s.queued -= bufsLen(rest)
		s.l.ReqDone()
		if e == 0 {
			s.bytesWritten += uint64(r.size)
		}
		r.cb(e)
	}
	if s.closed {
		return
	}
	s.queue = nil
	s.w.Stop(loop.EventWrite)
	if s.shutting && s.shutCb != nil {
		s.finishShutdown()
	}
}

// failAll completes the queued writes with status.
func (s *Stream) failAll(status loop.Errno) {
	for len(s.queue) > 0 && !s.closed {
		r := s.queue[0]
		s.queue = s.queue[1:]
		s.queued -= bufsLen(r.bufs)
		s.l.ReqDone()
		r.cb(status)
	}
}

func bufsLen(bufs [][]byte) int {
	n := 0
	for _, b := range bufs {
		n += len(b)
	}
	return n
}

// readSome reads what the fd has, a chunk per callback.
func (s *Stream) readSome() {
	if s.scratch == nil {
		s.scratch = make([]byte, readSize)
	}
	for i := 0; i < maxReadsPerEvent && s.reading && !s.closed; i++ {
		n, err := sysRead(s.fd, s.scratch)
		switch {
		case n > 0:
			data := make([]byte, n)
			copy(data, s.scratch[:n])
			s.bytesRead += uint64(n)
			s.onRead(data, 0)
			if n < len(s.scratch) {
				return // a short read: the fd is (probably) drained
			}
		case err == nil:
			s.ReadStop()
			s.onRead(nil, loop.EOF)
			return
		case isEAGAIN(err):
			return
		default:
			s.ReadStop()
			s.onRead(nil, loop.ErrnoOf(err))
			return
		}
	}
}

// Shutdown closes the write side once the queued writes are done: cb gets
// the shutdown's status (a pipe, which cannot half-close, reports ENOTSOCK).
// It always completes asynchronously.
func (s *Stream) Shutdown(cb WriteCallback) error {
	if s.closed || s.shutting {
		return loop.ENOTCONN
	}
	s.shutting = true
	s.shutCb = cb
	s.l.ReqStart()
	if len(s.queue) == 0 {
		s.w.Feed() // completes in the pending phase, as libuv's uv__io_feed
	}
	return nil
}

func (s *Stream) finishShutdown() {
	cb := s.shutCb
	s.shutCb = nil
	s.l.ReqDone()
	var status loop.Errno
	if err := shutdownWrite(s.fd); err != nil {
		status = loop.ErrnoOf(err)
	}
	cb(status)
}

// Close stops the stream: queued writes and a pending shutdown complete with
// ECANCELED, then the fd is closed (except 0, 1 and 2, which are only put back
// in their original mode) and cb runs in the loop's close phase.
func (s *Stream) Close(cb func()) {
	if s.closed {
		return
	}
	s.closed = true
	s.reading = false
	q := s.queue
	s.queue, s.queued = nil, 0
	shutCb := s.shutCb
	s.shutCb = nil
	s.w.Close(func() {
		for _, r := range q {
			s.l.ReqDone()
			r.cb(loop.ECANCELED)
		}
		if shutCb != nil {
			s.l.ReqDone()
			shutCb(loop.ECANCELED)
		}
		s.release()
		if cb != nil {
			cb()
		}
	})
}

// release gives the fd back: closed, or restored to blocking for stdio.
func (s *Stream) release() {
	if s.fd < 0 {
		return
	}
	if s.fd <= 2 {
		if s.restoreNB {
			setNonblock(s.fd, false)
		}
	} else {
		closeFd(s.fd)
	}
	s.fd = -1
}

// exitStallMs is how long the writes at exit wait for a reader that takes nothing at all
// before giving the rest up: a reader that reads gets everything, and a parent that only
// reads once the process has ended cannot deadlock it.
const exitStallMs = 1000

// Flush writes everything queued, waiting for the fd while its reader takes data; the
// queued writes' callbacks are dropped. The host calls it when the process exits, so
// output written asynchronously to a pipe is not lost. The stream stays usable, with
// writes that wait the same way. Restore then puts the fd back in its original mode.
func (s *Stream) Flush() {
	if s.closed || s.fd < 0 {
		return
	}
	s.blocking = true
	s.stallLimit = exitStallMs
	for _, r := range s.queue {
		if r.bufs != nil {
			if _, e := s.writeSome(r.bufs); e != 0 {
				break
			}
		}
	}
	for range s.queue {
		s.l.ReqDone()
	}
	s.queue, s.queued = nil, 0
	s.w.Stop(loop.EventWrite)
}

// Restore puts the fd back in the blocking mode it had before Open, once nothing more
// will be written (at exit: a blocking fd would make a later write wait without limit).
func (s *Stream) Restore() {
	if s.closed || s.fd < 0 || !s.restoreNB {
		return
	}
	setNonblock(s.fd, false)
	s.restoreNB = false
}
