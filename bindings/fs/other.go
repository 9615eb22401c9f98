//go:build !(linux || darwin || freebsd)

package fs

import (
	"github.com/dop251/goja"
	"github.com/gonode/gonode/loop"
)

type fileTable struct{}

func newFileTable() *fileTable { return &fileTable{} }

// register makes every function fail with ENOSYS where the binding has no
// implementation for the OS.
func (s *state) register(b *goja.Object) {
	for _, name := range []string{"open", "close", "read", "write", "readv", "writev", "readFile",
		"writeFile", "stat", "lstat", "fstat", "statfs", "access", "mkdir", "mkdtemp", "readdir",
		"rmdir", "unlink", "rm", "rename", "link", "symlink", "copyFile", "truncate", "ftruncate",
		"chmod", "lchmod", "fchmod", "chown", "lchown", "fchown", "utimes", "lutimes", "futimes",
		"fsync", "fdatasync", "readlink", "realpath", "opendir", "dirRead", "dirClose"} {
		name := name
		b.Set(name, func(goja.FunctionCall) goja.Value {
			panic(s.env.UVException(loop.ENOSYS, name, "", ""))
		})
	}
}
