//go:build linux || darwin || freebsd

package fs

import (
	"crypto/rand"
	"errors"
	"io"
	"math/big"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/loop"
	"golang.org/x/sys/unix"
)

// kIoMaxLength is the largest file readFile reads into one Buffer (2 GiB - 1).
const kIoMaxLength = 1<<31 - 1

// readChunk bounds one read(2) of readFile, so huge files are read in pieces.
const readChunk = 4 << 20

// unknownSizeChunk is how much readFile reads at a time when the size is unknown (pipes, /proc).
const unknownSizeChunk = 64 << 10

func retry(fn func() error) error {
	for {
		err := fn()
		if err != unix.EINTR {
			return err
		}
	}
}

func openFile(p string, flags int, mode uint32) (int, error) {
	for {
		fd, err := unix.Open(p, flags|unix.O_CLOEXEC, mode)
		if err != unix.EINTR {
			return fd, err
		}
	}
}

func closeFd(fd int) error {
	err := unix.Close(fd)
	if err == unix.EINTR {
		return nil // the descriptor is gone either way
	}
	return err
}

func readFd(fd int, b []byte, pos int64) (int, error) {
	for {
		var n int
		var err error
		if pos < 0 {
			n, err = unix.Read(fd, b)
		} else {
			n, err = unix.Pread(fd, b, pos)
		}
		if err != unix.EINTR {
			if n < 0 {
				n = 0
			}
			return n, err
		}
	}
}

func writeFd(fd int, b []byte, pos int64) (int, error) {
	for {
		var n int
		var err error
		if pos < 0 {
			n, err = unix.Write(fd, b)
		} else {
			n, err = unix.Pwrite(fd, b, pos)
		}
		if err != unix.EINTR {
			if n < 0 {
				n = 0
			}
			return n, err
		}
	}
}

// writeAll writes b entirely at pos (or the current position when pos < 0).
func writeAll(fd int, b []byte, pos int64) error {
	for len(b) > 0 {
		n, err := writeFd(fd, b[:min(len(b), 1<<30)], pos)
		if err != nil {
			return err
		}
		b = b[n:]
		if pos >= 0 {
			pos += int64(n)
		}
	}
	return nil
}

// readAll reads what is left of fd: a regular file up to its size, in
// chunks; anything else until EOF.
func readAll(fd int) ([]byte, *opError) {
	var st statResult
	if err := statFd(fd, &st); err != nil {
		return nil, fail(err, "fstat", "", "")
	}
	size := st[8]
	if st[1]&unix.S_IFMT != unix.S_IFREG {
		size = 0
	}
	if size > kIoMaxLength {
		return nil, &opError{special: "EFBIG", size: float64(size)}
	}
	if size == 0 {
		return readUnknown(fd)
	}
	buf := make([]byte, size)
	off := 0
	for off < len(buf) {
		n, err := readFd(fd, buf[off:min(len(buf), off+readChunk)], -1)
		if err != nil {
			return nil, fail(err, "read", "", "")
		}
		if n == 0 {
			break
		}
		off += n
	}
	return buf[:off], nil
}

func readUnknown(fd int) ([]byte, *opError) {
	buf := make([]byte, 0, unknownSizeChunk)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, make([]byte, unknownSizeChunk)...)[:len(buf)]
		}
		n, err := readFd(fd, buf[len(buf):cap(buf)], -1)
		if err != nil {
			return nil, fail(err, "read", "", "")
		}
		if n == 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
		if len(buf) > kIoMaxLength {
			return nil, &opError{special: "EFBIG", size: float64(len(buf))}
		}
	}
}

// direntType is libuv's UV_DIRENT_* for a Go file type.
func direntType(m os.FileMode) int {
	switch {
	case m.IsRegular():
		return 1
	case m&os.ModeDir != 0:
		return 2
	case m&os.ModeSymlink != 0:
		return 3
	case m&os.ModeNamedPipe != 0:
		return 4
	case m&os.ModeSocket != 0:
		return 5
	case m&os.ModeCharDevice != 0:
		return 6
	case m&os.ModeDevice != 0:
		return 7
	}
	return 0
}

