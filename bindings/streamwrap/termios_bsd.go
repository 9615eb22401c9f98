//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package streamwrap

import "golang.org/x/sys/unix"

const (
	ioctlGetTermios      = unix.TIOCGETA
	ioctlSetTermiosDrain = unix.TIOCSETAW // tcsetattr(TCSADRAIN)
)
