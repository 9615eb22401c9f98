// Package path is internalBinding('path'): native path.posix.join, normalize and resolve for
// the common case, which is what fs-heavy code calls per file.
//
// In goja a JavaScript join(...args) pays for its rest array, and every String method on a
// primitive string builds a wrapper object: about 4 µs a join where V8 takes 0.3 µs. The
// functions here take every argument as it is and handle the case where all the arguments
// are ASCII strings (and, for resolve, one of them is absolute, so that the working
// directory is not needed); anything else — a non-string (Node's argument error), a
// non-ASCII string (UTF-16 semantics), a resolve against process.cwd() — goes to the
// JavaScript function the module passes in, which gives the same result for every input:
//
//	makeJoin(slow)       → join      (name "join", length 0)
//	makeNormalize(slow)  → normalize (name "normalize", length 1)
//	makeResolve(slow)    → resolve   (name "resolve", length 0)
//
// Everything runs on the loop thread; the closures belong to one runtime.
package path

import (
	"strings"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/binding"
)

// maxFastArgs bounds the on-stack list of argument strings; calls with more arguments take
// the JavaScript path.
const maxFastArgs = 8

// Init builds internalBinding('path') for one runtime.
func Init(env binding.Env) *goja.Object {
	vm := env.VM()
	b := vm.NewObject()
	maker := func(name string, length int, fast func(args []goja.Value) (string, bool)) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			slow, ok := goja.AssertFunction(call.Argument(0))
			if !ok {
				panic(vm.NewTypeError("path: " + name + " needs the JavaScript implementation"))
			}
			fn := vm.ToValue(func(c goja.FunctionCall) goja.Value {
				if s, ok := fast(c.Arguments); ok {
					return vm.ToValue(s)
				}
				ret, err := slow(c.This, c.Arguments...)
				if err != nil {
					panic(err)
				}
				return ret
			}).(*goja.Object)
			must(fn.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
			must(fn.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
			return fn
		}
	}
	must(b.Set("makeJoin", maker("join", 0, fastJoin)))
	must(b.Set("makeNormalize", maker("normalize", 1, fastNormalize)))
	must(b.Set("makeResolve", maker("resolve", 0, fastResolve)))
	return b
}

// must panics with err: binding set-up on a fresh object cannot fail.
func must(err error) {
	if err != nil {
		panic(err)
	}
}

// asciiArg is v as a Go string when it is a JavaScript string of ASCII characters only (so
// that its bytes are its UTF-16 code units).
func asciiArg(v goja.Value) (string, bool) {
	s, ok := v.(goja.String)
	if !ok {
		return "", false
	}
	str := s.String()
	for i := 0; i < len(str); i++ {
		if str[i] >= 0x80 {
			return "", false
		}
	}
	return str, true
}

// fastJoin is posix.join for ASCII string arguments.
func fastJoin(args []goja.Value) (string, bool) {
	if len(args) > maxFastArgs {
		return "", false
	}
	var stack [maxFastArgs]string
	parts := stack[:0]
	for _, a := range args {
		s, ok := asciiArg(a)
		if !ok {
			return "", false
		}
		if s != "" {
			parts = append(parts, s)
		}
	}
	switch len(parts) {
	case 0:
		return ".", true
	case 1:
		return normalize(parts[0]), true
	}
	return normalize(strings.Join(parts, "/")), true
}

// fastNormalize is posix.normalize for an ASCII string.
func fastNormalize(args []goja.Value) (string, bool) {
	if len(args) == 0 {
		return "", false
	}
	s, ok := asciiArg(args[0])
	if !ok {
		return "", false
	}
	return normalize(s), true
}

// fastResolve is posix.resolve for ASCII string arguments of which one is absolute: the
// result does not depend on the working directory.
func fastResolve(args []goja.Value) (string, bool) {
	if len(args) > maxFastArgs {
		return "", false
	}
	var stack [maxFastArgs]string
	for i, a := range args {
		s, ok := asciiArg(a)
		if !ok {
			return "", false
		}
		stack[i] = s
	}
	// The arguments from the last absolute one on, empty ones skipped.
	start := -1
	for i := len(args) - 1; i >= 0; i-- {
		if stack[i] != "" && stack[i][0] == '/' {
			start = i
			break
		}
	}
	if start < 0 {
		return "", false
	}
	parts := stack[start:len(args)]
	joined := parts[0]
	if len(parts) > 1 {
		var nonEmpty [maxFastArgs]string
		list := nonEmpty[:0]
		for _, p := range parts {
			if p != "" {
				list = append(list, p)
			}
		}
		joined = strings.Join(list, "/")
	}
	return "/" + segments(joined, false), true
}

// normalize is Node's posix.normalize of an ASCII path.
func normalize(p string) string {
	if p == "" {
		return "."
	}
	isAbs := p[0] == '/'
	trailing := p[len(p)-1] == '/'
	body := segments(p, !isAbs)
	if body == "" {
		if isAbs {
			return "/"
		}
		if trailing {
			return "./"
		}
		return "."
	}
	switch {
	case isAbs && trailing:
		return "/" + body + "/"
	case isAbs:
		return "/" + body
	case trailing:
		return body + "/"
	}
	return body
}

// segments canonicalises p: empty and "." segments vanish, "x/.." pairs fold, and a ".."
// that would climb above the start is kept when allowAbove (else dropped). The result has
// no leading or trailing slash.
func segments(p string, allowAbove bool) string {
	if !strings.Contains(p, "//") && !strings.Contains(p, "/.") && p[0] != '.' {
		// Nothing folds: strip the outer slashes.
		s, e := 0, len(p)
		if p[0] == '/' {
			s = 1
		}
		if e > s && p[e-1] == '/' {
			e--
		}
		if s >= e {
			return ""
		}
		return p[s:e]
	}
	// out holds the result; ends[i] is where its i-th segment ends, for popping.
	out := make([]byte, 0, len(p))
	var endStack [32]int
	ends := endStack[:0]
	ups := 0 // leading ".." segments in out
	for i := 0; i < len(p); {
		j := strings.IndexByte(p[i:], '/')
		if j < 0 {
			j = len(p)
		} else {
			j += i
		}
		seg := p[i:j]
		i = j + 1
		switch seg {
		case "", ".":
			continue
		case "..":
			if len(ends) > ups {
				ends = ends[:len(ends)-1]
				if len(ends) == 0 {
					out = out[:0]
				} else {
					out = out[:ends[len(ends)-1]]
				}
				continue
			}
			if !allowAbove {
				continue
			}
			ups++
		}
		if len(out) > 0 {
			out = append(out, '/')
		}
		out = append(out, seg...)
		ends = append(ends, len(out))
	}
	return string(out)
}
