//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package streamwrap

import (
	"bytes"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gonode/gonode/loop"
)

func newLoop(t *testing.T) *loop.Loop {
	t.Helper()
	l, err := loop.New()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

// pipe returns a pipe's read and write fds. The test closes each one itself
// or hands it to a Stream, whose Close closes it.
func pipe(t *testing.T) (r, w int) {
	t.Helper()
	var p [2]int
	if err := unix.Pipe(p[:]); err != nil {
		t.Fatal(err)
	}
	return p[0], p[1]
}

func open(t *testing.T, l *loop.Loop, fd int) *Stream {
	t.Helper()
	s, err := Open(l, fd)
	if err != nil {
		t.Fatalf("Open(%d): %v", fd, err)
	}
	return s
}

func TestReadDataThenEOF(t *testing.T) {
	l := newLoop(t)
	r, w := pipe(t)
	unix.Write(w, []byte("hello "))
	unix.Write(w, []byte("world"))
	unix.Close(w)
	s := open(t, l, r)
	var got bytes.Buffer
	var statuses []loop.Errno
	if err := s.ReadStart(func(data []byte, status loop.Errno) {
		got.Write(data)
		statuses = append(statuses, status)
		if status != 0 {
			s.Close(nil)
		}
	}); err != nil {
		t.Fatal(err)
	}
	l.Run(loop.RunDefault)
	if got.String() != "hello world" {
		t.Errorf("read %q", got.String())
	}
	if last := statuses[len(statuses)-1]; last != loop.EOF {
		t.Errorf("last status %v, want EOF", last)
	}
	if s.BytesRead() != 11 {
		t.Errorf("BytesRead %d", s.BytesRead())
	}
	if s.IsReading() {
		t.Error("still reading after EOF")
	}
}

func TestReadStopInsideCallback(t *testing.T) {
	l := newLoop(t)
	r, w := pipe(t)
	defer unix.Close(w)
	unix.Write(w, []byte("abc"))
	s := open(t, l, r)
	calls := 0
	s.ReadStart(func(data []byte, status loop.Errno) {
		calls++
		s.ReadStop()
	})
	l.Run(loop.RunDefault) // must return: a stopped reader does not keep the loop alive
	if calls != 1 {
		t.Errorf("%d callbacks", calls)
	}
	s.Close(nil)
	l.Run(loop.RunDefault)
}

func TestUnrefReaderDoesNotKeepLoopAlive(t *testing.T) {
	l := newLoop(t)
	r, w := pipe(t)
	defer unix.Close(w)
	s := open(t, l, r)
	s.ReadStart(func([]byte, loop.Errno) { t.Error("unexpected read") })
	s.Unref()
	if l.Run(loop.RunDefault) {
		t.Error("loop still alive")
	}
	s.Close(nil)
	l.Run(loop.RunDefault)
}

func TestWriteImmediate(t *testing.T) {
	l := newLoop(t)
	r, w := pipe(t)
	defer unix.Close(r)
	s := open(t, l, w)
	async, err := s.Write([][]byte{[]byte("ab"), nil, []byte("cd")}, func(loop.Errno) { t.Error("callback for a sync write") })
	if async || err != 0 {
		t.Fatalf("async=%v err=%v", async, err)
	}
	buf := make([]byte, 10)
	n, _ := unix.Read(r, buf)
	if string(buf[:n]) != "abcd" || s.BytesWritten() != 4 {
		t.Errorf("read %q, BytesWritten %d", buf[:n], s.BytesWritten())
	}
	s.Close(nil)
	l.Run(loop.RunDefault)
}

// A write bigger than the pipe queues its rest on EAGAIN and completes once a
// reader on the same loop has drained the pipe; later writes wait their turn.
func TestWriteQueuesOnEAGAIN(t *testing.T) {
	l := newLoop(t)
	r, w := pipe(t)
	ws := open(t, l, w)
	rs := open(t, l, r)
	big := bytes.Repeat([]byte("0123456789abcdef"), 64*1024) // 1 MiB
	var order []string
	async, err := ws.Write([][]byte{big}, func(st loop.Errno) {
		order = append(order, "first:"+errText(st))
	})
	if !async || err != 0 {
		t.Fatalf("async=%v err=%v, want a queued write", async, err)
	}
	if ws.WriteQueueSize() == 0 || ws.WriteQueueSize() >= len(big) {
		t.Errorf("WriteQueueSize %d", ws.WriteQueueSize())
	}
	async2, _ := ws.Write([][]byte{[]byte("tail")}, func(st loop.Errno) {
		order = append(order, "second:"+errText(st))
		ws.Close(nil)
	})
	if !async2 {
		t.Error("a write behind a queued one must queue")
	}
	var got bytes.Buffer
	rs.ReadStart(func(data []byte, st loop.Errno) {
		got.Write(data)
		if st != 0 {
			rs.Close(nil)
		}
	})
	l.Run(loop.RunDefault)
	want := append(append([]byte{}, big...), "tail"...)
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("read %d bytes, want %d", got.Len(), len(want))
	}
	if len(order) != 2 || order[0] != "first:ok" || order[1] != "second:ok" {
		t.Errorf("callbacks %v", order)
	}
	if ws.BytesWritten() != uint64(len(want)) {
		t.Errorf("BytesWritten %d", ws.BytesWritten())
	}
}

