package rules

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/analysis"
	"github.com/dejargon/dejargon/lint/document"
)

// acronymSeverity is how much an unexplained acronym matters: colleagues
// in IT can look up an odd acronym, so spelling it out is a courtesy to
// them, not a necessity.
var acronymSeverity = except(glossary.Warning, map[glossary.Audience]glossary.Severity{glossary.Technical: glossary.Suggestion})

// AcronymUndefined reports an acronym the reader is never told the
// meaning of.
var AcronymUndefined = &analysis.Rule{
	ID:    "acronym-undefined",
	Name:  "UndefinedAcronym",
	Title: "Acronym used without being spelled out",
	Doc: "Reports, once per document at its first use, an acronym the text never spells out and " +
		"the reader may not know, whether or not a glossary lists it (SLA, RTO, ZTNA). " +
		"Writing the long form once, as \"service level agreement (SLA)\", cures every later use.",
	Severity: acronymSeverity,
	Fixable:  true,
	Check:    acronymCheck{},
}

// AcronymLateDefinition reports an acronym spelled out after its first use.
var AcronymLateDefinition = &analysis.Rule{
	ID:    "acronym-late-definition",
	Name:  "AcronymDefinedLate",
	Title: "Acronym spelled out only after its first use",
	Doc: "Reports an acronym that the text spells out, but later than where the reader first meets it; " +
		"the long form belongs at the first use.",
	Severity: acronymSeverity,
	Fixable:  true,
	Check:    acronymCheck{},
}

// AcronymDensity reports a text that asks the reader to learn too many
// acronyms.
var AcronymDensity = &analysis.Rule{
	ID:    "acronym-density",
	Name:  "TooManyAcronyms",
	Title: "Too many different acronyms",
	Doc: "Reports, once per document, a text that uses more different acronyms than its readers take in " +
		"(the audience's limit), at the first acronym over the limit. Spell out or drop the rest.",
	Severity: analysis.Everyone(glossary.Suggestion),
	Check:    acronymCheck{},
}

// acronymCheck reports acronyms the reader is not told the meaning of,
// whether a glossary knows them or not. Glossary acronyms come from the
// matcher; unknown ones from the shape of tokens, with guards against
// shouting, identifiers, units and Roman numerals. Each acronym is
// reported once, at its first use, since spelling it out once is the
// cure; a definition in the document silences every later use.
type acronymCheck struct{}

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
	use     acronymUse        // the first use, or the first unsuppressed one
	finding *analysis.Finding // the finding at that use, before any definition
	uses    int               // uses before any definition
	// title is the first use in a heading or mail subject, while the
	// body has not used the acronym yet: titles are where acronyms
	// stand, and the text below them may spell the acronym out.
	title     *acronymUse
	titleUses int
	// seen says the document has used the acronym: it is in the pass's
	// order.
	seen     bool
	defined  bool
	longForm string // as the document spells it out
	defLine  int    // 0 when the format defined it (HTML <abbr>)
	// def is where the document spells it out, "virtual private network
	// (VPN)", for the fix that spells it out earlier to shorten.
	def *definitionPlace
}

// definitionPlace is the text of a definition in a segment: text[from:to]
// of segment seg, long form, acronym and brackets, where written is the
// acronym as it is written there.
type definitionPlace struct {
	seg, from, to int
	written       string
}

func (c acronymCheck) Run(a *analysis.Analysis, emit func(analysis.Finding)) {
	analysis.RunPass(c, a, emit)
}

// acronymPass is the acronym rules' walk over a document. Segment numbers
// in its uses and states count from the document's first segment.
type acronymPass struct {
	states   map[string]*acronymState
	order    []string // distinct acronyms in order of first appearance
	overflow *acronymUse
	// sender holds the sender's own abbreviation, signed at the end: a
	// name, not an acronym.
	sender map[string]bool
}

func (acronymCheck) Begin(a *analysis.Analysis) analysis.DocumentPass {
	p := &acronymPass{states: map[string]*acronymState{}}
	for key, long := range a.Doc.Definitions {
		p.states[key] = &acronymState{defined: true, longForm: long}
	}
	p.sender = signatureNames(lastSegments(a, 3))
	return p
}

// lastSegments returns an analysis holding the document's last n segments
// (or more): a, when it reaches the document's end.
func lastSegments(a *analysis.Analysis, n int) *analysis.Analysis {
	total := len(a.Doc.Segments)
	if a.Base+len(a.Segments) == total {
		return a
	}
	return a.Window(max(total-n, 0), total)
}

