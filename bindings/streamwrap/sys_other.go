//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package streamwrap

import "github.com/gonode/gonode/loop"

// supported reports whether this OS has the fd-level stream layer.
const supported = false

var errUnsupported = loop.ENOTSUP

func sysRead(fd int, p []byte) (int, error)        { return 0, errUnsupported }
func sysWritev(fd int, bufs [][]byte) (int, error) { return 0, errUnsupported }
func isEAGAIN(err error) bool                      { return false }
func nonblocking(fd int) (bool, error)             { return false, errUnsupported }
func setNonblock(fd int, on bool) error            { return errUnsupported }
func waitWritable(fd int, timeoutMs int) error     { return errUnsupported }
func shutdownWrite(fd int) error                   { return errUnsupported }
func closeFd(fd int) error                         { return errUnsupported }

// GuessHandleType classifies fd; without the fd layer every fd is "UNKNOWN".
func GuessHandleType(fd int) string {
	if fd < 0 {
		return "INVALID"
	}
	return "UNKNOWN"
}

// IsATTY reports whether fd is a terminal; always false here.
func IsATTY(fd int) bool { return false }

// WindowSize returns the terminal's size; unsupported here.
func WindowSize(fd int) (cols, rows int, err error) { return 0, 0, errUnsupported }

type termState struct{}

func getTermState(fd int) (*termState, error)  { return nil, errUnsupported }
func setTermState(fd int, st *termState) error { return errUnsupported }
func rawFrom(orig *termState) *termState       { return orig }
