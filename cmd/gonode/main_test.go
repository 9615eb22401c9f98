package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gonode/gonode/host"
)

// gonode runs the CLI in-process and returns stdout, stderr and the exit code.
func gonode(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

// The expected outputs below are what node v20 prints for the same command lines.
func TestCLI(t *testing.T) {
	dir := t.TempDir()
	pre := filepath.Join(dir, "pre.js")
	os.WriteFile(pre, []byte("globalThis.preloaded = 'yes'; console.log('preload ran');\n"), 0o644)
	script := filepath.Join(dir, "main.js")
	os.WriteFile(script, []byte("console.log(process.argv.slice(2).join(','), typeof preloaded);\n"), 0o644)

	for _, tc := range []struct {
		name           string
		stdin          string
		args           []string
		stdout, stderr string
		code           int
	}{
		{name: "version", args: []string{"--version"}, stdout: host.NodeVersion + "\n"},
		{name: "version short", args: []string{"-v"}, stdout: host.NodeVersion + "\n"},
		{name: "bad option", args: []string{"--bogus"}, stderr: "gonode: bad option: --bogus\n", code: 9},
		{name: "missing argument", args: []string{"-r"}, stderr: "gonode: -r requires an argument\n", code: 9},
		{name: "bad rejections mode", args: []string{"--unhandled-rejections=bogus", "-e", "1"}, stderr: "gonode: invalid value for --unhandled-rejections\n", code: 9},
		{name: "eval", args: []string{"-e", "console.log(1 + 1)"}, stdout: "2\n"},
		{name: "eval with args", args: []string{"-e", "console.log(process.argv.slice(1))", "a", "b"}, stdout: "[ 'a', 'b' ]\n"},
		{name: "eval then --", args: []string{"-e", "console.log(process.argv.slice(1))", "--", "a", "b"}, stdout: "[ 'a', 'b' ]\n"},
		{name: "eval, args, --", args: []string{"-e", "console.log(process.argv.slice(1))", "a", "--", "b"}, stdout: "[ 'a', '--', 'b' ]\n"},
		{name: "print string", args: []string{"-p", "'x'"}, stdout: "x\n"},
		{name: "print array", args: []string{"-p", "[1, 2]"}, stdout: "[ 1, 2 ]\n"},
		{name: "eval exit code", args: []string{"-e", "process.exitCode = 3"}, code: 3},
		{name: "stdin script", stdin: "console.log(__filename, process.argv.length)", args: []string{"-", "q"}, stdout: "[stdin] 3\n"},
		{name: "stdin by default", stdin: "console.log('from stdin')", stdout: "from stdin\n"},
		{name: "script and args", args: []string{script, "x", "--y"}, stdout: "x,--y undefined\n"},
		{name: "double dash", args: []string{"--", script, "-e"}, stdout: "-e undefined\n"},
		{name: "preload", args: []string{"-r", pre, script}, stdout: "preload ran\n string\n"},
		{name: "unhandled rejection none", args: []string{"--unhandled-rejections=none", "-e", "Promise.reject(new Error('x'))"}},
		{name: "unhandled rejection warn-with-error-code", args: []string{"--no-warnings", "--unhandled-rejections=warn-with-error-code", "-e", "Promise.reject(new Error('x'))"}, code: 1},
		{name: "no warnings", args: []string{"--no-warnings", "-e", "process.emitWarning('hidden')"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := gonode(t, tc.stdin, tc.args...)
			if out != tc.stdout || code != tc.code || errOut != tc.stderr {
				t.Errorf("gonode %q:\n stdout %q (want %q)\n stderr %q (want %q)\n code %d (want %d)",
					tc.args, out, tc.stdout, errOut, tc.stderr, code, tc.code)
			}
		})
	}
}

func TestCLIUnhandledRejectionWarn(t *testing.T) {
	out, errOut, code := gonode(t, "", "--unhandled-rejections=warn", "-e",
		"Promise.reject(new Error('x')); setTimeout(() => console.log('still running'), 1)")
	if out != "still running\n" || code != 0 {
		t.Fatalf("stdout %q code %d", out, code)
	}
	for _, want := range []string{") UnhandledPromiseRejectionWarning: Error: x\n    at ", "(rejection id: 1)"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}

func TestCLIHelpListsOptions(t *testing.T) {
	out, _, code := gonode(t, "", "--help")
	if code != 0 || !strings.Contains(out, "--unhandled-rejections") || !strings.Contains(out, "ERR_NOT_IMPLEMENTED") {
		t.Fatalf("help: code %d\n%s", code, out)
	}
}
