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
type WordCache struct {
	m sync.Map // string → wordCounts
	n atomic.Int64
}

// counts returns w's counts, working them out and remembering them on
// first sight while the cache has room.
func (c *WordCache) counts(w string) wordCounts {
	if v, ok := c.m.Load(w); ok {
		return v.(wordCounts)
	}
	wc := countWord(w)
	if c.n.Load() < maxKnownWords {
		// The word is usually sliced from a document; a copy keeps the
		// cache from holding the document alive.
		if _, loaded := c.m.LoadOrStore(strings.Clone(w), wc); !loaded {
			c.n.Add(1)
		}
	}
	return wc
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