func (p *acronymPass) Window(a *analysis.Analysis) {
	for si := range a.Segments {
		acronymUses(a, si, func(u acronymUse) {
			if u.entry == nil && p.sender[u.key] {
				return
			}
			// u counts segments in the window, at the document's.
			at := u
			at.seg += a.Base
			st := p.states[u.key]
			if st == nil {
				st = &acronymState{}
				p.states[u.key] = st
			}
			if !st.seen {
				st.seen = true
				p.order = append(p.order, u.key)
				if limit := a.Profile.MaxAcronyms; limit > 0 && len(p.order) == limit+1 {
					// A copy, so that at itself stays off the heap.
					over := at
					p.overflow = &over
				}
			}
			if st.defined {
				return
			}
			s := &a.Segments[u.seg]
			text := s.Segment.Text
			start, end := s.Tokens[u.first].Start, s.Tokens[u.last].End
			expansion := ""
			if u.entry != nil {
				expansion = u.entry.Expansion
			}
			if from, to, ok := definitionOf(text, start, end, u.written, expansion); ok {
				st.defined, st.longForm = true, longForm(text, from, to)
				st.defLine = a.Lines().Position(s.Segment.SourceOffset(start)).Line
				if st.finding != nil && st.use.seg == at.seg {
					// Only in the same paragraph: fix checks each
					// paragraph as it will read, and one that uses
					// the acronym bare would look undefined.
					st.def = definitionRegion(text, at.seg, start, end, from, to, text[start:end])
				}
				return
			}
			if st.finding == nil {
				f := a.TokenFinding(u.seg, u.first, u.last)
				f.Rule, f.Term = AcronymUndefined.ID, u.key
				if a.Suppressed(&f) {
					// A silenced first use does not count: the next use
					// is where the reader first meets the acronym.
					return
				}
				if isTitle(s.Segment.Kind) {
					if st.title == nil {
						title := at
						st.title = &title
					}
					st.titleUses++
					return
				}
				st.use, st.finding = at, &f
			}
			st.uses++
		})
	}
}

func (p *acronymPass) Finish(a *analysis.Analysis, emit func(analysis.Finding)) {
	for _, key := range p.order {
		st := p.states[key]
		if st.finding == nil && st.title != nil && !st.defined {
			// Only titles use it: report the first.
			ta, seg := a.Reopen(st.title.seg)
			f := ta.TokenFinding(seg, st.title.first, st.title.last)
			st.use, st.finding = *st.title, &f
		}
		if st.finding == nil {
			continue
		}
		f := *st.finding
		st.uses += st.titleUses
		// Describe the use in an analysis holding its segment, numbered
		// as that analysis numbers it.
		ua, seg := a.Reopen(st.use.seg)
		local := *st
		local.use.seg = seg
		if st.def != nil {
			def := *st.def
			def.seg = seg
			local.def = &def
		}
		describeAcronym(ua, &f, &local)
		emit(f)
	}
	if p.overflow != nil {
		oa, seg := a.Reopen(p.overflow.seg)
		f := oa.TokenFinding(seg, p.overflow.first, p.overflow.last)
		f.Rule = AcronymDensity.ID
		f.Severity = AcronymDensity.SeverityFor(a.Profile.Audience)
		f.Term = p.overflow.key
		f.Message = fmt.Sprintf("%d different acronyms in this document (%s); %s readers take in about %d: spell out or drop the others",
			len(p.order), strings.Join(p.order, ", "), a.Profile.Audience, a.Profile.MaxAcronyms)
		f.Suggestions = []string{}
		emit(f)
	}
}

// describeAcronym fills in what an acronym finding says. A long form the
// document gives wins over the glossary's expansion.
func describeAcronym(a *analysis.Analysis, f *analysis.Finding, st *acronymState) {
	p := a.Profile
	u := st.use
	f.Term = u.key
	f.Occurrences = st.uses
	f.Severity = acronymSeverity[p.Audience]
	if f.Severity == "" {
		f.Severity = glossary.Warning
	}
	expansion := ""
	if e := u.entry; e != nil {
		f.Entry = e
		f.Severity, _ = Judge(e, p)
		f.Definition = e.Definition
		f.Note = e.Note
		expansion = e.Expansion
	}
	if st.longForm != "" {
		expansion = st.longForm
	}
	f.Expansion = expansion
	spelled := expansion + " (" + u.written + ")"
	if expansion != "" {
		spelled = spellOutFix(a, f, u.seg, u.key, expansion, spelled, u.entry)
		if st.def != nil && len(f.Fixes) > 0 {
			shortenDefinition(a, &f.Fixes[0], st.def)
		}
		f.Suggestions = append(f.Suggestions, spelled)
	}
	switch {
	case st.defined:
		f.Rule = AcronymLateDefinition.ID
		// Joined, not formatted: one message an acronym a document adds
		// up over a tree, and %q of a string is strconv.Quote.
		f.Message = u.written + " is used before it is spelled out on " + a.LineName(st.defLine) + "; write " + strconv.Quote(spelled) + " here, at its first use"
	case expansion != "":
		f.Rule = AcronymUndefined.ID
		f.Message = u.written + " (" + expansion + ") is not spelled out; write " + strconv.Quote(spelled) + " the first time"
	default:
		f.Rule = AcronymUndefined.ID
		f.Message = u.written + " is not defined; spell it out the first time it is used"
	}
	if e := u.entry; e != nil && len(e.Replace) > 0 {
		// The plain words in place of the acronym are alternatives to
		// spelling it out; fix applies the first fix, the spelling out.
		// Where the acronym cannot be spelled out ("the VPN's client"),
		// they are suggestions only: fix must not put a looser
		// paraphrase in its place when the message asks for the
		// expansion.
		spell, why := f.Fixes, f.Unfixable
		f.Fixes = nil
		s := &a.Segments[u.seg]
		written := s.Segment.Text[s.Tokens[u.first].Start:s.Tokens[u.last].End]
		if expansion != "" && len(spell) == 0 {
			// Not spelled out in place, so no fix at all: the plain
			// words are only suggested, and their fixes not worked out.
			f.Suggestions = adviceFor(a, e, -1, written).suggestions
		} else {
			termFixes(a, f, u.seg, written, e)
		}
		f.Suggestions = append(spelledList(spelled, expansion), f.Suggestions...)
		f.Fixes = append(spell, f.Fixes...)
		switch {
		case len(f.Fixes) > 0:
			f.Unfixable = ""
		case why != "":
			f.Unfixable = why
		}
	}
	if f.Suggestions == nil {
		f.Suggestions = []string{}
	}
}

