package rules

import (
	"fmt"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/analysis"
	"github.com/dejargon/dejargon/lint/style"
)

// HiddenVerb reports a light verb with a noun that hides the real verb.
var HiddenVerb = &analysis.Rule{
	ID:    "hidden-verb",
	Name:  "HiddenVerb",
	Title: "A noun hides the verb",
	Doc: "Reports a light verb with a noun that hides the real verb (\"make a decision\" for \"decide\", " +
		"\"carry out an investigation\" for \"investigate\"). Where a wordy glossary phrase covers the " +
		"same words, the wordy finding is reported instead. Executives get these as warnings.",
	Severity: except(glossary.Suggestion, map[glossary.Audience]glossary.Severity{glossary.Executive: glossary.Warning}),
	Check:    hiddenVerbCheck{},
}

// hiddenVerbCheck reports a light verb with a noun that hides the real
// verb ("make a decision" → "decide"). Where a wordy glossary phrase
// covers the same words, the glossary's finding is kept and this one
// dropped: the team can edit the glossary entry, and fix can apply it.
// With the wordy rule turned off this rule reports it instead.
type hiddenVerbCheck struct{}

func (hiddenVerbCheck) Run(a *analysis.Analysis, emit func(analysis.Finding)) {
	wordyOn := a.Enabled(Wordy.ID)
	for _, s := range a.Sentences() {
		if s.Cues&analysis.CueHiddenVerb == 0 {
			continue
		}
		text := a.SentenceText(s)
		for _, h := range style.HiddenVerbs(text) {
			start, end := s.Start+h.Start, s.Start+h.End
			if wordyOn && wordyCovers(a, s.Seg, start, end) {
				continue
			}
			written := normalizeSpace(text[h.Start:h.End])
			f := a.Finding(s.Seg, start, end)
			f.Rule = HiddenVerb.ID
			f.Severity = HiddenVerb.SeverityFor(a.Profile.Audience)
			f.Term = strings.ToLower(written)
			if h.Suggestion != "" {
				f.Message = fmt.Sprintf("%q hides the verb; try %q", written, h.Suggestion)
				f.Suggestions = []string{h.Suggestion}
			} else {
				f.Message = fmt.Sprintf("%q hides the verb; use the verb itself", written)
			}
			emit(f)
		}
	}
}

// wordyCovers reports whether a wordy glossary match that counts for the
// reader overlaps the text range [start, end) of segment seg.
func wordyCovers(a *analysis.Analysis, seg, start, end int) bool {
	s := &a.Segments[seg]
	for _, m := range s.Matches {
		if _, counts := Judge(m.Entry, a.Profile); m.Entry.Kind != glossary.Wordy || !counts {
			continue
		}
		if s.Tokens[m.First].Start < end && start < s.Tokens[m.Last].End {
			return true
		}
	}
	return false
}
