package streamwrap

import "golang.org/x/sys/unix"

const (
	ioctlGetTermios      = unix.TCGETS
	ioctlSetTermiosDrain = unix.TCSETSW // tcsetattr(TCSADRAIN)
)
