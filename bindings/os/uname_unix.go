//go:build unix

package os

import "golang.org/x/sys/unix"

// osInformation is uv_os_uname: type (sysname), version, release, machine.
func osInformation() (sysname, version, release, machine string, err error) {
	var u unix.Utsname
	if err = unix.Uname(&u); err != nil {
		return
	}
	return unix.ByteSliceToString(u.Sysname[:]), unix.ByteSliceToString(u.Version[:]),
		unix.ByteSliceToString(u.Release[:]), unix.ByteSliceToString(u.Machine[:]), nil
}

// hostname is gethostname(2): uname's nodename.
func hostname() (string, error) {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return "", err
	}
	return unix.ByteSliceToString(u.Nodename[:]), nil
}
