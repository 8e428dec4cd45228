package lint

import (
	"fmt"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/style"
)

// Ids of the sentence-level rules.
const (
	RuleLongSentence = "long-sentence"
	RuleReadability  = "readability"
	RulePassiveVoice = "passive-voice"
	RuleHiddenVerb   = "hidden-verb"
)

// sentenceSeverity is the severity of rule id's findings for the
// analysis's reader.
func sentenceSeverity(a *Analysis, id string) glossary.Severity {
	if s := a.Profile.SentenceSeverity[id]; s != "" {
		return s
	}
	return glossary.Suggestion
}

// longSentenceRule reports sentences longer than the reader follows
// without effort (Profile.MaxSentenceWords). The span is the sentence.
type longSentenceRule struct{}

func (longSentenceRule) IDs() []string { return []string{RuleLongSentence} }

func (longSentenceRule) Check(a *Analysis, emit func(Finding)) {
	limit := a.Profile.MaxSentenceWords
	if limit <= 0 {
		return
	}
	for _, s := range a.Sentences() {
		if s.Words <= limit {
			continue
		}
		f := a.Finding(s.Seg, s.Start, s.End)
		f.Rule = RuleLongSentence
		f.Severity = sentenceSeverity(a, RuleLongSentence)
		f.Message = fmt.Sprintf("sentence has %d words, more than the %d %s readers follow easily; split it", s.Words, limit, a.Profile.Audience)
		emit(f)
	}
}

// passiveRule reports passive constructions ("was quickly fixed"), which
// hide who acts: the reader of an incident report wants to know who fixed
// it. The span is the verb group.
type passiveRule struct{}

func (passiveRule) IDs() []string { return []string{RulePassiveVoice} }

func (passiveRule) Check(a *Analysis, emit func(Finding)) {
	for _, s := range a.Sentences() {
		if s.cues&cuePassive == 0 {
			continue
		}
		text := a.SentenceText(s)
		for _, h := range style.Passive(text) {
			written := normalizeSpace(text[h.Start:h.End])
			f := a.Finding(s.Seg, s.Start+h.Start, s.Start+h.End)
			f.Rule = RulePassiveVoice
			f.Severity = sentenceSeverity(a, RulePassiveVoice)
			f.Term = strings.ToLower(written)
			f.Message = fmt.Sprintf("%q is passive voice; say who acts, as in \"the team …\"", written)
			emit(f)
		}
	}
}

// hiddenVerbRule reports a light verb with a noun that hides the real
// verb ("make a decision" → "decide"). Where a wordy glossary phrase
// covers the same words, the glossary's finding is kept and this one
// dropped: the team can edit the glossary entry, and fix can apply it.
// With the wordy rule turned off this rule reports it instead.
type hiddenVerbRule struct {
	wordyOn bool
}

func (hiddenVerbRule) IDs() []string { return []string{RuleHiddenVerb} }

func (r hiddenVerbRule) Check(a *Analysis, emit func(Finding)) {
	for _, s := range a.Sentences() {
		if s.cues&cueHiddenVerb == 0 {
			continue
		}
		text := a.SentenceText(s)
		for _, h := range style.HiddenVerbs(text) {
			start, end := s.Start+h.Start, s.Start+h.End
			if r.wordyOn && wordyCovers(a, s.Seg, start, end) {
				continue
			}
			written := normalizeSpace(text[h.Start:h.End])
			f := a.Finding(s.Seg, start, end)
			f.Rule = RuleHiddenVerb
			f.Severity = sentenceSeverity(a, RuleHiddenVerb)
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
func wordyCovers(a *Analysis, seg, start, end int) bool {
	s := &a.Segments[seg]
	for _, m := range s.Matches {
		if _, counts := a.Profile.Judge(m.Entry); m.Entry.Kind != glossary.Wordy || !counts {
			continue
		}
		if s.Tokens[m.First].Start < end && start < s.Tokens[m.Last].End {
			return true
		}
	}
	return false
}

// normalizeSpace folds the line breaks and runs of spaces of text that ran
// over lines into single spaces, for messages.
func normalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
