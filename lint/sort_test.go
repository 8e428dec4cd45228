package lint

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"
)

// TestSortFindings checks sortFindings against sort.SliceStable on
// findings with many ties (same path, offset, length and rule), where
// only a stable sort keeps the order they were reported in.
func TestSortFindings(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 60 {
		fs := make([]Finding, n)
		for i := range fs {
			fs[i] = Finding{
				Path:    fmt.Sprintf("f%d", r.IntN(2)),
				Offset:  r.IntN(5),
				Length:  r.IntN(2),
				Rule:    []string{"jargon", "wordy"}[r.IntN(2)],
				Message: fmt.Sprint(i), // tells tied findings apart
			}
		}
		want := append([]Finding(nil), fs...)
		sort.SliceStable(want, func(i, j int) bool { return want[i].Less(&want[j]) })
		sortFindings(fs)
		for i := range fs {
			if fs[i].Message != want[i].Message {
				t.Fatalf("n=%d: position %d holds finding %s, want %s", n, i, fs[i].Message, want[i].Message)
			}
		}
	}
}
