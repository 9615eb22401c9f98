package host

import (
	"crypto/sha256"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// moduleWrapperHead is the CommonJS wrapper; it shares the first line with the
// module's code, so line numbers are unchanged and only line 1's columns
// shift (corrected in error reports by wrapperOffset).
const moduleWrapperHead = "(function (exports, require, module, __filename, __dirname) { "
const moduleWrapperTail = "\n});"

// userPrograms caches compiled user modules for the whole process, keyed by
// a hash of file name and source: a *goja.Program can be shared by runtimes.
var userPrograms sync.Map // [32]byte → *goja.Program

func programKey(kind, filename, source string) [32]byte {
	h := sha256.New()
	h.Write([]byte(kind))
	h.Write([]byte{0})
	h.Write([]byte(filename))
	h.Write([]byte{0})
	h.Write([]byte(source))
	var k [32]byte
	h.Sum(k[:0])
	return k
}

// stripShebang blanks a leading "#!" line, keeping the line count.
func stripShebang(src string) string {
	if strings.HasPrefix(src, "#!") {
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			return src[i:]
		}
		return ""
	}
	return src
}

// compileModule compiles a CommonJS module body wrapped in its function.
// Sources goja's parser refuses (async generators, `for await`) are lowered
// with esbuild first, keeping line numbers through an inline source map.
func compileModule(filename, source string) (*goja.Program, error) {
	key := programKey("cjs", filename, source)
	if p, ok := userPrograms.Load(key); ok {
		return p.(*goja.Program), nil
	}
	body := stripShebang(strings.TrimPrefix(source, "\uFEFF"))
	prog, err := goja.Compile(filename, moduleWrapperHead+body+moduleWrapperTail, false)
	if err != nil {
		lowered, lerr := lowerForGoja(filename, body)
		if lerr != nil {
			return nil, err
		}
		prog, err = goja.Compile(filename, moduleWrapperHead+lowered+moduleWrapperTail, false)
		if err != nil {
			return nil, err
		}
	}
	userPrograms.Store(key, prog)
	return prog, nil
}

// compileScript compiles source as a classic script (for -e and -p).
func compileScript(filename, source string) (*goja.Program, error) {
	key := programKey("script", filename, source)
	if p, ok := userPrograms.Load(key); ok {
		return p.(*goja.Program), nil
	}
	prog, err := goja.Compile(filename, stripShebang(source), false)
	if err != nil {
		lowered, lerr := lowerForGoja(filename, source)
		if lerr != nil {
			return nil, err
		}
		if prog, err = goja.Compile(filename, lowered, false); err != nil {
			return nil, err
		}
	}
	userPrograms.Store(key, prog)
	return prog, nil
}

// wrapperOffset is how many columns the wrapper adds to line 1 of filename.
func (r *Runtime) wrapperOffset(filename string) int {
	if _, ok := r.sources[filename]; ok {
		return len(moduleWrapperHead)
	}
	return 0
}

// compileError turns a goja compile error into a SyntaxError for JavaScript.
func (r *Runtime) compileError(err error) goja.Value {
	msg := err.Error()
	if ce, ok := err.(*goja.CompilerSyntaxError); ok {
		msg = ce.Error()
	}
	msg = strings.TrimPrefix(msg, "SyntaxError: ")
	ctor, _ := goja.AssertConstructor(r.vm.Get("SyntaxError"))
	if obj, cerr := ctor(nil, r.vm.ToValue(msg)); cerr == nil {
		return obj
	}
	return r.vm.ToValue(msg)
}
