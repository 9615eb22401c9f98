package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/gonode/gonode/host"
)

// repl is a small read-eval-print loop for interactive use: each line is
// evaluated in one shared runtime and its value printed like `gonode -p`.
func repl(opts []host.Option, stdin io.Reader, stdout, stderr io.Writer) int {
	rt, err := newRuntime(stderr, append(opts, host.WithPrintResult(true))...)
	if err != nil {
		return 1
	}
	defer rt.Close()
	fmt.Fprintf(stdout, "Welcome to gonode %s (Node.js %s compatible).\nType \".exit\" or press Ctrl+D to exit.\n", host.Version, host.NodeVersion)
	in := bufio.NewScanner(stdin)
	for {
		io.WriteString(stdout, "> ")
		if !in.Scan() {
			io.WriteString(stdout, "\n")
			return 0
		}
		line := strings.TrimSpace(in.Text())
		switch line {
		case "":
			continue
		case ".exit":
			return 0
		}
		code, _ := rt.Eval(context.Background(), "REPL", line)
		if rt.Exiting() {
			return code
		}
	}
}
