package fs

import (
	"path"
	"strings"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/loop"
	"golang.org/x/sys/unix"
)

// watchMask is what libuv asks inotify for: attribute and content changes
// ("change") and entries created, deleted or moved ("rename").
const watchMask = unix.IN_ATTRIB | unix.IN_CREATE | unix.IN_MODIFY | unix.IN_DELETE |
	unix.IN_DELETE_SELF | unix.IN_MOVE_SELF | unix.IN_MOVED_FROM | unix.IN_MOVED_TO

// watcher is one fs.watch: its own inotify descriptor, read through the
// loop's poller. A recursive watcher adds a watch for every subdirectory and
// reports names relative to the watched directory.
type watcher struct {
	s         *state
	fd        int
	io        *loop.IOWatcher
	onchange  goja.Value
	base      string           // basename of the watched path, for events on the path itself
	dirs      map[int32]string // watch descriptor → directory relative to the root ("" for the root)
	root      string           // the watched path as the OS sees it
	recursive bool
	buf       []byte
	closed    bool
}

func (s *state) registerWatch(b *goja.Object) {
	vm := s.vm
	watchers := map[int]*watcher{}
	nextID := 0
	b.Set("watchSupported", true)
	// watchStart(path, recursive, persistent, onchange(eventType, filename)) → id > 0, or a
	// negative errno (JavaScript builds the error, as Node's FSWatcher does)
	b.Set("watchStart", func(c goja.FunctionCall) goja.Value {
		p, disp := s.pathArg(c.Argument(0))
		w := &watcher{s: s, onchange: c.Argument(3), recursive: c.Argument(1).ToBoolean(),
			root: p, base: path.Base(disp), dirs: map[int32]string{}, buf: make([]byte, 64<<10)}
		fd, err := unix.InotifyInit1(unix.IN_NONBLOCK | unix.IN_CLOEXEC)
		if err != nil {
			return vm.ToValue(int(loop.ErrnoOf(err)))
		}
		w.fd = fd
		if err := w.add(p, ""); err != nil {
			unix.Close(fd)
			return vm.ToValue(int(loop.ErrnoOf(err)))
		}
		if w.recursive {
			w.addTree(p, "")
		}
		io, err := loop.NewIOWatcher(s.loop, fd, w.onReadable)
		if err == nil {
			err = io.Start(loop.EventRead)
		}
		if err != nil {
			unix.Close(fd)
			return vm.ToValue(int(loop.ErrnoOf(err)))
		}
		w.io = io
		if !c.Argument(2).ToBoolean() {
			io.Unref()
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

func (w *watcher) add(p, rel string) error {
	wd, err := unix.InotifyAddWatch(w.fd, p, watchMask)
	if err != nil {
		return err
	}
	w.dirs[int32(wd)] = rel
	return nil
}

// addTree watches every directory under p (best effort: a directory that
// vanishes meanwhile is skipped).
func (w *watcher) addTree(p, rel string) {
	names, types, err := readDir(p)
	if err != nil {
		return
	}
	for i, n := range names {
		if types[i] != 2 {
			continue
		}
		sub := n
		if rel != "" {
			sub = rel + "/" + n
		}
		if w.add(p+"/"+n, sub) == nil {
			w.addTree(p+"/"+n, sub)
		}
	}
}

func (w *watcher) close() {
	if w.closed {
		return
	}
	w.closed = true
	fd := w.fd
	// The descriptor is closed once the loop has forgotten it.
	w.io.Close(func() { unix.Close(fd) })
}

// onReadable reads the queued inotify events and reports each one.
func (w *watcher) onReadable(loop.Events) {
	for !w.closed {
		n, err := unix.Read(w.fd, w.buf)
		if err == unix.EINTR {
			continue
		}
		if err != nil || n <= 0 {
			return
		}
		for off := 0; off+unix.SizeofInotifyEvent <= n && !w.closed; {
			ev := (*unix.InotifyEvent)(unsafe.Pointer(&w.buf[off]))
			nameBytes := w.buf[off+unix.SizeofInotifyEvent : off+unix.SizeofInotifyEvent+int(ev.Len)]
			off += unix.SizeofInotifyEvent + int(ev.Len)
			name := strings.TrimRight(string(nameBytes), "\x00")
			w.report(ev.Wd, ev.Mask, name)
		}
	}
}

func (w *watcher) report(wd int32, mask uint32, name string) {
	rel, ok := w.dirs[wd]
	if !ok {
		return
	}
	if mask&unix.IN_IGNORED != 0 {
		delete(w.dirs, wd)
		return
	}
	kind := "rename"
	if mask&(unix.IN_ATTRIB|unix.IN_MODIFY) != 0 {
		kind = "change"
	}
	filename := name
	switch {
	case name == "" && rel == "":
		filename = w.base
	case name == "":
		filename = rel
	case rel != "":
		filename = rel + "/" + name
	}
	if w.recursive && name != "" && mask&(unix.IN_CREATE|unix.IN_MOVED_TO) != 0 && mask&unix.IN_ISDIR != 0 {
		full := w.root + "/" + filename
		if w.add(full, filename) == nil {
			w.addTree(full, filename)
		}
	}
	vm := w.s.vm
	w.s.env.MakeCallback(w.onchange, goja.Undefined(), vm.ToValue(kind), vm.ToValue(filename))
}
