package host

import "testing"

// TestPrewarmListsNameBuiltins keeps the prewarm lists in step with js/: a
// renamed or removed module would otherwise only make start-up slower.
func TestPrewarmListsNameBuiltins(t *testing.T) {
	lists := [][]string{startupModules, printRoots}
	for _, l := range stdoutRoots {
		lists = append(lists, l)
	}
	for _, list := range lists {
		for _, id := range list {
			if !builtinExists(id) {
				t.Errorf("prewarm names %q, which is not a built-in", id)
			}
		}
	}
}
