// Package dns will be the Go side of node:dns (a later issue); the directory
// is part of the repository layout every binding follows: see
// bindings/timers for the shape.
package dns
