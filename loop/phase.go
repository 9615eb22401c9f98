package loop

// phaseHandle is the shared shape of idle, prepare and check handles: a callback
// run once per loop iteration in its phase while the handle is active.
type phaseHandle struct {
	handle
	cb   func()
	node node[*phaseHandle]
	q    *list[*phaseHandle]
}

func (p *phaseHandle) initPhase(l *Loop, q *list[*phaseHandle]) {
	p.handle.init(l, p)
	p.node.val = p
	p.q = q
}

// Start begins calling cb once per iteration; a no-op if already active.
// A handle started during its own phase first runs in the next iteration.
func (p *phaseHandle) Start(cb func()) error {
	if p.IsClosing() || cb == nil {
		return EINVAL
	}
	if p.IsActive() {
		return nil
	}
	p.cb = cb
	p.q.pushFront(&p.node)
	p.start()
	return nil
}

// Stop stops calling the callback.
func (p *phaseHandle) Stop() {
	if !p.IsActive() {
		return
	}
	p.node.unlink()
	p.stop()
}

func (p *phaseHandle) closeHandle() { p.Stop() }

// runPhase swaps the phase's list out, then runs each handle, putting it back
// on the loop's list before its callback (libuv's uv__run_idle/prepare/check).
func (l *Loop) runPhase(q *list[*phaseHandle]) {
	local := &l.phaseTmp
	q.moveTo(local)
	for n := local.front(); n != nil; n = local.front() {
		n.unlink()
		q.pushBack(n)
		n.val.cb()
	}
}

// Idle runs its callback once per iteration before prepare; while active, the
// poll phase does not block.
type Idle struct{ phaseHandle }

// NewIdle creates an inactive idle handle.
func NewIdle(l *Loop) *Idle {
	h := &Idle{}
	h.initPhase(l, &l.idleHandles)
	return h
}

// Prepare runs its callback once per iteration right before polling for I/O.
type Prepare struct{ phaseHandle }

// NewPrepare creates an inactive prepare handle.
func NewPrepare(l *Loop) *Prepare {
	h := &Prepare{}
	h.initPhase(l, &l.prepareHandles)
	return h
}

// Check runs its callback once per iteration right after polling for I/O.
type Check struct{ phaseHandle }

// NewCheck creates an inactive check handle.
func NewCheck(l *Loop) *Check {
	h := &Check{}
	h.initPhase(l, &l.checkHandles)
	return h
}