// spelledList is the spelled-out suggestion, when there is one.
func spelledList(spelled, expansion string) []string {
	if expansion == "" {
		return nil
	}
	return []string{spelled}
}

// isTitle reports the segments whose acronyms the text below may spell
// out: headings and mail subjects.
func isTitle(k document.SegmentKind) bool {
	return k == document.Heading || k == document.Subject
}

// acronymUses calls yield for every acronym in segment si the reader may
// not know, in order: glossary acronyms the profile counts, and tokens
// shaped like acronyms that no glossary entry covers.
func acronymUses(a *analysis.Analysis, si int, yield func(acronymUse)) {
	s := &a.Segments[si]
	p := a.Profile
	text := s.Segment.Text
	shouted := lazyShouted{s: s}
	mi := 0
	// capital is the offset of the next ASCII capital in text at or after
	// the token at hand: a word without one is no acronym (acronymBase),
	// and most words have none.
	capital := -1
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
			if _, counts := Judge(e, p); e.Kind != glossary.Acronym || !counts {
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
				if isShoutedWord(base) && shouted.at(m.First) ||
					looksLikeCode(text, s.Tokens[m.First]) ||
					isUnitAfterNumber(s, m.First, e.Term) || isRomanInContext(s, m.First, base) ||
					isNameInPlace(s, m.First, e.Term) {
					continue
				}
			}
			yield(acronymUse{seg: si, first: m.First, last: m.Last, key: e.Term, written: written, entry: e})
			continue
		}
		t := s.Tokens[i]
		if capital < t.Start {
			if capital = indexUpperASCII(text[t.Start:]); capital < 0 {
				capital = len(text)
			} else {
				capital += t.Start
			}
		}
		if capital >= t.End {
			continue
		}
		base, ok := acronymBase(text[t.Start:t.End])
		if !ok || !isUnknownAcronym(s, i, base, &shouted) {
			continue
		}
		yield(acronymUse{seg: si, first: i, last: i, key: base, written: base})
	}
}

// isUnknownAcronym applies the guards to a token shaped like an acronym
// that no glossary knows.
func isUnknownAcronym(s *analysis.SegmentAnalysis, i int, base string, shouted *lazyShouted) bool {
	switch {
	case len(base) <= 2 && isLettersOnly(base):
		// State codes and words in capitals (IN, OR, ME): only a
		// glossary entry makes a two-letter acronym.
		return false
	case isShoutedWord(base):
		return false
	case looksLikeCode(s.Segment.Text, s.Tokens[i]), isHexHash(base):
		return false
	case isUnitAfterNumber(s, i, base), isRomanInContext(s, i, base):
		return false
	case isReadAsName(s, i, base), isProductName(base):
		return false
	case shouted.at(i):
		// Last: the marks are worked out only for a segment that gets
		// this far.
		return false
	}
	return true
}

// lazyShouted is shoutedTokens of a segment, worked out on first use: most
// segments have no acronym that needs it.
type lazyShouted struct {
	s     *analysis.SegmentAnalysis
	marks []bool
	done  bool
}

// at reports whether token i is written in capitals as part of a whole.
func (l *lazyShouted) at(i int) bool {
	if !l.done {
		l.marks, l.done = shoutedTokens(l.s), true
	}
	return l.marks != nil && l.marks[i]
}

func isLettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isUpper(c) && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}
