//go:build !linux

package streamwrap

// reopenTTY is libuv's tty reopening, done on Linux only; elsewhere the shared
// description is used as it is (and restored to blocking at exit).
func reopenTTY(fd int) bool { return false }
