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
func pickSense(e *glossary.Entry, s *analysis.SegmentAnalysis, m match.Match) (int, bool) {
	best, bestHits := -1, 0
	to := m.Last
	from := max(m.First-senseWindow, 0)
	for to < len(s.Tokens)-1 && to < m.Last+senseWindow && !sentenceStartsAt(s, to+1) {
		to++
	}
	for si := range e.Senses {
		hits := 0
		for i := from; i <= to; i++ {
			if i >= m.First && i <= m.Last {
				continue
			}
			w := s.Word(i)
			for _, cue := range e.Senses[si].When {
				if isCue(w, cue) {
					hits++
					break
				}
			}
		}
		if hits > bestHits {
			best, bestHits = si, hits
		}
	}
	if best >= 0 && e.Senses[best].Plain {
		return -1, false
	}
	return best, true
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
