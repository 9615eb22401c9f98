package tests

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testenv"
)

// The stdio behaviour the conformance harness cannot show: output bigger than a pipe holds,
// a reader that goes away (EPIPE) and terminals (tty_unix_test.go).

// runners are gonode and, when it is installed, node.
func runners(t *testing.T) map[string]string {
	r := map[string]string{"gonode": gonodeBin}
	if p, err := exec.LookPath("node"); err == nil {
		r["node"] = p
	}
	return r
}

// largeOutput is what testdata/large-output.js writes to stdout.
func largeOutput() string {
	var b strings.Builder
	for i := 0; i < 64; i++ {
		line := fmt.Sprintf("%04d:", i)
		b.WriteString(strings.Repeat(line, 64*1024/len(line)+1)[:64*1024])
	}
	b.WriteString("tail\nend\n")
	return b.String()
}

// runLarge runs large-output.js with stdout on a pipe nobody reads until the script says
// (on stderr) that its writes are queued; then it reads everything.
func runLarge(t *testing.T, bin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return runSlowReader(t, bin, append([]string{"stdio/testdata/large-output.js"}, args...)...)
}

// runSlowReader runs a script whose stdout is read only after its first stderr line.
func runSlowReader(t *testing.T, bin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = testenv.Child()
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	errPipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	errs := bufio.NewReader(errPipe)
	first, err := errs.ReadString('\n')
	if err != nil {
		t.Fatalf("reading the script's first stderr line: %v", err)
	}
	data, err := io.ReadAll(out)
	if err != nil {
		t.Fatal(err)
	}
	rest, _ := io.ReadAll(errs)
	code = 0
	if err := cmd.Wait(); err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatal(err)
		}
		code = ee.ExitCode()
	}
	return string(data), first + string(rest), code
}

func TestStdoutPipeLargeOutput(t *testing.T) {
	want := largeOutput()
	for name, bin := range runners(t) {
		got, stderr, code := runLarge(t, bin)
		if got != want {
			t.Errorf("%s: stdout has %d bytes, want %d (equal prefix %d)", name, len(got), len(want), commonPrefix(got, want))
		}
		if stderr != "queued true true\nlast callback\nexit 0 0\n" || code != 0 {
			t.Errorf("%s: exit code %d, stderr %q", name, code, stderr)
		}
	}
}

func TestStdoutPipeManySmallWrites(t *testing.T) {
	var want strings.Builder
	for i := 0; i < 20000; i++ {
		fmt.Fprintf(&want, "line %d\n", i)
	}
	want.WriteString("done\n")
	for name, bin := range runners(t) {
		got, stderr, code := runSlowReader(t, bin, "stdio/testdata/many-writes.js")
		if got != want.String() || stderr != "queued true\n" || code != 0 {
			t.Errorf("%s: %d bytes of %d (equal prefix %d), stderr %q, exit code %d", name, len(got), want.Len(),
				commonPrefix(got, want.String()), stderr, code)
		}
	}
}

