package main

import (
	"testing"

	"github.com/gonode/gonode/internal/testenv"
)

// TestMain runs the tests without the environment variables that change what
// a runtime prints (the runtimes under test read this process's environment).
func TestMain(m *testing.M) { testenv.Main(m) }
