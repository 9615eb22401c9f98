//go:build !linux || gonode_portable

package loop

// processWatch elsewhere is the per-child wait goroutine.
type processWatch struct {
	waitGoroutine
}
