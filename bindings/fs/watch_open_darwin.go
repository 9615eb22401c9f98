package fs

import "golang.org/x/sys/unix"

// openForEvents opens a path only to watch it (O_EVTONLY: it does not keep a volume busy).
func openForEvents(p string) (int, error) {
	return unix.Open(p, unix.O_EVTONLY|unix.O_CLOEXEC, 0)
}
