package fs

import "golang.org/x/sys/unix"

// openForEvents opens a path only to watch it.
func openForEvents(p string) (int, error) {
	return unix.Open(p, unix.O_RDONLY|unix.O_CLOEXEC, 0)
}
