package lint

import (
	"fmt"
	"strings"

	"github.com/dejargon/dejargon/glossary"
)

// The ids of the acronym rules.
const (
	RuleAcronymUndefined      = "acronym-undefined"
	RuleAcronymLateDefinition = "acronym-late-definition"
	RuleAcronymDensity        = "acronym-density"
)

// acronymRule reports acronyms the reader is not told the meaning of,
// whether a glossary knows them or not. Glossary acronyms come from the
// matcher; unknown ones from the shape of tokens, with guards against
// shouting, identifiers, units and Roman numerals. Each acronym is
// reported once, at its first use, since spelling it out once is the
// cure; a definition in the document silences every later use.
type acronymRule struct{}

func (acronymRule) IDs() []string {
	return []string{RuleAcronymUndefined, RuleAcronymLateDefinition, RuleAcronymDensity}
}

// acronymUse is one use of an acronym: tokens [first, last] of segment seg.
type acronymUse struct {
	seg, first, last int
	// key identifies the acronym: the glossary term, or the token
	// without its plural or possessive ending.
	key string
	// written is the acronym as the reader sees it, without the ending.
	written string
	entry   *glossary.Entry
}

// acronymState is what the rule knows about one acronym so far.
type acronymState struct {
	use      acronymUse // the first use, or the first unsuppressed one
	finding  *Finding   // the finding at that use, before any definition
	uses     int        // uses before any definition
	defined  bool
	longForm string // as the document spells it out
	defLine  int    // 0 when the format defined it (HTML <abbr>)
}

func (acronymRule) Check(a *Analysis, emit func(Finding)) {
	states := map[string]*acronymState{}
	seen := map[string]bool{}
	var order []string // distinct acronyms in order of first appearance
	var overflow *acronymUse
	for key, long := range a.Doc.Definitions {
		states[key] = &acronymState{defined: true, longForm: long}
	}
	for si := range a.Segments {
		a.acronymUses(si, func(u acronymUse) {
			if !seen[u.key] {
				seen[u.key] = true
				order = append(order, u.key)
				if limit := a.Profile.MaxAcronyms; limit > 0 && len(order) == limit+1 {
					use := u
					overflow = &use
				}
			}
			st := states[u.key]
			if st == nil {
				st = &acronymState{}
				states[u.key] = st
			}
			if st.defined {
				return
			}
			s := &a.Segments[u.seg]
			text := s.Segment.Text
			start, end := s.Tokens[u.first].Start, s.Tokens[u.last].End
			if long, ok := definitionAt(text, start, end, u.written); ok {
				st.defined, st.longForm = true, long
				st.defLine = a.Positions().Position(s.Segment.SourceOffset(start)).Line
				return
			}
			if st.finding == nil {
				f := a.TokenFinding(u.seg, u.first, u.last)
				f.Rule, f.Term = RuleAcronymUndefined, u.key
				if a.Suppressed(&f) {
					// A silenced first use does not count: the next use
					// is where the reader first meets the acronym.
					return
				}
				st.use, st.finding = u, &f
			}
			st.uses++
		})
	}
	for _, key := range order {
		st := states[key]
		if st.finding == nil {
			continue
		}
		f := *st.finding
		describeAcronym(&f, st, a.Profile)
		emit(f)
	}
	if overflow != nil {
		f := a.TokenFinding(overflow.seg, overflow.first, overflow.last)
		f.Rule = RuleAcronymDensity
		f.Severity = glossary.Suggestion
		f.Term = overflow.key
		f.Occurrences = len(order)
		f.Message = fmt.Sprintf("%d different acronyms in this document (%s); %s readers take in about %d: spell out or drop the others",
			len(order), strings.Join(order, ", "), a.Profile.Audience, a.Profile.MaxAcronyms)
		f.Suggestions = []string{}
		emit(f)
	}
}

