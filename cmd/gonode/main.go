// Command gonode runs JavaScript programs with Node.js semantics:
//
//	gonode [options] [script.js | -e code | -p code | -] [arguments]
//
// See `gonode --help` for the options and the list of built-in modules.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"

	"github.com/gonode/gonode/host"
)

func main() {
	host.Prewarm()
	if path := os.Getenv("GONODE_CPUPROFILE"); path != "" {
		// A Go CPU profile of the whole run, for `go tool pprof`.
		if stop, err := startCPUProfile(path); err == nil {
			code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
			stop()
			os.Exit(code)
		}
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// run is main without os.Exit, for tests.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cli, err := parseArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "gonode: %v\n", err)
		return 9
	}
	switch {
	case cli.help:
		io.WriteString(stdout, helpText)
		return 0
	case cli.version:
		fmt.Fprintln(stdout, host.NodeVersion)
		return 0
	}
	opts := []host.Option{
		host.WithStdin(stdin), host.WithStdout(stdout), host.WithStderr(stderr),
		host.WithExecArgv(cli.execArgv...),
		host.WithArgv0(argv0()),
		host.WithUnhandledRejections(host.UnhandledRejections(cli.unhandledRejections)),
		host.WithWarnings(!cli.noWarnings, cli.traceWarnings),
		host.WithDeprecations(!cli.noDeprecation, cli.throwDeprecation),
		host.WithStackSize(cli.stackSize),
		host.WithPreload(cli.preload...),
		host.WithPrintResult(cli.print),
	}
	ctx := context.Background()
	switch {
	case cli.evalSet:
		rt, err := newRuntime(stderr, append(opts, host.WithArgs(cli.args...))...)
		if err != nil {
			return 1
		}
		defer rt.Close()
		code, _ := rt.RunScript(ctx, "[eval]", cli.eval)
		return code
	case cli.script != "" && cli.script != "-":
		rt, err := newRuntime(stderr, append(opts, host.WithArgs(append([]string{cli.script}, cli.args...)...))...)
		if err != nil {
			return 1
		}
		defer rt.Close()
		path := cli.script
		if abs, err := filepath.Abs(path); err == nil {
			path = abs
		}
		code, _ := rt.RunFile(ctx, path)
		return code
	case cli.script == "-" || !isTerminal(stdin):
		src, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "gonode: reading stdin: %v\n", err)
			return 1
		}
		rt, err := newRuntime(stderr, append(opts, host.WithArgs(append([]string{"-"}, cli.args...)...))...)
		if err != nil {
			return 1
		}
		defer rt.Close()
		code, _ := rt.RunScript(ctx, "[stdin]", string(src))
		return code
	}
	return repl(opts, stdin, stdout, stderr)
}

func newRuntime(stderr io.Writer, opts ...host.Option) (*host.Runtime, error) {
	rt, err := host.New(opts...)
	if err != nil {
		fmt.Fprintf(stderr, "gonode: %v\n", err)
		return nil, err
	}
	return rt, nil
}

// isTerminal reports whether r is a character device (an interactive terminal).
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// argv0 is the program name as it was invoked, for process.argv0.
func argv0() string {
	if len(os.Args) > 0 {
		return os.Args[0]
	}
	return "gonode"
}
