package fs

import "github.com/dop251/goja"

func (s *state) registerWatch(b *goja.Object) {}
