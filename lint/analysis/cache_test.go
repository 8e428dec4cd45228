package analysis

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

type testKey struct{ s string }

func (k testKey) Own() testKey { return testKey{strings.Clone(k.s)} }

var testTable = NewTable[testKey, string]("test values")

// TestTableGet checks a table shared by several goroutines: every caller
// gets the value for its key, computed once while the table has room, and
// the table holds every key once.
func TestTableGet(t *testing.T) {
	a := &Analysis{SharedCache: &Cache{}}
	keys := make([]string, 500)
	for i := range keys {
		keys[i] = fmt.Sprintf("key%d", i)
	}
	var mu sync.Mutex
	computed := map[string]int{}
	compute := func(_ *Analysis, k testKey) string {
		mu.Lock()
		computed[k.s]++
		mu.Unlock()
		return "value of " + k.s
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Go(func() {
			b := a.Fork()
			for round := 0; round < 3; round++ {
				for _, k := range keys {
					if got := testTable.Get(b, testKey{k}, compute); got != "value of "+k {
						t.Errorf("Get(%q) = %q", k, got)
						return
					}
				}
			}
		})
	}
	wg.Wait()
	for _, k := range keys {
		if n := computed[k]; n < 1 || n > 4 {
			t.Errorf("%q computed %d times, want 1 to 4 (once per goroutine at most)", k, n)
		}
	}
	st := testTable.store(a.SharedCache)
	st.mu.RLock()
	defer st.mu.RUnlock()
	if len(st.m) != len(keys) {
		t.Errorf("the table holds %d keys, want %d", len(st.m), len(keys))
	}
}

// TestTableWithoutCache: with no shared cache, a document's memo keeps
// the values.
func TestTableWithoutCache(t *testing.T) {
	a := &Analysis{}
	n := 0
	compute := func(_ *Analysis, k testKey) string { n++; return k.s }
	for i := 0; i < 3; i++ {
		if got := testTable.Get(a, testKey{"x"}, compute); got != "x" {
			t.Fatalf("Get = %q", got)
		}
	}
	if n != 1 {
		t.Errorf("computed %d times, want 1", n)
	}
}
