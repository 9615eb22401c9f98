//go:build windows

package loop

// fdPollResult is never produced on Windows.
type fdPollResult struct{}

// fdPoller is the fd-readiness part of the portable poller. Windows has no
// readiness polling for arbitrary descriptors: supported reports ENOTSUP, so
// IOWatcher.Start fails cleanly and no watcher ever reaches the other methods.
// Sockets there go through Go's net package instead; wake-ups and timers work
// through the portable poller itself.
type fdPoller struct{}

func (s *fdPoller) init(l *Loop) error { return nil }

func (s *fdPoller) supported() error { return ENOTSUP }

func (s *fdPoller) close() error { return nil }

func (s *fdPoller) apply(w *IOWatcher) { w.events = 0 }

func (s *fdPoller) invalidate(fd int) {}

func (s *fdPoller) pollNow() int { return 0 }

func (s *fdPoller) arm() {}

// done is nil: a receive from it never proceeds in the poller's select.
func (s *fdPoller) done() <-chan fdPollResult { return nil }

func (s *fdPoller) finish(r fdPollResult) int { return 0 }
