package streamwrap

import (
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// reopenTTY gives fd a file description of its own when it is the slave side of a terminal,
// as libuv's uv_tty_init does: the terminal is opened again by name and the new description
// put on fd, so that making it non-blocking does not change the description the shell and
// other processes share with us. It reports whether it did.
func reopenTTY(fd int) bool {
	path, err := os.Readlink("/proc/self/fd/" + strconv.Itoa(fd))
	if err != nil || !(strings.HasPrefix(path, "/dev/pts/") || strings.HasPrefix(path, "/dev/tty")) {
		return false
	}
	if _, err := unix.IoctlGetInt(fd, unix.TIOCGPTN); err == nil {
		return false // a pty master: opening its name again would make a new pair
	}
	fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
	if err != nil {
		return false
	}
	nfd, err := unix.Open(path, fl&unix.O_ACCMODE|unix.O_NOCTTY|unix.O_CLOEXEC, 0)
	if err != nil {
		return false
	}
	defer unix.Close(nfd)
	return unix.Dup3(nfd, fd, 0) == nil
}
