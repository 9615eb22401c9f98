// Package fs will be the Go side of node:fs (a later issue); the directory
// is part of the repository layout every binding follows: see
// bindings/timers for the shape.
package fs
