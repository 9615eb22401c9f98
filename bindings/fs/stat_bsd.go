//go:build darwin || freebsd

package fs

import "golang.org/x/sys/unix"

func fillStat(st *statResult, x *unix.Stat_t) {
	st[0] = int64(x.Dev)
	st[1] = int64(x.Mode)
	st[2] = int64(x.Nlink)
	st[3] = int64(x.Uid)
	st[4] = int64(x.Gid)
	st[5] = int64(x.Rdev)
	st[6] = int64(x.Blksize)
	st[7] = int64(x.Ino)
	st[8] = int64(x.Size)
	st[9] = int64(x.Blocks)
	st[10], st[11] = int64(x.Atim.Sec), int64(x.Atim.Nsec)
	st[12], st[13] = int64(x.Mtim.Sec), int64(x.Mtim.Nsec)
	st[14], st[15] = int64(x.Ctim.Sec), int64(x.Ctim.Nsec)
	st[16], st[17] = int64(x.Btim.Sec), int64(x.Btim.Nsec)
}

func statPath(path string, follow bool, st *statResult) error {
	var x unix.Stat_t
	for {
		var err error
		if follow {
			err = unix.Stat(path, &x)
		} else {
			err = unix.Lstat(path, &x)
		}
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		fillStat(st, &x)
		return nil
	}
}

func statFd(fd int, st *statResult) error {
	var x unix.Stat_t
	for {
		err := unix.Fstat(fd, &x)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		fillStat(st, &x)
		return nil
	}
}

// statfsPath fills Node's statfs array: type, bsize, blocks, bfree, bavail, files, ffree.
func statfsPath(path string) ([7]int64, error) {
	var sf unix.Statfs_t
	if err := unix.Statfs(path, &sf); err != nil {
		return [7]int64{}, err
	}
	return [7]int64{int64(sf.Type), int64(sf.Bsize), int64(sf.Blocks), int64(sf.Bfree),
		int64(sf.Bavail), int64(sf.Files), int64(sf.Ffree)}, nil
}

func lchmod(path string, mode uint32) error {
	return unix.Fchmodat(unix.AT_FDCWD, path, mode, unix.AT_SYMLINK_NOFOLLOW)
}

func fdatasync(fd int) error { return unix.Fsync(fd) }

func copyFileRange(dst, src int, size int64) (bool, error) { return false, nil }

func ficlone(dst, src int) bool { return false }

func futimens(fd int, ts []unix.Timespec) error {
	return unix.Futimes(fd, []unix.Timeval{unix.NsecToTimeval(unix.TimespecToNsec(ts[0])), unix.NsecToTimeval(unix.TimespecToNsec(ts[1]))})
}
