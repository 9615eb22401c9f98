package loop

// Handle flags, as libuv keeps them.
const (
	flagActive uint8 = 1 << iota
	flagRef
	flagClosing
	flagClosed
	flagInternal // the loop's own handles: not counted by Close's EBUSY check
)

// closer is the type-specific part of closing a handle (stop it, release resources).
type closer interface {
	closeHandle()
}

// handle is the state every handle type embeds: the loop it belongs to, its
// active/ref flags and its close callback. All methods run on the loop thread.
type handle struct {
	loop        *Loop
	flags       uint8
	self        closer
	closeCb     func()
	nextClosing *handle
	all         node[*handle] // the loop's list of open user handles, for Walk
}

// Handle is what every handle type has in common.
type Handle interface {
	Ref()
	Unref()
	HasRef() bool
	IsActive() bool
	IsClosing() bool
	Close(cb func())
}

// init registers the handle with its loop: ref'd and inactive, as uv_handle_init.
func (h *handle) init(l *Loop, self closer) {
	h.loop = l
	h.self = self
	h.flags = flagRef
	l.handleCount++
	h.all.val = h
	l.handles.pushBack(&h.all)
}

// initInternal is init for the loop's own helper handles.
func (h *handle) initInternal(l *Loop, self closer) {
	h.loop = l
	h.self = self
	h.flags = flagRef | flagInternal
}

// start marks the handle active; an active ref'd handle keeps the loop alive.
func (h *handle) start() {
	if h.flags&flagActive != 0 {
		return
	}
	h.flags |= flagActive
	if h.flags&flagRef != 0 {
		h.loop.activeHandles++
	}
}

// stop marks the handle inactive.
func (h *handle) stop() {
	if h.flags&flagActive == 0 {
		return
	}
	h.flags &^= flagActive
	if h.flags&flagRef != 0 {
		h.loop.activeHandles--
	}
}

// Loop returns the loop the handle belongs to.
func (h *handle) Loop() *Loop { return h.loop }

// Ref makes an active handle keep the loop alive (the default). Idempotent.
func (h *handle) Ref() {
	if h.flags&flagRef != 0 {
		return
	}
	h.flags |= flagRef
	if h.flags&flagClosing != 0 {
		return
	}
	if h.flags&flagActive != 0 {
		h.loop.activeHandles++
	}
}

// Unref stops an active handle from keeping the loop alive. Idempotent.
func (h *handle) Unref() {
	if h.flags&flagRef == 0 {
		return
	}
	h.flags &^= flagRef
	if h.flags&flagClosing != 0 {
		return
	}
	if h.flags&flagActive != 0 {
		h.loop.activeHandles--
	}
}

// HasRef reports whether the handle is ref'd.
func (h *handle) HasRef() bool { return h.flags&flagRef != 0 }

// IsActive reports whether the handle is active (what "active" means depends on the type).
func (h *handle) IsActive() bool { return h.flags&flagActive != 0 }

// IsClosing reports whether Close has been called.
func (h *handle) IsClosing() bool { return h.flags&(flagClosing|flagClosed) != 0 }

// Close stops the handle and calls cb (which may be nil) in the close phase of
// the current or next iteration. Closing twice is a no-op, as libuv asserts it never happens.
func (h *handle) Close(cb func()) {
	if h.flags&(flagClosing|flagClosed) != 0 {
		return
	}
	h.flags |= flagClosing
	h.closeCb = cb
	h.self.closeHandle()
	// A closing handle is neither active nor ref'd for the alive count.
	if h.flags&flagActive != 0 {
		h.flags &^= flagActive
		if h.flags&flagRef != 0 {
			h.loop.activeHandles--
		}
	}
	// libuv keeps closing handles on a stack: callbacks run in reverse order of Close.
	h.nextClosing = h.loop.closingHandles
	h.loop.closingHandles = h
}

// finishClose runs in the close phase.
func (h *handle) finishClose() {
	h.flags |= flagClosed
	h.flags &^= flagClosing
	if h.flags&flagInternal == 0 {
		h.loop.handleCount--
		h.all.unlink()
	}
	if cb := h.closeCb; cb != nil {
		h.closeCb = nil
		cb()
	}
}

// Walk calls fn for every open (not yet closed) user handle of the loop, like
// uv_walk; fn may close handles. The loop's own internal handles are not visited.
func (l *Loop) Walk(fn func(Handle)) {
	var hs []Handle
	for n := l.handles.front(); n != nil; n = n.next {
		if n == &l.handles.root {
			break
		}
		hs = append(hs, n.val.self.(Handle))
	}
	for _, h := range hs {
		fn(h)
	}
}
