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
	if site.file == "" || strings.HasPrefix(site.file, "node:") {
		return ""
	}
	text, ok := r.sourceLine(site.file, site.line)
	if !ok {
		return ""
	}
	return fmt.Sprintf("%s:%d\n%s\n%s^\n", site.file, site.line, text, caretLine(text, site.col))
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
