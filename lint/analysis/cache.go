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
	// tables holds each Table's contents, keyed by the *Table.
	tables sync.Map
	// Words holds the readability counts of every word scored.
	Words readability.WordCache
	// buffers keeps released analyses' storage (Analysis.Release) for the
	// next document: the same for whichever document reuses it.
	buffers sync.Pool
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

// A Table is one kind of result kept in a Cache, with keys of type K and
// values of type V. A rule declares its tables once, as package values that
// never change; each Cache keeps its own contents for them. Unlike Shared,
// a table hashes its keys as they are, without boxing them in an interface
// (an allocation each), and once every key a tree repeats is in, a lookup
// takes only a read lock.
type Table[K OwnedKey[K], V any] struct {
	// name says what the table holds; it also gives every table a size,
	// and so an address of its own, which keys its contents in a Cache.
	name string
}

// An OwnedKey keys a Table. Own returns an equal key whose strings are
// copies, for the same reason as SharedKey's.
type OwnedKey[K any] interface {
	comparable
	Own() K
}

// NewTable declares a table holding what name says.
func NewTable[K OwnedKey[K], V any](name string) *Table[K, V] {
	return &Table[K, V]{name: name}
}

// tableStore is a Cache's contents for one Table.
type tableStore[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

// Get returns what compute returns for key, from the linter's cache when
// there is one (a.SharedCache), else from this document's memo. compute
// must depend on key alone (a is for the glossary and the reader, never
// the document), and what it returns must not point into the document;
// callers share the value, so they must not change it.
func (t *Table[K, V]) Get(a *Analysis, key K, compute func(*Analysis, K) V) V {
	c := a.SharedCache
	if c == nil {
		return a.Memo(key, func() any { return compute(a, key) }).(V)
	}
	st := t.store(c)
	st.mu.RLock()
	v, ok := st.m[key]
	st.mu.RUnlock()
	if ok {
		return v
	}
	v = compute(a, key)
	st.mu.Lock()
	if old, ok := st.m[key]; ok {
		// Another worker got there first: hand out its value, so that
		// every caller shares one.
		v = old
	} else if len(st.m) < cacheLimit {
		st.m[key.Own()] = v
	}
	st.mu.Unlock()
	return v
}

// store returns c's contents for t, made on first use.
func (t *Table[K, V]) store(c *Cache) *tableStore[K, V] {
	if s, ok := c.tables.Load(t); ok {
		return s.(*tableStore[K, V])
	}
	s, _ := c.tables.LoadOrStore(t, &tableStore[K, V]{m: map[K]V{}})
	return s.(*tableStore[K, V])
}