// describeAcronym fills in what an acronym finding says. A long form the
// document gives wins over the glossary's expansion.
func describeAcronym(f *Finding, st *acronymState, p *Profile) {
	u := st.use
	f.Term = u.key
	f.Occurrences = st.uses
	f.Severity = p.Severity[glossary.Acronym]
	if f.Severity == "" {
		f.Severity = glossary.Warning
	}
	expansion := ""
	if e := u.entry; e != nil {
		f.Entry = e
		f.Severity = p.SeverityOf(e)
		f.Definition = e.Definition
		f.Note = e.Note
		expansion = e.Expansion
	}
	if st.longForm != "" {
		expansion = st.longForm
	}
	f.Expansion = expansion
	spelled := expansion + " (" + u.written + ")"
	switch {
	case st.defined:
		f.Rule = RuleAcronymLateDefinition
		f.Message = fmt.Sprintf("%s is used before it is spelled out on line %d; write %q here, at its first use", u.written, st.defLine, spelled)
		f.Suggestions = append(f.Suggestions, spelled)
	case expansion != "":
		f.Rule = RuleAcronymUndefined
		f.Message = fmt.Sprintf("%s (%s) is not spelled out; write %q the first time", u.written, expansion, spelled)
		f.Suggestions = append(f.Suggestions, spelled)
	default:
		f.Rule = RuleAcronymUndefined
		f.Message = fmt.Sprintf("%s is not defined; spell it out the first time it is used", u.written)
	}
	if u.entry != nil {
		f.Suggestions = append(f.Suggestions, u.entry.Replace...)
	}
	if f.Suggestions == nil {
		f.Suggestions = []string{}
	}
}

// acronymUses calls yield for every acronym in segment si the reader may
// not know, in order: glossary acronyms the profile counts, and tokens
// shaped like acronyms that no glossary entry covers.
func (a *Analysis) acronymUses(si int, yield func(acronymUse)) {
	s := &a.Segments[si]
	p := a.Profile
	text := s.Segment.Text
	shouted := shoutedTokens(s)
	mi := 0
	for i := 0; i < len(s.Tokens); i++ {
		for mi < len(s.Matches) && s.Matches[mi].Last < i {
			mi++
		}
		if mi < len(s.Matches) && s.Matches[mi].First <= i {
			// Tokens a glossary entry covers are that entry's business,
			// whatever its kind or audience.
			m := s.Matches[mi]
			i = m.Last
			e := m.Entry
			if e.Kind != glossary.Acronym || !p.Counts(e) || p.Known[e.Term] {
				continue
			}
			w := s.Word(m.First)
			written := text[s.Tokens[m.First].Start:s.Tokens[m.Last].End]
			if m.First == m.Last {
				base, ok := acronymBase(w)
				if !ok {
					base = w
				}
				written = base
				if shouted != nil && shouted[m.First] && isShoutedWord(base) ||
					looksLikeCode(text, s.Tokens[m.First]) ||
					isUnitAfterNumber(s, m.First, e.Term) || isRomanInContext(s, m.First, base) {
					continue
				}
			}
			yield(acronymUse{seg: si, first: m.First, last: m.Last, key: e.Term, written: written, entry: e})
			continue
		}
		base, ok := acronymBase(s.Word(i))
		if !ok || p.Known[base] || !isUnknownAcronym(s, i, base, shouted) {
			continue
		}
		yield(acronymUse{seg: si, first: i, last: i, key: base, written: base})
	}
}

// isUnknownAcronym applies the guards to a token shaped like an acronym
// that no glossary knows.
func isUnknownAcronym(s *SegmentAnalysis, i int, base string, shouted []bool) bool {
	switch {
	case len(base) <= 2 && isLettersOnly(base):
		// State codes and words in capitals (IN, OR, ME): only a
		// glossary entry makes a two-letter acronym.
		return false
	case isShoutedWord(base), shouted != nil && shouted[i]:
		return false
	case looksLikeCode(s.Segment.Text, s.Tokens[i]), isHexHash(base):
		return false
	case isUnitAfterNumber(s, i, base), isRomanInContext(s, i, base):
		return false
	}
	return true
}

func isLettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isUpper(c) && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}