// process.exit() with writes still queued: gonode writes them out before exiting. (Node
// drops what the pipe did not take: it prints 64 KiB here.)
func TestStdoutPipeFlushedOnExit(t *testing.T) {
	got, stderr, code := runLarge(t, gonodeBin, "exit")
	if want := largeOutput(); got != want {
		t.Errorf("stdout has %d bytes, want %d (equal prefix %d)", len(got), len(want), commonPrefix(got, want))
	}
	if stderr != "queued true true\n" || code != 3 {
		t.Errorf("exit code %d, stderr %q", code, stderr)
	}
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// A reader that goes away: the next write fails with EPIPE, which nobody handles, so the
// process reports it and exits 1, in Node and gonode alike.
func TestStdoutEPIPE(t *testing.T) {
	script := `let n = 0;
function go() {
  for (let i = 0; i < 100; i++) process.stdout.write('x'.repeat(100) + '\n');
  if (++n < 100000) setImmediate(go);
}
go();
process.on('exit', (code) => console.error('exit', code));`
	for name, bin := range runners(t) {
		cmd := exec.Command(bin, "-e", script)
		cmd.Env = testenv.Child()
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		buf := make([]byte, 10)
		if _, err := io.ReadFull(out, buf); err != nil {
			t.Fatal(err)
		}
		out.Close()
		err = cmd.Wait()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		s := stderr.String()
		if code != 1 || !strings.Contains(s, "Error: write EPIPE") || !strings.Contains(s, "code: 'EPIPE'") ||
			!strings.HasPrefix(s, "exit 1\n") {
			t.Errorf("%s: exit code %d, stderr:\n%s", name, code, s)
		}
	}
}

// An uncaught error after output that is still queued for a pipe: the output goes out first,
// then the report (stdout and stderr share one pipe here). Node drops what is still queued.
func TestFatalAfterQueuedStdout(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	script := `for (let i = 0; i < 64; i++) process.stdout.write(Buffer.alloc(65536, 'a'));
console.log('last stdout line');
throw new Error('boom');`
	cmd := exec.Command(gonodeBin, "-e", script)
	cmd.Env = testenv.Child()
	cmd.Stdout, cmd.Stderr = w, w
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	out, _ := io.ReadAll(r)
	r.Close()
	err = cmd.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Errorf("exit: %v", err)
	}
	want := strings.Repeat("a", 64*65536) + "last stdout line\n"
	if !strings.HasPrefix(string(out), want) {
		t.Fatalf("output does not start with the 4 MiB of stdout (equal prefix %d of %d)", commonPrefix(string(out), want), len(want))
	}
	if rest := string(out[len(want):]); !strings.Contains(rest, "Error: boom") {
		t.Errorf("after stdout: %q", rest)
	}
}

// A parent that reads stdout only after the process has ended must not deadlock it: the
// writes at exit give up on a reader that takes nothing for a second (Node exits at once,
// dropping what the pipe did not take).
func TestExitDoesNotWaitForAnIdleReader(t *testing.T) {
	for _, c := range []struct {
		tail string
		code int
	}{{"process.exit(0)", 0}, {"throw new Error('boom')", 1}} {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		script := `for (let i = 0; i < 5000; i++) process.stdout.write('x'.repeat(100) + '\n');` + c.tail
		cmd := exec.Command(gonodeBin, "-e", script)
		cmd.Env = testenv.Child()
		cmd.Stdout = w
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		w.Close()
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			}
			if code != c.code {
				t.Errorf("%s: exit code %d", c.tail, code)
			}
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			<-done
			t.Errorf("%s: still running with nobody reading its stdout", c.tail)
		}
		out, _ := io.ReadAll(r)
		r.Close()
		if len(out) == 0 || strings.Trim(string(out), "x\n") != "" {
			t.Errorf("%s: stdout %d bytes, not a prefix of the output", c.tail, len(out))
		}
	}
}

// TestStdinFromFile runs a script with stdin redirected from a regular file,
// which makes process.stdin an fs.ReadStream (the harness only ever pipes
// stdin): the class, its fd and options, the data in order and 'end', under
// gonode and, when installed, node.
func TestStdinFromFile(t *testing.T) {
	dir := t.TempDir()
	input := strings.Repeat("0123456789abcdef", 10000) + "tail\n" // more than one 64 KiB read
	in := dir + "/in.txt"
	if err := os.WriteFile(in, []byte(input), 0o644); err != nil {
		t.Fatal(err)
	}
	const script = `const s = process.stdin;
console.log(s.constructor.name, s.fd, s.autoClose, s.readableHighWaterMark);
const chunks = [];
s.on('data', (d) => chunks.push(d)).on('end', () => {
  const all = Buffer.concat(chunks).toString();
  console.log('end', all.length, all.endsWith('tail\n'), chunks.length > 1);
}).on('close', () => console.log('close'));
`
	want := "ReadStream 0 false 65536\nend 160005 true true\n"
	for name, bin := range runners(t) {
		f, err := os.Open(in)
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "-e", script)
		cmd.Env = testenv.Child()
		cmd.Stdin = f
		out, err := cmd.CombinedOutput()
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, out)
		}
		if string(out) != want {
			t.Errorf("%s printed:\n%s\nwant:\n%s", name, out, want)
		}
	}
}
