// Package jscache compiles the JavaScript of gonode's built-in modules once
// per process and shares the programs: a *goja.Program is immutable, so every
// runtime in the process runs the same one. It depends only on goja and the
// embedded sources (package js), so compiling can start while the rest of a
// program is still initialising (see cmd/gonode/internal/early).
package jscache

import (
	"fmt"
	"io/fs"
	"sync"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/js"
)

// WrapperHead and WrapperTail enclose every built-in module body (see js/README.md).
const (
	WrapperHead = "(function (exports, require, module, internalBinding) {"
	WrapperTail = "\n})"
)

// Startup lists the built-ins every runtime loads before user code, in the
// order the bootstrap (internal/bootstrap/node) needs them.
var Startup = []string{
	"internal/bootstrap/node", "events", "internal/process/task_queues", "internal/process/execution",
	"internal/process/promises", "internal/process/per_thread", "internal/modules/cjs/loader",
}

// programs caches compiled built-ins by id; each is compiled once even when
// several goroutines ask for it together.
var programs sync.Map // id → *entry

type entry struct {
	once sync.Once
	prog *goja.Program
	err  error
}

// Program returns js/<id>.js compiled, compiling it on first use.
func Program(id string) (*goja.Program, error) {
	e, ok := programs.Load(id)
	if !ok {
		e, _ = programs.LoadOrStore(id, &entry{})
	}
	c := e.(*entry)
	c.once.Do(func() {
		src, err := fs.ReadFile(js.FS, id+".js")
		if err != nil {
			c.err = fmt.Errorf("no built-in module %q: %w", id, err)
			return
		}
		c.prog, c.err = goja.Compile("node:"+id, WrapperHead+string(src)+WrapperTail, true)
		if c.err != nil {
			c.err = fmt.Errorf("compiling built-in %q: %w", id, c.err)
		}
	})
	return c.prog, c.err
}

// Exists reports whether js/<id>.js exists.
func Exists(id string) bool {
	_, err := fs.Stat(js.FS, id+".js")
	return err == nil
}

var prewarmOnce sync.Once

// Prewarm starts compiling Startup on another goroutine, once per process;
// the goroutine ends when they are compiled. It starts from the end of the
// list, so that the runtime, which compiles what it needs from the start,
// and the goroutine meet in the middle rather than wait for each other.
func Prewarm() {
	prewarmOnce.Do(func() {
		go func() {
			for i := len(Startup) - 1; i >= 0; i-- {
				Program(Startup[i])
			}
		}()
	})
}
