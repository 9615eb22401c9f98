//go:build linux || darwin || freebsd

package fs_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/host"
	"github.com/gonode/gonode/internal/testenv"
	"github.com/gonode/gonode/loop"
	"golang.org/x/sys/unix"
)

// TestMain sizes the process-wide pool to one worker before anything uses it,
// and removes the environment variables that change what a runtime prints.
func TestMain(m *testing.M) {
	testenv.Scrub()
	os.Setenv("UV_THREADPOOL_SIZE", "1")
	os.Exit(m.Run())
}

// With one pool worker, a readFile of a FIFO that nobody writes holds the
// worker: a second readFile submitted after it stays queued and completes
// after it, in submission order. The FIFO is written by the script itself,
// from an immediate, once both reads are in flight — no timing involved.
func TestPoolSaturationThroughReadFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := unix.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	file := filepath.Join(dir, "file.txt")
	if err := os.WriteFile(file, []byte("data"), 0o600); err != nil {
		t.Fatal(err)
	}
	poolStats := func(vm *goja.Runtime, module *goja.Object) {
		module.Set("exports", func(goja.FunctionCall) goja.Value {
			st := loop.ReadPoolStats().Kinds[loop.WorkFastIO]
			return vm.ToValue(map[string]any{"inFlight": st.Queued + st.Running, "size": loop.PoolSize()})
		})
	}
	var out bytes.Buffer
	script := `
		const fs = require('fs');
		const stats = require('poolstats');
		const [fifo, file] = process.argv.slice(-2);
		const order = [];
		fs.readFile(fifo, 'utf8', (err, d) => order.push('fifo:' + (err ? err.code : d)));
		fs.readFile(file, 'utf8', (err, d) => {
			order.push('file:' + (err ? err.code : d));
			console.log(order.join(' '));
		});
		setImmediate(() => {
			const s = stats();
			console.log('pool', s.size, 'in flight', s.inFlight, 'done', order.length);
			fs.writeFileSync(fifo, 'hello');
		});
	`
	path := filepath.Join(dir, "saturate.js")
	if err := os.WriteFile(path, []byte(script), 0o600); err != nil {
		t.Fatal(err)
	}
	rt, err := host.New(host.WithStdout(&out), host.WithStderr(&out), host.WithModule("poolstats", poolStats),
		host.WithArgs(path, fifo, file))
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	code, err := rt.RunFile(context.Background(), path)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v\n%s", code, err, out.String())
	}
	want := "pool 1 in flight 2 done 0\nfifo:hello file:data\n"
	if out.String() != want {
		t.Fatalf("output:\n%s\nwant:\n%s", out.String(), want)
	}
}

// Many calls in flight at once, in every form, hand their results from the
// worker to the loop thread correctly (run with -race to check the handoff).
func TestManyCallsInFlight(t *testing.T) {
	dir := t.TempDir()
	script := `
		const fs = require('fs');
		const path = require('path');
		const dir = process.argv[process.argv.length - 1];
		let left = 0, bad = 0;
		const done = () => { if (--left === 0) console.log('bad', bad); };
		for (let i = 0; i < 50; i++) {
			const f = path.join(dir, 'f' + i);
			left++;
			fs.writeFile(f, 'x'.repeat(i), (err) => {
				if (err) bad++;
				left += 3;
				fs.readFile(f, 'utf8', (err, d) => { if (err || d.length !== i) bad++; done(); });
				fs.stat(f, (err, st) => { if (err || st.size !== i) bad++; done(); });
				fs.promises.readFile(f).then((b) => { if (b.length !== i) bad++; done(); }, () => { bad++; done(); });
				done();
			});
		}
	`
	path := filepath.Join(dir, "many.js")
	if err := os.WriteFile(path, []byte(script), 0o600); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	rt, err := host.New(host.WithStdout(&out), host.WithStderr(&out), host.WithArgs(path, dir))
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	code, err := rt.RunFile(context.Background(), path)
	if err != nil || code != 0 || out.String() != "bad 0\n" {
		t.Fatalf("exit %d, %v, output %q", code, err, out.String())
	}
}

// FileHandles and Dirs left open by a script are closed when its process exits: an
// embedding process gets its descriptors back.
func TestOpenFileHandlesClosedAtExit(t *testing.T) {
	if _, err := os.Stat("/proc/self/fd"); err != nil {
		t.Skip("no /proc/self/fd")
	}
	countFds := func() int {
		ents, err := os.ReadDir("/proc/self/fd")
		if err != nil {
			t.Fatal(err)
		}
		return len(ents)
	}
	dir := t.TempDir()
	// run runs the script with n handles left open and returns how many
	// descriptors the process has afterwards.
	run := func(n int) int {
		path := filepath.Join(dir, "leave-open.js")
		script := "const N = " + strconv.Itoa(n) + `;
			const fsp = require('fs/promises');
			(async () => {
				for (let i = 0; i < N; i++) { await fsp.open(__filename); require('fs').opendirSync(__dirname); }
				console.log('opened');
			})();
		`
		if err := os.WriteFile(path, []byte(script), 0o600); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		rt, err := host.New(host.WithStdout(&out), host.WithStderr(&out))
		if err != nil {
			t.Fatal(err)
		}
		code, err := rt.RunFile(context.Background(), path)
		rt.Close()
		if err != nil || code != 0 || out.String() != "opened\n" {
			t.Fatalf("exit %d, %v, output %q", code, err, out.String())
		}
		return countFds()
	}
	// A runtime itself may leave descriptors behind after Close (today the
	// loop's own two, a host matter): the handles must add nothing to them.
	base := run(0)
	again := run(0)
	perRuntime := again - base
	if after := run(5); after-again > perRuntime {
		t.Fatalf("%d descriptors left open by FileHandles and Dirs", after-again-perRuntime)
	}
}
