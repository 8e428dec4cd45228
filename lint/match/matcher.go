package match

import (
	"strings"

	"github.com/dejargon/dejargon/glossary"
)

// Matcher finds glossary terms in tokens. Terms are paths in a trie over
// base words; a vocabulary maps every spelling and inflection of every
// glossary word (leveraging, utilisation, APIs) to its base word's id, so
// a token costs one hash lookup and a term one path however many forms its
// words have. The cost per token depends on the longest term, not on the
// number of terms. A Matcher is immutable once built and safe for
// concurrent use.
type Matcher struct {
	// short and vocab map a word's key (lower case, apostrophes folded)
	// to the base words it may be a form of: usually one, sometimes two
	// ("based" is a form of "base" and a base word itself). short holds
	// the keys of up to eight bytes, vocab the longer ones. The ids of all
	// keys live in one array, lemmaIDs, so the tens of thousands of keys
	// cost no allocation each.
	vocab    map[string]idSpan
	short    shortWords
	lemmaIDs []int32
	// root holds the trie's first level, indexed by base word id; nil
	// where no term starts with that word.
	root    []*trieNode
	entries []*glossary.Entry
}

// idSpan locates a key's base-word ids in Matcher.lemmaIDs.
type idSpan struct{ off, n int32 }

// lemmas locates the base words a key may be a form of in lemmaIDs; the
// span is empty when the key is no glossary word. The backing array of
// key must hold at least eight bytes (see packKey).
func (m *Matcher) lemmas(key []byte) idSpan {
	switch {
	case len(key) == 0:
		return idSpan{}
	case len(key) <= maxShortKey:
		sp, _ := m.short.get(packKey(key))
		return sp
	}
	return m.vocab[string(key)]
}

// ids returns the base word ids of span sp.
func (m *Matcher) ids(sp idSpan) []int32 {
	return m.lemmaIDs[sp.off : sp.off+sp.n : sp.off+sp.n]
}

type trieNode struct {
	// edges is a short list: below the root most words have one or two
	// followers, and a slice scan beats a map at that size and costs far
	// less to build.
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

// candidate is an entry that ends at a trie node. For a case-sensitive
// entry, exact lists for each word the spellings allowed as written
// (apostrophes folded); nil means any case and any form.
type candidate struct {
	entry int32
	exact [][]string
}

// Match is a glossary term found in a segment: tokens [First, Last] of it.
type Match struct {
	First, Last int
	Entry       *glossary.Entry
}

// NewMatcher builds the matcher for a glossary.
func NewMatcher(g *glossary.Glossary) *Matcher {
	return newMatcherBuilder(g).freeze()
}

// newMatcherBuilder gathers the vocabulary and trie of a glossary.
func newMatcherBuilder(g *glossary.Glossary) *matcherBuilder {
	b := &matcherBuilder{
		m: &Matcher{entries: g.Entries},
		// About twenty forms a glossary word; sizing the map up front
		// spares rehashing it while it grows.
		vocab:  make(map[string]idSpan, 24*len(g.Entries)),
		root:   map[int32]*trieNode{},
		lemmas: map[string]int32{},
		formed: map[int32]bool{},
	}
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
			b.add(words, int32(i), e.IsCaseSensitive())
		}
	}
	return b
}

// freeze moves what the builder gathered into the matcher's tables, which
// are cheaper to read: every token looks its key up in the vocabulary,
// and every token that is a glossary word its base word in the trie's
// first level, an array indexed by base word id instead of a map.
func (b *matcherBuilder) freeze() *Matcher {
	m := b.m
	m.short = newShortWords(b.vocab)
	m.vocab = make(map[string]idSpan, len(b.vocab)/4)
	for k, sp := range b.vocab {
		if len(k) > maxShortKey {
			m.vocab[k] = sp
		}
	}
	m.root = make([]*trieNode, len(b.lemmas))
	for id, n := range b.root {
		m.root[id] = n
	}
	return m
}

// matcherBuilder holds what is needed only while a matcher is built.
type matcherBuilder struct {
	m      *Matcher
	vocab  map[string]idSpan
	root   map[int32]*trieNode
	lemmas map[string]int32
	// formed marks base words whose forms are already in the vocabulary.
	formed map[int32]bool
	buf    []byte
}

// lemma returns the id of a base word, registering the word itself.
func (b *matcherBuilder) lemma(word string) int32 {
	b.buf = appendKey(b.buf[:0], word)
	if id, ok := b.lemmas[string(b.buf)]; ok {
		return id
	}
	id := int32(len(b.lemmas))
	key := string(b.buf)
	b.lemmas[key] = id
	b.addForm(key, id)
	return id
}

// addForm records that a word written as key may stand for base word id.
func (b *matcherBuilder) addForm(key string, id int32) {
	m := b.m
	sp, ok := b.vocab[key]
	if !ok {
		b.vocab[key] = idSpan{off: int32(len(m.lemmaIDs)), n: 1}
		m.lemmaIDs = append(m.lemmaIDs, id)
		return
	}
	old := m.lemmaIDs[sp.off : sp.off+sp.n]
	for _, x := range old {
		if x == id {
			return
		}
	}
	// A second base word for a key is rare: move the key's ids to the end
	// of the array with the new one, leaving a few unused ids behind.
	off := int32(len(m.lemmaIDs))
	m.lemmaIDs = append(m.lemmaIDs, old...)
	m.lemmaIDs = append(m.lemmaIDs, id)
	b.vocab[key] = idSpan{off: off, n: sp.n + 1}
}

