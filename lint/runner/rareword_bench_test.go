package runner

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/rules"
)

// BenchmarkRareWordShare measures what the rare-word rule adds to check
// time on the performance tree (DEJARGON_BENCH_TREE, written by
// internal/benchgen; see the README's Speed section): every document is
// checked with every rule and without rare-word, in alternating passes
// timed by the CPU time of the checking thread (on Linux; wall time
// elsewhere), so that a busy machine does not blur the difference.
// It reports the rule's share of check time as rare-word-%; the target is
// under 10.
func BenchmarkRareWordShare(b *testing.B) {
	dir := os.Getenv("DEJARGON_BENCH_TREE")
	if dir == "" {
		b.Skip("set DEJARGON_BENCH_TREE to a folder, e.g. one written by go run ./internal/benchgen")
	}
	var docs []*lint.Document
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		doc, err := reader.Read(path, src, reader.Options{})
		if err != nil {
			return err
		}
		docs = append(docs, doc)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	g, err := glossary.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	all, err := lint.New(g)
	if err != nil {
		b.Fatal(err)
	}
	without, err := lint.New(g, lint.WithRuleDisabled(rules.RareWord.ID))
	if err != nil {
		b.Fatal(err)
	}
	all.Check(docs[0]) // the word table loads once per run, not per document
	var withTime, withoutTime time.Duration
	clock := threadCPU()
	defer runtime.UnlockOSThread()
	// pass checks every document with l and returns the CPU time taken,
	// starting from a collected heap so that neither linter pays for the
	// other's garbage.
	pass := func(l *lint.Linter) time.Duration {
		b.StopTimer()
		runtime.GC()
		b.StartTimer()
		t0 := clock()
		for _, doc := range docs {
			l.Check(doc)
		}
		return clock() - t0
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// Alternate which goes first, so a drift in load falls on both.
		if i%2 == 0 {
			withTime += pass(all)
			withoutTime += pass(without)
		} else {
			withoutTime += pass(without)
			withTime += pass(all)
		}
	}
	b.ReportMetric(100*float64(withTime-withoutTime)/float64(withTime), "rare-word-%")
	b.ReportMetric(float64(withTime.Milliseconds())/float64(b.N), "check-ms")
}
