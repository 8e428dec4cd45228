package readability

import "github.com/dejargon/dejargon/lint/sentence"

// Accumulator adds up readability counts over the sentences of a document,
// which may arrive from many segments (paragraphs, list items, headings)
// in any order. The zero value is ready to use. It is a plain value: copy
// it to snapshot, and give each goroutine its own and Merge them after.
type Accumulator struct {
	c counts
	// known remembers what each distinct word counts for: running text
	// repeats a few hundred words over and over, and counting syllables is
	// the costly part of scoring a document.
	known map[string]wordCounts
	// Shared, when set, stands in for known: the counts of every word
	// seen by every accumulator sharing it.
	Shared *WordCache
}

type wordCounts struct {
	syllables, characters int
	complex               bool
}

// maxKnownWords bounds the memory the word cache may take on a huge
// document; past it, new words are counted without being remembered.
const maxKnownWords = 1 << 16

// Add counts one sentence. Text with no words (punctuation, white space)
// is ignored rather than counted as an empty sentence, which would flatter
// the words-per-sentence average. Whether headings and list items count as
// sentences is the caller's choice: call Add for them or not.
func (a *Accumulator) Add(sentenceText string) {
	spans := sentence.Words(sentenceText)
	if len(spans) == 0 {
		return
	}
	for _, s := range spans {
		a.addWord(s.Text(sentenceText))
	}
	a.c.sentences++
}

// AddWords counts one sentence already split into words. Empty strings in
// words are skipped; a sentence of none is ignored, as in Add.
func (a *Accumulator) AddWords(words []string) {
	before := a.c.words
	for _, w := range words {
		if w != "" {
			a.addWord(w)
		}
	}
	if a.c.words > before {
		a.c.sentences++
	}
}

// AddSpans adds one sentence given as its text and the spans of its
// words (from sentence.Words), as AddWords adds the words themselves,
// sparing the caller a slice of strings.
func (a *Accumulator) AddSpans(text string, words []sentence.Span) {
	before := a.c.words
	for _, w := range words {
		if w.End > w.Start {
			a.addWord(text[w.Start:w.End])
		}
	}
	if a.c.words > before {
		a.c.sentences++
	}
}

// AddText splits text into sentences with sentence.Split and adds each.
func (a *Accumulator) AddText(text string) {
	for _, s := range sentence.Split(text) {
		a.Add(s.Text(text))
	}
}

// Merge adds the counts of b to a.
func (a *Accumulator) Merge(b Accumulator) {
	a.c.words += b.c.words
	a.c.sentences += b.c.sentences
	a.c.syllables += b.c.syllables
	a.c.characters += b.c.characters
	a.c.complex += b.c.complex
	a.c.polysyllables += b.c.polysyllables
}

// Metrics returns the counts so far and the scores computed from them.
func (a Accumulator) Metrics() Metrics {
	return a.c.metrics()
}

func (a *Accumulator) addWord(w string) {
	var wc wordCounts
	if a.Shared != nil {
		wc = a.Shared.counts(w)
	} else if known, ok := a.known[w]; ok {
		wc = known
	} else {
		wc = countWord(w)
		if a.known == nil {
			a.known = map[string]wordCounts{}
		}
		if len(a.known) < maxKnownWords {
			a.known[w] = wc
		}
	}
	a.c.words++
	a.c.syllables += wc.syllables
	a.c.characters += wc.characters
	if wc.syllables >= 3 {
		a.c.polysyllables++
		if wc.complex {
			a.c.complex++
		}
	}
}

// Measure scores a list of words taken to form the given number of
// sentences. It is the one-shot form of Accumulator for callers that count
// sentences themselves. Empty strings in words are skipped; a sentence
// count below one with words present is taken as one.
func Measure(words []string, sentences int) Metrics {
	var a Accumulator
	for _, w := range words {
		if w != "" {
			a.addWord(w)
		}
	}
	a.c.sentences = max(sentences, 0)
	return a.Metrics()
}

// MeasureText scores a whole text, split into sentences with
// sentence.Split.
func MeasureText(text string) Metrics {
	var a Accumulator
	a.AddText(text)
	return a.Metrics()
}
