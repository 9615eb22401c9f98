//go:build unix && !linux

package process

// rssFromRusage uses the peak RSS where the current one is not at hand
// (ru_maxrss is in bytes on macOS, KiB on the BSDs).
func rssFromRusage(maxrss int64, fallback func() uint64) uint64 {
	if maxrss > 0 {
		return uint64(maxrss) * rssUnit
	}
	return fallback()
}
