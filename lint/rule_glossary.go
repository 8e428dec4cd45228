package lint

import (
	"fmt"
	"strings"

	"github.com/dejargon/dejargon/glossary"
)

// glossaryRule reports jargon and wordy phrases from the glossary at every
// use. Glossary acronyms are the acronym rule's (rule_acronym.go), so that
// known and unknown acronyms go through one path.
type glossaryRule struct{}

func (glossaryRule) IDs() []string {
	return []string{string(glossary.Jargon), string(glossary.Wordy)}
}

func (glossaryRule) Check(a *Analysis, emit func(Finding)) {
	for si := range a.Segments {
		s := &a.Segments[si]
		for _, m := range s.Matches {
			e := m.Entry
			if e.Kind == glossary.Acronym || !a.Profile.Counts(e) {
				continue
			}
			f := a.TokenFinding(si, m.First, m.Last)
			written := s.Segment.Text[s.Tokens[m.First].Start:s.Tokens[m.Last].End]
			describe(&f, e, strings.Join(strings.Fields(written), " "))
			f.Severity = a.Profile.SeverityOf(e)
			emit(f)
		}
	}
}

// describe fills in what a jargon or wordy finding says.
// written is the matched text as the reader reads it, markup removed.
func describe(f *Finding, e *glossary.Entry, written string) {
	f.Rule = string(e.Kind)
	f.Severity = e.DefaultSeverity()
	f.Term = e.Term
	f.Entry = e
	f.Definition = e.Definition
	f.Expansion = e.Expansion
	f.Note = e.Note
	switch e.Kind {
	case glossary.Jargon:
		f.Message = fmt.Sprintf("%q is jargon%s", written, alternatives(e.Replace))
		f.Suggestions = append(f.Suggestions, e.Replace...)
	case glossary.Wordy:
		f.Message = fmt.Sprintf("%q is wordy%s", written, alternatives(e.Replace))
		f.Suggestions = append(f.Suggestions, e.Replace...)
	}
	if f.Suggestions == nil {
		f.Suggestions = []string{}
	}
}

// alternatives phrases a replacement list for a message: `; try "use"`.
func alternatives(replace []string) string {
	if len(replace) == 0 {
		return ""
	}
	quoted := make([]string, len(replace))
	for i, r := range replace {
		quoted[i] = fmt.Sprintf("%q", r)
	}
	if len(quoted) == 1 {
		return "; try " + quoted[0]
	}
	return "; try " + strings.Join(quoted[:len(quoted)-1], ", ") + " or " + quoted[len(quoted)-1]
}
