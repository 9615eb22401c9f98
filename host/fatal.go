package host

import (
	"fmt"
	"io"
	"strings"

	"github.com/dop251/goja"
)

// NodeVersion is the Node.js release whose behaviour gonode follows.
const NodeVersion = "v20.20.2"

// Version is gonode's own version.
const Version = "0.1.0"

// versionLine ends every fatal error report, where Node prints "Node.js v20.x".
const versionLine = "gonode v" + Version + " (Node.js " + NodeVersion + ")"

// throwSite remembers where the last uncaught exception was thrown, for the
// source line and caret that head Node's report.
type throwSite struct {
	value goja.Value
	file  string
	line  int
	col   int
}

// noteThrowSite remembers where value was thrown, for the report's source excerpt, and gives an
// error the engine made (or the RangeError for a stack overflow, whose exception carries no
// value) a V8-format stack (stack.go).
func (r *Runtime) noteThrowSite(value goja.Value, ex *goja.Exception) {
	overflow, engineMade := ex.Value() == nil, false
	if overflow {
		r.overflowStack(value, ex.Stack())
	} else {
		engineMade = r.v8ifyStack(value)
	}
	// goja's exception carries the throw site, except for errors the engine made (their
	// creation site, which is where they were thrown unless rethrown).
	file, line, col := r.exceptionSite(ex.Stack())
	if file == "" {
		file, line, col = r.errorSite(value)
	}
	if text, ok := r.sourceLine(file, line); ok && file != "" {
		if overflow || engineMade {
			// V8 points at the statement of `return f()` for errors the engine raises there.
			col = atKeyword(text, col, "return")
		} else {
			// V8 points at the throw keyword of `throw new Error()`.
			col = atThrow(text, col)
		}
	}
	r.lastThrow = throwSite{value: value, file: file, line: line, col: col}
}

// sourceContext returns Node's "file:line\nsource\n   ^\n" header for an uncaught value
// (for an error not seen thrown, such as a promise rejection: where it was made), or "" when
// the site is unknown or internal.
func (r *Runtime) sourceContext(value goja.Value) string {
	if r.emittedUnhandled(value) {
		// Thrown by events for an 'error' event nobody listened to, perhaps in a
		// tick that a built-in caught: Node's header names that throw.
		return nodeThrowSites["node:events|throw er; // Unhandled 'error' event"]
	}
	site := r.lastThrow
	if r.syntaxSite.value != nil && r.syntaxSite.value == value {
		site = r.syntaxSite
	} else if site.value == nil || site.value != value {
		file, line, col := r.errorSite(value)
		if r.caughtThrow {
			// Thrown, then caught by a built-in and reported (a timer callback):
			// V8 points at the throw keyword where the error was made there.
			if text, ok := r.sourceLine(file, line); ok {
				col = atThrow(text, col)
			}
		}
		site = throwSite{value: value, file: file, line: line, col: col}
	}
	if site.file == "" {
		return ""
	}
	text, ok := r.sourceLine(site.file, site.line)
	if !ok {
		return ""
	}
	if strings.HasPrefix(site.file, "node:") {
		// A throw inside a built-in: Node shows its own source there. Only the
		// sites users meet all the time are known; the rest print no header.
		return nodeThrowSites[site.file+"|"+strings.TrimSpace(text)]
	}
	return fmt.Sprintf("%s:%d\n%s\n%s^\n", site.file, site.line, text, caretLine(text, site.col))
}

// nodeThrowSites maps throws inside gonode's built-ins (file and trimmed
// source line) to the header Node v20.20 prints for the same throw in its own
// sources, for the reports users see most: an 'error' event nobody listens to.
var nodeThrowSites = map[string]string{
	"node:events|throw er; // Unhandled 'error' event":  "node:events:502\n      throw er; // Unhandled 'error' event\n      ^\n",
	"node:events|throw err; // Unhandled 'error' event": "node:events:515\n    throw err; // Unhandled 'error' event\n    ^\n",
}

// emittedUnhandled reports whether v is an error that events threw for an
// 'error' event without listeners: events marks it with a function keyed by
// internal/errors' kEnhanceStackBeforeInspector symbol.
func (r *Runtime) emittedUnhandled(v goja.Value) (marked bool) {
	o, ok := v.(*goja.Object)
	if !ok || !isErrorObject(v) {
		return false
	}
	defer func() {
		if recover() != nil { // a getter that throws: no header, as for any unknown site
			marked = false
		}
	}()
	mod, ok := r.builtinModules["internal/errors"]
	if !ok {
		return false // never loaded, so nothing was marked
	}
	exports, ok := mod.Get("exports").(*goja.Object)
	if !ok {
		return false
	}
	sym, ok := exports.Get("kEnhanceStackBeforeInspector").(*goja.Symbol)
	if !ok {
		return false
	}
	mark := o.GetSymbol(sym)
	return mark != nil && !goja.IsUndefined(mark)
}

// printFatal writes Node's report for an uncaught exception to stderr.
func (r *Runtime) printFatal(value goja.Value) {
	r.v8ifyStack(value) // an error the engine made still has goja's stack format
	var body string
	if r.formatFatal != nil {
		// formatFatal also writes out what stdout/stderr pipes still hold.
		r.depth++
		v, err := r.formatFatal(goja.Undefined(), value)
		r.depth--
		if err == nil {
			body = v.String()
		}
	}
	// Stdout written before the error comes out before its report; stdio is reset.
	r.runAtExit()
	if body == "" {
		body = value.String()
	}
	body = strings.TrimRight(body, "\n")
	ctx := r.sourceContext(value)
	w := r.cfg.stderr
	if !isErrorObject(value) {
		io.WriteString(w, "\n") // Node leads with a blank line for thrown non-errors
	}
	if ctx != "" {
		io.WriteString(w, ctx)
		if isErrorObject(value) {
			io.WriteString(w, "\n")
		}
	}
	io.WriteString(w, body+"\n")
	io.WriteString(w, "\n"+versionLine+"\n")
}

// printFatalText reports an error that is not a JavaScript value.
func (r *Runtime) printFatalText(msg string) {
	r.runAtExit()
	io.WriteString(r.cfg.stderr, msg+"\n\n"+versionLine+"\n")
}

func isErrorObject(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	return o.ClassName() == "Error"
}
