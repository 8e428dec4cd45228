package lint

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dejargon/dejargon/glossary"
)

// glossaryRule reports jargon and wordy phrases from the glossary at every
// use. Glossary acronyms are the acronym rule's (rule_acronym.go), so that
// known and unknown acronyms go through one path.
type glossaryRule struct {
	// tails holds each entry's message ending (`; try "use"`), worked out
	// once: a dense document repeats the same entries thousands of times.
	tails map[*glossary.Entry]string
	// senses holds the entries with more than one meaning.
	senses map[*glossary.Entry]*senseTable
}

func newGlossaryRule(g *glossary.Glossary) glossaryRule {
	r := glossaryRule{tails: make(map[*glossary.Entry]string, len(g.Entries)), senses: map[*glossary.Entry]*senseTable{}}
	for _, e := range g.Entries {
		if e.Kind == glossary.Acronym {
			continue
		}
		r.tails[e] = alternatives(e.Replace)
		if len(e.Senses) > 0 {
			t := newSenseTable(e)
			r.senses[e] = t
			for _, se := range t.entries {
				if se != nil {
					r.tails[se] = alternatives(se.Replace)
				}
			}
		}
	}
	return r
}

func (glossaryRule) IDs() []string {
	return []string{string(glossary.Jargon), string(glossary.Wordy)}
}

func (r glossaryRule) Check(a *Analysis, emit func(Finding)) {
	for si := range a.Segments {
		s := &a.Segments[si]
		for _, m := range s.Matches {
			e := m.Entry
			if e.Kind == glossary.Acronym || !a.Profile.Counts(e) || inProperName(s, m) {
				continue
			}
			if t := r.senses[e]; t != nil {
				var reported bool
				if e, reported = t.pick(e, s, m); !reported {
					continue
				}
			}
			f := a.TokenFinding(si, m.First, m.Last)
			written := s.Segment.Text[s.Tokens[m.First].Start:s.Tokens[m.Last].End]
			tail, ok := r.tails[e]
			if !ok {
				tail = alternatives(e.Replace)
			}
			describe(&f, e, collapseSpace(written), tail)
			f.Severity = a.Profile.SeverityOf(e)
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

// describe fills in what a jargon or wordy finding says. written is the
// matched text as the reader reads it, markup removed; tail is the entry's
// alternatives as the message ends with them.
func describe(f *Finding, e *glossary.Entry, written, tail string) {
	f.Rule = string(e.Kind)
	f.Severity = e.DefaultSeverity()
	f.Term = e.Term
	f.Entry = e
	f.Definition = e.Definition
	f.Expansion = e.Expansion
	f.Note = e.Note
	// Findings share the entry's replacement list; nothing edits it.
	f.Suggestions = e.Replace
	switch e.Kind {
	case glossary.Jargon:
		f.Message = strconv.Quote(written) + " is jargon" + tail
	case glossary.Wordy:
		f.Message = strconv.Quote(written) + " is wordy" + tail
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
