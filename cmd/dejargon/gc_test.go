package main

import (
	"os"
	"runtime/debug"
	"testing"
)

// TestPaceGC: a medium or large file lowers GOGC for the rest of the run,
// a smaller one never raises it again, a small one leaves it, and a GOGC the user set is never overridden.
func TestPaceGC(t *testing.T) {
	if _, set := os.LookupEnv("GOGC"); set {
		t.Skip("GOGC is set in the environment")
	}
	old := debug.SetGCPercent(gcPercent)
	defer debug.SetGCPercent(old)
	paceGC(mediumFile - 1)
	if got := debug.SetGCPercent(gcPercent); got != gcPercent {
		t.Errorf("after a small file GOGC is %d, want %d", got, gcPercent)
	}
	paceGC(mediumFile)
	if got := debug.SetGCPercent(gcPercent); got != mediumGCPercent {
		t.Errorf("after a medium file GOGC is %d, want %d", got, mediumGCPercent)
	}
	paceGC(largeFile)
	paceGC(mediumFile)
	paceGC(largeFile - 1)
	if got := debug.SetGCPercent(gcPercent); got != largeGCPercent {
		t.Errorf("after a large file and smaller ones GOGC is %d, want %d", got, largeGCPercent)
	}
	t.Setenv("GOGC", "300")
	paceGC(largeFile)
	if got := debug.SetGCPercent(gcPercent); got != gcPercent {
		t.Errorf("with GOGC set by the user GOGC is %d, want it left at %d", got, gcPercent)
	}
}
