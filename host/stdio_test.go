package host

import (
	"context"
	"strings"
	"testing"
)

// An embedder's stdin reader and stdout writer that are not files: process.stdin reads the
// reader on the worker pool, process.stdout writes synchronously to the writer.
func TestStdioWithReaderAndWriter(t *testing.T) {
	r, out, errb := newTestRuntime(t, WithStdin(strings.NewReader("hello\nworld\n")))
	code, err := r.RunScript(context.Background(), "stdin.js", `
		const chunks = [];
		console.log(process.stdin.constructor.name, process.stdout._type, process.stdout.isTTY);
		process.stdin.setEncoding('utf8');
		process.stdin.on('data', (s) => chunks.push(s));
		process.stdin.on('end', () => {
			process.stdout.write(JSON.stringify(chunks.join('')) + '\n', () => console.log('written'));
			console.error('to stderr');
		});
	`)
	if err != nil || code != 0 {
		t.Fatalf("code %d, err %v, stderr %s", code, err, errb.String())
	}
	if want := "ReadStream fs undefined\n\"hello\\nworld\\n\"\nwritten\n"; out.String() != want {
		t.Errorf("stdout %q, want %q", out.String(), want)
	}
	if errb.String() != "to stderr\n" {
		t.Errorf("stderr %q", errb.String())
	}
}
