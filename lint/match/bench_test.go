package match

import (
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
)

// benchProse is a paragraph of IT announcement prose, repeated to size.
const benchProse = "Going forward, we will leverage the new SSO portal to spin up " +
	"environments on demand; the follow-up call is at 10:00 UTC. Don't re-use old links. "

func BenchmarkTokenize(b *testing.B) {
	src := strings.Repeat(benchProse, 1<<20/len(benchProse))
	b.SetBytes(int64(len(src)))
	var toks []Token
	for i := 0; i < b.N; i++ {
		toks = Tokenize(src, toks[:0])
	}
}

func BenchmarkNewMatcher(b *testing.B) {
	g, err := glossary.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		NewMatcher(g)
	}
}

// BenchmarkTokenizeMatch tokenizes and matches prose against the built-in
// glossary paragraph by paragraph, as analysis.New does.
func BenchmarkTokenizeMatch(b *testing.B) {
	g, err := glossary.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	m := NewMatcher(g)
	src := strings.Repeat(benchProse, 1<<20/len(benchProse))
	paras := strings.SplitAfter(src, ". ")
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	var toks []Token
	var matches []Match
	var buf Buffer
	for i := 0; i < b.N; i++ {
		toks, matches = toks[:0], matches[:0]
		for _, p := range paras {
			start := len(toks)
			toks = Tokenize(p, toks)
			matches = m.MatchInto(p, toks[start:], matches, &buf)
		}
	}
	if len(matches) == 0 {
		b.Fatal("no matches")
	}
}
