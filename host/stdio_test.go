package host

import (
	"context"
	"io"
	"os"
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

// An embedder's stdout that is a pipe file (not fd 1) is a pipe stream over that fd.
func TestStdoutOnAnEmbedderPipe(t *testing.T) {
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	read := make(chan []byte)
	go func() {
		out, _ := io.ReadAll(pr)
		read <- out
	}()
	r, _, errb := newTestRuntime(t, WithStdout(pw))
	code, err := r.RunScript(context.Background(), "pipe.js", `
		console.log(process.stdout._type, process.stdout.fd);
		process.stdout.write(Buffer.alloc(200000, 'x'));
		process.stdout.write('\nend\n');
	`)
	if err != nil || code != 0 {
		t.Fatalf("code %d, err %v, stderr %s", code, err, errb.String())
	}
	r.Close()
	pw.Close()
	out := <-read
	if want := "pipe 1\n" + strings.Repeat("x", 200000) + "\nend\n"; string(out) != want {
		t.Errorf("read %d bytes, want %d", len(out), len(want))
	}
}
