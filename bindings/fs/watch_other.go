//go:build !linux && !darwin && !freebsd

package fs

import "github.com/dop251/goja"

// registerWatch: without inotify or kqueue, fs.watch falls back to stat polling in
// JavaScript (js/internal/fs/watchers.js).
func (s *state) registerWatch(b *goja.Object) {
	b.Set("watchSupported", false)
}
