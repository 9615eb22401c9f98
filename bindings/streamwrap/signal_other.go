//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package streamwrap

// watchFatalSignals does nothing where there are no terminals to put back.
func (h *jsHandle) watchFatalSignals(on bool) {}
