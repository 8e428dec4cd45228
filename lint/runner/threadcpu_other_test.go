//go:build !linux

package runner

import "time"

// threadCPU falls back to wall time where thread CPU time is not measured.
func threadCPU() func() time.Duration {
	start := time.Now()
	return func() time.Duration { return time.Since(start) }
}
