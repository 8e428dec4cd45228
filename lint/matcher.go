package lint

import (
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/inflect"
)

// Matcher finds glossary terms in tokens. It is a trie over words: every
// glossary word is interned once, every spelling and inflection of every
// term is a path in the trie, and matching walks the trie from each token.
// The cost per token depends on the longest term, not on the number of
// terms. A Matcher is immutable once built and safe for concurrent use.
type Matcher struct {
	vocab     map[string]int32
	rootEdges map[int32]*trieNode
	entries   []*glossary.Entry
}

type trieNode struct {
	// edges is a short list: below the root most words have one or two
	// followers, and a slice scan beats a map at that size and costs far
	// less to build. The root, which every token probes, uses rootEdges.
	edges []trieEdge
	cands []candidate
}

type trieEdge struct {
	word int32
	node *trieNode
}

func (n *trieNode) child(word int32) *trieNode {
	for i := range n.edges {
		if n.edges[i].word == word {
			return n.edges[i].node
		}
	}
	return nil
}

// candidate is an entry that ends at a trie node. exact holds the words as
// they must be written, for case-sensitive entries; nil means any case.
type candidate struct {
	entry int32
	exact []string
}

// Match is a glossary term found in a segment: tokens [First, Last] of it.
type Match struct {
	First, Last int
	Entry       *glossary.Entry
}

// NewMatcher builds the matcher for a glossary.
func NewMatcher(g *glossary.Glossary) *Matcher {
	m := &Matcher{vocab: map[string]int32{}, rootEdges: map[int32]*trieNode{}, entries: g.Entries}
	forms := formCache{}
	var toks []Token
	for i, e := range g.Entries {
		for _, surface := range append([]string{e.Term}, e.Forms...) {
			toks = Tokenize(surface, toks[:0])
			if len(toks) == 0 {
				continue
			}
			words := make([]string, len(toks))
			for j, t := range toks {
				words[j] = surface[t.Start:t.End]
			}
			for _, variant := range variants(words, e.IsCaseSensitive(), forms) {
				m.insert(variant, int32(i), e.IsCaseSensitive())
			}
		}
	}
	return m
}

// intern returns the id of a glossary word's key, adding it if new.
func (m *Matcher) intern(word string, buf []byte) (int32, []byte) {
	buf = appendKey(buf[:0], word)
	if id, ok := m.vocab[string(buf)]; ok {
		return id, buf
	}
	id := int32(len(m.vocab))
	m.vocab[string(buf)] = id
	return id, buf
}

func (m *Matcher) insert(words []string, entry int32, caseSensitive bool) {
	var buf []byte
	var n *trieNode
	for k, w := range words {
		var id int32
		id, buf = m.intern(w, buf)
		if k == 0 {
			n = m.rootEdges[id]
			if n == nil {
				n = &trieNode{}
				m.rootEdges[id] = n
			}
			continue
		}
		child := n.child(id)
		if child == nil {
			child = &trieNode{}
			n.edges = append(n.edges, trieEdge{word: id, node: child})
		}
		n = child
	}
	var exact []string
	if caseSensitive {
		exact = make([]string, len(words))
		for i, w := range words {
			exact[i] = string(appendExact(nil, w))
		}
	}
	for _, old := range n.cands {
		if old.entry == entry && equalStrings(old.exact, exact) {
			return
		}
	}
	n.cands = append(n.cands, candidate{entry: entry, exact: exact})
}

// formCache remembers the spellings and inflections of each word while a
// matcher is built: glossary phrases share many words.
type formCache map[string][]string

func (c formCache) forms(word string) []string {
	if f, ok := c[word]; ok {
		return f
	}
	var out []string
	for _, s := range inflect.Spellings(word) {
		out = append(out, inflect.Forms(s)...)
	}
	c[word] = out
	return out
}

// variants lists the word sequences that count as the term written as
// words. Case-sensitive terms (acronyms) take only a plural and a
// possessive (APIs, API's); other terms take British and American
// spellings of every word and the inflections of their first and last
// word (leveraging, synergies, touched base, pain points).
func variants(words []string, caseSensitive bool, cache formCache) [][]string {
	last := len(words) - 1
	if caseSensitive {
		out := [][]string{words}
		for _, suffix := range []string{"s", "'s"} {
			v := append([]string(nil), words...)
			v[last] += suffix
			out = append(out, v)
		}
		return out
	}
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = strings.ToLower(w)
	}
	choices := make([][]string, len(lower))
	for i, w := range lower {
		if i == 0 || i == last {
			choices[i] = cache.forms(w)
		} else {
			choices[i] = inflect.Spellings(w)
		}
	}
	return product(choices)
}

// product lists every sequence that takes one option from each position.
func product(choices [][]string) [][]string {
	out := [][]string{nil}
	for _, opts := range choices {
		next := make([][]string, 0, len(out)*len(opts))
		for _, prefix := range out {
			for _, o := range opts {
				v := make([]string, len(prefix), len(prefix)+1)
				copy(v, prefix)
				next = append(next, append(v, o))
			}
		}
		out = next
	}
	return out
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Match appends the glossary terms found in tokens of text to dst: the
// longest term starting at each token wins and matches never overlap.
func (m *Matcher) Match(text string, tokens []Token, dst []Match) []Match {
	if len(tokens) == 0 {
		return dst
	}
	ids := make([]int32, len(tokens))
	var buf []byte
	for i, t := range tokens {
		buf = appendKey(buf[:0], text[t.Start:t.End])
		id, ok := m.vocab[string(buf)]
		if !ok {
			id = -1
		}
		ids[i] = id
	}
	for i := 0; i < len(tokens); {
		best, bestEnd := int32(-1), -1
		var n *trieNode
		for j := i; j < len(tokens) && ids[j] >= 0; j++ {
			if j == i {
				n = m.rootEdges[ids[j]]
			} else if tokens[j].Break {
				break
			} else {
				n = n.child(ids[j])
			}
			if n == nil {
				break
			}
			if e := m.accept(n, text, tokens, i, j); e >= 0 {
				best, bestEnd = e, j
			}
		}
		if best < 0 {
			i++
			continue
		}
		dst = append(dst, Match{First: i, Last: bestEnd, Entry: m.entries[best]})
		i = bestEnd + 1
	}
	return dst
}

// accept returns the entry a match of tokens [i, j] stands for, or -1. A
// case-sensitive entry must be written exactly; any other must not start
// or end inside a hyphenated compound.
func (m *Matcher) accept(n *trieNode, text string, tokens []Token, i, j int) int32 {
	if len(n.cands) == 0 {
		return -1
	}
	insideCompound := tokens[i].Joined || j+1 < len(tokens) && tokens[j+1].Joined
	var buf []byte
	for _, c := range n.cands {
		if c.exact == nil {
			if !insideCompound {
				return c.entry
			}
			continue
		}
		ok := true
		for k, want := range c.exact {
			t := tokens[i+k]
			buf = appendExact(buf[:0], text[t.Start:t.End])
			if string(buf) != want {
				ok = false
				break
			}
		}
		if ok {
			return c.entry
		}
	}
	return -1
}
