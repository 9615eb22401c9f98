package loop

// ReqStart registers a request that keeps the loop alive until ReqDone, like
// libuv's uv__req_register: embedders use it for work they will hand back later.
func (l *Loop) ReqStart() { l.activeReqs++ }

// ReqDone unregisters a request started with ReqStart.
func (l *Loop) ReqDone() {
	if l.activeReqs > 0 {
		l.activeReqs--
	}
}
