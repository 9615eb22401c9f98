package host

import (
	"slices"
	"testing"
)

// TestTopLevelRequires checks what compile-ahead reads from a built-in: the
// requires of its top-level statements, not those inside functions.
func TestTopLevelRequires(t *testing.T) {
	got := topLevelRequires("util")
	for _, want := range []string{"internal/util/inspect", "internal/errors", "internal/validators"} {
		if !slices.Contains(got, want) {
			t.Errorf("util's top-level requires %v lack %q", got, want)
		}
	}
	for _, lazy := range []string{"internal/util/colors", "internal/assert/comparisons", "internal/util/parse_args"} {
		if slices.Contains(got, lazy) {
			t.Errorf("util's top-level requires %v include %q, which it requires inside a function", got, lazy)
		}
	}
}
