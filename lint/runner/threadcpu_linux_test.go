//go:build linux

package runner

import (
	"runtime"
	"syscall"
	"time"
)

// rusageThread is Linux's RUSAGE_THREAD, which package syscall does not
// name.
const rusageThread = 1

// threadCPU returns a clock of the CPU time the calling OS thread has
// used, after locking the goroutine to its thread: on a busy machine it
// says what a check costs when wall time cannot. The GC's own workers are
// not counted.
func threadCPU() func() time.Duration {
	runtime.LockOSThread()
	return func() time.Duration {
		var ru syscall.Rusage
		if syscall.Getrusage(rusageThread, &ru) != nil {
			return 0
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
}
