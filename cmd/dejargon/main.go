// Command dejargon checks drafts for jargon, undefined acronyms and wordy
// phrases, and says what to write instead.
package main

import (
	"os"
	"runtime/debug"
)

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], systemStreams()))
}

// The collector's settings for the command, measured on the benchmark
// corpus (see the README's Speed section). Checking a tree keeps little
// alive at a time, one file's analysis per worker, so at Go's default
// GOGC of 100 the collector runs often: at 300 the 2,000-file Markdown
// tree checks in 1.87 s of CPU instead of 1.95 s at 200 and 2.22 s at
// 100, peaking at 51 MB instead of 44 MB and 32 MB. What a file keeps
// alive grows with its size, and so does the garbage GOGC lets pile up
// beside it: once a file of mediumFile bytes is read GOGC drops to
// mediumGCPercent, and once one of largeFile bytes is read to
// largeGCPercent, for the rest of the run. A large file keeps its text and
// its current window alive, about one and a half times its size for
// plain text: at GOGC 35 the 32 MB text file peaks at 92 MB (100 MB at
// 50, 121 MB at 100) and the 100 MB one at 239 MB (261 MB at 50), for
// 1-2% more CPU than 100 (a soft memory limit of 90 MiB does no better). A
// Markdown file, parsed whole, keeps far more alive: the 32 MB one peaks
// at 870 MB instead of 1.0 GB at GOGC 100, for 14% more CPU; a soft limit
// of 2 GiB reins in larger ones. The limit only makes the collector work
// harder above it; it never fails an allocation.
const (
	gcPercent       = 300
	mediumGCPercent = 200
	mediumFile      = 1 << 20
	largeGCPercent  = 35
	largeFile       = 8 << 20
	softMemLimitB   = 2 << 30
)

// tuneGC applies the settings above unless the user chose GOGC or
// GOMEMLIMIT themselves.
func tuneGC() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(gcPercent)
	}
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(softMemLimitB)
	}
}

// paceGC is the runner's OnRead: it lowers GOGC for the rest of the run
// once a medium or large file is read, unless the user chose GOGC.
func paceGC(size int64) {
	if _, set := os.LookupEnv("GOGC"); set {
		return
	}
	switch {
	case size >= largeFile:
		lowerGCPercent(largeGCPercent)
	case size >= mediumFile:
		lowerGCPercent(mediumGCPercent)
	}
}

// lowerGCPercent sets GOGC to p unless it is lower already. Workers call
// it side by side; whatever the order, the lowest setting stays.
func lowerGCPercent(p int) {
	if old := debug.SetGCPercent(p); old < p {
		debug.SetGCPercent(old)
	}
}
