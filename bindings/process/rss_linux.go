package process

import (
	"os"
	"strconv"
	"strings"
)

// rssFromRusage reads the current RSS from /proc (ru_maxrss is the peak).
func rssFromRusage(_ int64, fallback func() uint64) uint64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return fallback()
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return fallback()
	}
	pages, err := strconv.ParseUint(f[1], 10, 64)
	if err != nil {
		return fallback()
	}
	return pages * uint64(os.Getpagesize())
}
