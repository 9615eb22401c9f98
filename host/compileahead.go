package host

import (
	"io/fs"
	"strings"
	"sync"

	"github.com/gonode/gonode/host/jscache"
	"github.com/gonode/gonode/js"
)

// Compile-ahead: once user code runs, a built-in it loads names, at the top
// level of its source, the built-ins it will load next; a goroutine compiles
// those (and theirs, transitively) on another core while the loop thread
// evaluates the first. goja has no cache that outlives the process, so
// compiling is most of what loading a built-in costs; this overlaps it with
// evaluation. Start-up itself is left alone: the modules every runtime needs
// have their own prewarm, and a script that loads nothing pays nothing.

// topLevelRequire matches require('id') on a line that starts at column 0,
// which in js/ is a top-level statement (`const x = require('y');` or the
// closing `} = require('y');` of a destructuring); requires inside functions
// are indented and so left to be compiled when they are reached.
var topLevelRequire = lazyRegexp(`(?m)^[^\s/].*\brequire\('([^']+)'\)`)

// ahead is the process-wide compile-ahead queue; its goroutine ends when the
// queue is empty and a later enqueue starts a new one. seen holds every id
// ever queued, so each module is compiled and expanded once.
var ahead struct {
	mu      sync.Mutex
	queue   []string
	seen    map[string]bool
	running bool
}

// compileAhead queues built-ins to be compiled in the background, each
// followed by what it requires at its top level, transitively.
func compileAhead(ids ...string) {
	ahead.mu.Lock()
	defer ahead.mu.Unlock()
	if ahead.seen == nil {
		ahead.seen = map[string]bool{}
	}
	for _, id := range ids {
		if !ahead.seen[id] {
			ahead.seen[id] = true
			ahead.queue = append(ahead.queue, id)
		}
	}
	if len(ahead.queue) > 0 && !ahead.running {
		ahead.running = true
		go runCompileAhead()
	}
}

// runCompileAhead compiles each queued module and then its top-level
// requires, the last first (the loop thread meets them from the first), and
// queues those in turn; a module the loop thread compiled already, or is
// compiling, costs it nothing.
func runCompileAhead() {
	for {
		ahead.mu.Lock()
		if len(ahead.queue) == 0 {
			ahead.running = false
			ahead.mu.Unlock()
			return
		}
		id := ahead.queue[0]
		ahead.queue = ahead.queue[1:]
		ahead.mu.Unlock()
		if _, err := jscache.Program(id); err != nil {
			continue
		}
		deps := topLevelRequires(id)
		for i := len(deps) - 1; i >= 0; i-- {
			if _, err := jscache.Program(deps[i]); err == nil {
				compileAhead(deps[i])
			}
		}
	}
}

// topLevelRequires lists the built-ins js/<id>.js requires at its top level.
func topLevelRequires(id string) []string {
	src, err := fs.ReadFile(js.FS, id+".js")
	if err != nil {
		return nil
	}
	var ids []string
	for _, m := range topLevelRequire().FindAllSubmatch(src, -1) {
		dep := strings.TrimPrefix(string(m[1]), "node:")
		if jscache.Exists(dep) {
			ids = append(ids, dep)
		}
	}
	return ids
}
