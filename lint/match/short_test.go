package match

import (
	"maps"
	"slices"
	"testing"

	"github.com/dejargon/dejargon/glossary"
)

// TestLemmasFindEveryKey checks the vocabulary's two tables against the
// map they are built from: every key finds its base words, whether it is
// short or long, and words that are no key find none.
func TestLemmasFindEveryKey(t *testing.T) {
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	b := newMatcherBuilder(g)
	vocab := maps.Clone(b.vocab)
	m := b.freeze()
	short := 0
	for k, sp := range vocab {
		var buf [64]byte
		key := append(buf[:0], k...)
		want := m.lemmaIDs[sp.off : sp.off+sp.n]
		if got := m.ids(m.lemmas(key)); !slices.Equal(got, want) {
			t.Errorf("lemmas(%q) = %v, want %v", k, got, want)
		}
		if len(k) <= maxShortKey {
			short++
		}
	}
	if short == 0 || short == len(vocab) {
		t.Fatalf("%d of %d keys are short: the test needs both kinds", short, len(vocab))
	}
	for _, k := range []string{"", "zzzzq", "zzzzzzzz", "zzzzzzzzz", "leveragx", "\u00e9t\u00e9"} {
		var buf [64]byte
		if got := m.ids(m.lemmas(append(buf[:0], k...))); len(got) != 0 {
			t.Errorf("lemmas(%q) = %v, want none", k, got)
		}
	}
}
