package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/analysis"
	"github.com/dejargon/dejargon/lint/match"
)

// senseWindow is how many words either side of a use are read for the
// cues that pick a sense: about a sentence's worth. Before the use the
// window may reach into the sentence before, which the reader has just
// read ("our core network. This will increase the bandwidth"); after it,
// the window stops at the end of the sentence, since the next one may
// be about something else ("Your files are synced. The weekly meeting is
// off.").
const senseWindow = 12

// pickSense returns the sense of entry e to report match m in, as an
// index into e.Senses, -1 for the entry's own fields, and false when the
// use is in a plain sense and is not reported. The sense with the most cue
// words in the window around the match wins, the first listed on a tie;
// with no cue nearby, the entry itself. Only entries with senses pay for
// this, and only at their uses.
func pickSense(a *analysis.Analysis, e *glossary.Entry, s *analysis.SegmentAnalysis, m match.Match) (int, bool) {
	to := m.Last
	from := max(m.First-senseWindow, 0)
	for to < len(s.Tokens)-1 && to < m.Last+senseWindow && !sentenceStartsAt(s, to+1) {
		to++
	}
	var counts [8]int
	hits := counts[:0]
	if len(e.Senses) <= len(counts) {
		hits = counts[:len(e.Senses)]
	} else {
		hits = make([]int, len(e.Senses))
	}
	cues := cueTables.Get(a, cueKey{e}, newCueTable)
	var buf [maxCueWord]byte
	for i := from; i <= to; i++ {
		if i >= m.First && i <= m.Last {
			continue
		}
		w := s.Word(i)
		if senses, ok := cues.senses(w, buf[:0]); ok {
			for si := range hits {
				if senses&(1<<si) != 0 {
					hits[si]++
				}
			}
			continue
		}
		for si := range e.Senses {
			for _, cue := range e.Senses[si].When {
				if isCue(w, cue) {
					hits[si]++
					break
				}
			}
		}
	}
	best, bestHits := -1, 0
	for si, n := range hits {
		if n > bestHits {
			best, bestHits = si, n
		}
	}
	if best >= 0 && e.Senses[best].Plain {
		return -1, false
	}
	return best, true
}

// cueTable tells, for a word in ASCII, which senses of an entry it is a
// cue of, as isCue would find by comparing it with every cue: a set bit
// for each sense, by index. It holds each cue in lower case and, for a
// cue of four letters or more ending in s, the cue without the s.
type cueTable struct {
	forms map[string]uint64
	// usable is false when a cue is not in ASCII, whose case folding a
	// lower-cased key may miss, or the entry has more than 64 senses:
	// then every word is compared with every cue.
	usable bool
}

// maxCueWord is the longest word a cueTable looks up.
const maxCueWord = 32

type cueKey struct{ entry *glossary.Entry }

// Own returns the key: it holds no text (analysis.OwnedKey).
func (k cueKey) Own() cueKey { return k }

var cueTables = analysis.NewTable[cueKey, *cueTable]("the cue words of each sense of an entry")

func newCueTable(_ *analysis.Analysis, k cueKey) *cueTable {
	e := k.entry
	t := &cueTable{forms: map[string]uint64{}, usable: len(e.Senses) <= 64}
	for si, sense := range e.Senses {
		for _, cue := range sense.When {
			if !isASCII(cue) {
				t.usable = false
			}
			t.forms[strings.ToLower(cue)] |= 1 << si
			if len(cue) > 3 && cue[len(cue)-1] == 's' {
				t.forms[strings.ToLower(cue[:len(cue)-1])] |= 1 << si
			}
		}
	}
	return t
}

// senses returns the senses word w is a cue of, lower-casing it into buf;
// ok is false when the table cannot tell (see cueTable.usable), or w is
// not in ASCII or longer than maxCueWord.
func (t *cueTable) senses(w string, buf []byte) (uint64, bool) {
	if !t.usable || len(w) > maxCueWord {
		return 0, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		buf = append(buf, lowerASCII(c))
	}
	senses := t.forms[string(buf)]
	if n := len(buf); n > 3 && buf[n-1] == 's' {
		// "networks" for the cue "network".
		senses |= t.forms[string(buf[:n-1])]
	}
	return senses, true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isCue compares a word with a cue in any case, with or without a final
// s on either, so that "networks" finds the cue "network".
func isCue(w, cue string) bool {
	if w == "" || cue == "" {
		return w == cue
	}
	if a, b := w[0], cue[0]; a < utf8.RuneSelf && b < utf8.RuneSelf && lowerASCII(a) != lowerASCII(b) {
		// Two words that start with different ASCII letters differ in
		// any case: most words near a use are no cue, and this tells
		// them apart without folding the whole word.
		return false
	}
	if strings.EqualFold(w, cue) {
		return true
	}
	return len(w) > 3 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') && strings.EqualFold(w[:len(w)-1], cue) ||
		len(cue) > 3 && cue[len(cue)-1] == 's' && strings.EqualFold(w, cue[:len(cue)-1])
}

// sentenceStartsAt reports whether token i (i > 0) starts a new sentence:
// a full stop, question or exclamation mark and a space come before it,
// and it starts with a capital, so that "e.g. the" does not end one.
func sentenceStartsAt(s *analysis.SegmentAnalysis, i int) bool {
	t := s.Tokens[i]
	if !t.Break {
		return false
	}
	gap := s.Segment.Text[s.Tokens[i-1].End:t.Start]
	end := strings.LastIndexAny(gap, ".!?")
	if end < 0 || !strings.ContainsFunc(gap[end+1:], unicode.IsSpace) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.Segment.Text[t.Start:])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
