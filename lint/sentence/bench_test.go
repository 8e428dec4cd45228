package sentence

import (
	"strings"
	"testing"

	"github.com/dejargon/dejargon/internal/benchgen/corpus"
)

// benchProse returns about 1 MB of the generated benchmark drafts, as
// plain text.
func benchProse(b *testing.B) string {
	b.Helper()
	var s strings.Builder
	err := corpus.Tree(1<<20, 4, "text", 1, func(f corpus.File) error {
		s.Write(f.Data)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return s.String()
}

func BenchmarkSplit(b *testing.B) {
	text := benchProse(b)
	b.SetBytes(int64(len(text)))
	var out []Span
	for b.Loop() {
		out = AppendSplit(out[:0], text)
	}
}

func BenchmarkWords(b *testing.B) {
	text := benchProse(b)
	b.SetBytes(int64(len(text)))
	var out []Span
	for b.Loop() {
		out = AppendWords(out[:0], text)
	}
}
