package tests

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gonode/gonode/internal/testenv"
)

// openPTY opens a pseudo-terminal pair (master, slave) with the given window size.
func openPTY(t *testing.T, cols, rows int) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	// Opened with unix.Open, not os.OpenFile, which would make it non-blocking for Go's poller.
	sfd, err := unix.Open("/dev/pts/"+strconv.Itoa(n), unix.O_RDWR|unix.O_NOCTTY|unix.O_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	s := os.NewFile(uintptr(sfd), "pts")
	setWinsize(t, s, cols, rows)
	return m, s
}

func setWinsize(t *testing.T, f *os.File, cols, rows int) {
	t.Helper()
	ws := &unix.Winsize{Col: uint16(cols), Row: uint16(rows)}
	if err := unix.IoctlSetWinsize(int(f.Fd()), unix.TIOCSWINSZ, ws); err != nil {
		t.Fatal(err)
	}
}

// ptySession runs stdio/testdata/tty.js on a terminal and drives it: two keys in raw mode,
// then a window size change with SIGWINCH. It returns the terminal's output (with the
// carriage returns the terminal adds removed) and the slave's mode afterwards.
func ptySession(t *testing.T, bin string) (string, *unix.Termios) {
	master, slave := openPTY(t, 80, 24)
	defer master.Close()
	defer slave.Close()
	before, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "stdio/testdata/tty.js")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.Env = terminalEnv()
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()

	lines := make(chan string, 100)
	var all strings.Builder
	go func() {
		r := bufio.NewReader(master)
		for {
			line, err := r.ReadString('\n')
			if line != "" {
				lines <- strings.ReplaceAll(line, "\r", "")
			}
			if err != nil {
				close(lines)
				return
			}
		}
	}()
	waitFor := func(prefix string) {
		t.Helper()
		timeout := time.After(20 * time.Second)
		for {
			select {
			case line, ok := <-lines:
				if !ok {
					t.Fatalf("output ended before %q:\n%s", prefix, all.String())
				}
				all.WriteString(line)
				if strings.HasPrefix(line, prefix) {
					return
				}
			case <-timeout:
				t.Fatalf("no %q in:\n%s", prefix, all.String())
			}
		}
	}
	waitFor("ready")
	// The terminal's open file description is shared with us: the runtime must not have
	// made it non-blocking (it reopens the terminal for itself, as libuv does).
	if fl, err := unix.FcntlInt(slave.Fd(), unix.F_GETFL, 0); err != nil || fl&unix.O_NONBLOCK != 0 {
		t.Errorf("%s: the shared terminal description has flags %#x (err %v)", bin, fl, err)
	}
	master.Write([]byte("a"))
	waitFor(`key "a"`)
	master.Write([]byte{3}) // Ctrl-C: data in raw mode, not SIGINT
	waitFor("ready-for-resize")
	setWinsize(t, slave, 100, 30)
	cmd.Process.Signal(syscall.SIGWINCH)
	waitFor("cooked")
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("%s: %v\n%s", bin, err, all.String())
		}
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("%s did not exit:\n%s", bin, all.String())
	}
	after, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if after.Lflag != before.Lflag || after.Iflag != before.Iflag {
		t.Errorf("%s left the terminal in another mode: lflag %#x → %#x, iflag %#x → %#x", bin,
			before.Lflag, after.Lflag, before.Iflag, after.Iflag)
	}
	return all.String(), after
}

// terminalEnv is testenv.Child with TERM=xterm-256color, so that a terminal's
// colour depth is the same on any machine.
func terminalEnv() []string {
	var out []string
	for _, e := range testenv.Child() {
		if !strings.HasPrefix(e, "TERM=") {
			out = append(out, e)
		}
	}
	return append(out, "TERM=xterm-256color")
}

func TestTTY(t *testing.T) {
	got, _ := ptySession(t, gonodeBin)
	want := `isatty true true true
stdout WriteStream true tty 80 24 [80,24] true open
stderr WriteStream true 80
stdin ReadStream true false true 0
colors 8 true true
` + "\x1b[1G\x1b[0K" + `raw true true
ready
key "a"
key "\u0003"
ready-for-resize
resize 100 30
cooked false
`
	if got != want {
		t.Errorf("gonode on a terminal printed:\n%q\nwant:\n%q", got, want)
	}
	if node, err := exec.LookPath("node"); err == nil {
		fromNode, _ := ptySession(t, node)
		if fromNode != got {
			t.Errorf("node printed:\n%q\ngonode:\n%q", fromNode, got)
		}
	}
}

