//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package streamwrap

import (
	"golang.org/x/sys/unix"
)

// supported reports whether this OS has the fd-level stream layer.
const supported = true

func sysRead(fd int, p []byte) (int, error) {
	for {
		n, err := unix.Read(fd, p)
		if err == unix.EINTR {
			continue
		}
		return n, err
	}
}

// maxIOV is the most buffers one writev takes (IOV_MAX is 1024 on Linux and the BSDs).
const maxIOV = 1024

// sysWritev writes bufs with one writev (one write for a single buffer); of many buffers
// only the first maxIOV go in one call, and the caller writes the rest next.
func sysWritev(fd int, bufs [][]byte) (int, error) {
	if len(bufs) > maxIOV {
		bufs = bufs[:maxIOV]
	}
	for {
		var n int
		var err error
		if len(bufs) == 1 {
			n, err = unix.Write(fd, bufs[0])
		} else {
			n, err = writev(fd, bufs)
		}
		if err == unix.EINTR {
			continue
		}
		if n < 0 {
			n = 0
		}
		return n, err
	}
}

func isEAGAIN(err error) bool { return err == unix.EAGAIN || err == unix.EWOULDBLOCK }

// nonblocking reports whether fd has O_NONBLOCK set.
func nonblocking(fd int) (bool, error) {
	fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
	if err != nil {
		return false, err
	}
	return fl&unix.O_NONBLOCK != 0, nil
}

func setNonblock(fd int, on bool) error { return unix.SetNonblock(fd, on) }

// waitWritable blocks until fd can take more data (or has an error pending), or
// until timeoutMs passes (-1: no limit), which is reported as EAGAIN.
func waitWritable(fd int, timeoutMs int) error {
	fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLOUT}}
	for {
		n, err := unix.Poll(fds, timeoutMs)
		if err == unix.EINTR {
			continue
		}
		if err == nil && n == 0 {
			return unix.EAGAIN
		}
		return err
	}
}

func shutdownWrite(fd int) error { return unix.Shutdown(fd, unix.SHUT_WR) }

func closeFd(fd int) error { return unix.Close(fd) }

// GuessHandleType classifies fd as libuv's uv_guess_handle does: "TTY", "FILE"
// (regular files and character devices other than terminals, such as
// /dev/null), "PIPE" (FIFOs and unix sockets), "TCP", "UDP" or "UNKNOWN".
func GuessHandleType(fd int) string {
	if fd < 0 {
		return "INVALID"
	}
	if IsATTY(fd) {
		return "TTY"
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return "UNKNOWN"
	}
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFREG, unix.S_IFCHR:
		return "FILE"
	case unix.S_IFIFO:
		return "PIPE"
	case unix.S_IFSOCK:
		return guessSocket(fd)
	}
	return "UNKNOWN"
}

func guessSocket(fd int) string {
	typ, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE)
	if err != nil {
		return "UNKNOWN"
	}
	sa, err := unix.Getsockname(fd)
	if err != nil {
		return "UNKNOWN"
	}
	switch sa.(type) {
	case *unix.SockaddrUnix:
		return "PIPE"
	case *unix.SockaddrInet4, *unix.SockaddrInet6:
		switch typ {
		case unix.SOCK_STREAM:
			return "TCP"
		case unix.SOCK_DGRAM:
			return "UDP"
		}
	}
	return "UNKNOWN"
}

// IsATTY reports whether fd is a terminal.
func IsATTY(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	return err == nil
}

// WindowSize returns the terminal's columns and rows.
func WindowSize(fd int) (cols, rows int, err error) {
	ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
	if err != nil {
		return 0, 0, err
	}
	return int(ws.Col), int(ws.Row), nil
}

// termState is a terminal's saved mode.
type termState struct{ t unix.Termios }

func getTermState(fd int) (*termState, error) {
	t, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	if err != nil {
		return nil, err
	}
	return &termState{t: *t}, nil
}

func setTermState(fd int, st *termState) error {
	t := st.t
	return unix.IoctlSetTermios(fd, ioctlSetTermiosDrain, &t)
}

// rawFrom is libuv's UV_TTY_MODE_RAW applied to orig: no echo, no canonical
// mode, no signals from keys, 8-bit characters, output post-processing kept.
func rawFrom(orig *termState) *termState {
	t := orig.t
	t.Iflag &^= unix.BRKINT | unix.ICRNL | unix.INPCK | unix.ISTRIP | unix.IXON
	t.Oflag |= unix.ONLCR
	t.Cflag |= unix.CS8
	t.Lflag &^= unix.ECHO | unix.ICANON | unix.IEXTEN | unix.ISIG
	t.Cc[unix.VMIN] = 1
	t.Cc[unix.VTIME] = 0
	return &termState{t: t}
}