// readDir lists directory p: names and dirent types, in byte order as Node does.
func readDir(p string) ([]string, []int, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	ents, err := f.ReadDir(-1)
	if err != nil {
		return nil, nil, err
	}
	// libuv's scandir sorts with strcmp, so Node's readdir lists names in
	// byte order (opendir/Dir.read keep the directory's own order). Sorting
	// plain pairs rather than the DirEntry interfaces is several times faster.
	type entry struct {
		name string
		typ  int
	}
	list := make([]entry, len(ents))
	for i, e := range ents {
		list[i] = entry{e.Name(), direntType(e.Type())}
	}
	slices.SortFunc(list, func(a, b entry) int { return strings.Compare(a.name, b.name) })
	names := make([]string, len(list))
	types := make([]int, len(list))
	for i, e := range list {
		names[i], types[i] = e.name, e.typ
	}
	return names, types, nil
}

// mkdirp makes p and its missing parents; first is the first directory it
// created (in the caller's spelling), "" when p existed.
func mkdirp(osPath, display string, mode uint32) (first string, oe *opError) {
	err := retry(func() error { return unix.Mkdir(osPath, mode) })
	switch {
	case err == nil:
		return display, nil
	case err == unix.EEXIST:
		var st statResult
		if statPath(osPath, true, &st) == nil && st[1]&unix.S_IFMT == unix.S_IFDIR {
			return "", nil
		}
		return "", fail(unix.EEXIST, "mkdir", display, "")
	case err != unix.ENOENT:
		return "", fail(err, "mkdir", display, "")
	}
	parentOS, parentDisp := path.Dir(strings.TrimRight(osPath, "/")), path.Dir(strings.TrimRight(display, "/"))
	if parentOS == osPath || parentOS == "." || parentOS == "/" {
		return "", fail(err, "mkdir", display, "")
	}
	first, oe = mkdirp(parentOS, parentDisp, mode)
	if oe != nil {
		oe.path = display
		return "", oe
	}
	err = retry(func() error { return unix.Mkdir(osPath, mode) })
	if err != nil && err != unix.EEXIST {
		return "", fail(err, "mkdir", display, "")
	}
	if err == unix.EEXIST {
		var st statResult
		if statPath(osPath, true, &st) != nil || st[1]&unix.S_IFMT != unix.S_IFDIR {
			return "", fail(unix.EEXIST, "mkdir", display, "")
		}
	}
	if first == "" {
		first = display
	}
	return first, nil
}

const tempChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func mkdtemp(osPrefix, display string) (string, *opError) {
	var rnd [6]byte
	for attempt := 0; attempt < 100; attempt++ {
		if _, err := rand.Read(rnd[:]); err != nil {
			return "", fail(err, "mkdtemp", display+"XXXXXX", "")
		}
		suffix := make([]byte, 6)
		for i, b := range rnd {
			suffix[i] = tempChars[int(b)%len(tempChars)]
		}
		err := retry(func() error { return unix.Mkdir(osPrefix+string(suffix), 0o700) })
		if err == unix.EEXIST {
			continue
		}
		if err != nil {
			return "", fail(err, "mkdtemp", display+"XXXXXX", "")
		}
		return display + string(suffix), nil
	}
	return "", fail(unix.EEXIST, "mkdtemp", display+"XXXXXX", "")
}

// rm removes a file, or a directory tree when recursive, as Node's rimraf.
func rm(osPath, display string, recursive, force bool, maxRetries int, delay time.Duration) *opError {
	var st statResult
	if err := statPath(osPath, false, &st); err != nil {
		if force && err == unix.ENOENT {
			return nil
		}
		return fail(err, "lstat", display, "")
	}
	if st[1]&unix.S_IFMT == unix.S_IFDIR && !recursive {
		return &opError{special: "EISDIR", path: display}
	}
	var oe *opError
	for attempt := 0; ; attempt++ {
		oe = removeTree(osPath, display, st[1]&unix.S_IFMT == unix.S_IFDIR)
		if oe == nil || attempt >= maxRetries {
			break
		}
		switch oe.errno {
		case loop.EBUSY, loop.EMFILE, loop.ENFILE, loop.ENOTEMPTY, loop.EPERM:
			time.Sleep(delay * time.Duration(attempt+1))
			continue
		}
		break
	}
	if oe != nil && force && oe.errno == loop.ENOENT {
		return nil
	}
	return oe
}

