// Package net will be the Go side of node:net (a later issue); the directory
// is part of the repository layout every binding follows: see
// bindings/timers for the shape.
package net
