package host

import (
	"crypto/sha256"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// moduleWrapperHead is the CommonJS wrapper; it shares the first line with the
// module's code, so line numbers are unchanged and only line 1's columns
// shift (corrected in error reports by wrapperOffset).
const moduleWrapperHead = "(function (exports, require, module, __filename, __dirname) { "
const moduleWrapperTail = "\n})" // no semicolon: goja looks for a source map comment right before a bare "})"

// userPrograms caches compiled user modules for the whole process, keyed by
// a hash of file name and source: a *goja.Program can be shared by runtimes.
var userPrograms sync.Map // [32]byte → *userProgram

// userProgram is a compiled user module, and whether esbuild lowered it first.
type userProgram struct {
	prog    *goja.Program
	lowered bool
}

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
func compileModule(filename, source string) (*goja.Program, bool, error) {
	key := programKey("cjs", filename, source)
	if p, ok := userPrograms.Load(key); ok {
		up := p.(*userProgram)
		return up.prog, up.lowered, nil
	}
	body := stripShebang(strings.TrimPrefix(source, "\uFEFF"))
	lowered := false
	prog, err := goja.Compile(filename, moduleWrapperHead+body+moduleWrapperTail, false)
	if err != nil {
		code, lerr := lowerForGoja(filename, body)
		if lerr != nil {
			return nil, false, err
		}
		prog, err = goja.Compile(filename, moduleWrapperHead+code+moduleWrapperTail, false)
		if err != nil {
			return nil, false, err
		}
		lowered = true
	}
	userPrograms.Store(key, &userProgram{prog: prog, lowered: lowered})
	return prog, lowered, nil
}

// compileScript compiles source as a classic script (for -e and -p).
func compileScript(filename, source string) (*goja.Program, error) {
	key := programKey("script", filename, source)
	if p, ok := userPrograms.Load(key); ok {
		return p.(*userProgram).prog, nil
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
	userPrograms.Store(key, &userProgram{prog: prog})
	return prog, nil
}

// wrapperOffset is how many columns the wrapper adds to line 1 of filename.
func (r *Runtime) wrapperOffset(filename string) int {
	if _, ok := r.sources[filename]; ok {
		return len(moduleWrapperHead)
	}
	return 0
}

// lazyRegexp compiles expr on first use, keeping start-up free of regexp compilation.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// syntaxErrorRe splits goja's parse error text: "[file: ]Line L:C message[ (and N more errors)]".
var syntaxErrorRe = lazyRegexp(`^(?:.*?: )?Line (\d+):(\d+) (.*?)(?: \(and \d+ more errors?\))?$`)

// compileError turns a goja compile error into the SyntaxError Node throws,
// worded like V8 where the two parsers agree on the problem, and remembers
// where it is so the uncaught report shows the line and a caret.
func (r *Runtime) compileError(err error, filename, source string, wrapped bool) goja.Value {
	msg := strings.TrimPrefix(err.Error(), "SyntaxError: ")
	line, col := 0, 0
	if m := syntaxErrorRe().FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		col, _ = strconv.Atoi(m[2])
		msg = v8SyntaxMessage(m[3], sourceLineAt(source, line), col)
		if wrapped && line == 1 {
			col -= len(moduleWrapperHead)
		}
	}
	ctor, _ := goja.AssertConstructor(r.vm.Get("SyntaxError"))
	obj, cerr := ctor(nil, r.vm.ToValue(msg))
	if cerr != nil {
		return r.vm.ToValue(msg)
	}
	if line > 0 {
		r.syntaxSite = throwSite{value: obj, file: filename, line: line, col: col}
	}
	return obj
}

func sourceLineAt(src string, line int) string {
	for i := 1; i < line; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return src
}

// v8SyntaxMessage rewords goja's parser messages the way V8 phrases them.
func v8SyntaxMessage(msg, line string, col int) string {
	switch {
	case msg == "Unexpected token ILLEGAL":
		return "Invalid or unexpected token"
	case strings.HasPrefix(msg, "Unexpected token "):
		return "Unexpected token '" + strings.TrimPrefix(msg, "Unexpected token ") + "'"
	case msg == "Unexpected identifier":
		if col >= 1 && col-1 < len(line) {
			rest := line[col-1:]
			end := 0
			for end < len(rest) && (rest[end] == '_' || rest[end] == '$' || rest[end] >= 'a' && rest[end] <= 'z' || rest[end] >= 'A' && rest[end] <= 'Z' || rest[end] >= '0' && rest[end] <= '9') {
				end++
			}
			if end > 0 {
				return "Unexpected identifier '" + rest[:end] + "'"
			}
		}
	}
	return msg
}
