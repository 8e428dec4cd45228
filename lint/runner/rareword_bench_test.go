package runner

import (
	"io/fs"
	"os"
	"path/filepath"
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
// checked with every rule and then without rare-word, one after the
// other, so that a busy machine slows both alike. It reports the rule's
// share of check time as rare-word-%; the target is under 10.
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
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, doc := range docs {
			t0 := time.Now()
			all.Check(doc)
			t1 := time.Now()
			without.Check(doc)
			withTime += t1.Sub(t0)
			withoutTime += time.Since(t1)
		}
	}
	b.ReportMetric(100*float64(withTime-withoutTime)/float64(withTime), "rare-word-%")
	b.ReportMetric(float64(withTime.Milliseconds())/float64(b.N), "check-ms")
}
