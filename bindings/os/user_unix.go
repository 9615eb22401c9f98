//go:build unix

package os

import (
	"bufio"
	"os"
	"os/user"
	"runtime"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// passwd is uv_passwd_t: the user database entry of the effective user.
type passwd struct {
	uid, gid                 int
	username, homedir, shell string
	hasShell                 bool
}

// currentPasswd is uv_os_get_passwd for geteuid(): /etc/passwd first (it
// has the shell), then the system's user database through os/user (NSS
// with cgo, Directory Services on macOS), which has no shell field: the
// process's $SHELL stands in. ENOENT when the user is in neither, as
// getpwuid_r reports it to libuv.
func currentPasswd() (passwd, error) {
	uid := os.Geteuid()
	if p, ok := passwdFile("/etc/passwd", uid); ok {
		return p, nil
	}
	u, err := user.LookupId(strconv.Itoa(uid))
	if err != nil {
		return passwd{}, unix.ENOENT
	}
	gid, _ := strconv.Atoi(u.Gid)
	return passwd{uid: uid, gid: gid, username: u.Username, homedir: u.HomeDir,
		shell: os.Getenv("SHELL"), hasShell: true}, nil
}

// passwdFile finds uid in a passwd(5) file: name:password:uid:gid:gecos:dir:shell.
func passwdFile(path string, uid int) (passwd, bool) {
	f, err := os.Open(path)
	if err != nil {
		return passwd{}, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' || line[0] == '+' || line[0] == '-' {
			continue
		}
		fields := strings.Split(line, ":")
		if len(fields) < 7 {
			continue
		}
		if id, err := strconv.Atoi(fields[2]); err != nil || id != uid {
			continue
		}
		gid, _ := strconv.Atoi(fields[3])
		return passwd{uid: uid, gid: gid, username: fields[0], homedir: fields[5],
			shell: fields[6], hasShell: true}, true
	}
	return passwd{}, false
}

// homeDirectory is uv_os_homedir past $HOME (the JavaScript side reads the
// runtime's environment first): the user database's home directory.
func homeDirectory() (string, error) {
	p, err := currentPasswd()
	if err != nil {
		return "", err
	}
	return p.homedir, nil
}

// getPriority is uv_os_getpriority: the nice value of pid (0: this process).
// On macOS the call goes through libc, which answers -1 both for nice -1 and
// for an error; Go cannot clear errno first as libuv does, so a process at
// nice -1 may report a stale error there.
func getPriority(pid int) (int, error) {
	p, err := unix.Getpriority(unix.PRIO_PROCESS, pid)
	if err != nil {
		return 0, err
	}
	if runtime.GOOS == "linux" || runtime.GOOS == "android" {
		// The raw Linux system call answers 20 - nice (libc converts back).
		p = 20 - p
	}
	return p, nil
}

// setPriority is uv_os_setpriority.
func setPriority(pid, priority int) error {
	return unix.Setpriority(unix.PRIO_PROCESS, pid, priority)
}
