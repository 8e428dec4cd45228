package analysis

import (
	"sync"
	"sync/atomic"

	"github.com/dejargon/dejargon/lint/readability"
)

// Cache keeps results that depend only on their key, never on the
// document, across every document one Linter checks: a tree of notices
// repeats the same terms in the same few spellings, and putting a
// replacement in the form written ("leveraging" → "using") costs far more
// than the lookup. It is safe for concurrent use, and since every value is
// a pure function of its key, which worker computes it first does not
// change any output.
type Cache struct {
	m sync.Map
	n atomic.Int64
	// Words holds the readability counts of every word scored.
	Words readability.WordCache
}

// cacheLimit bounds a Cache: past it, results are computed and not kept,
// so a text made of endless distinct spellings cannot grow memory.
const cacheLimit = 1 << 16

// A SharedKey keys a Cache. Its dynamic type must be comparable. Own
// returns an equal key whose strings are copies: a key is usually made of
// words sliced from a document, and a cache that kept those slices would
// keep every document they came from alive.
type SharedKey interface {
	Own() SharedKey
}

// Shared returns what compute returns for key, from the linter's cache
// when there is one (a.SharedCache), else from this document's memo.
// compute must depend on key alone, and what it returns must not point
// into the document.
func (a *Analysis) Shared(key SharedKey, compute func() any) any {
	c := a.SharedCache
	if c == nil {
		return a.Memo(key, compute)
	}
	if v, ok := c.m.Load(key); ok {
		return v
	}
	v := compute()
	if c.n.Load() < cacheLimit {
		if _, loaded := c.m.LoadOrStore(key.Own(), v); !loaded {
			c.n.Add(1)
		}
	}
	return v
}
