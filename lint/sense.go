package lint

import (
	"strings"

	"github.com/dejargon/dejargon/glossary"
)

// senseWindow is how many words either side of a use are read for the
// cues that pick a sense: about a sentence's worth.
const senseWindow = 12

// senseTable picks the sense of one entry with senses for each use.
type senseTable struct {
	// cues maps a cue word, in lower case and without a final s, to the
	// senses it points to.
	cues map[string][]int
	// entries holds, for each sense, the entry as reported in that sense;
	// nil for a plain sense.
	entries []*glossary.Entry
}

func newSenseTable(e *glossary.Entry) *senseTable {
	t := &senseTable{cues: map[string][]int{}, entries: make([]*glossary.Entry, len(e.Senses))}
	for i := range e.Senses {
		s := &e.Senses[i]
		for _, w := range s.When {
			k := cueKey(w)
			t.cues[k] = append(t.cues[k], i)
		}
		if !s.Plain {
			t.entries[i] = e.WithSense(s)
		}
	}
	return t
}

// cueKey folds a word for comparing with cues: lower case, without a
// final s, so that "networks" finds the cue "network".
func cueKey(w string) string {
	w = strings.ToLower(w)
	if len(w) > 3 && strings.HasSuffix(w, "s") {
		w = w[:len(w)-1]
	}
	return w
}

// pick returns the entry to report a match as, or nil when the match is
// in a plain sense. The sense with the most cues in the window around the
// match wins, the first listed on a tie; with none, the entry itself.
func (t *senseTable) pick(e *glossary.Entry, s *SegmentAnalysis, m Match) (*glossary.Entry, bool) {
	var hits []int
	from, to := max(m.First-senseWindow, 0), min(m.Last+senseWindow, len(s.Tokens)-1)
	for i := from; i <= to; i++ {
		if i >= m.First && i <= m.Last {
			continue
		}
		for _, si := range t.cues[cueKey(s.Word(i))] {
			if hits == nil {
				hits = make([]int, len(t.entries))
			}
			hits[si]++
		}
	}
	best := -1
	for si, n := range hits {
		if n > 0 && (best < 0 || n > hits[best]) {
			best = si
		}
	}
	if best < 0 {
		return e, true
	}
	return t.entries[best], t.entries[best] != nil
}
