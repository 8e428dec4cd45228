package lint

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dejargon/dejargon/glossary"
)

// Linter checks documents against a glossary for one audience. Build it
// once with New; it is immutable and safe for concurrent use, so one
// Linter checks many files in parallel.
type Linter struct {
	glossary *glossary.Glossary
	matcher  *Matcher
	profile  *Profile
	rules    []Rule
	severity map[string]glossary.Severity
	disabled map[string]bool
	allowed  map[string]bool
}

// Option configures a Linter.
type Option func(*Linter) error

// WithAudience checks for readers of audience a (default business).
func WithAudience(a glossary.Audience) Option {
	return func(l *Linter) error {
		p, err := NewProfile(a)
		if err != nil {
			return err
		}
		l.profile = p
		return nil
	}
}

// WithRuleSeverity reports rule id at severity s instead of its default.
func WithRuleSeverity(id string, s glossary.Severity) Option {
	return func(l *Linter) error {
		if s.Rank() == 0 {
			return fmt.Errorf("rule %s: unknown severity %q", id, s)
		}
		l.severity[id] = s
		return nil
	}
}

// WithRuleDisabled turns rule id off.
func WithRuleDisabled(id string) Option {
	return func(l *Linter) error {
		l.disabled[id] = true
		return nil
	}
}

// WithAllowed never flags the given terms (say, the company's product
// names), compared without regard to case.
func WithAllowed(terms ...string) Option {
	return func(l *Linter) error {
		for _, t := range terms {
			l.allowed[strings.ToLower(t)] = true
		}
		return nil
	}
}

// WithRules adds rules beyond the glossary rule.
func WithRules(rules ...Rule) Option {
	return func(l *Linter) error {
		l.rules = append(l.rules, rules...)
		return nil
	}
}

// New builds a Linter for glossary g.
func New(g *glossary.Glossary, opts ...Option) (*Linter, error) {
	l := &Linter{
		glossary: g,
		matcher:  NewMatcher(g),
		rules:    []Rule{newGlossaryRule(g), acronymRule{}},
		severity: map[string]glossary.Severity{},
		disabled: map[string]bool{},
		allowed:  map[string]bool{},
	}
	for _, opt := range opts {
		if err := opt(l); err != nil {
			return nil, err
		}
	}
	if l.profile == nil {
		p, err := NewProfile(DefaultAudience)
		if err != nil {
			return nil, err
		}
		l.profile = p
	}
	// The sentence rules come after the options: hidden-verb needs to know
	// whether wordy reports the phrases both find.
	l.rules = append(l.rules, longSentenceRule{}, readabilityRule{}, passiveRule{}, hiddenVerbRule{wordyOn: !l.disabled[string(glossary.Wordy)]})
	known := map[string]bool{}
	for _, r := range l.rules {
		for _, id := range r.IDs() {
			known[id] = true
		}
	}
	for id := range l.severity {
		if !known[id] {
			return nil, fmt.Errorf("unknown rule %q", id)
		}
	}
	for id := range l.disabled {
		if !known[id] {
			return nil, fmt.Errorf("unknown rule %q", id)
		}
	}
	return l, nil
}

// Glossary returns the glossary the linter checks against.
func (l *Linter) Glossary() *glossary.Glossary { return l.glossary }

// Profile returns the audience profile the linter checks for.
func (l *Linter) Profile() *Profile { return l.profile }

// RuleIDs lists the ids of every rule the linter runs, sorted.
func (l *Linter) RuleIDs() []string {
	var ids []string
	for _, r := range l.rules {
		ids = append(ids, r.IDs()...)
	}
	sort.Strings(ids)
	return ids
}

// Analyze tokenizes and matches every segment of doc.
func (l *Linter) Analyze(doc *Document) *Analysis {
	a := &Analysis{Doc: doc, Profile: l.profile, lines: doc.Positions()}
	a.Segments = make([]SegmentAnalysis, len(doc.Segments))
	// All segments share one token buffer and one match buffer, sized from
	// the text (English averages about six bytes a word), so a document
	// costs a few allocations instead of a growing slice per paragraph.
	textLen := 0
	for i := range doc.Segments {
		textLen += len(doc.Segments[i].Text)
	}
	tokens := make([]Token, 0, textLen/5+8)
	var matches []Match
	var ids [][]int32
	for i := range doc.Segments {
		s := &doc.Segments[i]
		start := len(tokens)
		tokens = Tokenize(s.Text, tokens)
		toks := tokens[start:len(tokens):len(tokens)]
		mStart := len(matches)
		matches, ids = l.matcher.match(s.Text, toks, matches, ids)
		a.Segments[i] = SegmentAnalysis{Segment: s, Tokens: toks, Matches: matches[mStart:len(matches):len(matches)]}
	}
	return a
}

// Check returns the findings in doc, sorted by position.
func (l *Linter) Check(doc *Document) []Finding {
	out, _ := l.CheckAnalysis(doc)
	return out
}

// CheckAnalysis returns the findings in doc, sorted by position, and the
// analysis they came from, so a caller that also wants the document's
// sentences or readability (dejargon stats) does not analyse it twice.
func (l *Linter) CheckAnalysis(doc *Document) ([]Finding, *Analysis) {
	a := l.Analyze(doc)
	// Most findings are glossary matches; sizing for them up front spares
	// copying large Finding values while the slice grows.
	n := 0
	for i := range a.Segments {
		n += len(a.Segments[i].Matches)
	}
	out := make([]Finding, 0, n+4)
	emit := func(f Finding) {
		if l.disabled[f.Rule] || l.allowed[strings.ToLower(f.Term)] || suppressed(doc.Suppressions, &f) {
			return
		}
		if s, ok := l.severity[f.Rule]; ok {
			f.Severity = s
		}
		if f.Suggestions == nil {
			f.Suggestions = []string{}
		}
		if doc.Layout != nil {
			doc.Layout.localize(&f)
		}
		out = append(out, f)
	}
	for _, r := range l.rules {
		if !l.allDisabled(r) {
			r.Check(a, emit)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Less(&out[j]) })
	return out, a
}

// allDisabled reports whether every rule id r reports is turned off, so
// its work (sentence splitting, for the sentence rules) can be skipped.
func (l *Linter) allDisabled(r Rule) bool {
	for _, id := range r.IDs() {
		if !l.disabled[id] {
			return false
		}
	}
	return true
}

func suppressed(ss []Suppression, f *Finding) bool {
	for _, s := range ss {
		if f.Offset < s.Start || f.Offset >= s.End {
			continue
		}
		if len(s.Terms) == 0 && len(s.Rules) == 0 {
			return true
		}
		for _, t := range s.Terms {
			if strings.EqualFold(t, f.Term) || strings.EqualFold(t, f.Match) {
				return true
			}
		}
		for _, r := range s.Rules {
			if r == f.Rule {
				return true
			}
		}
	}
	return false
}

// Lookup finds the glossary entry for term as a writer might type it: the
// term itself, one of its forms, or an inflection (leveraging finds
// leverage).
func (l *Linter) Lookup(term string) *glossary.Entry {
	if e := l.glossary.Lookup(term); e != nil {
		return e
	}
	toks := Tokenize(term, nil)
	ms := l.matcher.Match(term, toks, nil)
	if len(ms) == 1 && ms[0].First == 0 && ms[0].Last == len(toks)-1 {
		return ms[0].Entry
	}
	return nil
}