func errText(st loop.Errno) string {
	if st == 0 {
		return "ok"
	}
	return st.Code()
}

func TestPendingWriteKeepsUnrefLoopAlive(t *testing.T) {
	l := newLoop(t)
	r, w := pipe(t)
	ws := open(t, l, w)
	ws.Unref()
	done := false
	ws.Write([][]byte{make([]byte, 1<<20)}, func(loop.Errno) { done = true; ws.Close(nil) })
	if !l.Alive() {
		t.Fatal("a queued write must keep the loop alive")
	}
	// Drain from a plain blocking reader between loop turns.
	buf := make([]byte, 1<<16)
	for !done {
		unix.Read(r, buf)
		l.Run(loop.RunNoWait)
	}
	unix.Close(r)
	l.Run(loop.RunDefault)
}

func TestCloseWhileWriting(t *testing.T) {
	l := newLoop(t)
	r, w := pipe(t)
	defer unix.Close(r)
	ws := open(t, l, w)
	var status loop.Errno = 1
	async, _ := ws.Write([][]byte{make([]byte, 1<<20)}, func(st loop.Errno) { status = st })
	if !async {
		t.Fatal("expected a queued write")
	}
	closed := false
	ws.Close(func() { closed = true })
	l.Run(loop.RunDefault)
	if status != loop.ECANCELED || !closed {
		t.Errorf("status %v closed %v", status, closed)
	}
	if _, err := unix.FcntlInt(uintptr(w), unix.F_GETFL, 0); err == nil {
		t.Error("fd still open after Close")
	}
	if async, err := ws.Write([][]byte{[]byte("x")}, nil); async || err != loop.EBADF {
		t.Errorf("write after close: %v %v", async, err)
	}
}

func TestWriteEPIPE(t *testing.T) {
	l := newLoop(t)
	r, w := pipe(t)
	unix.Close(r)
	ws := open(t, l, w)
	if _, err := ws.Write([][]byte{[]byte("x")}, nil); err != loop.EPIPE {
		t.Errorf("err %v, want EPIPE", err)
	}
	ws.Close(nil)
	l.Run(loop.RunDefault)
}

func TestShutdownPipeAndSocket(t *testing.T) {
	l := newLoop(t)
	r, w := pipe(t)
	defer unix.Close(r)
	ps := open(t, l, w)
	var pipeStatus loop.Errno = 1
	if err := ps.Shutdown(func(st loop.Errno) { pipeStatus = st; ps.Close(nil) }); err != nil {
		t.Fatal(err)
	}
	if pipeStatus != 1 {
		t.Error("Shutdown completed synchronously")
	}
	if err := ps.Shutdown(nil); err != loop.ENOTCONN {
		t.Errorf("second Shutdown: %v", err)
	}
	if _, err := ps.Write([][]byte{[]byte("x")}, nil); err != loop.EPIPE {
		t.Errorf("write after shutdown: %v", err)
	}

	sp, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	a, b := open(t, l, sp[0]), open(t, l, sp[1])
	var sockStatus loop.Errno = 1
	a.Write([][]byte{[]byte("bye")}, nil)
	a.Shutdown(func(st loop.Errno) { sockStatus = st })
	var got bytes.Buffer
	b.ReadStart(func(data []byte, st loop.Errno) {
		got.Write(data)
		if st == loop.EOF {
			a.Close(nil)
			b.Close(nil)
		}
	})
	l.Run(loop.RunDefault)
	if pipeStatus != loop.ENOTSOCK {
		t.Errorf("pipe shutdown status %v, want ENOTSOCK", pipeStatus)
	}
	if sockStatus != 0 || got.String() != "bye" {
		t.Errorf("socket shutdown %v, read %q", sockStatus, got.String())
	}
}

func TestFlushWritesQueueAndRestoresMode(t *testing.T) {
	l := newLoop(t)
	r, w := pipe(t)
	ws := open(t, l, w)
	if nb, _ := nonblocking(w); !nb {
		t.Fatal("Open did not make the fd non-blocking")
	}
	big := make([]byte, 1<<20)
	ws.Write([][]byte{big}, func(loop.Errno) { t.Error("Flush must drop callbacks") })
	n := make(chan int)
	go func() {
		total := 0
		buf := make([]byte, 1<<16)
		for {
			k, err := unix.Read(r, buf)
			if k <= 0 || err != nil {
				break
			}
			total += k
		}
		n <- total
	}()
	ws.Flush()
	if nb, _ := nonblocking(w); !nb {
		t.Error("Flush changed the fd's mode")
	}
	ws.Restore()
	if nb, _ := nonblocking(w); nb {
		t.Error("Restore did not restore blocking mode")
	}
	if l.Alive() {
		t.Error("loop alive after Flush")
	}
	ws.Close(nil)
	l.Run(loop.RunDefault)
	if got := <-n; got != len(big) {
		t.Errorf("reader got %d bytes", got)
	}
	unix.Close(r)
}

