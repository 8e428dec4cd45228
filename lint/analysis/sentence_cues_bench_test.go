package analysis

import (
	"testing"

	"github.com/dejargon/dejargon/internal/benchgen/corpus"
	"github.com/dejargon/dejargon/lint/sentence"
)

// BenchmarkTokenCues looks up the cues of every word of 1 MB of the
// generated benchmark drafts.
func BenchmarkTokenCues(b *testing.B) {
	var words []string
	size := 0
	err := corpus.Tree(1<<20, 4, "text", 1, func(f corpus.File) error {
		text := string(f.Data)
		for _, w := range sentence.Words(text) {
			words = append(words, text[w.Start:w.End])
		}
		size += len(text)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		var cues Cue
		for _, w := range words {
			cues |= tokenCues(w)
		}
		if cues == 0 {
			b.Fatal("no cues in the drafts")
		}
	}
}
