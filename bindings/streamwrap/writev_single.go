//go:build freebsd || netbsd || dragonfly

package streamwrap

import "golang.org/x/sys/unix"

// writev writes the first buffer only (x/sys has no writev here); callers loop.
func writev(fd int, bufs [][]byte) (int, error) { return unix.Write(fd, bufs[0]) }
