package os

import (
	"os/user"
	"strings"

	"github.com/gonode/gonode/loop"
	"golang.org/x/sys/windows"
)

// passwd is uv_passwd_t. On Windows libuv reports uid and gid -1 and no shell.
type passwd struct {
	uid, gid                 int
	username, homedir, shell string
	hasShell                 bool
}

// currentPasswd is libuv's Windows uv_os_get_passwd: the account name
// (without its domain) and the profile directory of the process token.
func currentPasswd() (passwd, error) {
	home, err := homeDirectory()
	if err != nil {
		return passwd{}, err
	}
	u, err := user.Current()
	if err != nil {
		return passwd{}, err
	}
	name := u.Username
	if i := strings.LastIndexByte(name, '\\'); i >= 0 {
		name = name[i+1:]
	}
	return passwd{uid: -1, gid: -1, username: name, homedir: home}, nil
}

// homeDirectory is uv_os_homedir past %USERPROFILE% (the JavaScript side
// reads the runtime's environment first): the token's profile directory.
func homeDirectory() (string, error) {
	return windows.GetCurrentProcessToken().GetUserProfileDirectory()
}

// Windows priority classes and libuv's mapping of them to nice values.
func getPriority(pid int) (int, error) {
	h, err := openProcess(pid, windows.PROCESS_QUERY_LIMITED_INFORMATION)
	if err != nil {
		return 0, err
	}
	defer closeProcess(pid, h)
	class, err := windows.GetPriorityClass(h)
	if err != nil {
		return 0, err
	}
	switch class {
	case windows.REALTIME_PRIORITY_CLASS:
		return -20, nil
	case windows.HIGH_PRIORITY_CLASS:
		return -14, nil
	case windows.ABOVE_NORMAL_PRIORITY_CLASS:
		return -7, nil
	case windows.NORMAL_PRIORITY_CLASS:
		return 0, nil
	case windows.BELOW_NORMAL_PRIORITY_CLASS:
		return 10, nil
	}
	return 19, nil
}

func setPriority(pid, priority int) error {
	var class uint32
	switch {
	case priority < -14:
		class = windows.REALTIME_PRIORITY_CLASS
	case priority < -7:
		class = windows.HIGH_PRIORITY_CLASS
	case priority < 0:
		class = windows.ABOVE_NORMAL_PRIORITY_CLASS
	case priority < 10:
		class = windows.NORMAL_PRIORITY_CLASS
	case priority < 19:
		class = windows.BELOW_NORMAL_PRIORITY_CLASS
	default:
		class = windows.IDLE_PRIORITY_CLASS
	}
	h, err := openProcess(pid, windows.PROCESS_SET_INFORMATION)
	if err != nil {
		return err
	}
	defer closeProcess(pid, h)
	return windows.SetPriorityClass(h, class)
}

// openProcess opens pid, or this process for pid 0 (as libuv does).
func openProcess(pid int, access uint32) (windows.Handle, error) {
	if pid == 0 {
		return windows.CurrentProcess(), nil
	}
	h, err := windows.OpenProcess(access, false, uint32(pid))
	if err == windows.ERROR_INVALID_PARAMETER {
		// No process with that id.
		return 0, loop.ESRCH
	}
	return h, err
}

func closeProcess(pid int, h windows.Handle) {
	if pid != 0 {
		windows.CloseHandle(h)
	}
}
