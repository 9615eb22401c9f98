package fs

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

const statxMask = unix.STATX_BASIC_STATS | unix.STATX_BTIME

func fillStatx(st *statResult, x *unix.Statx_t) {
	st[0] = int64(unix.Mkdev(x.Dev_major, x.Dev_minor))
	st[1] = int64(x.Mode)
	st[2] = int64(x.Nlink)
	st[3] = int64(x.Uid)
	st[4] = int64(x.Gid)
	st[5] = int64(unix.Mkdev(x.Rdev_major, x.Rdev_minor))
	st[6] = int64(x.Blksize)
	st[7] = int64(x.Ino)
	st[8] = int64(x.Size)
	st[9] = int64(x.Blocks)
	st[10], st[11] = x.Atime.Sec, int64(x.Atime.Nsec)
	st[12], st[13] = x.Mtime.Sec, int64(x.Mtime.Nsec)
	st[14], st[15] = x.Ctime.Sec, int64(x.Ctime.Nsec)
	if x.Mask&unix.STATX_BTIME != 0 {
		st[16], st[17] = x.Btime.Sec, int64(x.Btime.Nsec)
	} else {
		// As libuv: no birth time → the change time.
		st[16], st[17] = x.Ctime.Sec, int64(x.Ctime.Nsec)
	}
}

func statPath(path string, follow bool, st *statResult) error {
	var x unix.Statx_t
	flags := unix.AT_STATX_SYNC_AS_STAT
	if !follow {
		flags |= unix.AT_SYMLINK_NOFOLLOW
	}
	for {
		err := unix.Statx(unix.AT_FDCWD, path, flags, statxMask, &x)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		fillStatx(st, &x)
		return nil
	}
}

func statFd(fd int, st *statResult) error {
	var x unix.Statx_t
	for {
		err := unix.Statx(fd, "", unix.AT_EMPTY_PATH|unix.AT_STATX_SYNC_AS_STAT, statxMask, &x)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		fillStatx(st, &x)
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

// lchmod does not exist on Linux (Node leaves fs.lchmod undefined there).
func lchmod(path string, mode uint32) error { return unix.ENOSYS }

func fdatasync(fd int) error { return unix.Fdatasync(fd) }

// copyFileRange copies with the kernel (copy_file_range), reporting whether it
// did any copying; on failure the caller falls back to read/write.
func copyFileRange(dst, src int, size int64) (bool, error) {
	var done int64
	for done < size {
		n, err := unix.CopyFileRange(src, nil, dst, nil, int(min(size-done, 1<<30)), 0)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			if done == 0 && (err == unix.ENOSYS || err == unix.EXDEV || err == unix.EINVAL || err == unix.EOPNOTSUPP || err == unix.EPERM) {
				return false, nil
			}
			return true, err
		}
		if n == 0 {
			break
		}
		done += int64(n)
	}
	return true, nil
}

// ficlone tries a reflink copy; ok is false when the file system cannot.
func ficlone(dst, src int) bool {
	return unix.IoctlFileClone(dst, src) == nil
}

// futimens is utimensat(fd, NULL, ts, 0), which x/sys does not wrap.
func futimens(fd int, ts []unix.Timespec) error {
	_, _, e := unix.Syscall6(unix.SYS_UTIMENSAT, uintptr(fd), 0, uintptr(unsafe.Pointer(&ts[0])), 0, 0, 0)
	if e != 0 {
		return e
	}
	return nil
}
