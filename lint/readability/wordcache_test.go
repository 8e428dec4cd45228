package readability

import (
	"fmt"
	"sync"
	"testing"
)

// TestWordCacheCounts checks that the shared cache gives every word the
// counts it would have alone, while words are added from several
// goroutines at once and the cache publishes new maps, and that it stops
// remembering at its bound.
func TestWordCacheCounts(t *testing.T) {
	var c WordCache
	words := make([]string, 3*minPublish*5)
	for i := range words {
		words[i] = fmt.Sprintf("migration%dx", i)
	}
	words = append(words, "the", "readability", "a", "")
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Go(func() {
			for round := 0; round < 2; round++ {
				for _, w := range words {
					if got, want := c.counts(w), countWord(w); got != want {
						t.Errorf("counts(%q) = %+v, want %+v", w, got, want)
						return
					}
				}
			}
		})
	}
	wg.Wait()
	c.mu.Lock()
	n, dirty := c.n, len(c.dirty)
	c.mu.Unlock()
	if n != len(words) {
		t.Errorf("the cache holds %d words, want %d", n, len(words))
	}
	if read := c.read.Load(); read == nil || len(*read)+dirty != n {
		t.Errorf("published and waiting words do not add up to %d", n)
	}
}

func TestWordCacheBound(t *testing.T) {
	var c WordCache
	for i := 0; i < maxKnownWords+100; i++ {
		c.counts(fmt.Sprintf("w%d", i))
	}
	if c.n != maxKnownWords {
		t.Errorf("the cache holds %d words, want at most %d", c.n, maxKnownWords)
	}
}

// TestWordCachePublishesWaitingWords: words too few to publish on their
// own are published once they have been looked up as often as there are
// words, so that they do not stay behind the lock.
func TestWordCachePublishesWaitingWords(t *testing.T) {
	var c WordCache
	words := []string{"the", "migration", "window", "opens"}
	for round := 0; round < 3; round++ {
		for _, w := range words {
			c.counts(w)
		}
	}
	read := c.read.Load()
	if read == nil || len(*read) != len(words) {
		t.Fatalf("published %v, want all %d words", read, len(words))
	}
	if len(c.dirty) != 0 {
		t.Errorf("%d words still wait", len(c.dirty))
	}
}