func TestGuessHandleType(t *testing.T) {
	r, w := pipe(t)
	defer unix.Close(r)
	defer unix.Close(w)
	null, err := unix.Open("/dev/null", unix.O_RDONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Close(null)
	sp, _ := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
	defer unix.Close(sp[0])
	defer unix.Close(sp[1])
	tcp, _ := unix.Socket(unix.AF_INET, unix.SOCK_STREAM, 0)
	defer unix.Close(tcp)
	udp, _ := unix.Socket(unix.AF_INET, unix.SOCK_DGRAM, 0)
	defer unix.Close(udp)
	for _, c := range []struct {
		fd   int
		want string
	}{{r, "PIPE"}, {null, "FILE"}, {sp[0], "PIPE"}, {tcp, "TCP"}, {udp, "UDP"}, {-1, "INVALID"}, {1 << 20, "UNKNOWN"}} {
		if got := GuessHandleType(c.fd); got != c.want {
			t.Errorf("GuessHandleType(%d) = %s, want %s", c.fd, got, c.want)
		}
	}
}

// More buffers than one writev takes (IOV_MAX) are written in several calls.
func TestWritevManyBuffers(t *testing.T) {
	l := newLoop(t)
	r, w := pipe(t)
	ws := open(t, l, w)
	rs := open(t, l, r)
	bufs := make([][]byte, 5000)
	var want bytes.Buffer
	for i := range bufs {
		bufs[i] = []byte{byte('a' + i%26), byte('0' + i%10)}
		want.Write(bufs[i])
	}
	var status loop.Errno = 1
	async, err := ws.Write(bufs, func(st loop.Errno) { status = st })
	if err != 0 {
		t.Fatalf("Write: %v", err)
	}
	if !async {
		status = 0
	}
	var got bytes.Buffer
	rs.ReadStart(func(data []byte, st loop.Errno) {
		got.Write(data)
		if got.Len() == want.Len() {
			rs.Close(nil)
			ws.Close(nil)
		}
	})
	l.Run(loop.RunDefault)
	if status != 0 || !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("status %v, read %d bytes of %d", status, got.Len(), want.Len())
	}
}

// TryWrite never jumps the queue, and the byte counter counts a queued write once done.
func TestTryWriteBehindQueue(t *testing.T) {
	l := newLoop(t)
	r, w := pipe(t)
	ws := open(t, l, w)
	rs := open(t, l, r)
	big := make([]byte, 1<<20)
	rest, err := ws.TryWrite([][]byte{big})
	if err != 0 || rest == nil {
		t.Fatalf("TryWrite of 1 MiB: rest %v, err %v", rest != nil, err)
	}
	written := ws.BytesWritten()
	if written == 0 || written >= uint64(len(big)) {
		t.Fatalf("BytesWritten %d after a partial write", written)
	}
	done := false
	if err := ws.QueueWrite(rest, len(big), func(loop.Errno) { done = true }); err != 0 {
		t.Fatal(err)
	}
	if ws.BytesWritten() != 0 {
		t.Errorf("BytesWritten %d while the write is queued", ws.BytesWritten())
	}
	small := [][]byte{[]byte("x")}
	if rest, err := ws.TryWrite(small); err != 0 || len(rest) != 1 {
		t.Errorf("TryWrite behind a queued write: rest %d buffers, err %v", len(rest), err)
	}
	n := 0
	rs.ReadStart(func(data []byte, st loop.Errno) {
		n += len(data)
		if n == len(big) {
			rs.Close(nil)
		}
	})
	l.Run(loop.RunDefault)
	if !done || ws.BytesWritten() != uint64(len(big)) {
		t.Errorf("done %v, BytesWritten %d", done, ws.BytesWritten())
	}
	ws.Close(nil)
	l.Run(loop.RunDefault)
}

// At exit a reader that takes nothing cannot hold the process: Flush gives up after
// exitStallMs without progress.
func TestFlushGivesUpOnAStalledReader(t *testing.T) {
	l := newLoop(t)
	r, w := pipe(t)
	defer unix.Close(r)
	ws := open(t, l, w)
	ws.Write([][]byte{make([]byte, 1<<20)}, func(loop.Errno) {})
	start := time.Now()
	ws.Flush()
	if d := time.Since(start); d < exitStallMs*time.Millisecond/2 || d > 10*time.Second {
		t.Errorf("Flush took %v", d)
	}
	if l.Alive() {
		t.Error("loop alive after Flush")
	}
	ws.Close(nil)
	l.Run(loop.RunDefault)
}
