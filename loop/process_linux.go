//go:build linux && !gonode_portable

package loop

import "golang.org/x/sys/unix"

// processWatch on Linux polls a pidfd (readable once the child exits) and
// falls back to a wait goroutine on kernels without pidfd_open.
type processWatch struct {
	pidfd    int
	watcher  *IOWatcher
	fallback waitGoroutine
}

func (w *processWatch) start(h *Process) error {
	fd, err := unix.PidfdOpen(h.proc.Pid, unix.PIDFD_NONBLOCK)
	if err != nil {
		if err == unix.ESRCH {
			return ESRCH
		}
		w.pidfd = -1
		return w.fallback.start(h)
	}
	unix.CloseOnExec(fd)
	w.pidfd = fd
	w.watcher = newInternalIOWatcher(h.loop, fd, func(Events) {
		// The child has exited: Wait reaps it without blocking.
		state, err := h.proc.Wait()
		h.exited(state, err)
	})
	if err := w.watcher.Start(EventRead); err != nil {
		w.watcher.Close(nil)
		unix.Close(fd)
		w.pidfd = -1
		return w.fallback.start(h)
	}
	return nil
}

func (w *processWatch) stop() {
	if w.watcher != nil {
		w.watcher.Close(nil)
		w.watcher = nil
		unix.Close(w.pidfd)
		w.pidfd = -1
		return
	}
	w.fallback.stop()
}