func removeTree(osPath, display string, isDir bool) *opError {
	if !isDir {
		if err := retry(func() error { return unix.Unlink(osPath) }); err != nil {
			if err == unix.ENOENT {
				return nil
			}
			return fail(err, "unlink", display, "")
		}
		return nil
	}
	names, types, err := readDir(osPath)
	if err != nil && !errors.Is(err, unix.ENOENT) {
		return fail(err, "scandir", display, "")
	}
	for i, n := range names {
		if oe := removeTree(osPath+"/"+n, display+"/"+n, types[i] == 2); oe != nil {
			return oe
		}
	}
	if err := retry(func() error { return unix.Rmdir(osPath) }); err != nil && err != unix.ENOENT {
		return fail(err, "rmdir", display, "")
	}
	return nil
}

// Copy modes (fs.constants.COPYFILE_*).
const (
	copyExcl         = 1
	copyFiClone      = 2
	copyFiCloneForce = 4
)

func copyFile(src, dst string, mode int) error {
	in, err := openFile(src, unix.O_RDONLY, 0)
	if err != nil {
		return err
	}
	defer closeFd(in)
	var st statResult
	if err := statFd(in, &st); err != nil {
		return err
	}
	if st[1]&unix.S_IFMT == unix.S_IFDIR {
		return unix.EISDIR
	}
	flags := unix.O_WRONLY | unix.O_CREAT | unix.O_TRUNC
	if mode&copyExcl != 0 {
		flags |= unix.O_EXCL
	}
	out, err := openFile(dst, flags, uint32(st[1]&0o7777))
	if err != nil {
		return err
	}
	err = copyData(out, in, st[8], mode)
	if err == nil {
		err = retry(func() error { return unix.Fchmod(out, uint32(st[1]&0o7777)) })
	}
	if cerr := closeFd(out); err == nil {
		err = cerr
	}
	if err != nil {
		// As libuv: a failed copy does not leave a partial destination behind.
		unix.Unlink(dst)
	}
	return err
}

func copyData(out, in int, size int64, mode int) error {
	if mode&(copyFiClone|copyFiCloneForce) != 0 {
		if ficlone(out, in) {
			return nil
		}
		if mode&copyFiCloneForce != 0 {
			return unix.ENOTSUP
		}
	}
	if done, err := copyFileRange(out, in, size); done || err != nil {
		return err
	}
	buf := make([]byte, 64<<10)
	for {
		n, err := readFd(in, buf, -1)
		if err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		if err := writeAll(out, buf[:n], -1); err != nil {
			return err
		}
	}
}

// realpath resolves every symbolic link in abs and returns the result, or
// the path and syscall that failed. With lexical set (fs.realpath), ".." was
// already applied by the caller and a link is stat'ed before it is read, as
// Node's JavaScript realpath does; otherwise ".." follows links as realpath(3).
func realpath(abs string, lexical bool) (string, string, string, error) {
	if !strings.HasPrefix(abs, "/") {
		wd, err := os.Getwd()
		if err != nil {
			return "", abs, "realpath", err
		}
		abs = wd + "/" + abs
	}
	rest := abs
	resolved := "/"
	links := 0
	for rest != "" {
		var comp string
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			comp, rest = rest[:i], rest[i+1:]
		} else {
			comp, rest = rest, ""
		}
		switch comp {
		case "", ".":
			continue
		case "..":
			resolved = path.Dir(resolved)
			continue
		}
		next := path.Join(resolved, comp)
		var st unix.Stat_t
		if err := retry(func() error { return unix.Lstat(next, &st) }); err != nil {
			return "", next, "lstat", err
		}
		if st.Mode&unix.S_IFMT != unix.S_IFLNK {
			if rest != "" && st.Mode&unix.S_IFMT != unix.S_IFDIR {
				return "", next, "lstat", unix.ENOTDIR
			}
			resolved = next
			continue
		}
		links++
		if lexical {
			// As Node's fs.realpath: a link's target is stat'ed before it is read.
			var tst unix.Stat_t
			if err := retry(func() error { return unix.Stat(next, &tst) }); err != nil {
				return "", next, "stat", err
			}
		}
		if links > 40 {
			return "", next, "lstat", unix.ELOOP
		}
		target, err := readlink(next)
		if err != nil {
			return "", next, "readlink", err
		}
		if strings.HasPrefix(target, "/") {
			resolved = "/"
		}
		if rest != "" {
			rest = target + "/" + rest
		} else {
			rest = target
		}
	}
	return resolved, "", "", nil
}

