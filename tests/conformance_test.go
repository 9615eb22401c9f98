// Package tests runs the conformance scripts: every *.js file under tests/
// (except helper folders) is run with gonode and its stdout, normalised
// stderr and exit code are compared with what Node v20 printed, recorded
// next to the script as NAME.out, NAME.err and NAME.code.
//
//	go test ./tests/                 compare with the recorded expectations
//	go test ./tests/ -update         re-record them by running node
//	go test ./tests/ -node           compare with node live instead of the recordings
//	go test ./tests/ -run 'Conformance/timers/'   one folder
package tests

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testenv"
)

var (
	update   = flag.Bool("update", false, "re-record expected output by running node")
	liveNode = flag.Bool("node", false, "compare with node live instead of the recorded output")
)

var gonodeBin string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "gonode-conformance")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	gonodeBin = filepath.Join(dir, "gonode")
	build := exec.Command("go", "build", "-o", gonodeBin, "../cmd/gonode")
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building gonode:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// skipDirs hold helpers and fixtures, not conformance scripts.
var skipDirs = map[string]bool{"jsunit": true, "fixtures": true, "node_modules": true, "testdata": true}

func scripts(t *testing.T) []string {
	var out []string
	err := filepath.WalkDir(".", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (skipDirs[d.Name()] || strings.HasPrefix(d.Name(), "_")) {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".js") {
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

type result struct {
	stdout, stderr string
	code           int
}

// runScript runs one script the way ../shared/tools/node-diff does: in its
// directory, TZ=UTC, NO_COLOR=1, stdin from /dev/null, a 60 s limit. When
// NAME.stdin exists next to the script, stdin is a pipe that carries its bytes.
func runScript(t *testing.T, bin, script string) result {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, filepath.Base(script))
	cmd.Dir = filepath.Dir(script)
	cmd.Env = testenv.Child("NO_COLOR=1")
	if in, err := os.ReadFile(strings.TrimSuffix(script, ".js") + ".stdin"); err == nil {
		cmd.Stdin = bytes.NewReader(in)
	}
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	err := cmd.Run()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("running %s %s: %v", bin, script, err)
		}
		code = ee.ExitCode()
	}
	if ctx.Err() != nil {
		t.Fatalf("%s %s: timed out", bin, script)
	}
	root, _ := filepath.Abs(".")
	clean := func(s string) string { return strings.ReplaceAll(s, root, "<tests>") }
	return result{stdout: clean(so.String()), stderr: clean(normalizeStderr(se.String())), code: code}
}

var (
	pidRe      = regexp.MustCompile(`\((node|gonode):\d+\)`)
	versionRe  = regexp.MustCompile(`^(Node\.js v\d+\.\d+\.\d+|gonode v\S+ \(Node\.js v\S+\))$`)
	internalRe = regexp.MustCompile(`^\s+at .*\(?node:internal/`)
)

// The tests folder's absolute path is replaced by <tests> in both streams, so
// recordings do not depend on where the repository is checked out.

// normalizeStderr keeps the shape of stderr that gonode must match: message
// lines, with stack frames, pids and the version line abstracted away.
func normalizeStderr(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		switch {
		case strings.HasPrefix(strings.TrimLeft(line, " \t"), "at ") || internalRe.MatchString(line):
			if len(out) == 0 || out[len(out)-1] != "    at <frames>" {
				out = append(out, "    at <frames>")
			}
			continue
		case versionRe.MatchString(line):
			line = "<version>"
		}
		out = append(out, pidRe.ReplaceAllString(line, "(node:PID)"))
	}
	return strings.Join(out, "\n")
}

func expectedFor(t *testing.T, script string) result {
	base := strings.TrimSuffix(script, ".js")
	if *liveNode {
		return runScript(t, "node", script)
	}
	out, err1 := os.ReadFile(base + ".out")
	errb, err2 := os.ReadFile(base + ".err")
	codeb, err3 := os.ReadFile(base + ".code")
	if err1 != nil || err2 != nil || err3 != nil {
		t.Fatalf("%s: no recorded expectation (run go test ./tests/ -update with node installed)", script)
	}
	code, err := strconv.Atoi(strings.TrimSpace(string(codeb)))
	if err != nil {
		t.Fatalf("%s.code: %v", base, err)
	}
	return result{stdout: string(out), stderr: string(errb), code: code}
}

func record(t *testing.T, script string) {
	res := runScript(t, "node", script)
	base := strings.TrimSuffix(script, ".js")
	for name, data := range map[string]string{".out": res.stdout, ".err": res.stderr, ".code": strconv.Itoa(res.code) + "\n"} {
		if err := os.WriteFile(base+name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestConformance(t *testing.T) {
	noteSources()
	for _, script := range scripts(t) {
		script := script
		t.Run(strings.TrimSuffix(script, ".js"), func(t *testing.T) {
			if *update {
				record(t, script)
			}
			want := expectedFor(t, script)
			got := runScript(t, gonodeBin, script)
			if got.stdout != want.stdout {
				t.Errorf("stdout differs\n%s", firstDifference(want.stdout, got.stdout))
			}
			if got.stderr != want.stderr {
				t.Errorf("stderr differs\n%s", firstDifference(want.stderr, got.stderr))
			}
			if got.code != want.code {
				t.Errorf("exit code: node %d, gonode %d", want.code, got.code)
			}
		})
	}
}

// firstDifference shows where two outputs part: the first differing line
// with a few lines of context from each side, so a failure in a long output
// stays readable in CI's log.
func firstDifference(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	from := max(0, i-3)
	window := func(lines []string) string {
		to := min(len(lines), i+4)
		if from >= to {
			return "    (ends here)\n"
		}
		var b strings.Builder
		for k := from; k < to; k++ {
			mark := "  "
			if k == i {
				mark = "> "
			}
			fmt.Fprintf(&b, "%s%4d| %s\n", mark, k+1, lines[k])
		}
		return b.String()
	}
	return fmt.Sprintf("first difference at line %d (node %d lines, gonode %d lines)\n--- node\n%s--- gonode\n%s",
		i+1, len(w), len(g), window(w), window(g))
}

// noteSources opens every source file the gonode binary is built from, so
// that go test's result cache (which tracks the files a test opens once
// m.Run has started, not what a child go build reads) is invalidated when a
// built-in's JavaScript or any Go package changes.
func noteSources() {
	for _, dir := range []string{"../js", "../host", "../bindings", "../loop", "../cmd", "../go.mod", "../go.sum"} {
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if f, err := os.Open(p); err == nil {
					f.Close()
				}
			}
			return nil
		})
	}
}
