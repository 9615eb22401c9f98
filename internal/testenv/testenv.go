// Package testenv keeps tests independent of the machine's environment: the
// variables that change what node and gonode print whatever a script does.
package testenv

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// Scrubbed are the options and certificates Node reads from the environment,
// the time zone, and the variables Node's getColorDepth reads besides TERM.
var Scrubbed = []string{"NODE_OPTIONS", "NODE_EXTRA_CA_CERTS", "TZ",
	"NO_COLOR", "NODE_DISABLE_COLORS", "FORCE_COLOR", "COLORTERM", "TMUX",
	"CI", "TEAMCITY_VERSION", "TERM_PROGRAM", "TERM_PROGRAM_VERSION"}

// Child is this process's environment for a child gonode or node: without
// Scrubbed, with TZ=UTC and then extra.
func Child(extra ...string) []string {
	out := []string{"TZ=UTC"}
	for _, e := range os.Environ() {
		name, _, _ := strings.Cut(e, "=")
		if !slices.Contains(Scrubbed, name) {
			out = append(out, e)
		}
	}
	return append(out, extra...)
}

// Main is a TestMain for packages whose runtimes read this process's
// environment: it scrubs it, then runs the tests.
func Main(m *testing.M) {
	Scrub()
	os.Exit(m.Run())
}

// Scrub removes Scrubbed from this process's environment and sets TZ=UTC.
func Scrub() {
	for _, name := range Scrubbed {
		os.Unsetenv(name)
	}
	os.Setenv("TZ", "UTC")
}
