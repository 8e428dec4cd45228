package rules

import (
	"fmt"

	"github.com/dejargon/dejargon/lint/analysis"
)

// LongSentence reports sentences longer than the reader follows easily.
var LongSentence = &analysis.Rule{
	ID:    "long-sentence",
	Name:  "LongSentence",
	Title: "Sentence longer than the reader follows easily",
	Doc: "Reports a sentence with more words than the audience's limit (20 for general readers, " +
		"25 for business and executive readers, 30 for technical ones). Split it: one idea a sentence.",
	Severity: sentenceSeverity,
	Check:    longSentenceCheck{},
}

// longSentenceCheck reports sentences longer than the reader follows
// without effort (Profile.MaxSentenceWords). The span is the sentence.
type longSentenceCheck struct{}

func (longSentenceCheck) Run(a *analysis.Analysis, emit func(analysis.Finding)) {
	limit := a.Profile.MaxSentenceWords
	if limit <= 0 {
		return
	}
	for _, s := range a.Sentences() {
		if s.Words <= limit {
			continue
		}
		f := a.Finding(s.Seg, s.Start, s.End)
		f.Rule = LongSentence.ID
		f.Severity = LongSentence.SeverityFor(a.Profile.Audience)
		f.Message = fmt.Sprintf("sentence has %d words, more than the %d %s readers follow easily; split it", s.Words, limit, a.Profile.Audience)
		emit(f)
	}
}