// add puts one written form of an entry into the trie. Case-insensitive
// words take every British and American spelling and every inflection
// (leveraging, synergies, touched base, pain points); case-sensitive ones
// (acronyms) only a plural and a possessive on their last word (APIs,
// API's), and must be written exactly.
func (b *matcherBuilder) add(words []string, entry int32, caseSensitive bool) {
	ids := make([]int32, len(words))
	var exact [][]string
	if caseSensitive {
		exact = make([][]string, len(words))
	}
	last := len(words) - 1
	for i, w := range words {
		ids[i] = b.lemma(w)
		if caseSensitive {
			allowed := []string{string(appendExact(nil, w))}
			if i == last {
				allowed = append(allowed, allowed[0]+"s", allowed[0]+"'s")
			}
			for _, a := range allowed[1:] {
				b.addForm(string(appendKey(nil, a)), ids[i])
			}
			exact[i] = allowed
			continue
		}
		if b.formed[ids[i]] {
			continue
		}
		b.formed[ids[i]] = true
		lower := strings.ToLower(w)
		if list, ok := builtinFormKeys(lower); ok {
			// The keys share the generated table's memory: no copy each.
			for k := range strings.SplitSeq(list, " ") {
				b.addForm(k, ids[i])
			}
			continue
		}
		for _, k := range formKeys(lower) {
			b.addForm(k, ids[i])
		}
	}
	n := b.root[ids[0]]
	if n == nil {
		n = &trieNode{}
		b.root[ids[0]] = n
	}
	for _, id := range ids[1:] {
		child := n.child(id)
		if child == nil {
			child = &trieNode{}
			n.edges = append(n.edges, trieEdge{word: id, node: child})
		}
		n = child
	}
	for _, old := range n.cands {
		if old.entry == entry && equalExact(old.exact, exact) {
			return
		}
	}
	n.cands = append(n.cands, candidate{entry: entry, exact: exact})
}

func equalExact(a, b [][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if strings.Join(a[i], "\x00") != strings.Join(b[i], "\x00") {
			return false
		}
	}
	return true
}

// Match appends the glossary terms found in tokens of text to dst: the
// longest term starting at each token wins and matches never overlap.
func (m *Matcher) Match(text string, tokens []Token, dst []Match) []Match {
	var buf Buffer
	return m.match(text, tokens, dst, &buf)
}

// Buffer is scratch space for MatchInto, reused from one segment to the
// next so a document costs no allocation per paragraph.
type Buffer struct {
	ids []idSpan
	// exact holds a token as compared with a case-sensitive term.
	exact []byte
}

// MatchInto is Match with a scratch buffer the caller keeps for the next
// segment.
func (m *Matcher) MatchInto(text string, tokens []Token, dst []Match, buf *Buffer) []Match {
	return m.match(text, tokens, dst, buf)
}

// match is Match with scratch space for the tokens' word ids.
func (m *Matcher) match(text string, tokens []Token, dst []Match, buf *Buffer) []Match {
	if len(tokens) == 0 {
		return dst
	}
	ids := buf.ids
	if cap(ids) < len(tokens) {
		ids = make([]idSpan, len(tokens), len(tokens)*2)
		buf.ids = ids
	}
	ids = ids[:len(tokens)]
	var key [64]byte // on the stack; appendKey grows past it for long words
	for i, t := range tokens {
		ids[i] = m.lemmas(appendKey(key[:0], text[t.Start:t.End]))
	}
	w := walker{m: m, text: text, tokens: tokens, ids: ids, buf: buf.exact}
	for i := 0; i < len(tokens); {
		w.best, w.bestEnd = -1, -1
		for _, id := range m.ids(ids[i]) {
			if n := m.root[id]; n != nil {
				w.walk(n, i, i)
			}
		}
		if w.best < 0 {
			i++
			continue
		}
		dst = append(dst, Match{First: i, Last: w.bestEnd, Entry: m.entries[w.best]})
		i = w.bestEnd + 1
	}
	buf.exact = w.buf
	return dst
}

// walker follows the trie from one start token, through every base word
// each token may be a form of, and keeps the longest accepted term.
type walker struct {
	m       *Matcher
	text    string
	tokens  []Token
	ids     []idSpan
	best    int32
	bestEnd int
	buf     []byte
}

func (w *walker) walk(n *trieNode, first, j int) {
	if e := w.accept(n, first, j); e >= 0 && j > w.bestEnd {
		w.best, w.bestEnd = e, j
	}
	next := j + 1
	if len(n.edges) == 0 || next >= len(w.tokens) || w.tokens[next].Break {
		return
	}
	for _, id := range w.m.ids(w.ids[next]) {
		if c := n.child(id); c != nil {
			w.walk(c, first, next)
		}
	}
}

// accept returns the entry a match of tokens [i, j] stands for, or -1. A
// case-sensitive entry must be written exactly; any other must not start
// or end inside a hyphenated compound, so "use" never matches "re-use".
func (w *walker) accept(n *trieNode, i, j int) int32 {
	if len(n.cands) == 0 {
		return -1
	}
	tokens := w.tokens
	insideCompound := tokens[i].Joined || j+1 < len(tokens) && tokens[j+1].Joined
	for _, c := range n.cands {
		if c.exact == nil {
			if !insideCompound {
				return c.entry
			}
			continue
		}
		if w.writtenAs(c.exact, i) {
			return c.entry
		}
	}
	return -1
}

// writtenAs reports whether the tokens from i on are written as one of the
// allowed spellings, position by position.
func (w *walker) writtenAs(exact [][]string, i int) bool {
	for k, allowed := range exact {
		t := w.tokens[i+k]
		w.buf = appendExact(w.buf[:0], w.text[t.Start:t.End])
		ok := false
		for _, a := range allowed {
			if string(w.buf) == a {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
