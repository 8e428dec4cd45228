package readability

import (
	"strings"
	"sync"
	"sync/atomic"
)

// WordCache remembers what each distinct word counts for (syllables,
// letters, whether it is complex) across documents, so a tree of drafts
// counts the syllables of "the" and "migration" once rather than once a
// file. It is safe for concurrent use; the counts depend on the word
// alone, so which goroutine fills an entry changes no score. The zero
// value is ready to use.
//
// Every word of every document is looked up, and nearly every lookup
// finds a word seen before, so reads take no lock and box nothing: they
// read a map that is never changed once published. Words counted since
// wait in a locked map until there are enough of them, or they have been
// looked up there often enough, to publish a new map with them in; either
// way the copying stays in proportion to the work it saves.
type WordCache struct {
	read atomic.Pointer[map[string]wordCounts]
	mu   sync.Mutex
	// dirty holds the words counted since read was published, n counts
	// the words in both, and waited the lookups that found a word in
	// dirty, all under mu.
	dirty  map[string]wordCounts
	n      int
	waited int
}

// counts returns w's counts, working them out and remembering them on
// first sight while the cache has room.
func (c *WordCache) counts(w string) wordCounts {
	if read := c.read.Load(); read != nil {
		if wc, ok := (*read)[w]; ok {
			return wc
		}
	}
	c.mu.Lock()
	wc, ok := c.dirty[w]
	if ok {
		c.waited++
		if c.waited >= c.n {
			c.publish()
		}
	}
	c.mu.Unlock()
	if ok {
		return wc
	}
	wc = countWord(w)
	c.remember(w, wc)
	return wc
}

// minPublish is the fewest new words worth publishing a new map for.
const minPublish = 64

// remember adds w to the cache, unless another goroutine did or the
// cache is full, and publishes the words waiting when there are enough.
func (c *WordCache) remember(w string, wc wordCounts) {
	c.mu.Lock()
	defer c.mu.Unlock()
	read := c.read.Load()
	if c.n >= maxKnownWords {
		return
	}
	if _, ok := c.dirty[w]; ok {
		return
	}
	if read != nil {
		if _, ok := (*read)[w]; ok {
			return
		}
	}
	if c.dirty == nil {
		c.dirty = map[string]wordCounts{}
	}
	// The word is usually sliced from a document; a copy keeps the
	// cache from holding the document alive.
	c.dirty[strings.Clone(w)] = wc
	c.n++
	if len(c.dirty) >= max(minPublish, (c.n-len(c.dirty))/4) {
		// Each new map is at least a quarter larger than the last, so
		// copying costs a few times the words in all.
		c.publish()
	}
}

// publish makes a new map of every word for readers, under c.mu.
func (c *WordCache) publish() {
	read := c.read.Load()
	next := make(map[string]wordCounts, c.n)
	if read != nil {
		for k, v := range *read {
			next[k] = v
		}
	}
	for k, v := range c.dirty {
		next[k] = v
	}
	c.read.Store(&next)
	c.dirty = nil
	c.waited = 0
}

func countWord(w string) wordCounts {
	// A word made only of combining marks has no letter to count, but it
	// is still a word and is read as something.
	var wc wordCounts
	wc.syllables = max(Syllables(w), 1)
	wc.characters = letterCount(w)
	wc.complex = wc.syllables >= 3 && isComplex(w)
	return wc
}
