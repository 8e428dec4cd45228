package analysis

import (
	"sync"
	"sync/atomic"
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
}

// cacheLimit bounds a Cache: past it, results are computed and not kept,
// so a text made of endless distinct spellings cannot grow memory.
const cacheLimit = 1 << 16

// Shared returns what compute returns for key, from the linter's cache
// when there is one (a.Shared), else from this document's memo. compute
// must depend on key alone.
func (a *Analysis) Shared(key any, compute func() any) any {
	c := a.SharedCache
	if c == nil {
		return a.Memo(key, compute)
	}
	if v, ok := c.m.Load(key); ok {
		return v
	}
	v := compute()
	if c.n.Load() < cacheLimit {
		if _, loaded := c.m.LoadOrStore(key, v); !loaded {
			c.n.Add(1)
		}
	}
	return v
}
