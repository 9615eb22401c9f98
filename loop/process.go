package loop

import "os"

// Process watches a child process started with os.StartProcess and calls its
// callback on the loop thread once the child has exited and been reaped. It
// never calls waitpid(-1): on Linux ≥ 5.3 the exit is noticed through a pidfd
// in the poller; elsewhere a goroutine owned by the handle waits for that one child.
// The handle is active, and keeps the loop alive while ref'd, until the exit is delivered.
type Process struct {
	handle
	proc  *os.Process
	cb    func(*os.ProcessState, error)
	state *os.ProcessState
	err   error
	watch processWatch // OS-specific exit notification
}

// WatchProcess starts watching p; cb receives what p.Wait returned.
func WatchProcess(l *Loop, p *os.Process, cb func(*os.ProcessState, error)) (*Process, error) {
	if p == nil || cb == nil {
		return nil, EINVAL
	}
	h := &Process{proc: p, cb: cb}
	h.handle.init(l, h)
	if err := h.watch.start(h); err != nil {
		h.flags |= flagClosed
		l.handleCount--
		h.all.unlink()
		return nil, err
	}
	h.start()
	return h, nil
}

// Pid returns the child's process id.
func (h *Process) Pid() int { return h.proc.Pid }

// Kill sends sig to the child; ESRCH once it has exited.
func (h *Process) Kill(sig os.Signal) error {
	if h.state != nil {
		return ESRCH
	}
	if err := h.proc.Signal(sig); err != nil {
		if err == os.ErrProcessDone {
			return ESRCH
		}
		return ErrnoOf(err)
	}
	return nil
}

// exited runs on the loop thread after the child was reaped.
func (h *Process) exited(state *os.ProcessState, err error) {
	h.state, h.err = state, err
	h.watch.stop()
	if !h.IsActive() {
		return
	}
	h.stop()
	h.cb(state, err)
}

func (h *Process) closeHandle() {
	h.watch.stop()
	h.stop()
}

// waitGoroutine is the portable exit watcher: one goroutine per child, owned
// by the handle, that blocks in Wait and hands the result to the loop. It ends
// when the child exits, even if the handle was closed first.
type waitGoroutine struct {
	async *Async
	state *os.ProcessState
	err   error
}

func (w *waitGoroutine) start(h *Process) error {
	w.async = h.loop.newInternalAsync(func() {
		h.exited(w.state, w.err)
	})
	go func() {
		state, err := h.proc.Wait()
		w.state, w.err = state, err // published to the loop by Send's atomics
		w.async.Send()
	}()
	return nil
}

func (w *waitGoroutine) stop() {
	if w.async != nil && !w.async.IsClosing() {
		w.async.Close(nil)
	}
}
