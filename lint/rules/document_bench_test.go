package rules

import (
	"testing"

	"github.com/dejargon/dejargon/internal/benchgen/corpus"
	"github.com/dejargon/dejargon/lint/analysis"
)

// benchRareProse closes each benchmark draft: the generated drafts hold
// no rare words, and a benchmark that finds nothing proves nothing.
const benchRareProse = "The hypervisor keeps the checksum idempotent while the shards replicate.\n\n"

// benchDrafts analyses 1 MB of the generated benchmark drafts, one
// document a draft and one segment a paragraph, for a general reader.
func benchDrafts(b *testing.B) (docs []*analysis.Analysis, size int) {
	b.Helper()
	g, m, p := builtinForGeneral(b)
	cache := &analysis.Cache{}
	err := corpus.Tree(1<<20, 64, "text", 1, func(f corpus.File) error {
		src := string(f.Data) + benchRareProse
		a := analysis.New(paragraphDoc(f.Path, src), g, m, p, nil)
		a.SharedCache = cache
		docs = append(docs, a)
		size += len(src)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return docs, size
}

// benchDocumentRule runs rule's check over the drafts, each time on a
// fresh view of each, as the linter does for each file.
func benchDocumentRule(b *testing.B, rule *analysis.Rule) {
	docs, size := benchDrafts(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		n = 0
		for _, a := range docs {
			rule.Check.Run(a.Fork(), func(analysis.Finding) { n++ })
		}
	}
	if n == 0 {
		b.Fatal("no findings")
	}
}

// BenchmarkAcronymRule runs the acronym rules' check over the drafts.
func BenchmarkAcronymRule(b *testing.B) { benchDocumentRule(b, AcronymUndefined) }

// BenchmarkRareWordRule runs the rare-word check over the drafts.
func BenchmarkRareWordRule(b *testing.B) { benchDocumentRule(b, RareWord) }
