package host

import (
	"context"
	"slices"
	"testing"

	"github.com/gonode/gonode/host/jscache"
)

// TestPrewarmListsNameBuiltins keeps the prewarm lists in step with js/: a
// renamed or removed module would otherwise only make start-up slower.
func TestPrewarmListsNameBuiltins(t *testing.T) {
	lists := [][]string{jscache.Startup, printRoots}
	for _, l := range stdoutRoots {
		lists = append(lists, l)
	}
	for _, list := range lists {
		for _, id := range list {
			if !jscache.Exists(id) {
				t.Errorf("prewarm names %q, which is not a built-in", id)
			}
		}
	}
}

// jscache.Startup is exactly what an empty script loads: a module added to
// the bootstrap belongs in it, and one that left it should not be compiled
// ahead of every script.
func TestStartupListIsWhatAnEmptyScriptLoads(t *testing.T) {
	r, _, _ := newTestRuntime(t)
	r.RunScript(context.Background(), "empty.js", "")
	var loaded []string
	for id := range r.builtinModules {
		loaded = append(loaded, id)
	}
	slices.Sort(loaded)
	want := slices.Sorted(slices.Values(jscache.Startup))
	if !slices.Equal(loaded, want) {
		t.Fatalf("an empty script loads %q;\njscache.Startup lists %q", loaded, want)
	}
}
