package analysis

import (
	"strings"
	"sync"

	"github.com/dejargon/dejargon/lint/document"
	"github.com/dejargon/dejargon/lint/readability"
	"github.com/dejargon/dejargon/lint/sentence"
)

// Sentence is one sentence of a segment. Sentences never cross segments:
// a heading, list item or table cell is at most one sentence's worth of
// text of its own.
type Sentence struct {
	// Seg indexes Analysis.Segments.
	Seg int
	// Start and End are byte offsets into the segment's text.
	Start, End int
	// Words counts the sentence's words as sentence.Words finds them, the
	// count the readability scores use too.
	Words int
	// Counted is set when the sentence counts towards the document's
	// readability scores (see countsForReadability).
	Counted bool
	// Cues say which style detectors could find something here
	// (sentence_cues.go).
	Cues Cue
	// firstWord indexes sentenceAnalysis.words, where the sentence's Words
	// word spans (relative to the sentence) start.
	firstWord int
}

// SentenceText returns the sentence as the reader reads it.
func (a *Analysis) SentenceText(s Sentence) string {
	return a.Segments[s.Seg].Segment.Text[s.Start:s.End]
}

// sentenceState computes the sentence analysis once for an analysis and
// all its forks, and its readability counts once too.
type sentenceState struct {
	once        sync.Once
	sa          *sentenceAnalysis
	metricsOnce sync.Once
}

// sentenceAnalysis is worked out on first use and shared by every rule
// and by stats, so a document is split and scored once however many
// sentence-level rules run.
type sentenceAnalysis struct {
	sentences []Sentence
	// words holds every sentence's word spans, found once and shared by
	// the sentence-length and readability rules.
	words []sentence.Span
	// metrics is computed on first use too: counting syllables is the
	// dearest step, and a document too short to judge never needs it.
	metrics *readability.Metrics
	counts  readability.Accumulator
}

// SentenceWords returns the words of s, as sentence.Words splits
// SentenceText(s), offsets relative to that text. The slice is shared:
// do not change it.
func (a *Analysis) SentenceWords(s Sentence) []sentence.Span {
	sa := a.sentenceAnalysis()
	return sa.words[s.firstWord : s.firstWord+s.Words : s.firstWord+s.Words]
}

// Sentences returns the sentences of every segment, in source order.
func (a *Analysis) Sentences() []Sentence {
	return a.sentenceAnalysis().sentences
}

// Readability returns the document's readability counts and scores, over
// the sentences of its paragraphs, list items and quotes.
func (a *Analysis) Readability() readability.Metrics {
	sa := a.readabilityCounts()
	return *sa.metrics
}

// ReadabilityCounts returns the sums behind Readability, for adding
// documents up (dejargon stats' total row) with Accumulator.Merge.
func (a *Analysis) ReadabilityCounts() readability.Accumulator {
	return a.readabilityCounts().counts
}

func (a *Analysis) readabilityCounts() *sentenceAnalysis {
	sa := a.sentenceAnalysis()
	a.sent.metricsOnce.Do(func() {
		var acc readability.Accumulator
		if a.SharedCache != nil {
			acc.Shared = &a.SharedCache.Words
		}
		for _, s := range sa.sentences {
			if s.Counted {
				acc.AddSpans(a.SentenceText(s), sa.words[s.firstWord:s.firstWord+s.Words])
			}
		}
		m := acc.Metrics()
		sa.metrics, sa.counts = &m, acc
	})
	return sa
}

// CountedWords returns how many words count towards the readability
// scores, without computing them.
func (a *Analysis) CountedWords() int {
	n := 0
	for _, s := range a.Sentences() {
		if s.Counted {
			n += s.Words
		}
	}
	return n
}

// sentenceAnalysis computes sentences on the first call from the analysis
// or any of its forks.
func (a *Analysis) sentenceAnalysis() *sentenceAnalysis {
	a.sent.once.Do(func() { a.sent.sa = a.splitSentences() })
	return a.sent.sa
}

func (a *Analysis) splitSentences() *sentenceAnalysis {
	sa := &sentenceAnalysis{}
	// Sentence words are nearly the matcher's tokens, which are counted
	// already: sizing from them spares growing a document-long slice.
	ntok := 0
	for si := range a.Segments {
		ntok += len(a.Segments[si].Tokens)
	}
	wb := a.own
	if wb == nil {
		wb = &windowBuffers{}
	}
	sa.words, sa.sentences = wb.words[:0], wb.sentences[:0]
	if want := ntok + ntok/8 + 16; cap(sa.words) < want {
		sa.words = make([]sentence.Span, 0, want)
	}
	if want := a.sentenceEstimate(); cap(sa.sentences) < want {
		sa.sentences = make([]Sentence, 0, want)
	}
	spans := wb.spans[:0] // reused for every segment
	defer func() { wb.words, wb.sentences, wb.spans = sa.words, sa.sentences, spans }()
	for si := range a.Segments {
		seg := a.Segments[si].Segment
		toks := a.Segments[si].Tokens
		ti := 0
		counted := countsForReadability(seg.Kind)
		spans = sentence.AppendSplit(spans[:0], seg.Text)
		for _, sp := range spans {
			first := len(sa.words)
			sa.words = sentence.AppendWords(sa.words, seg.Text[sp.Start:sp.End])
			n := len(sa.words) - first
			if n == 0 {
				continue
			}
			var cues Cue
			for ti < len(toks) && toks[ti].End <= sp.Start {
				ti++
			}
			for ; ti < len(toks) && toks[ti].Start < sp.End; ti++ {
				cues |= tokenCues(seg.Text[toks[ti].Start:toks[ti].End])
			}
			sa.sentences = append(sa.sentences, Sentence{Seg: si, Start: sp.Start, End: sp.End, Words: n, Counted: counted, Cues: cues, firstWord: first})
		}
	}
	return sa
}

// sentenceEstimate guesses how many sentences the segments hold, to size
// the sentence slice once: one per segment and one per full stop,
// question or exclamation mark. Counting a byte is far cheaper than
// growing a document-long slice again and again.
func (a *Analysis) sentenceEstimate() int {
	n := 0
	for si := range a.Segments {
		t := a.Segments[si].Segment.Text
		n += 1 + strings.Count(t, ".") + strings.Count(t, "?") + strings.Count(t, "!")
	}
	return n
}

// countsForReadability reports whether sentences of a segment kind count
// towards the reading grade. Headings, table cells, email subjects and
// alt text are labels rather than sentences: counting their few words
// would make a dense document look easy.
func countsForReadability(k document.SegmentKind) bool {
	switch k {
	case document.Paragraph, document.ListItem, document.Quote:
		return true
	}
	return false
}