func readlink(p string) (string, error) {
	for size := 256; ; size *= 2 {
		buf := make([]byte, size)
		var n int
		err := retry(func() error {
			var e error
			n, e = unix.Readlink(p, buf)
			return e
		})
		if err != nil {
			return "", err
		}
		if n < size {
			return string(buf[:n]), nil
		}
	}
}

func timespec(sec float64) unix.Timespec {
	s := int64(sec)
	ns := int64((sec - float64(s)) * 1e9)
	if ns < 0 {
		s--
		ns += 1e9
	}
	return unix.Timespec{Sec: s, Nsec: ns}
}

// fileTable holds the directories opendir opened, by id (one table per runtime).
type fileTable struct {
	next int
	dirs map[int]*os.File
}

func newFileTable() *fileTable { return &fileTable{dirs: map[int]*os.File{}} }

func (s *state) register(b *goja.Object) {
	vm := s.vm
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { b.Set(name, fn) }

	set("open", func(c goja.FunctionCall) goja.Value {
		p, disp := s.pathArg(c.Argument(0))
		flags, mode := intArg(c.Argument(1)), uint32(intArg(c.Argument(2)))
		return s.call(c.Argument(3), func() (func() goja.Value, *opError) {
			fd, err := openFile(p, flags, mode)
			if err != nil {
				return nil, fail(err, "open", disp, "")
			}
			return func() goja.Value { return vm.ToValue(fd) }, nil
		})
	})
	set("close", func(c goja.FunctionCall) goja.Value {
		fd := intArg(c.Argument(0))
		return s.call(c.Argument(1), func() (func() goja.Value, *opError) {
			if err := closeFd(fd); err != nil {
				return nil, fail(err, "close", "", "")
			}
			return nil, nil
		})
	})
	// read(fd, buffer, offset, length, position, req) → bytesRead
	set("read", func(c goja.FunctionCall) goja.Value {
		fd := intArg(c.Argument(0))
		buf := bytesArg(c.Argument(1))
		off, n := intArg(c.Argument(2)), intArg(c.Argument(3))
		pos := posArg(c.Argument(4))
		if off < 0 || n < 0 || off+n > len(buf) {
			panic(vm.NewTypeError("read: range out of buffer bounds"))
		}
		b := buf[off : off+n]
		return s.call(c.Argument(5), func() (func() goja.Value, *opError) {
			got, err := readFd(fd, b, pos)
			if err != nil {
				return nil, fail(err, "read", "", "")
			}
			return func() goja.Value { return vm.ToValue(got) }, nil
		})
	})
	set("write", func(c goja.FunctionCall) goja.Value {
		fd := intArg(c.Argument(0))
		buf := bytesArg(c.Argument(1))
		off, n := intArg(c.Argument(2)), intArg(c.Argument(3))
		pos := posArg(c.Argument(4))
		if off < 0 || n < 0 || off+n > len(buf) {
			panic(vm.NewTypeError("write: range out of buffer bounds"))
		}
		b := buf[off : off+n]
		return s.call(c.Argument(5), func() (func() goja.Value, *opError) {
			got, err := writeFd(fd, b, pos)
			if err != nil {
				return nil, fail(err, "write", "", "")
			}
			return func() goja.Value { return vm.ToValue(got) }, nil
		})
	})
	vec := func(v goja.Value) [][]byte {
		o, ok := v.(*goja.Object)
		if !ok {
			return nil
		}
		n := int(o.Get("length").ToInteger())
		out := make([][]byte, n)
		for i := 0; i < n; i++ {
			out[i] = bytesArg(o.Get(strconv.Itoa(i)))
		}
		return out
	}
	// readv/writev(fd, buffers, position, req) → bytes
	set("readv", func(c goja.FunctionCall) goja.Value {
		fd, bufs, pos := intArg(c.Argument(0)), vec(c.Argument(1)), posArg(c.Argument(2))
		return s.call(c.Argument(3), func() (func() goja.Value, *opError) {
			total := 0
			for _, b := range bufs {
				n, err := readFd(fd, b, pos)
				if err != nil {
					return nil, fail(err, "read", "", "")
				}
				total += n
				if pos >= 0 {
					pos += int64(n)
				}
				if n < len(b) {
					break
				}
			}
			return func() goja.Value { return vm.ToValue(total) }, nil
		})
	})
	set("writev", func(c goja.FunctionCall) goja.Value {
		fd, bufs, pos := intArg(c.Argument(0)), vec(c.Argument(1)), posArg(c.Argument(2))
		return s.call(c.Argument(3), func() (func() goja.Value, *opError) {
			total := 0
			for _, b := range bufs {
				if err := writeAll(fd, b, pos); err != nil {
					return nil, fail(err, "write", "", "")
				}
				total += len(b)
				if pos >= 0 {
					pos += int64(len(b))
				}
			}
			return func() goja.Value { return vm.ToValue(total) }, nil
		})
	})
	// readFile(pathOrFd, flags, req) → Buffer: open, read everything, close in one job.
	set("readFile", func(c goja.FunctionCall) goja.Value {
		target := c.Argument(0)
		flags := intArg(c.Argument(1))
		fd := -1
		var p, disp string
		switch target.(type) {
		case goja.String, *goja.Object:
			p, disp = s.pathArg(target)
		default:
			// A number (js/fs.js has validated it): the descriptor.
			fd = intArg(target)
		}
		return s.call(c.Argument(2), func() (func() goja.Value, *opError) {
			own := fd < 0
			f := fd
			if own {
				var err error
				if f, err = openFile(p, flags, 0o666); err != nil {
					return nil, fail(err, "open", disp, "")
				}
			}
			data, oe := readAll(f)
			if own {
				closeFd(f)
			}
			if oe != nil {
				return nil, oe
			}
			return func() goja.Value { return s.newBuffer(data) }, nil
		})
	})
	// writeFile(pathOrFd, data, flags, mode, flush, req): open, write everything, fsync when
	// flush, close — in one job.
	set("writeFile", func(c goja.FunctionCall) goja.Value {
		target := c.Argument(0)
		data := bytesArg(c.Argument(1))
		flags, mode := intArg(c.Argument(2)), uint32(intArg(c.Argument(3)))
		flush := c.Argument(4).ToBoolean()
		fd := -1
		var p, disp string
		switch target.Export().(type) {
		case int64, float64:
			fd = intArg(target)
		default:
			p, disp = s.pathArg(target)
		}
		return s.call(c.Argument(5), func() (func() goja.Value, *opError) {
			own := fd < 0
			f := fd
			if own {
				var err error
				if f, err = openFile(p, flags, mode); err != nil {
					return nil, fail(err, "open", disp, "")
				}
			}
			var oe *opError
			if err := writeAll(f, data, -1); err != nil {
				oe = fail(err, "write", "", "")
			} else if flush {
				if err := retry(func() error { return unix.Fsync(f) }); err != nil {
					oe = fail(err, "fsync", "", "")
				}
			}
			if own {
				if cerr := closeFd(f); oe == nil && cerr != nil {
					oe = fail(cerr, "close", "", "")
				}
			}
			return nil, oe
		})
	})
	statCall := func(name string, follow bool) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			p, disp := s.pathArg(c.Argument(0))
			bigint := c.Argument(1).ToBoolean()
			noThrow := c.Argument(2).ToBoolean() // throwIfNoEntry: false
			return s.call(c.Argument(3), func() (func() goja.Value, *opError) {
				var st statResult
				if err := statPath(p, follow, &st); err != nil {
					if noThrow && (err == unix.ENOENT || err == unix.ENOTDIR) {
						return nil, nil
					}
					return nil, fail(err, name, disp, "")
				}
				return func() goja.Value { return s.statValue(&st, bigint) }, nil
			})
		}
	}
	set("stat", statCall("stat", true))
	set("lstat", statCall("lstat", false))
	set("fstat", func(c goja.FunctionCall) goja.Value {
		fd, bigint := intArg(c.Argument(0)), c.Argument(1).ToBoolean()
		return s.call(c.Argument(2), func() (func() goja.Value, *opError) {
			var st statResult
			if err := statFd(fd, &st); err != nil {
				return nil, fail(err, "fstat", "", "")
			}
			return func() goja.Value { return s.statValue(&st, bigint) }, nil
		})
	})
	set("statfs", func(c goja.FunctionCall) goja.Value {
		p, disp := s.pathArg(c.Argument(0))
		bigint := c.Argument(1).ToBoolean()
		return s.call(c.Argument(2), func() (func() goja.Value, *opError) {
			sf, err := statfsPath(p)
			if err != nil {
				return nil, fail(err, "statfs", disp, "")
			}
			return func() goja.Value {
				vals := make([]any, len(sf))
				for i, v := range sf {
					if bigint {
						vals[i] = bigIntOf(vm, v)
					} else {
						vals[i] = float64(v)
					}
				}
				return vm.NewArray(vals...)
			}, nil
		})
	})
	pathOp := func(name string, c goja.FunctionCall, reqIdx int, fn func(p string) error) goja.Value {
		p, disp := s.pathArg(c.Argument(0))
		return s.call(c.Argument(reqIdx), func() (func() goja.Value, *opError) {
			if err := retry(func() error { return fn(p) }); err != nil {
				return nil, fail(err, name, disp, "")
			}
			return nil, nil
		})
	}
	twoPathOp := func(name string, c goja.FunctionCall, reqIdx int, fn func(a, b string) error) goja.Value {
		a, adisp := s.pathArg(c.Argument(0))
		b2, bdisp := s.pathArg(c.Argument(1))
		return s.call(c.Argument(reqIdx), func() (func() goja.Value, *opError) {
			if err := retry(func() error { return fn(a, b2) }); err != nil {
				return nil, fail(err, name, adisp, bdisp)
			}
			return nil, nil
		})
	}
	fdOp := func(name string, c goja.FunctionCall, reqIdx int, fn func(fd int) error) goja.Value {
		fd := intArg(c.Argument(0))
		return s.call(c.Argument(reqIdx), func() (func() goja.Value, *opError) {
			if err := retry(func() error { return fn(fd) }); err != nil {
				return nil, fail(err, name, "", "")
			}
			return nil, nil
		})
	}
	set("access", func(c goja.FunctionCall) goja.Value {
		mode := uint32(intArg(c.Argument(1)))
		return pathOp("access", c, 2, func(p string) error { return unix.Access(p, mode) })
	})
	set("mkdir", func(c goja.FunctionCall) goja.Value {
		p, disp := s.pathArg(c.Argument(0))
		mode := uint32(intArg(c.Argument(1)))
		recursive := c.Argument(2).ToBoolean()
		return s.call(c.Argument(3), func() (func() goja.Value, *opError) {
			if !recursive {
				if err := retry(func() error { return unix.Mkdir(p, mode) }); err != nil {
					return nil, fail(err, "mkdir", disp, "")
				}
				return nil, nil
			}
			first, oe := mkdirp(p, disp, mode)
			if oe != nil {
				return nil, oe
			}
			if first == "" {
				return nil, nil
			}
			return func() goja.Value { return vm.ToValue(first) }, nil
		})
	})
	set("mkdtemp", func(c goja.FunctionCall) goja.Value {
		p, disp := s.pathArg(c.Argument(0))
		return s.call(c.Argument(1), func() (func() goja.Value, *opError) {
			dir, oe := mkdtemp(p, disp)
			if oe != nil {
				return nil, oe
			}
			return func() goja.Value { return vm.ToValue(dir) }, nil
		})
	})
	// readdir(path, withTypes, req) → names, or [names, types]
	set("readdir", func(c goja.FunctionCall) goja.Value {
		p, disp := s.pathArg(c.Argument(0))
		withTypes := c.Argument(1).ToBoolean()
		return s.call(c.Argument(2), func() (func() goja.Value, *opError) {
			names, types, err := readDir(p)
			if err != nil {
				return nil, fail(err, "scandir", disp, "")
			}
			return func() goja.Value {
				if withTypes {
					return vm.NewArray(s.strings(names), s.ints(types))
				}
				return s.strings(names)
			}, nil
		})
	})
	set("rmdir", func(c goja.FunctionCall) goja.Value { return pathOp("rmdir", c, 1, unix.Rmdir) })
	set("unlink", func(c goja.FunctionCall) goja.Value { return pathOp("unlink", c, 1, unix.Unlink) })
	// rm(path, recursive, force, maxRetries, retryDelay, req)
	set("rm", func(c goja.FunctionCall) goja.Value {
		p, disp := s.pathArg(c.Argument(0))
		recursive, force := c.Argument(1).ToBoolean(), c.Argument(2).ToBoolean()
		retries, delay := intArg(c.Argument(3)), time.Duration(intArg(c.Argument(4)))*time.Millisecond
		return s.call(c.Argument(5), func() (func() goja.Value, *opError) {
			return nil, rm(p, disp, recursive, force, retries, delay)
		})
	})
	set("rename", func(c goja.FunctionCall) goja.Value { return twoPathOp("rename", c, 2, unix.Rename) })
	set("link", func(c goja.FunctionCall) goja.Value { return twoPathOp("link", c, 2, unix.Link) })
	set("symlink", func(c goja.FunctionCall) goja.Value {
		target, tdisp := c.Argument(0).String(), c.Argument(0).String()
		if o, ok := c.Argument(0).(*goja.Object); ok {
			if b, ok := o.Export().([]byte); ok {
				target, tdisp = string(b), string(b)
			}
		}
		p, disp := s.pathArg(c.Argument(1))
		return s.call(c.Argument(3), func() (func() goja.Value, *opError) {
			if err := retry(func() error { return unix.Symlink(target, p) }); err != nil {
				return nil, fail(err, "symlink", tdisp, disp)
			}
			return nil, nil
		})
	})
	set("copyFile", func(c goja.FunctionCall) goja.Value {
		mode := intArg(c.Argument(2))
		return twoPathOp("copyfile", c, 3, func(a, b string) error { return copyFile(a, b, mode) })
	})
	set("truncate", func(c goja.FunctionCall) goja.Value {
		p, disp := s.pathArg(c.Argument(0))
		size := c.Argument(1).ToInteger()
		return s.call(c.Argument(2), func() (func() goja.Value, *opError) {
			fd, err := openFile(p, unix.O_RDWR, 0)
			if err != nil {
				return nil, fail(err, "open", disp, "")
			}
			err = retry(func() error { return unix.Ftruncate(fd, size) })
			closeFd(fd)
			if err != nil {
				return nil, fail(err, "ftruncate", "", "")
			}
			return nil, nil
		})
	})
	set("ftruncate", func(c goja.FunctionCall) goja.Value {
		size := c.Argument(1).ToInteger()
		return fdOp("ftruncate", c, 2, func(fd int) error { return unix.Ftruncate(fd, size) })
	})
	set("chmod", func(c goja.FunctionCall) goja.Value {
		mode := uint32(intArg(c.Argument(1)))
		return pathOp("chmod", c, 2, func(p string) error { return unix.Chmod(p, mode) })
	})
	set("lchmod", func(c goja.FunctionCall) goja.Value {
		mode := uint32(intArg(c.Argument(1)))
		return pathOp("lchmod", c, 2, func(p string) error { return lchmod(p, mode) })
	})
	set("fchmod", func(c goja.FunctionCall) goja.Value {
		mode := uint32(intArg(c.Argument(1)))
		return fdOp("fchmod", c, 2, func(fd int) error { return unix.Fchmod(fd, mode) })
	})
	set("chown", func(c goja.FunctionCall) goja.Value {
		uid, gid := intArg(c.Argument(1)), intArg(c.Argument(2))
		return pathOp("chown", c, 3, func(p string) error { return unix.Chown(p, uid, gid) })
	})
	set("lchown", func(c goja.FunctionCall) goja.Value {
		uid, gid := intArg(c.Argument(1)), intArg(c.Argument(2))
		return pathOp("lchown", c, 3, func(p string) error { return unix.Lchown(p, uid, gid) })
	})
	set("fchown", func(c goja.FunctionCall) goja.Value {
		uid, gid := intArg(c.Argument(1)), intArg(c.Argument(2))
		return fdOp("fchown", c, 3, func(fd int) error { return unix.Fchown(fd, uid, gid) })
	})
	times := func(c goja.FunctionCall) []unix.Timespec {
		return []unix.Timespec{timespec(c.Argument(1).ToFloat()), timespec(c.Argument(2).ToFloat())}
	}
	set("utimes", func(c goja.FunctionCall) goja.Value {
		ts := times(c)
		return pathOp("utime", c, 3, func(p string) error { return unix.UtimesNanoAt(unix.AT_FDCWD, p, ts, 0) })
	})
	set("lutimes", func(c goja.FunctionCall) goja.Value {
		ts := times(c)
		return pathOp("lutime", c, 3, func(p string) error {
			return unix.UtimesNanoAt(unix.AT_FDCWD, p, ts, unix.AT_SYMLINK_NOFOLLOW)
		})
	})
	set("futimes", func(c goja.FunctionCall) goja.Value {
		ts := times(c)
		return fdOp("futime", c, 3, func(fd int) error { return futimens(fd, ts) })
	})
	set("fsync", func(c goja.FunctionCall) goja.Value { return fdOp("fsync", c, 1, unix.Fsync) })
	set("fdatasync", func(c goja.FunctionCall) goja.Value { return fdOp("fdatasync", c, 1, fdatasync) })
	set("readlink", func(c goja.FunctionCall) goja.Value {
		p, disp := s.pathArg(c.Argument(0))
		return s.call(c.Argument(1), func() (func() goja.Value, *opError) {
			target, err := readlink(p)
			if err != nil {
				return nil, fail(err, "readlink", disp, "")
			}
			return func() goja.Value { return vm.ToValue(target) }, nil
		})
	})
	// realpath(path, native, req): fs.realpath cleans the path first and names
	// the component that failed (syscall lstat); realpath.native names the path.
	set("realpath", func(c goja.FunctionCall) goja.Value {
		p, disp := s.pathArg(c.Argument(0))
		native := c.Argument(1).ToBoolean()
		if !native {
			p = path.Clean(p)
		}
		return s.call(c.Argument(2), func() (func() goja.Value, *opError) {
			res, at, syscall, err := realpath(p, !native)
			if err != nil {
				if native {
					return nil, fail(err, "realpath", disp, "")
				}
				return nil, fail(err, syscall, at, "")
			}
			return func() goja.Value { return vm.ToValue(res) }, nil
		})
	})
	// opendir(path, req) → id; dirRead(id, n, req) → [names, types] or null; dirClose(id, req)
	set("opendir", func(c goja.FunctionCall) goja.Value {
		p, _ := s.pathArg(c.Argument(0))
		return s.call(c.Argument(1), func() (func() goja.Value, *opError) {
			f, err := os.Open(p)
			if err == nil {
				var st os.FileInfo
				if st, err = f.Stat(); err == nil && !st.IsDir() {
					err = unix.ENOTDIR
				}
				if err != nil {
					f.Close()
				}
			}
			if err != nil {
				return nil, fail(err, "opendir", "", "")
			}
			return func() goja.Value {
				s.files.next++
				s.files.dirs[s.files.next] = f
				return vm.ToValue(s.files.next)
			}, nil
		})
	})
	set("dirRead", func(c goja.FunctionCall) goja.Value {
		f := s.files.dirs[intArg(c.Argument(0))]
		n := max(intArg(c.Argument(1)), 1)
		return s.call(c.Argument(2), func() (func() goja.Value, *opError) {
			if f == nil {
				return nil, fail(unix.EBADF, "scandir", "", "")
			}
			ents, err := f.ReadDir(n)
			if err != nil && err != io.EOF {
				return nil, fail(err, "scandir", "", "")
			}
			return func() goja.Value {
				if len(ents) == 0 {
					return goja.Null()
				}
				names := make([]string, len(ents))
				types := make([]int, len(ents))
				for i, e := range ents {
					names[i] = e.Name()
					types[i] = direntType(e.Type())
				}
				return vm.NewArray(s.strings(names), s.ints(types))
			}, nil
		})
	})
	set("dirClose", func(c goja.FunctionCall) goja.Value {
		id := intArg(c.Argument(0))
		f := s.files.dirs[id]
		delete(s.files.dirs, id)
		return s.call(c.Argument(1), func() (func() goja.Value, *opError) {
			if f == nil {
				return nil, fail(unix.EBADF, "closedir", "", "")
			}
			if err := f.Close(); err != nil {
				return nil, fail(err, "closedir", "", "")
			}
			return nil, nil
		})
	})
}

func bigIntOf(vm *goja.Runtime, v int64) goja.Value {
	return vm.ToValue(big.NewInt(v))
}
