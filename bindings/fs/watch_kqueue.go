//go:build darwin || freebsd

package fs

import (
	"path"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/loop"
	"golang.org/x/sys/unix"
)

// vnodeEvents is what libuv's kqueue backend asks for on the watched path.
const vnodeEvents = unix.NOTE_ATTRIB | unix.NOTE_WRITE | unix.NOTE_RENAME | unix.NOTE_DELETE |
	unix.NOTE_EXTEND | unix.NOTE_REVOKE

// kqWatcher is one fs.watch on kqueue: the watched path's descriptor
// registered for vnode events in a kqueue of its own, whose descriptor the
// loop's poller watches for readability. As libuv's kqueue backend (without
// FSEvents), events carry the basename of the watched path, and recursive
// watching is not available.
type kqWatcher struct {
	s        *state
	fd, kq   int
	io       *loop.IOWatcher
	onchange goja.Value
	base     string
	closed   bool
	events   [16]unix.Kevent_t
}

func (s *state) registerWatch(b *goja.Object) {
	vm := s.vm
	watchers := map[int]*kqWatcher{}
	nextID := 0
	b.Set("watchSupported", true)
	// watchStart(path, recursive, persistent, onchange(eventType, filename)) → id > 0, or a
	// negative errno (JavaScript builds the error, as Node's FSWatcher does)
	b.Set("watchStart", func(c goja.FunctionCall) goja.Value {
		p, disp := s.pathArg(c.Argument(0))
		w := &kqWatcher{s: s, onchange: c.Argument(3), base: path.Base(disp)}
		if err := w.open(p); err != nil {
			return vm.ToValue(int(loop.ErrnoOf(err)))
		}
		if !c.Argument(2).ToBoolean() {
			w.io.Unref()
		}
		nextID++
		watchers[nextID] = w
		return vm.ToValue(nextID)
	})
	b.Set("watchClose", func(c goja.FunctionCall) goja.Value {
		id := intArg(c.Argument(0))
		if w := watchers[id]; w != nil {
			delete(watchers, id)
			w.close()
		}
		return goja.Undefined()
	})
	b.Set("watchRef", func(c goja.FunctionCall) goja.Value {
		if w := watchers[intArg(c.Argument(0))]; w != nil && !w.closed {
			if c.Argument(1).ToBoolean() {
				w.io.Ref()
			} else {
				w.io.Unref()
			}
		}
		return goja.Undefined()
	})
}

// open sets the watcher up; on failure nothing stays open.
func (w *kqWatcher) open(p string) error {
	fd, err := openForEvents(p)
	if err != nil {
		return err
	}
	kq, err := unix.Kqueue()
	if err != nil {
		unix.Close(fd)
		return err
	}
	unix.CloseOnExec(kq)
	var change [1]unix.Kevent_t
	unix.SetKevent(&change[0], fd, unix.EVFILT_VNODE, unix.EV_ADD|unix.EV_CLEAR)
	change[0].Fflags = vnodeEvents
	if _, err := unix.Kevent(kq, change[:], nil, nil); err != nil {
		unix.Close(kq)
		unix.Close(fd)
		return err
	}
	io, err := loop.NewIOWatcher(w.s.loop, kq, w.onReadable)
	if err == nil {
		err = io.Start(loop.EventRead)
	}
	if err != nil {
		unix.Close(kq)
		unix.Close(fd)
		return err
	}
	w.fd, w.kq, w.io = fd, kq, io
	return nil
}

func (w *kqWatcher) close() {
	if w.closed {
		return
	}
	w.closed = true
	fd, kq := w.fd, w.kq
	// The descriptors are closed once the loop has forgotten the kqueue.
	w.io.Close(func() {
		unix.Close(kq)
		unix.Close(fd)
	})
}

// onReadable collects the pending vnode events without blocking and reports each.
func (w *kqWatcher) onReadable(loop.Events) {
	zero := unix.Timespec{}
	for !w.closed {
		n, err := unix.Kevent(w.kq, nil, w.events[:], &zero)
		if err == unix.EINTR {
			continue
		}
		if err != nil || n <= 0 {
			return
		}
		for i := 0; i < n && !w.closed; i++ {
			kind := "rename"
			if w.events[i].Fflags&(unix.NOTE_ATTRIB|unix.NOTE_WRITE|unix.NOTE_EXTEND) != 0 {
				kind = "change"
			}
			vm := w.s.vm
			w.s.env.MakeCallback(w.onchange, goja.Undefined(), vm.ToValue(kind), vm.ToValue(w.base))
		}
		if n < len(w.events) {
			return
		}
	}
}