// Raw mode is undone however the process ends: an uncaught error, process.exit().
func TestTTYRawModeRestoredAtExit(t *testing.T) {
	for _, script := range []string{
		`process.stdin.setRawMode(true); throw new Error('boom')`,
		`process.stdin.setRawMode(true); process.exit(3)`,
		`process.stdin.setRawMode(true); process.stdin.resume(); setImmediate(() => process.stdin.pause())`,
	} {
		master, slave := openPTY(t, 80, 24)
		before, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(gonodeBin, "-e", script)
		cmd.Env = terminalEnv()
		cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go io.Copy(io.Discard, master)
		cmd.Wait()
		after, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
		if err != nil {
			t.Fatal(err)
		}
		if after.Lflag != before.Lflag || after.Iflag != before.Iflag {
			t.Errorf("%s: lflag %#x → %#x, iflag %#x → %#x", script, before.Lflag, after.Lflag, before.Iflag, after.Iflag)
		}
		master.Close()
		slave.Close()
	}
}

// A SIGTERM while raw: with no listener the terminal is put back and the process dies of
// the signal (as Node's SignalExit does); with a listener, the listener runs.
func TestTTYRawModeAndSIGTERM(t *testing.T) {
	for _, c := range []struct {
		script string
		signal bool // the process should die of SIGTERM
	}{
		{`process.stdin.setRawMode(true); process.stdin.resume(); console.log('ready')`, true},
		{`process.stdin.setRawMode(true); process.stdin.resume();
		  process.on('SIGTERM', () => { console.log('got SIGTERM'); process.stdin.pause(); });
		  console.log('ready')`, false},
	} {
		for name, bin := range runners(t) {
			master, slave := openPTY(t, 80, 24)
			before, _ := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
			cmd := exec.Command(bin, "-e", c.script)
			cmd.Env = terminalEnv()
			cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
			cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			lines := bufio.NewReader(master)
			line, _ := lines.ReadString('\n')
			if !strings.HasPrefix(line, "ready") {
				t.Fatalf("%s: %q", name, line)
			}
			cmd.Process.Signal(syscall.SIGTERM)
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			var err error
			select {
			case err = <-done:
			case <-time.After(20 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("%s: did not exit", name)
			}
			ws := cmd.ProcessState.Sys().(syscall.WaitStatus)
			if got := ws.Signaled() && ws.Signal() == syscall.SIGTERM; got != c.signal {
				t.Errorf("%s %q: died of SIGTERM %v, want %v (%v)", name, c.script, got, c.signal, err)
			}
			after, _ := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
			if after.Lflag != before.Lflag || after.Iflag != before.Iflag {
				t.Errorf("%s %q: terminal left raw", name, c.script)
			}
			master.Close()
			slave.Close()
		}
	}
}

// ptyOutput collects what a program writes to its terminal.
type ptyOutput struct {
	mu  sync.Mutex
	buf bytes.Buffer
	eof chan struct{}
}

func readPTY(master *os.File) *ptyOutput {
	o := &ptyOutput{eof: make(chan struct{})}
	go func() {
		defer close(o.eof)
		b := make([]byte, 4096)
		for {
			n, err := master.Read(b)
			o.mu.Lock()
			o.buf.Write(b[:n])
			o.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	return o
}

func (o *ptyOutput) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.String()
}

// waitSuffix waits until the output ends with suffix.
func (o *ptyOutput) waitSuffix(t *testing.T, suffix string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.HasSuffix(o.String(), suffix) {
		if time.Now().After(deadline) {
			t.Fatalf("output does not end with %q: %q", suffix, o.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// readline's line editor on a terminal, typed one key at a time, byte for byte as Node.
func TestTTYReadlineQuestion(t *testing.T) {
	session := func(bin string) string {
		master, slave := openPTY(t, 80, 24)
		defer master.Close()
		cmd := exec.Command(bin, "stdio/testdata/readline-tty.js")
		cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
		cmd.Env = terminalEnv()
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		slave.Close()
		out := readPTY(master)
		out.waitSuffix(t, "name? \x1b[7G")
		for _, k := range []struct{ key, echo string }{{"b", "b"}, {"o", "o"}, {"x", "x"}, {"\x7f", "G"}, {"y", "y"}} {
			master.Write([]byte(k.key))
			out.waitSuffix(t, k.echo)
		}
		master.Write([]byte("\r"))
		out.waitSuffix(t, "closed false\r\n")
		if err := cmd.Wait(); err != nil {
			t.Errorf("%s: %v", bin, err)
		}
		return out.String()
	}
	got := session(gonodeBin)
	want := "\x1b[1G\x1b[0Jname? \x1b[7Gbox\x1b[1G\x1b[0Jname? bo\x1b[9Gy\r\r\nhello \"boy\" true\r\nclosed false\r\n"
	if node, err := exec.LookPath("node"); err == nil {
		want = session(node)
	}
	if got != want {
		t.Errorf("gonode wrote:\n%q\nnode:\n%q", got, want)
	}
}
