package lint

import (
	"fmt"
	"strings"

	"github.com/dejargon/dejargon/glossary"
)

// glossaryRule reports glossary matches: jargon and wordy phrases at every
// use, and an acronym at its first use in the document (counting the later
// ones), since spelling it out once is the cure.
type glossaryRule struct{}

func (glossaryRule) IDs() []string {
	return []string{string(glossary.Acronym), string(glossary.Jargon), string(glossary.Wordy)}
}

func (glossaryRule) Check(a *Analysis, emit func(Finding)) {
	firstUse := map[*glossary.Entry]*Finding{}
	var order []*glossary.Entry
	for si := range a.Segments {
		s := &a.Segments[si]
		for _, m := range s.Matches {
			e := m.Entry
			if !e.AppliesTo(a.Profile.Audience) {
				continue
			}
			if e.Kind == glossary.Acronym && a.Profile.Known[e.Term] {
				continue
			}
			if e.Kind == glossary.Acronym {
				if f := firstUse[e]; f != nil {
					f.Occurrences++
					continue
				}
			}
			f := a.TokenFinding(si, m.First, m.Last)
			written := s.Segment.Text[s.Tokens[m.First].Start:s.Tokens[m.Last].End]
			describe(&f, e, strings.Join(strings.Fields(written), " "))
			if e.Kind == glossary.Acronym && a.Suppressed(&f) {
				// A silenced first use does not count: the next use is
				// where the reader first meets the acronym unexplained.
				continue
			}
			if e.Kind == glossary.Acronym {
				f.Occurrences = 1
				firstUse[e] = &f
				order = append(order, e)
				continue
			}
			emit(f)
		}
	}
	for _, e := range order {
		emit(*firstUse[e])
	}
}

// describe fills in what a glossary finding says.
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
	case glossary.Acronym:
		f.Message = fmt.Sprintf("%s is not spelled out; readers may not know it", written)
		if e.Expansion != "" {
			f.Message = fmt.Sprintf("%s (%s) is not spelled out; write %q the first time", written, e.Expansion, e.Expansion+" ("+e.Term+")")
			f.Suggestions = append(f.Suggestions, e.Expansion+" ("+e.Term+")")
		}
		f.Suggestions = append(f.Suggestions, e.Replace...)
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
