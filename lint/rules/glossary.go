package rules

import (
	"strconv"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/analysis"
)

// Jargon reports the glossary's jargon at every use.
var Jargon = &analysis.Rule{
	ID:    string(glossary.Jargon),
	Name:  "JargonTerm",
	Title: "Jargon the reader may not know",
	Doc: "Reports every use of a glossary term that insiders use and other readers stumble over " +
		"(spin up, deprecate, bandwidth), with what it means and plainer words to write instead. " +
		"Which readers an entry concerns is the entry's own data (its audiences).",
	Severity: analysis.Everyone(glossary.Warning),
	Fixable:  true,
	Check:    glossaryCheck{},
}

// Wordy reports the glossary's wordy phrases at every use.
var Wordy = &analysis.Rule{
	ID:    string(glossary.Wordy),
	Name:  "WordyPhrase",
	Title: "Wordy phrase or corporate filler",
	Doc: "Reports phrases that take more words than they need or say little " +
		"(in order to, going forward, at this point in time), with shorter words to use instead. " +
		"Executives get them as warnings: every extra word costs a reader who skims.",
	Severity: except(glossary.Suggestion, map[glossary.Audience]glossary.Severity{glossary.Executive: glossary.Warning}),
	Fixable:  true,
	Check:    glossaryCheck{},
}

// glossaryCheck reports jargon and wordy phrases from the glossary at
// every use. Glossary acronyms are the acronym check's (acronym.go), so
// that known and unknown acronyms go through one path.
type glossaryCheck struct{}

func (glossaryCheck) Run(a *analysis.Analysis, emit func(analysis.Finding)) {
	defined := definedRanges(a)
	for si := range a.Segments {
		s := &a.Segments[si]
		for _, m := range s.Matches {
			e := m.Entry
			severity, counts := Judge(e, a.Profile)
			if e.Kind == glossary.Acronym || !counts || inProperName(s, m) {
				continue
			}
			start, end := s.Tokens[m.First].Start, s.Tokens[m.Last].End
			if insideAny(defined[si], start, end) {
				continue
			}
			sense := -1
			if len(e.Senses) > 0 {
				var reported bool
				if sense, reported = pickSense(a, e, s, m); !reported {
					continue
				}
			}
			adv := adviceFor(a, e, sense, s.Segment.Text[start:end])
			f := a.TokenFinding(si, m.First, m.Last)
			adv.describe(&f)
			adv.putFixes(a, &f, si)
			f.Severity = severity
			emit(f)
		}
	}
}

// collapseSpace writes runs of white space (a line break inside a phrase)
// as one space, without allocating when there is nothing to collapse.
func collapseSpace(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\n' || c == '\r' || c == '\t' || c >= 0x80 || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// alternatives phrases the suggestions for a message: `; try "using"`.
func alternatives(replace []string) string {
	if len(replace) == 0 {
		return ""
	}
	quoted := make([]string, len(replace))
	for i, r := range replace {
		quoted[i] = strconv.Quote(r)
	}
	if len(quoted) == 1 {
		return "; try " + quoted[0]
	}
	return "; try " + strings.Join(quoted[:len(quoted)-1], ", ") + " or " + quoted[len(quoted)-1]
}
